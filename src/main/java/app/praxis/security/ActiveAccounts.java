package app.praxis.security;

import java.time.Instant;

/**
 * Whether a signed-in account is still active, asked on every request of a signed-in session. Implemented by the
 * feature that owns the accounts (user), so security does not read its table.
 */
public interface ActiveAccounts {

    boolean isActive(long userId);

    /**
     * Whether a session signed in at {@code signedInAt} may go on: the account is active and its password has not
     * changed since (one primary-key read).
     */
    boolean acceptsSession(long userId, Instant signedInAt);
}
