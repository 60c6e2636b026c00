package app.praxis.security;

import app.praxis.security.ui.LoginView;
import com.vaadin.flow.router.RouterLayout;
import com.vaadin.flow.spring.security.RequestUtil;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import org.springframework.aop.Advisor;
import org.springframework.aop.ClassFilter;
import org.springframework.aop.Pointcut;
import org.springframework.aop.support.ComposablePointcut;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Role;
import org.springframework.security.authentication.AccountStatusUserDetailsChecker;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.authorization.method.AuthorizationInterceptorsOrder;
import org.springframework.security.authorization.method.AuthorizationManagerBeforeMethodInterceptor;
import org.springframework.security.authorization.method.Jsr250AuthorizationManager;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

@Configuration
@EnableWebSecurity
@EnableMethodSecurity
class SecurityConfig {

    /**
     * The services' {@code @RolesAllowed}/{@code @PermitAll}/{@code @DenyAll} checks, as
     * {@code @EnableMethodSecurity(jsr250Enabled = true)} makes them, except on Vaadin layouts: the layout carries
     * {@code @PermitAll} for Vaadin's navigation access control, which checks it itself, and as a Spring proxy it was
     * built anew on every navigation (its class is not the layout's, so Vaadin could not keep it): its menu, photo and
     * unread count were read again with each page (issue 18: round trips). The views stay proxies: they load their data
     * when built, and a new instance is what makes a page opened again show fresh data.
     */
    @Bean
    @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
    static Advisor jsr250ChecksExceptOnLayouts(ObjectProvider<SecurityContextHolderStrategy> strategies) {
        Pointcut annotated =
                AuthorizationManagerBeforeMethodInterceptor.jsr250().getPointcut();
        ClassFilter notLayouts = type -> !RouterLayout.class.isAssignableFrom(type);
        var checks = new AuthorizationManagerBeforeMethodInterceptor(
                new ComposablePointcut(annotated).intersection(notLayouts), new Jsr250AuthorizationManager());
        checks.setOrder(AuthorizationInterceptorsOrder.JSR250.getOrder());
        checks.setSecurityContextHolderStrategy(new LazyContextStrategy(strategies));
        return checks;
    }

    @Bean
    SecurityFilterChain securityFilterChain(
            HttpSecurity http,
            ActiveAccounts accounts,
            RequestUtil vaadinRequests,
            @Value("${server.servlet.session.timeout:30m}") Duration idleTimeout,
            @Value("${praxis.security.hsts:false}") boolean hsts,
            Clock clock)
            throws Exception {
        http.headers(headers -> {
            headers.contentSecurityPolicy(csp -> csp.policyDirectives(SecurityHeaders.CONTENT_SECURITY_POLICY));
            headers.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN));
            headers.permissionsPolicyHeader(permissions -> permissions.policy(SecurityHeaders.PERMISSIONS_POLICY));
            headers.frameOptions(frames -> frames.deny());
            if (hsts) { // the mysql profile: production over HTTPS (sent on secure requests only)
                headers.httpStrictTransportSecurity(transport ->
                        transport.includeSubDomains(true).maxAgeInSeconds(SecurityHeaders.HSTS_MAX_AGE_SECONDS));
            } else {
                headers.httpStrictTransportSecurity(transport -> transport.disable());
            }
        });
        // Before the session's context is loaded: a session idle for too long (polls and heartbeats aside) ends.
        http.addFilterBefore(new IdleSessionFilter(idleTimeout, clock), SecurityContextHolderFilter.class);
        // After the session's context is loaded, before anything is authorized: a deactivated account's session ends.
        http.addFilterAfter(new DeactivatedAccountFilter(accounts), SecurityContextHolderFilter.class);
        http.authorizeHttpRequests(
                requests -> requests.requestMatchers("/images/**", "/icons/**").permitAll());
        // Profile photos (user.PhotoController): for signed-in people only.
        http.authorizeHttpRequests(
                requests -> requests.requestMatchers("/photos/**").authenticated());
        // Login CSRF: Vaadin's own CSRF set-up also exempts the sign-in POST; here only Vaadin's internal requests
        // (which carry Vaadin's own CSRF token) are exempt, so the sign-in form must send Spring's token, which
        // <vaadin-login-form> takes from the page's _csrf meta tags (Vaadin writes them into every page).
        http.csrf(csrf -> csrf.ignoringRequestMatchers(vaadinRequests::isFrameworkInternalRequest));
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.enableCsrfConfiguration(false)
                        .loginView(LoginView.class, "/login"))
                .build();
    }

    /**
     * Passwords checked against users.password_hash, with the sign-in limits asked first (ThrottledAuthenticationProvider);
     * a deactivated account (is_active = FALSE) stops at the account-status check.
     */
    @Bean
    AuthenticationProvider authenticationProvider(
            UserDetailsService users,
            PasswordEncoder passwordEncoder,
            SignInLimits limits,
            ApplicationEventPublisher events) {
        var passwords = new DaoAuthenticationProvider(users);
        passwords.setPasswordEncoder(passwordEncoder);
        passwords.setPreAuthenticationChecks(new AccountStatusUserDetailsChecker());
        return new ThrottledAuthenticationProvider(passwords, users, limits, events);
    }

    /**
     * {bcrypt-sha256} for new hashes (every accepted password counts in full, also past bcrypt's 72 bytes); the
     * demo's and older {bcrypt} hashes, and every other id Spring knows, still match.
     */
    @Bean
    PasswordEncoder passwordEncoder() {
        var known = new HashMap<String, PasswordEncoder>();
        known.put(PrehashedBcryptPasswordEncoder.ID, new PrehashedBcryptPasswordEncoder());
        known.put("bcrypt", new LongPasswordSafeEncoder(new BCryptPasswordEncoder()));
        var delegating = new DelegatingPasswordEncoder(PrehashedBcryptPasswordEncoder.ID, known);
        delegating.setDefaultPasswordEncoderForMatches(PasswordEncoderFactories.createDelegatingPasswordEncoder());
        return delegating;
    }

    /** An old bcrypt hash cannot match a password longer than 72 bytes: say "no" instead of failing the sign-in. */
    private record LongPasswordSafeEncoder(PasswordEncoder bcrypt) implements PasswordEncoder {
        @Override
        public String encode(CharSequence rawPassword) {
            return bcrypt.encode(rawPassword);
        }

        @Override
        public boolean matches(CharSequence rawPassword, String encodedPassword) {
            return rawPassword.toString().getBytes(StandardCharsets.UTF_8).length <= 72
                    && bcrypt.matches(rawPassword, encodedPassword);
        }
    }
}
