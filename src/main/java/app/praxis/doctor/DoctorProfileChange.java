package app.praxis.doctor;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * What a doctor (or an admin for them) changes on the doctor's own profile; field names match the form's. The
 * fee applies to bookings made from now on: each booking keeps the fee it was made at.
 */
public record DoctorProfileChange(
        @Nullable String bio,
        @Nullable String clinicName,
        @Nullable String clinicAddress,
        @Nullable Integer yearsExperience,
        @Nullable BigDecimal consultationFee,
        boolean acceptingBookings) {}
