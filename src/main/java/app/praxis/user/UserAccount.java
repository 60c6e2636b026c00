package app.praxis.user;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A user as other features and views see it: no password hash. */
public record UserAccount(
        long id,
        String email,
        String phone,
        Role role,
        String firstName,
        String lastName,
        @Nullable LocalDate dateOfBirth,
        boolean active) {

    static UserAccount of(User user) {
        return new UserAccount(
                user.getId(),
                user.getEmail(),
                user.getPhone(),
                user.getRole(),
                user.getFirstName(),
                user.getLastName(),
                user.getDateOfBirth(),
                user.isActive());
    }

    public String fullName() {
        return firstName + " " + lastName;
    }
}
