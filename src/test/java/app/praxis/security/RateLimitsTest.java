package app.praxis.security;

import static org.assertj.core.api.Assertions.assertThat;

import app.praxis.support.IntegrationTest;
import app.praxis.support.TestClock;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
class RateLimitsTest {

    @Autowired
    RateLimits rateLimits;

    @Autowired
    TestClock clock;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aKeyGetsItsMaximumPerWindowAndAgainInTheNextWindow() {
        String key = "test:" + System.nanoTime();
        Duration minute = Duration.ofMinutes(1);
        for (int i = 0; i < 3; i++) {
            assertThat(rateLimits.tryAcquire(key, minute, 3))
                    .as("hit %d", i + 1)
                    .isTrue();
        }
        assertThat(rateLimits.tryAcquire(key, minute, 3)).isFalse();
        assertThat(rateLimits.isExhausted(key, minute, 3)).isTrue();
        assertThat(rateLimits.tryAcquire("other:" + key, minute, 3)).isTrue();

        clock.advance(minute);

        assertThat(rateLimits.isExhausted(key, minute, 3)).isFalse();
        assertThat(rateLimits.tryAcquire(key, minute, 3)).isTrue();
    }

    @Test
    void askingDoesNotCountButHittingDoes() {
        String key = "ask:" + System.nanoTime();
        Duration window = Duration.ofMinutes(10);
        for (int i = 0; i < 5; i++) {
            assertThat(rateLimits.isExhausted(key, window, 1)).isFalse();
        }
        assertThat(rateLimits.hit(key, window)).isEqualTo(1);
        assertThat(rateLimits.hit(key, window)).isEqualTo(2);
        assertThat(rateLimits.isExhausted(key, window, 2)).isTrue();
    }

    @Test
    void aVeryLongKeyIsCutToTheColumnAndStillCounts() {
        String key = "long:" + System.nanoTime() + "x".repeat(500);
        assertThat(rateLimits.tryAcquire(key, Duration.ofMinutes(1), 1)).isTrue();
        assertThat(rateLimits.tryAcquire(key, Duration.ofMinutes(1), 1)).isFalse();
    }

    @Test
    void countersOfOldWindowsArePurged() {
        String key = "purge:" + System.nanoTime();
        rateLimits.hit(key, Duration.ofMinutes(1));
        clock.advance(RateLimits.KEEP.plusMinutes(2));

        rateLimits.purge();

        assertThat(jdbc.sql("SELECT COUNT(*) FROM rate_limit_counters WHERE limit_key = ?")
                        .param(key)
                        .query(Integer.class)
                        .single())
                .isZero();
    }
}
