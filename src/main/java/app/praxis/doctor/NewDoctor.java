package app.praxis.doctor;

import app.praxis.user.NewAccount;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/** What an admin types to add a doctor: their account, and the practice details. */
public record NewDoctor(
        @Valid NewAccount account,
        @Nullable Long specializationId,

        @NotBlank(message = "Enter the licence number") @Size(max = 100, message = "At most 100 characters")
        String licenseNumber,

        @Min(value = 0, message = "Cannot be negative") @Max(value = 80, message = "At most 80 years") @Nullable
        Integer yearsExperience,

        @Size(max = 255, message = "At most 255 characters") @Nullable
        String clinicName,

        @Nullable String clinicAddress,

        @NotNull(message = "Enter the consultation fee")
        @DecimalMin(value = "0.00", message = "Cannot be negative")
        @DecimalMax(value = "99999999.99", message = "Too large")
        BigDecimal consultationFee) {}
