package app.praxis.user;

import app.praxis.security.PraxisUser;
import java.util.Locale;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Signs people in by e-mail against the users table. */
@Service
class UserAccountDetailsService implements UserDetailsService {

    private final UserRepository users;

    UserAccountDetailsService(UserRepository users) {
        this.users = users;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String email) {
        return users.findByEmail(email.trim().toLowerCase(Locale.ROOT))
                .map(user -> new PraxisUser(
                        user.getId(),
                        user.getEmail(),
                        user.getPasswordHash(),
                        user.getRole().name(),
                        user.getFullName(),
                        user.isActive()))
                .orElseThrow(() -> new UsernameNotFoundException("No account for that e-mail"));
    }
}
