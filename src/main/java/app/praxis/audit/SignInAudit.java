package app.praxis.audit;

import app.praxis.security.PraxisUser;
import app.praxis.security.SignInFailed;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Sign-ins, refused sign-ins and sign-outs into the audit trail, from Spring Security's events. */
@Component
class SignInAudit {

    private final AuditTrail trail;

    SignInAudit(AuditTrail trail) {
        this.trail = trail;
    }

    @EventListener
    @Transactional
    void signedIn(AuthenticationSuccessEvent event) {
        Authentication authentication = event.getAuthentication();
        if (authentication.getPrincipal() instanceof PraxisUser user) {
            trail.insert(user, AuditAction.SIGNED_IN, null, "user", user.userId(), address(authentication));
        }
    }

    @EventListener
    @Transactional
    void failed(SignInFailed event) {
        trail.insert(
                null,
                event.throttled() ? AuditAction.SIGN_IN_THROTTLED : AuditAction.SIGN_IN_FAILED,
                null,
                event.userId() == null ? null : "user",
                event.userId(),
                event.clientAddress());
    }

    @EventListener
    @Transactional
    void signedOut(LogoutSuccessEvent event) {
        Authentication authentication = event.getAuthentication();
        if (authentication.getPrincipal() instanceof PraxisUser user) {
            trail.insert(user, AuditAction.SIGNED_OUT, null, "user", user.userId(), address(authentication));
        }
    }

    private static @Nullable String address(Authentication authentication) {
        if (authentication.getDetails() instanceof WebAuthenticationDetails web && web.getRemoteAddress() != null) {
            return web.getRemoteAddress();
        }
        return null;
    }
}
