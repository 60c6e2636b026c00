package app.praxis.support;

import app.praxis.security.PraxisUser;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/** Puts a signed-in user into Spring Security's context for service tests. */
public final class SignIn {

    private SignIn() {}

    public static PraxisUser as(long userId, String role) {
        var user = new PraxisUser(userId, "user" + userId + "@test.praxis", "", role, "Test User " + userId, true);
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        return user;
    }

    public static void out() {
        SecurityContextHolder.clearContext();
    }
}
