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

        @NotBlank(message = "doctor.field.licenceRequired") @Size(max = 100, message = "doctor.field.max100")
        String licenseNumber,

        @Min(value = 0, message = "doctor.field.negative")
        @Max(value = 80, message = "doctor.field.max80years")
        @Nullable
        Integer yearsExperience,

        @Size(max = 255, message = "doctor.field.max255") @Nullable
        String clinicName,

        @Nullable String clinicAddress,

        @NotNull(message = "doctor.field.feeRequired")
        @DecimalMin(value = "0.00", message = "doctor.field.negative")
        @DecimalMax(value = "99999999.99", message = "doctor.field.tooLarge")
        BigDecimal consultationFee) {}
