package app.praxis.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.praxis.patient.PatientService;
import app.praxis.support.IntegrationTest;
import app.praxis.support.SignIn;
import app.praxis.support.TestAccounts;
import app.praxis.support.TestClock;
import app.praxis.user.NewAccount;
import app.praxis.user.UserService;
import java.text.Normalizer;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

@IntegrationTest
class SignInRulesTest {

    @Autowired
    PatientService patients;

    @Autowired
    UserService users;

    @Autowired
    AuthenticationConfiguration authenticationConfiguration;

    @Autowired
    SignInLimits limits;

    @Autowired
    TestClock clock;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void aPatientSignsInWithTheirEmailInAnyCaseAndGetsTheirRole() throws Exception {
        NewAccount account = TestAccounts.newAccount("Signe", "In");
        long userId = patients.register(account).userId();

        var result = manager()
                .authenticate(UsernamePasswordAuthenticationToken.unauthenticated(
                        account.email().toUpperCase(), account.password()));

        assertThat(result.getPrincipal()).isInstanceOfSatisfying(PraxisUser.class, user -> {
            assertThat(user.userId()).isEqualTo(userId);
            assertThat(user.role()).isEqualTo(Roles.PATIENT);
            assertThat(user.displayName()).isEqualTo("Signe In");
        });
        assertThat(result.getAuthorities())
                .extracting(Object::toString)
                .contains("ROLE_PATIENT")
                .doesNotContain("ROLE_ADMIN", "ROLE_DOCTOR");
    }

    @Test
    void aDeactivatedUserCannotSignIn() throws Exception {
        NewAccount account = TestAccounts.newAccount("Dee", "Activated");
        long userId = patients.register(account).userId();
        SignIn.as(1, Roles.ADMIN);
        users.setActive(userId, false);
        SignIn.out();

        assertThatThrownBy(() -> manager()
                        .authenticate(UsernamePasswordAuthenticationToken.unauthenticated(
                                account.email(), account.password())))
                .isInstanceOf(DisabledException.class);
    }

    @Test
    void wrongPasswordsSlowDownTheirAddressOnlyWhileTheOwnerSignsInFromElsewhere() throws Exception {
        NewAccount account = TestAccounts.newAccount("Guess", "Target");
        patients.register(account);
        String attacker = "203.0.113.7";
        for (int i = 0; i <= SignInLimits.FREE_FAILURES; i++) {
            String guess = "wrong guess " + i;
            assertThatThrownBy(() -> signIn(account.email(), guess, attacker))
                    .isInstanceOf(BadCredentialsException.class);
        }

        assertThatThrownBy(() -> signIn(account.email(), account.password(), attacker))
                .isInstanceOf(LockedException.class)
                .hasMessageContaining("try again in 2 seconds");
        assertThat(signIn(account.email(), account.password(), "198.51.100.20").isAuthenticated())
                .isTrue();
    }

    @Test
    void theDelayGrowsWithEachFailureAndEndsWhenItHasPassed() throws Exception {
        NewAccount account = TestAccounts.newAccount("Slow", "Down");
        patients.register(account);
        String address = "203.0.113.8";
        for (int i = 0; i < SignInLimits.FREE_FAILURES; i++) {
            assertThatThrownBy(() -> signIn(account.email(), "nope", address))
                    .isInstanceOf(BadCredentialsException.class);
        }
        for (int seconds : new int[] {2, 4, 8, 16}) {
            assertThatThrownBy(() -> signIn(account.email(), "nope", address))
                    .isInstanceOf(BadCredentialsException.class);
            assertThatThrownBy(() -> signIn(account.email(), account.password(), address))
                    .isInstanceOf(LockedException.class)
                    .hasMessageContaining(seconds + " seconds");
            clock.advance(Duration.ofSeconds(seconds));
        }

        assertThat(signIn(account.email(), account.password(), address).isAuthenticated())
                .isTrue();
        assertThat(SignInLimits.delayAfter(100)).isEqualTo(SignInLimits.MAX_DELAY);
    }

