package app.praxis.user;

import app.praxis.security.ActiveAccounts;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Asks users.is_active (and credentials_changed_at), so a deactivation made on any node is seen by every node at once.
 */
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
        // The same read also brings the photo's name, which the layout shows after each navigation in this request
        // (RequestUserRow): one statement per click fewer (issue 18: round trips).
        record Row(boolean accepted, @Nullable String photo) {}
        Optional<Row> row = jdbc.sql("SELECT is_active = TRUE"
                        + " AND (credentials_changed_at IS NULL OR credentials_changed_at <= ?), profile_photo"
                        + " FROM users WHERE user_id = ?")
                .params(Timestamp.from(signedInAt), userId)
                .query((rs, number) -> new Row(rs.getBoolean(1), rs.getString(2)))
                .optional();
        boolean accepted = row.map(Row::accepted).orElse(false);
        if (accepted) {
            RequestUserRow.remember(userId, row.get().photo());
        }
        return accepted;
    }
}
