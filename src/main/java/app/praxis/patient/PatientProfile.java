package app.praxis.patient;

import app.praxis.user.Gender;
import app.praxis.user.User;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A patient's profile as its owner and admins see it (the e-mail is shown, changed elsewhere). */
public record PatientProfile(
        long patientId,
        long userId,
        String email,
        String firstName,
        String lastName,
        String phone,
        @Nullable Gender gender,
        @Nullable LocalDate dateOfBirth,
        @Nullable String address,
        @Nullable String insuranceDetails,
        @Nullable String medicalHistory,
        @Nullable String emergencyContact,
        @Nullable String photo) {

    static PatientProfile of(Patient patient) {
        User user = patient.getUser();
        return new PatientProfile(
                patient.getId(),
                user.getId(),
                user.getEmail(),
                user.getFirstName(),
                user.getLastName(),
                user.getPhone(),
                user.getGender(),
                user.getDateOfBirth(),
                user.getAddress(),
                patient.getInsuranceDetails(),
                patient.getMedicalHistory(),
                patient.getEmergencyContact(),
                user.getProfilePhoto());
    }

    public String fullName() {
        return firstName + " " + lastName;
    }

    /** The profile as the form starts editing it. */
    public PatientProfileChange asChange() {
        return new PatientProfileChange(
                firstName,
                lastName,
                phone,
                gender,
                dateOfBirth,
                address,
                insuranceDetails,
                medicalHistory,
                emergencyContact);
    }
}
