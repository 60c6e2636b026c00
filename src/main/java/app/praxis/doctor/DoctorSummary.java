package app.praxis.doctor;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

public record DoctorSummary(
        long doctorId,
        long userId,
        String fullName,
        @Nullable String specialization,
        BigDecimal consultationFee) {

    static DoctorSummary of(Doctor doctor) {
        var specialization = doctor.getSpecialization();
        return new DoctorSummary(
                doctor.getId(),
                doctor.getUser().getId(),
                doctor.getUser().getFullName(),
                specialization == null ? null : specialization.getName(),
                doctor.getConsultationFee());
    }
}
