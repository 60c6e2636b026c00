package app.praxis.user;

import app.praxis.security.EmailAddresses;
import app.praxis.security.PraxisUser;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Signs people in by e-mail against the users table: the normalised address, compared exactly. */
@Service
class UserAccountDetailsService implements UserDetailsService {

    private final UserRepository users;

    UserAccountDetailsService(UserRepository users) {
        this.users = users;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String email) {
        return users.findByEmailExactly(EmailAddresses.normalise(email))
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
