package app.praxis.user;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface UserRepository extends JpaRepository<User, Long> {

    Optional<User> findByEmail(String email);

    /**
     * The account's language tag alone: no entity to load and, inside a writing transaction, none to check for
     * changes at commit (issue 18: booking read both people's whole rows as entities for their e-mails' language).
     */
    @Query(value = "SELECT language FROM users WHERE user_id = :userId", nativeQuery = true)
    Optional<String> findLanguageTag(long userId);

    /**
     * The account of exactly this (normalised) e-mail: the unique key's case- and accent-insensitive collation
     * finds the candidate through the index, the binary comparison keeps only the exact one.
     */
    @Query(
            value = "SELECT * FROM users WHERE email = :email AND CAST(email AS BINARY) = CAST(:email AS BINARY)",
            nativeQuery = true)
    Optional<User> findByEmailExactly(String email);

    boolean existsByEmail(String email);

    boolean existsByPhone(String phone);

    @Query(value = "SELECT COUNT(*) FROM users WHERE user_id = :userId AND is_active = TRUE", nativeQuery = true)
    int countActive(long userId);

    /**
     * The active admins' ids under a lock on their rows: two admins deactivating the last two others at once
     * queue here, and the second sees the first's change.
     */
    @Query(value = "SELECT user_id FROM users WHERE role = 'ADMIN' AND is_active = TRUE FOR UPDATE", nativeQuery = true)
    List<Long> lockActiveAdminIds();
}
