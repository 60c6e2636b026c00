package app.praxis.user;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * One-time links: a random 256-bit token goes into the e-mail, only its SHA-256 hash into account_links. A link
 * works once (a conditional UPDATE decides between two clicks) and until it expires (the application's clock).
 * Its callers run inside their own transaction, so a link is spent only if what it was for also succeeds.
 */
@Service
public class AccountLinks {

    /** What a valid link leads to. */
    public record Target(
            long userId, LinkPurpose purpose, @Nullable String newEmail) {}

    private static final SecureRandom RANDOM = new SecureRandom();

    private final AccountLinkRepository links;
    private final Clock clock;

    AccountLinks(AccountLinkRepository links, Clock clock) {
        this.links = links;
        this.clock = clock;
    }

    /** A new link for this purpose (older unused ones of the same purpose stop working); returns the token. */
    @Transactional(propagation = Propagation.MANDATORY)
    public String issue(long userId, LinkPurpose purpose, Duration validFor, @Nullable String newEmail) {
        var now = clock.instant();
        links.retireUnused(userId, purpose.name(), now);
        String token = unguessable();
        links.save(new AccountLink(userId, purpose, hash(token), newEmail, now, now.plus(validFor)));
        return token;
    }

    /** No unused link of the account works any more (it was closed). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void retireAll(long userId) {
        links.retireAll(userId, clock.instant());
    }

    /** Where the link leads, if it would still work now; spends nothing (a page shows its form with this). */
    @Transactional(readOnly = true)
    public Optional<Target> peek(String token, Set<LinkPurpose> purposes) {
        var now = clock.instant();
        return find(token, purposes)
                .filter(link -> link.getUsedAt() == null && link.getExpiresAt().isAfter(now))
                .map(AccountLinks::target);
    }

    /** Spends the link: present for exactly one caller while it is unused and unexpired, empty for all others. */
    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<Target> redeem(String token, Set<LinkPurpose> purposes) {
        return find(token, purposes)
                .filter(link -> links.redeem(link.getId(), clock.instant()) == 1)
                .map(AccountLinks::target);
    }

    private Optional<AccountLink> find(String token, Set<LinkPurpose> purposes) {
        if (token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        return links.findByTokenHash(hash(token)).filter(link -> purposes.contains(link.getPurpose()));
    }

    private static Target target(AccountLink link) {
        return new Target(link.getUserId(), link.getPurpose(), link.getNewEmail());
    }

    /** 256 random bits, URL-safe: a link's token, or a first password that nobody knows. */
    static String unguessable() {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    }

    static String hash(String token) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JVM has SHA-256", e);
        }
    }
}
