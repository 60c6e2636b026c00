package app.praxis.appointment;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** What a treating doctor may read about a patient. */
public record PatientRecord(
        long patientId,
        String fullName,
        @Nullable LocalDate dateOfBirth,
        @Nullable Integer age,
        String phone,
        @Nullable String gender,
        @Nullable String address,
        @Nullable String insuranceDetails,
        @Nullable String medicalHistory,
        @Nullable String emergencyContact) {}
