package app.praxis.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Instant;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

/**
 * Signs a person into the current HTTP session without the login form: after they opened their registration's
 * confirmation link (the link proved the mailbox, the password was chosen at registration), or to keep their own
 * session alive after they changed their password (it now counts as signed in at the change).
 */
public final class SessionSignIn {

    private static final HttpSessionSecurityContextRepository REPOSITORY = new HttpSessionSecurityContextRepository();

    private SessionSignIn() {}

    /** Signs {@code user} in, under a new session id (a session id known before sign-in is worth nothing after). */
    public static void signIn(PraxisUser user, HttpServletRequest request, HttpServletResponse response) {
        if (request.getSession(false) != null) {
            request.changeSessionId();
        }
        save(user, request, response);
    }

    /** The signed-in person's session counts as signed in at {@code instant} (their own password change). */
    public static void renew(Instant instant, HttpServletRequest request, HttpServletResponse response) {
        var authentication =
                SecurityContextHolder.getContextHolderStrategy().getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof PraxisUser user) {
            save(user.signedInAgainAt(instant), request, response);
        }
    }

    private static void save(PraxisUser user, HttpServletRequest request, HttpServletResponse response) {
        var strategy = SecurityContextHolder.getContextHolderStrategy();
        SecurityContext context = strategy.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        strategy.setContext(context);
        REPOSITORY.saveContext(context, request, response);
    }
}
