package app.praxis.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.praxis.patient.PatientService;
import app.praxis.support.IntegrationTest;
import app.praxis.support.SignIn;
import app.praxis.support.TestAccounts;
import app.praxis.user.NewAccount;
import app.praxis.user.UserService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;

@IntegrationTest
class SignInRulesTest {

    @Autowired
    PatientService patients;

    @Autowired
    UserService users;

    @Autowired
    AuthenticationConfiguration authenticationConfiguration;

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
    void fiveWrongPasswordsLockTheAccountEvenAgainstTheRightOne() throws Exception {
        NewAccount account = TestAccounts.newAccount("Guess", "Target");
        patients.register(account);
        AuthenticationManager manager = manager();
        for (int i = 0; i < LoginThrottle.MAX_FAILURES; i++) {
            String guess = "wrong guess " + i;
            assertThatThrownBy(() -> manager.authenticate(
                            UsernamePasswordAuthenticationToken.unauthenticated(account.email(), guess)))
                    .isInstanceOf(BadCredentialsException.class);
        }

        assertThatThrownBy(() -> manager.authenticate(
                        UsernamePasswordAuthenticationToken.unauthenticated(account.email(), account.password())))
                .isInstanceOf(LockedException.class);
    }

    @Test
    void anUnknownEmailGetsTheSameAnswerAsAWrongPassword() throws Exception {
        assertThatThrownBy(() -> manager()
                        .authenticate(UsernamePasswordAuthenticationToken.unauthenticated(
                                "nobody@test.praxis", "whatever password")))
                .isInstanceOf(BadCredentialsException.class);
    }

    private AuthenticationManager manager() throws Exception {
        return authenticationConfiguration.getAuthenticationManager();
    }
}
