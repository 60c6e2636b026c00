package app.praxis.user;

import app.praxis.security.ActiveAccounts;
import java.sql.Timestamp;
import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Asks users.is_active (and credentials_changed_at), so a deactivation made on any node is seen by every node at once. */
@Component
class ActiveAccountsInDatabase implements ActiveAccounts {

    private final UserRepository users;
    private final JdbcClient jdbc;

    ActiveAccountsInDatabase(UserRepository users, JdbcClient jdbc) {
        this.users = users;
        this.jdbc = jdbc;
    }

    @Override
    public boolean isActive(long userId) {
        return users.countActive(userId) > 0;
    }

    @Override
    public boolean acceptsSession(long userId, Instant signedInAt) {
        // Asked on every signed-in request (DeactivatedAccountFilter): one primary-key read through JdbcClient, not a
        // Spring Data native query (issue 18: that opened a Hibernate session and built the query on every request;
        // the same one statement on the wire).
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM users WHERE user_id = ? AND is_active = TRUE"
                        + " AND (credentials_changed_at IS NULL OR credentials_changed_at <= ?))")
                .params(userId, Timestamp.from(signedInAt))
                .query(Boolean.class)
                .single();
    }
}
