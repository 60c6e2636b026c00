package app.praxis.security;

import java.util.Optional;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Who is calling, for services that check ownership. Reads Spring Security's context (Vaadin keeps it per
 * session), so services never see Vaadin types.
 */
@Component
public class CurrentUser {

    public Optional<PraxisUser> find() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof PraxisUser user) {
            return Optional.of(user);
        }
        return Optional.empty();
    }

    /** The signed-in user, or an authentication error (never a null that a caller could forget to check). */
    public PraxisUser require() {
        return find().orElseThrow(() -> new AuthenticationCredentialsNotFoundException("Not signed in"));
    }

    public boolean isAdmin() {
        return find().map(user -> user.hasRole(Roles.ADMIN)).orElse(false);
    }
}
