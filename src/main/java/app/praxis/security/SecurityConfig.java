package app.praxis.security;

import app.praxis.security.ui.LoginView;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AccountStatusUserDetailsChecker;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.SecurityContextHolderFilter;

@Configuration
@EnableWebSecurity
@EnableMethodSecurity(jsr250Enabled = true)
class SecurityConfig {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, ActiveAccounts accounts) throws Exception {
        // After the session's context is loaded, before anything is authorized: a deactivated account's session ends.
        http.addFilterAfter(new DeactivatedAccountFilter(accounts), SecurityContextHolderFilter.class);
        http.authorizeHttpRequests(
                requests -> requests.requestMatchers("/images/**", "/icons/**").permitAll());
        // Profile photos (user.PhotoController): for signed-in people only.
        http.authorizeHttpRequests(
                requests -> requests.requestMatchers("/photos/**").authenticated());
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class, "/login"))
                .build();
    }

    /** Passwords checked against users.password_hash, with the throttle asked first. */
    @Bean
    DaoAuthenticationProvider authenticationProvider(
            UserDetailsService users, PasswordEncoder passwordEncoder, LoginThrottle throttle) {
        var provider = new DaoAuthenticationProvider(users);
        provider.setPasswordEncoder(passwordEncoder);
        var accountStatus = new AccountStatusUserDetailsChecker();
        provider.setPreAuthenticationChecks(user -> {
            if (throttle.isLocked(user.getUsername())) {
                throw new LockedException("Too many failed attempts; try again in a few minutes");
            }
            accountStatus.check(user); // deactivated users (is_active = FALSE) stop here
        });
        return provider;
    }

    /** {bcrypt} for new hashes; the prefix lets a later algorithm (argon2) replace it without a migration. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
