package app.praxis.security;

import java.time.Duration;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Sign-in by e-mail and password with {@link SignInLimits} asked first: the typed e-mail is normalised and
 * resolved to its account (every spelling of one address counts as one), the (account, client address) pair's
 * delay is checked before any password is, and each wrong password is counted. The password check itself is
 * Spring's ({@code delegate}, a DaoAuthenticationProvider).
 */
class ThrottledAuthenticationProvider implements AuthenticationProvider {

    static final String UNKNOWN_ADDRESS = "unknown";

    private final AuthenticationProvider delegate;
    private final UserDetailsService users;
    private final SignInLimits limits;
    private final ApplicationEventPublisher events;

    ThrottledAuthenticationProvider(
            AuthenticationProvider delegate,
            UserDetailsService users,
            SignInLimits limits,
            ApplicationEventPublisher events) {
        this.delegate = delegate;
        this.users = users;
        this.limits = limits;
        this.events = events;
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String email = EmailAddresses.normalise(authentication.getName());
        String address = clientAddress(authentication.getDetails());
        Long userId = findUserId(email);
        String key = userId != null ? SignInLimits.accountKey(userId) : SignInLimits.unknownKey(email);
        Optional<Duration> wait = limits.waitBeforeTrying(key, address);
        if (wait.isPresent()) {
            events.publishEvent(new SignInFailed(userId, address, true));
            throw new LockedException("Too many failed attempts; try again in " + inWords(wait.get()));
        }
        var normalised = UsernamePasswordAuthenticationToken.unauthenticated(email, authentication.getCredentials());
        normalised.setDetails(authentication.getDetails());
        try {
            Authentication result = delegate.authenticate(normalised);
            limits.recordSuccess(key, address);
            return result;
        } catch (BadCredentialsException e) {
            limits.recordFailure(key, address);
            events.publishEvent(new SignInFailed(userId, address, false));
            throw e;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    private @Nullable Long findUserId(String email) {
        try {
            return users.loadUserByUsername(email) instanceof PraxisUser user ? user.userId() : null;
        } catch (UsernameNotFoundException e) {
            return null;
        }
    }

    static String clientAddress(@Nullable Object details) {
        if (details instanceof WebAuthenticationDetails web && web.getRemoteAddress() != null) {
            return ClientAddress.clip(web.getRemoteAddress());
        }
        return ClientAddress.current().orElse(UNKNOWN_ADDRESS);
    }

    static String inWords(Duration wait) {
        long seconds = Math.max(1, wait.toSeconds() + (wait.toMillisPart() > 0 ? 1 : 0));
        if (seconds < 60) {
            return seconds == 1 ? "a second" : seconds + " seconds";
        }
        long minutes = (seconds + 59) / 60;
        return minutes == 1 ? "a minute" : minutes + " minutes";
    }
}
