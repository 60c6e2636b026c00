package app.praxis.user;

import app.praxis.security.EmailAddresses;
import app.praxis.security.PraxisUser;
import java.time.Clock;
import java.time.Instant;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Signs people in by e-mail against the users table: the normalised address, compared exactly. */
@Service
class UserAccountDetailsService implements UserDetailsService {

    private final UserRepository users;
    private final Clock clock;

    UserAccountDetailsService(UserRepository users, Clock clock) {
        this.users = users;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String email) {
        return users.findByEmailExactly(EmailAddresses.normalise(email))
                .map(user -> principal(user, user.getPasswordHash(), clock.instant()))
                .orElseThrow(() -> new UsernameNotFoundException("No account for that e-mail"));
    }

    /** The session's principal; {@code signedInAt} is when the credentials were checked. */
    static PraxisUser principal(User user, String passwordHash, Instant signedInAt) {
        return new PraxisUser(
                user.getId(),
                user.getEmail(),
                passwordHash,
                user.getRole().name(),
                user.getFullName(),
                user.isActive(),
                signedInAt);
    }
}