    @Test
    void everySpellingOfOneAddressCountsAgainstTheSameAccount() throws Exception {
        NewAccount account = TestAccounts.newAccount("Spelling", "Variant");
        patients.register(account);
        String address = "203.0.113.9";
        String[] spellings = {
            account.email().toUpperCase(Locale.ROOT),
            "  " + account.email() + " ",
            account.email().substring(0, 1).toUpperCase(Locale.ROOT)
                    + account.email().substring(1),
            account.email()
        };
        for (String spelling : spellings) {
            assertThatThrownBy(() -> signIn(spelling, "wrong", address)).isInstanceOf(BadCredentialsException.class);
        }

        assertThatThrownBy(() -> signIn(account.email(), account.password(), address))
                .isInstanceOf(LockedException.class);
    }

    @Test
    void anAddressThatDiffersOnlyInAccentsOrComposedFormIsAnotherAddress() throws Exception {
        NewAccount account = new NewAccount(
                "j\u00f6rg." + System.nanoTime() + "@test.praxis",
                TestAccounts.uniquePhone(),
                "J\u00f6rg",
                "Umlaut",
                LocalDate.of(1980, 1, 1),
                null,
                "correct horse battery");
        patients.register(account);
        String decomposed = Normalizer.normalize(account.email(), Normalizer.Form.NFD);
        String withoutAccent = account.email().replace("\u00f6", "o");

        assertThat(signIn(decomposed, account.password(), "192.0.2.1").isAuthenticated())
                .isTrue();
        assertThatThrownBy(() -> signIn(withoutAccent, account.password(), "192.0.2.1"))
                .isInstanceOf(BadCredentialsException.class);
    }

    @Test
    void aSuccessClearsOnlyItsOwnPair() throws Exception {
        NewAccount account = TestAccounts.newAccount("Clear", "Pair");
        patients.register(account);
        for (int i = 0; i < SignInLimits.FREE_FAILURES; i++) {
            assertThatThrownBy(() -> signIn(account.email(), "wrong", "192.0.2.10"))
                    .isInstanceOf(BadCredentialsException.class);
            assertThatThrownBy(() -> signIn(account.email(), "wrong", "192.0.2.11"))
                    .isInstanceOf(BadCredentialsException.class);
        }
        signIn(account.email(), account.password(), "192.0.2.10");

        assertThat(pairRows("192.0.2.10")).isZero();
        assertThat(pairRows("192.0.2.11")).isOne();
    }

    @Test
    void oneAddressSprayingPasswordsOverManyAccountsIsStopped() throws Exception {
        String sprayer = "203.0.113.66";
        for (int i = 0; i < SignInLimits.MAX_FAILURES_PER_ADDRESS; i++) {
            String email = "spray" + i + "." + System.nanoTime() + "@test.praxis";
            assertThatThrownBy(() -> signIn(email, "Summer2026!", sprayer)).isInstanceOf(BadCredentialsException.class);
        }
        NewAccount account = TestAccounts.newAccount("Sprayed", "At");
        patients.register(account);

        assertThatThrownBy(() -> signIn(account.email(), account.password(), sprayer))
                .isInstanceOf(LockedException.class);
        assertThat(signIn(account.email(), account.password(), "198.51.100.99").isAuthenticated())
                .isTrue();
    }

    @Test
    void oldPairsArePurgedSoTheTableStaysSmall() throws Exception {
        assertThatThrownBy(() -> signIn("old." + System.nanoTime() + "@test.praxis", "x", "192.0.2.200"))
                .isInstanceOf(BadCredentialsException.class);
        assertThat(pairRows("192.0.2.200")).isOne();

        clock.advance(SignInLimits.FORGET_AFTER.plusMinutes(1));
        limits.purge();

        assertThat(pairRows("192.0.2.200")).isZero();
    }

    @Test
    void anUnknownEmailGetsTheSameAnswerAsAWrongPassword() throws Exception {
        assertThatThrownBy(() -> manager()
                        .authenticate(UsernamePasswordAuthenticationToken.unauthenticated(
                                "nobody@test.praxis", "whatever password")))
                .isInstanceOf(BadCredentialsException.class);
    }

    private Authentication signIn(String email, String password, String address) throws Exception {
        var token = UsernamePasswordAuthenticationToken.unauthenticated(email, password);
        token.setDetails(new WebAuthenticationDetails(address, null));
        return manager().authenticate(token);
    }

    private int pairRows(String address) {
        return jdbc.sql("SELECT COUNT(*) FROM sign_in_failures WHERE client_address = ?")
                .param(address)
                .query(Integer.class)
                .single();
    }

    private AuthenticationManager manager() throws Exception {
        return authenticationConfiguration.getAuthenticationManager();
    }
}
