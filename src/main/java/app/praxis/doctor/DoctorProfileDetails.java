package app.praxis.doctor;

import app.praxis.user.User;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/** A doctor's profile as the doctor and admins see it: what the doctor edits, and what only an admin sets. */
public record DoctorProfileDetails(
        long doctorId,
        long userId,
        String fullName,
        String email,
        boolean active,
        @Nullable String bio,
        @Nullable String clinicName,
        @Nullable String clinicAddress,
        @Nullable Integer yearsExperience,
        BigDecimal consultationFee,
        boolean acceptingBookings,
        String licenseNumber,
        @Nullable Long specializationId,
        @Nullable String specialization,
        @Nullable BigDecimal rating,
        int reviewCount,
        @Nullable String photo) {

    static DoctorProfileDetails of(Doctor doctor) {
        User user = doctor.getUser();
        Specialization specialization = doctor.getSpecialization();
        return new DoctorProfileDetails(
                doctor.getId(),
                user.getId(),
                user.getFullName(),
                user.getEmail(),
                user.isActive(),
                user.getBio(),
                doctor.getClinicName(),
                doctor.getClinicAddress(),
                doctor.getYearsExperience(),
                doctor.getConsultationFee(),
                doctor.isAvailable(),
                doctor.getLicenseNumber(),
                specialization == null ? null : specialization.getId(),
                specialization == null ? null : specialization.getName(),
                doctor.getRating(),
                doctor.getReviewCount(),
                user.getProfilePhoto());
    }

    /** The doctor's own part, as the form starts editing it. */
    public DoctorProfileChange asChange() {
        return new DoctorProfileChange(
                bio, clinicName, clinicAddress, yearsExperience, consultationFee, acceptingBookings);
    }
}
