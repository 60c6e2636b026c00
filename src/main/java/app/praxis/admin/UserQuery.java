package app.praxis.admin;

import app.praxis.user.Role;
import org.jspecify.annotations.Nullable;

/**
 * The users grid's filters.
 *
 * @param search part of the name, e-mail address or phone number (digits only are compared for the phone)
 * @param role null for every role
 * @param active null for active and deactivated accounts
 */
public record UserQuery(
        @Nullable String search,
        @Nullable Role role,
        @Nullable Boolean active) {

    public static UserQuery all() {
        return new UserQuery(null, null, null);
    }
}
