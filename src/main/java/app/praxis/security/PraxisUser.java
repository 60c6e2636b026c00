package app.praxis.security;

import app.praxis.base.SignedInUser;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The signed-in person: their users.user_id, role and name travel with the session. */
public final class PraxisUser implements UserDetails, CredentialsContainer, SignedInUser {

    private final long userId;
    private final String email;
    private String passwordHash;
    private final String role;
    private final String displayName;
    private final boolean active;
    private final Instant signedInAt;

    /** Signed in at an unknown moment: such a session ends at the account's next password change. */
    public PraxisUser(long userId, String email, String passwordHash, String role, String displayName, boolean active) {
        this(userId, email, passwordHash, role, displayName, active, Instant.EPOCH);
    }

    /**
     * @param signedInAt when the credentials were checked (the application's clock): sessions signed in before the
     *     account's last password change end (DeactivatedAccountFilter)
     */
    public PraxisUser(
            long userId,
            String email,
            String passwordHash,
            String role,
            String displayName,
            boolean active,
            Instant signedInAt) {
        this.userId = userId;
        this.email = email;
        this.passwordHash = passwordHash;
        this.role = role;
        this.displayName = displayName;
        this.active = active;
        this.signedInAt = signedInAt;
    }

    public Instant signedInAt() {
        return signedInAt;
    }

    /** The same person, as if signed in again at {@code instant} (their own session survives their password change). */
    public PraxisUser signedInAgainAt(Instant instant) {
        return new PraxisUser(userId, email, "", role, displayName, active, instant);
    }

    public long userId() {
        return userId;
    }

    public String role() {
        return role;
    }

    public boolean hasRole(String roleName) {
        return role.equals(roleName);
    }

    @Override
    public String displayName() {
        return displayName;
    }

    @Override
    public String roleLabelKey() {
        return "security.role." + role.toLowerCase(java.util.Locale.ROOT);
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority("ROLE_" + role));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return email;
    }

    /** Deactivated users (users.is_active = FALSE) cannot sign in. */
    @Override
    public boolean isEnabled() {
        return active;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = "";
    }
}
