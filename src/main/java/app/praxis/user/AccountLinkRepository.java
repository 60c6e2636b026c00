package app.praxis.user;

import java.time.Instant;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface AccountLinkRepository extends JpaRepository<AccountLink, Long> {

    Optional<AccountLink> findByTokenHash(String tokenHash);

    /**
     * Marks the link used if it still can be: unused and not expired. Returns 1 for the one caller that redeemed it,
     * 0 for everyone else (already used, expired, or another click got there first: the row lock decides).
     */
    @Modifying(flushAutomatically = true)
    @Query(value = """
            UPDATE account_links SET used_at = :now
            WHERE link_id = :linkId AND used_at IS NULL AND expires_at > :now""", nativeQuery = true)
    int redeem(long linkId, Instant now);

    /** A new link of a purpose replaces the older unused ones: only the newest e-mail's link works. */
    @Modifying(flushAutomatically = true)
    @Query(value = """
            UPDATE account_links SET used_at = :now
            WHERE user_id = :userId AND purpose = :purpose AND used_at IS NULL""", nativeQuery = true)
    int retireUnused(long userId, String purpose, Instant now);

    /** A closed account's links: none works any more. */
    @Modifying(flushAutomatically = true)
    @Query(
            value = "UPDATE account_links SET used_at = :now WHERE user_id = :userId AND used_at IS NULL",
            nativeQuery = true)
    int retireAll(long userId, Instant now);
}
