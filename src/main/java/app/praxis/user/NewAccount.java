package app.praxis.user;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * What a person types to get an account. The constraints here are checked by the service (a view's checks are
 * a convenience, never the guard); field names match the form's. Patients must give a date of birth; staff may not.
 * Staff accounts made by an admin carry no password (a one-time link lets their owner choose one).
 */
public record NewAccount(
        @NotBlank(message = "Enter your e-mail address")
        @Email(message = "Enter a valid e-mail address, like name@example.com")
        @Size(max = 255, message = "At most 255 characters")
        String email,

        @NotBlank(message = "Enter a phone number") String phone,

        @NotBlank(message = "Enter a first name") @Size(max = 100, message = "At most 100 characters")
        String firstName,

        @NotBlank(message = "Enter a last name") @Size(max = 100, message = "At most 100 characters")
        String lastName,

        @Past(message = "The date of birth must be in the past") @Nullable
        LocalDate dateOfBirth,

        @Nullable Gender gender,

        // Checked by PasswordPolicy (length in Unicode characters, not UTF-16 units); null only where an admin
        // creates a staff account, whose owner then chooses it through an e-mailed link.
        @Nullable String password) {

    /** As people mean it: surrounding spaces dropped, the e-mail in its one form (EmailAddresses: NFC, lower case). The password stays as typed. */
    NewAccount normalized() {
        return new NewAccount(
                app.praxis.security.EmailAddresses.normalise(trim(email)),
                trim(phone),
                trim(firstName),
                trim(lastName),
                dateOfBirth,
                gender,
                password);
    }

    private static String trim(@Nullable String value) {
        return value == null ? "" : value.strip();
    }
}
