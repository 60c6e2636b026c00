package app.praxis.base.ui;

import app.praxis.base.SignedInUser;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.Optional;

/** The signed-in person as views show them (name, role), whatever principal type the session holds. */
public final class SignedIn {

    private SignedIn() {}

    public static Optional<SignedInUser> user(AuthenticationContext authentication) {
        return authentication
                .getAuthenticatedUser(Object.class)
                .filter(SignedInUser.class::isInstance)
                .map(SignedInUser.class::cast);
    }

    public static String displayName(AuthenticationContext authentication) {
        return user(authentication)
                .map(SignedInUser::displayName)
                .or(authentication::getPrincipalName)
                .orElse("");
    }
}
