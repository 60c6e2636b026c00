package app.praxis.security;

/**
 * Whether a signed-in account is still active, asked on every request of a signed-in session. Implemented by the
 * feature that owns the accounts (user), so security does not read its table.
 */
public interface ActiveAccounts {

    boolean isActive(long userId);
}
