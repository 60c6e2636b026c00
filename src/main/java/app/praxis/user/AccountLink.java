package app.praxis.user;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

/** A one-time link (account_links): only the token's hash is kept; times come from the application's clock. */
@Entity
@Table(name = "account_links")
class AccountLink {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "link_id")
    private Long id;

    @Column(name = "user_id")
    private long userId;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private LinkPurpose purpose;

    @Column(name = "token_hash", columnDefinition = "char(64)")
    private String tokenHash;

    @Column(name = "new_email")
    private @Nullable String newEmail;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "expires_at")
    private Instant expiresAt;

    @Column(name = "used_at")
    private @Nullable Instant usedAt;

    protected AccountLink() {}

    AccountLink(
            long userId,
            LinkPurpose purpose,
            String tokenHash,
            @Nullable String newEmail,
            Instant createdAt,
            Instant expiresAt) {
        this.userId = userId;
        this.purpose = purpose;
        this.tokenHash = tokenHash;
        this.newEmail = newEmail;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    Long getId() {
        return id;
    }

    long getUserId() {
        return userId;
    }

    LinkPurpose getPurpose() {
        return purpose;
    }

    @Nullable
    String getNewEmail() {
        return newEmail;
    }

    Instant getExpiresAt() {
        return expiresAt;
    }

    @Nullable
    Instant getUsedAt() {
        return usedAt;
    }
}
