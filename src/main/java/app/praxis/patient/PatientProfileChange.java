package app.praxis.patient;

import app.praxis.user.Gender;
import app.praxis.user.PersonalDetails;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** What a patient (or an admin for them) types into the profile form; field names match the form's. */
public record PatientProfileChange(
        String firstName,
        String lastName,
        String phone,
        @Nullable Gender gender,
        @Nullable LocalDate dateOfBirth,
        @Nullable String address,
        @Nullable String insuranceDetails,
        @Nullable String medicalHistory,
        @Nullable String emergencyContact) {

    PersonalDetails personal() {
        return new PersonalDetails(firstName, lastName, phone, gender, dateOfBirth, address);
    }
}
