package app.praxis.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing: after {@value #MAX_FAILURES} wrong passwords for one e-mail, that account's
 * sign-in is refused for {@link #LOCK} (whatever password is given), then it may try again.
 */
@Component
public class LoginThrottle {

    static final int MAX_FAILURES = 5;
    static final Duration LOCK = Duration.ofMinutes(5);

    private record Failures(int count, Instant last) {}

    private final Map<String, Failures> failuresByUsername = new ConcurrentHashMap<>();
    private final Clock clock;

    LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    public boolean isLocked(String username) {
        Failures failures = failuresByUsername.get(key(username));
        return failures != null
                && failures.count() >= MAX_FAILURES
                && failures.last().plus(LOCK).isAfter(clock.instant());
    }

    @EventListener
    void onFailure(AuthenticationFailureBadCredentialsEvent event) {
        Instant now = clock.instant();
        failuresByUsername.merge(
                key(event.getAuthentication().getName()),
                new Failures(1, now),
                (old, one) -> old.last().plus(LOCK).isBefore(now) ? one : new Failures(old.count() + 1, now));
    }

    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        failuresByUsername.remove(key(event.getAuthentication().getName()));
    }

    private static String key(String username) {
        return username.trim().toLowerCase(Locale.ROOT);
    }
}
