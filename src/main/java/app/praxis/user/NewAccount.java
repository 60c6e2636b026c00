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
 * Staff accounts made by an admin carry no password (a one-time link lets their owner choose one). The constraints'
 * messages are text keys (the service shows them in the page's language).
 */
public record NewAccount(
        @NotBlank(message = "user.email.required")
        @Email(message = "user.email.invalid")
        @Size(max = 255, message = "user.field.max255")
        String email,

        @NotBlank(message = "user.phone.required") String phone,

        @NotBlank(message = "user.firstName.required") @Size(max = 100, message = "user.field.max100")
        String firstName,

        @NotBlank(message = "user.lastName.required") @Size(max = 100, message = "user.field.max100")
        String lastName,

        @Past(message = "user.dateOfBirth.past") @Nullable LocalDate dateOfBirth,

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
