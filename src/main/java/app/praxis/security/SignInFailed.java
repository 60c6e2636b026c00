package app.praxis.security;

import org.jspecify.annotations.Nullable;

/**
 * A sign-in was refused (wrong password, unknown e-mail, or too many attempts), published for the audit trail.
 * {@code userId} is the account the typed e-mail belongs to, if any.
 */
public record SignInFailed(@Nullable Long userId, String clientAddress, boolean throttled) {}
