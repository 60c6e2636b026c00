package app.praxis.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Slows password guessing without letting anyone lock the owner out, on every node alike (kept in the database):
 * <ul>
 *   <li>per (account, client address) pair: the first {@value #FREE_FAILURES} failures cost nothing, then each
 *       further one makes that pair wait 2, 4, 8, … seconds, at most {@link #MAX_DELAY}; a success clears it, a day
 *       without failure forgets it. Other addresses (the owner's) are not slowed by it;</li>
 *   <li>per client address: more than {@value #MAX_FAILURES_PER_ADDRESS} failures in {@link #WINDOW}, on any
 *       accounts, refuse that address until the window ends (spraying one password over many accounts);</li>
 *   <li>per account: after {@value #MAX_FAILURES_PER_ACCOUNT} failures in {@link #WINDOW} from any addresses, an
 *       address that has failed on this account already is refused until the window ends; an address without a
 *       failure on it (the owner at home) still gets its tries.</li>
 * </ul>
 * Accounts are keyed by user id, so every spelling of one address counts together; an e-mail without account is
 * keyed by a hash of its normalised form, so an attacker cannot tell the two apart by the limits either.
 */
@Component
public class SignInLimits {

    public static final int FREE_FAILURES = 3;
    static final Duration MAX_DELAY = Duration.ofMinutes(15);
    static final Duration WINDOW = Duration.ofMinutes(15);
    static final int MAX_FAILURES_PER_ADDRESS = 50;
    static final int MAX_FAILURES_PER_ACCOUNT = 20;
    /** A pair's failures are forgotten (and its row deleted) this long after the last one. */
    static final Duration FORGET_AFTER = Duration.ofDays(1);

    private final JdbcClient jdbc;
    private final RateLimits rateLimits;
    private final Clock clock;

    SignInLimits(JdbcClient jdbc, RateLimits rateLimits, Clock clock) {
        this.jdbc = jdbc;
        this.rateLimits = rateLimits;
        this.clock = clock;
    }

    /** The key of an existing account. */
    static String accountKey(long userId) {
        return "user:" + userId;
    }

    /** The key of an e-mail without account (a hash: a typed e-mail may be a password typed in the wrong box). */
    static String unknownKey(String normalisedEmail) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(normalisedEmail.getBytes(StandardCharsets.UTF_8));
            return "email:" + HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** How long this pair must still wait before its password is checked again; empty when it may try now. */
    @Transactional(readOnly = true)
    public Optional<Duration> waitBeforeTrying(String accountKey, String clientAddress) {
        Instant now = clock.instant();
        Optional<Instant> blockedUntil = jdbc.sql(
                        "SELECT blocked_until FROM sign_in_failures WHERE account_key = ? AND client_address = ?")
                .params(accountKey, clientAddress)
                .query(Timestamp.class)
                .optional()
                .map(Timestamp::toInstant);
        if (blockedUntil.isPresent() && blockedUntil.get().isAfter(now)) {
            return Optional.of(Duration.between(now, blockedUntil.get()));
        }
        if (rateLimits.isExhausted(addressLimitKey(clientAddress), WINDOW, MAX_FAILURES_PER_ADDRESS)) {
            return Optional.of(untilWindowEnds(now));
        }
        if (blockedUntil.isPresent()
                && rateLimits.isExhausted(accountLimitKey(accountKey), WINDOW, MAX_FAILURES_PER_ACCOUNT)) {
            return Optional.of(untilWindowEnds(now));
        }
        return Optional.empty();
    }

    /** Counts a wrong password (or unknown e-mail) for the pair, the address and the account. */
    @Transactional
    public void recordFailure(String accountKey, String clientAddress) {
        Instant now = clock.instant();
        jdbc.sql("""
                        INSERT INTO sign_in_failures (account_key, client_address, failures, last_failure_at, blocked_until)
                        VALUES (:key, :address, 1, :now, :now)
                        ON DUPLICATE KEY UPDATE
                            failures = IF(last_failure_at < :forgetBefore, 1, failures + 1),
                            last_failure_at = :now""")
                .param("key", accountKey)
                .param("address", clientAddress)
                .param("now", Timestamp.from(now))
                .param("forgetBefore", Timestamp.from(now.minus(FORGET_AFTER)))
                .update();
        int failures = jdbc.sql(
                        "SELECT failures FROM sign_in_failures WHERE account_key = ? AND client_address = ? FOR UPDATE")
                .params(accountKey, clientAddress)
                .query(Integer.class)
                .single();
        jdbc.sql("UPDATE sign_in_failures SET blocked_until = ? WHERE account_key = ? AND client_address = ?")
                .params(Timestamp.from(now.plus(delayAfter(failures))), accountKey, clientAddress)
                .update();
        rateLimits.hit(addressLimitKey(clientAddress), WINDOW);
        rateLimits.hit(accountLimitKey(accountKey), WINDOW);
    }

    /** The owner got in from this address: its pair starts afresh (other pairs keep their delay). */
    @Transactional
    public void recordSuccess(String accountKey, String clientAddress) {
        jdbc.sql("DELETE FROM sign_in_failures WHERE account_key = ? AND client_address = ?")
                .params(accountKey, clientAddress)
                .update();
    }

    /** 0 for the first {@value #FREE_FAILURES} failures, then 2, 4, 8, … seconds, at most {@link #MAX_DELAY}. */
    static Duration delayAfter(int failures) {
        if (failures <= FREE_FAILURES) {
            return Duration.ZERO;
        }
        int exponent = Math.min(failures - FREE_FAILURES, 20);
        Duration delay = Duration.ofSeconds(1L << exponent);
        return delay.compareTo(MAX_DELAY) > 0 ? MAX_DELAY : delay;
    }

    /** Keeps the table bounded: pairs without a failure for a day are gone. */
    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT5M")
    @Transactional
    public void purge() {
        jdbc.sql("DELETE FROM sign_in_failures WHERE last_failure_at < ?")
                .param(Timestamp.from(clock.instant().minus(FORGET_AFTER)))
                .update();
    }

    private Duration untilWindowEnds(Instant now) {
        long window = WINDOW.toMillis();
        return Duration.ofMillis(window - Math.floorMod(now.toEpochMilli(), window));
    }

    private static String addressLimitKey(String clientAddress) {
        return "sign-in:address:" + clientAddress;
    }

    private static String accountLimitKey(String accountKey) {
        return "sign-in:account:" + accountKey;
    }
}
