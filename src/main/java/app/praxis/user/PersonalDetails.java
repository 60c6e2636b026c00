package app.praxis.user;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * What a person keeps about themselves on the users row: name, phone (typed as people type it, stored as E.164),
 * gender, date of birth, address. Field names match the profile forms'.
 */
public record PersonalDetails(
        String firstName,
        String lastName,
        String phone,
        @Nullable Gender gender,
        @Nullable LocalDate dateOfBirth,
        @Nullable String address) {

    /** Surrounding spaces dropped; a blank address is no address. */
    PersonalDetails normalized() {
        return new PersonalDetails(
                strip(firstName), strip(lastName), strip(phone), gender, dateOfBirth, blankToNull(address));
    }

    private static String strip(@Nullable String value) {
        return value == null ? "" : value.strip();
    }

    static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
