package app.praxis.security;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Small rate limits kept in the database, so they hold across nodes and restarts: at most {@code max} hits per
 * {@code key} in a fixed window of length {@code window} (windows start at multiples of their length since the
 * epoch; at a window's edge up to twice {@code max} can pass within one window's time). Each call counts in its
 * own transaction, so a hit stays counted when the caller's work is refused and rolled back. Keys are free text
 * up to 190 characters; prefix them with what they limit, e.g. {@code "register:address:" + address}.
 *
 * <pre>{@code
 * if (!rateLimits.tryAcquire("forgot-password:address:" + ClientAddress.current().orElse("?"),
 *         Duration.ofMinutes(15), 10)) {
 *     throw new InvalidInputException("email", "Too many requests from here. Please try again in a few minutes.");
 * }
 * }</pre>
 */
@Component
public class RateLimits {

    static final int MAX_KEY_LENGTH = 190;
    /** Counters are deleted this long after their window started. */
    static final Duration KEEP = Duration.ofDays(1);

    private final JdbcClient jdbc;
    private final Clock clock;

    RateLimits(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Counts one hit; true when it is within the limit, false when the key has had {@code max} hits already. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public boolean tryAcquire(String key, Duration window, int max) {
        return hit(key, window) <= max;
    }

    /** Counts one hit without asking; returns the window's hits so far, this one included. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public int hit(String key, Duration window) {
        Instant start = windowStart(window);
        String k = clip(key);
        jdbc.sql("""
                        INSERT INTO rate_limit_counters (limit_key, window_start, hits) VALUES (:key, :start, 1)
                        ON DUPLICATE KEY UPDATE hits = hits + 1""").param("key", k).param("start", Timestamp.from(start)).update();
        return hits(k, start);
    }

    /** Whether the key has had {@code max} hits in the current window, without counting this question. */
    @Transactional(readOnly = true)
    public boolean isExhausted(String key, Duration window, int max) {
        return hits(clip(key), windowStart(window)) >= max;
    }

    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT5M")
    @Transactional
    public void purge() {
        jdbc.sql("DELETE FROM rate_limit_counters WHERE window_start < :before")
                .param("before", Timestamp.from(clock.instant().minus(KEEP)))
                .update();
    }

    private int hits(String key, Instant start) {
        return jdbc.sql("SELECT hits FROM rate_limit_counters WHERE limit_key = :key AND window_start = :start")
                .param("key", key)
                .param("start", Timestamp.from(start))
                .query(Integer.class)
                .optional()
                .orElse(0);
    }

    private Instant windowStart(Duration window) {
        long millis = window.toMillis();
        if (millis < 1000) {
            throw new IllegalArgumentException("A rate-limit window is at least one second: " + window);
        }
        long now = clock.millis();
        return Instant.ofEpochMilli(now - Math.floorMod(now, millis));
    }

    private static String clip(String key) {
        return key.length() > MAX_KEY_LENGTH ? key.substring(0, MAX_KEY_LENGTH) : key;
    }
}
