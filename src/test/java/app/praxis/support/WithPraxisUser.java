package app.praxis.support;

import app.praxis.security.PraxisUser;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithSecurityContext;
import org.springframework.security.test.context.support.WithSecurityContextFactory;

/** Runs a test as a signed-in Praxis user (the same principal type a real sign-in produces). */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@WithSecurityContext(factory = WithPraxisUser.Factory.class)
public @interface WithPraxisUser {

    String role();

    long userId() default 999_999L;

    String name() default "Test User";

    final class Factory implements WithSecurityContextFactory<WithPraxisUser> {
        @Override
        public SecurityContext createSecurityContext(WithPraxisUser annotation) {
            var user = new PraxisUser(
                    annotation.userId(),
                    "user" + annotation.userId() + "@test.praxis",
                    "",
                    annotation.role(),
                    annotation.name(),
                    true);
            SecurityContext context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(
                    UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
            return context;
        }
    }
}
