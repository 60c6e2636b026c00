package app.praxis.user;

import app.praxis.security.ActiveAccounts;
import java.time.Instant;
import org.springframework.stereotype.Component;

/** Asks users.is_active (and credentials_changed_at), so a deactivation made on any node is seen by every node at once. */
@Component
class ActiveAccountsInDatabase implements ActiveAccounts {

    private final UserRepository users;

    ActiveAccountsInDatabase(UserRepository users) {
        this.users = users;
    }

    @Override
    public boolean isActive(long userId) {
        return users.countActive(userId) > 0;
    }

    @Override
    public boolean acceptsSession(long userId, Instant signedInAt) {
        return users.countAcceptingSession(userId, signedInAt) > 0;
    }
}
