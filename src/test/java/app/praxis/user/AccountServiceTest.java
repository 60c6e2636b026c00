package app.praxis.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.praxis.base.InvalidInputException;
import app.praxis.base.MailOutbox;
import app.praxis.base.Texts;
import app.praxis.patient.PatientService;
import app.praxis.security.ActiveAccounts;
import app.praxis.security.PraxisUser;
import app.praxis.security.Roles;
import app.praxis.support.IntegrationTest;
import app.praxis.support.Mails;
import app.praxis.support.SignIn;
import app.praxis.support.TestAccounts;
import app.praxis.support.TestClock;
import app.praxis.support.TestSmtp;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** Passwords and accounts (issue 19): forgotten password, registration, change of password and address. */
@IntegrationTest
class AccountServiceTest {

    @Autowired
    Texts texts;

    @Autowired
    AccountService accounts;

    @Autowired
    PatientService patients;

    @Autowired
    UserService users;

    @Autowired
    UserRepository userRows;

    @Autowired
    ActiveAccounts activeAccounts;

    @Autowired
    AuthenticationConfiguration authentication;

    @Autowired
    JavaMailSenderImpl mailSender;

    @Autowired
    TestClock clock;

    @Autowired
    JdbcClient jdbc;

    TestSmtp smtp;

    @Autowired
    MailOutbox outbox;

    @BeforeEach
    void startSmtp() {
        smtp = new TestSmtp(mailSender);
        smtp.start();
    }

    @AfterEach
    void stopSmtp() {
        smtp.stop();
        SignIn.out();
    }

    // --- forgotten password ---------------------------------------------------------------------------------------

    @Test
    void aForgottenPasswordGetsTheSameAnswerWhetherOrNotTheAddressHasAnAccount() {
        NewAccount account = TestAccounts.newAccount("Fern", "Gotten");
        patients.register(account);
        String unknown = TestAccounts.uniqueEmail("nobody");

        String known = accounts.requestPasswordReset(account.email().toUpperCase());
        String notKnown = accounts.requestPasswordReset(unknown);

        assertThat(known).isEqualTo(notKnown).isEqualTo(texts.get(AccountService.RESET_SENT));
        outbox.deliverDue();
        assertThat(Mails.to(smtp, account.email())).hasSize(1);
        assertThat(Mails.to(smtp, unknown)).isEmpty();
        assertThatThrownBy(() -> accounts.requestPasswordReset("not an address"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsKey("email"));
    }

    @Test
    void theResetLinkSetsANewPasswordOnceAndEndsEverySessionOfTheAccount() throws Exception {
        NewAccount account = TestAccounts.newAccount("Reset", "Me");
        long userId = patients.register(account).userId();
        Instant signedInBefore = clock.instant();
        accounts.requestPasswordReset(account.email());
        String token = Mails.token(onlyMailTo(account.email()), "/password");
        clock.advance(Duration.ofMinutes(5));

        assertThat(accounts.checkPasswordLink(token)).contains(new AccountService.PasswordLink(account.email(), false));
        accounts.setPasswordWithLink(token, "a brand new sentence");

        assertThat(signIn(account.email(), "a brand new sentence").userId()).isEqualTo(userId);
        assertThatThrownBy(() -> signIn(account.email(), account.password()))
                .isInstanceOf(BadCredentialsException.class);
        assertThat(activeAccounts.acceptsSession(userId, signedInBefore))
                .as("older session")
                .isFalse();
        assertThat(activeAccounts.acceptsSession(userId, clock.instant())).isTrue();
        assertThat(accounts.checkPasswordLink(token)).isEmpty();
        assertThatThrownBy(() -> accounts.setPasswordWithLink(token, "yet another sentence"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsEntry("token", texts.get(AccountService.LINK_INVALID)));
    }

    @Test
    void aRefusedNewPasswordLeavesTheLinkUsableAndAnExpiredLinkChangesNothing() {
        NewAccount account = TestAccounts.newAccount("Policy", "Applies");
        patients.register(account);
        accounts.requestPasswordReset(account.email());
        String token = Mails.token(onlyMailTo(account.email()), "/password");

        assertThatThrownBy(() -> accounts.setPasswordWithLink(token, "password1234"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsEntry("newPassword", texts.get(PasswordPolicy.COMMON)));
        assertThat(accounts.checkPasswordLink(token)).isPresent();

        clock.advance(Duration.ofMinutes(30));
        assertThat(accounts.checkPasswordLink(token)).isEmpty();
        assertThatThrownBy(() -> accounts.setPasswordWithLink(token, "a brand new sentence"))
                .isInstanceOf(InvalidInputException.class);
        assertThat(signIn(account.email(), account.password())).isNotNull();
    }

    // --- registration -------------------------------------------------------------------------------------------

    @Test
    void aRegistrationWaitsInactiveForItsConfirmationLinkWhichActivatesItOnce() throws Exception {
        NewAccount account = TestAccounts.newAccount("Conny", "Firm");
        patients.signUp(account);

        long userId = userId(account.email());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM patients WHERE user_id = ?")
                        .param(userId)
                        .query(Long.class)
                        .single())
                .isOne();
        assertThatThrownBy(() -> signIn(account.email(), account.password())).isInstanceOf(DisabledException.class);
        String token = Mails.token(onlyMailTo(account.email()), "/confirm-email");

        var confirmed = accounts.confirmEmail(token);

        assertThat(confirmed.purpose()).isEqualTo(LinkPurpose.CONFIRM_EMAIL);
        PraxisUser principal = confirmed.signIn();
        assertThat(principal).isNotNull();
        assertThat(principal.userId()).isEqualTo(userId);
        assertThat(principal.role()).isEqualTo(Roles.PATIENT);
        assertThat(signIn(account.email(), account.password()).userId()).isEqualTo(userId);
        assertThatThrownBy(() -> accounts.confirmEmail(token)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void registeringWithAnAddressThatHasAnAccountLooksTheSameAndMailsItsOwner() {
        NewAccount owner = TestAccounts.newAccount("Owen", "Er");
        long ownerId = patients.register(owner).userId();
        long before = userRows.count();
        NewAccount intruder = new NewAccount(
                owner.email(),
                TestAccounts.uniquePhone(),
                "Into",
                "Ruder",
                owner.dateOfBirth(),
                null,
                "another good sentence");

        patients.signUp(intruder); // no exception: the screen says "check your e-mail"

        assertThat(userRows.count()).isEqualTo(before);
        MimeMessage note = onlyMailTo(owner.email());
        assertThat(Mails.text(note)).contains("already has an account").contains("/login");
        assertThat(signIn(owner.email(), owner.password()).userId()).isEqualTo(ownerId);
    }

    @Test
    void aPhoneNumberThatBelongsToAnotherAccountIsToldOnlyToTheAddressTyped() {
        NewAccount owner = TestAccounts.newAccount("Phil", "Fone");
        patients.register(owner);
        String email = TestAccounts.uniqueEmail("second");
        long before = userRows.count();

        patients.signUp(
                new NewAccount(email, owner.phone(), "Sec", "Ond", owner.dateOfBirth(), null, "another good sentence"));

        assertThat(userRows.count()).isEqualTo(before);
        assertThat(Mails.text(onlyMailTo(email))).contains("mobile number you gave already belongs");
        assertThat(Mails.to(smtp, owner.email())).isEmpty();
    }

    @Test
    void aRegistrationShowsEveryFieldsProblemAtOnce() {
        var bad = new NewAccount("no-at-sign", "12", "", "Doe", null, null, "short");
        assertThatThrownBy(() -> patients.signUp(bad))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsOnlyKeys("email", "phone", "firstName", "dateOfBirth", "password"));
    }

    // --- change password, change e-mail ----------------------------------------------------------------------------

    @Test
    void changingThePasswordNeedsTheCurrentOneAndEndsTheOtherSessions() throws Exception {
        NewAccount account = TestAccounts.newAccount("Chang", "Ing");
        long userId = patients.register(account).userId();
        Instant otherSession = clock.instant();
        clock.advance(Duration.ofSeconds(30));
        SignIn.as(userId, Roles.PATIENT);

        assertThatThrownBy(() -> accounts.changePassword("not my password", "password1234"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsEntry("currentPassword", texts.get(AccountService.WRONG_PASSWORD))
                        .containsEntry("newPassword", texts.get(PasswordPolicy.COMMON)));
        assertThat(activeAccounts.acceptsSession(userId, otherSession)).isTrue();

        Instant changedAt = accounts.changePassword(account.password(), "a fresh long phrase");

        assertThat(activeAccounts.acceptsSession(userId, otherSession))
                .as("the other session")
                .isFalse();
        assertThat(activeAccounts.acceptsSession(userId, changedAt))
                .as("this session, renewed")
                .isTrue();
        assertThat(signIn(account.email(), "a fresh long phrase").userId()).isEqualTo(userId);
        assertThat(Mails.text(onlyMailTo(account.email()))).contains("password of your account was just changed");
    }

    @Test
    void aNewAddressAppliesOnlyWhenItsLinkIsOpened() throws Exception {
        NewAccount account = TestAccounts.newAccount("Eddie", "Mail");
        long userId = patients.register(account).userId();
        SignIn.as(userId, Roles.PATIENT);
        String newEmail = TestAccounts.uniqueEmail("moved");

        assertThatThrownBy(() -> accounts.requestEmailChange("wrong password", newEmail))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsOnlyKeys("currentPassword"));
        accounts.requestEmailChange(account.password(), newEmail);
        assertThat(userEmail(userId)).isEqualTo(account.email());
        String token = Mails.token(onlyMailTo(newEmail), "/confirm-email");
        SignIn.out();

        var confirmed = accounts.confirmEmail(token);

        assertThat(confirmed.email()).isEqualTo(newEmail);
        assertThat(confirmed.signIn()).isNull();
        assertThat(userEmail(userId)).isEqualTo(newEmail);
        assertThat(signIn(newEmail, account.password()).userId()).isEqualTo(userId);
    }

    @Test
    void anAddressWithAnAccountGetsANoteAndTwoRacingChangesAreDecidedByTheKey() throws Exception {
        NewAccount first = TestAccounts.newAccount("Ray", "One");
        NewAccount second = TestAccounts.newAccount("Ray", "Two");
        long firstId = patients.register(first).userId();
        long secondId = patients.register(second).userId();
        String wanted = TestAccounts.uniqueEmail("wanted");

        SignIn.as(firstId, Roles.PATIENT);
        accounts.requestEmailChange(first.password(), second.email()); // taken: a note to its owner, same screen
        assertThat(Mails.text(onlyMailTo(second.email()))).contains("already has an account");
        accounts.requestEmailChange(first.password(), wanted);
        SignIn.as(secondId, Roles.PATIENT);
        accounts.requestEmailChange(second.password(), wanted);
        SignIn.out();
        outbox.deliverDue();
        List<MimeMessage> links = Mails.to(smtp, wanted);
        assertThat(links).hasSize(2);

        accounts.confirmEmail(Mails.token(links.get(0), "/confirm-email"));
        assertThatThrownBy(() -> accounts.confirmEmail(Mails.token(links.get(1), "/confirm-email")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsEntry("token", texts.get(AccountService.ADDRESS_IN_USE)));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM users WHERE email = ?")
                        .param(wanted)
                        .query(Long.class)
                        .single())
                .isOne();
    }

    @Test
    void forgotPasswordIsLimitedPerAddressTheSameWayWhetherOrNotItHasAnAccount() {
        NewAccount account = TestAccounts.newAccount("Many", "Resets");
        patients.register(account);
        String unknown = TestAccounts.uniqueEmail("nobody");

        for (String email : List.of(account.email(), unknown)) {
            for (int i = 0; i < AccountService.PER_EMAIL; i++) {
                assertThat(accounts.requestPasswordReset(email)).isEqualTo(texts.get(AccountService.RESET_SENT));
            }
            assertThatThrownBy(() -> accounts.requestPasswordReset(email))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                            .containsExactly(Map.entry("email", texts.get(AccountService.TOO_MANY_REQUESTS))));
        }
        outbox.deliverDue();
        assertThat(Mails.to(smtp, account.email())).hasSize(AccountService.PER_EMAIL);

        clock.advance(AccountService.LIMIT_WINDOW);
        assertThat(accounts.requestPasswordReset(account.email())).isEqualTo(texts.get(AccountService.RESET_SENT));
    }

    @Test
    void oneClientAddressMayAskForOnlySoManyResetsWhateverTheEmails() {
        var request = new MockHttpServletRequest("POST", "/");
        request.setRemoteAddr("203.0.113.7");
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
        try {
            for (int i = 0; i < AccountService.PER_ADDRESS; i++) {
                accounts.requestPasswordReset(TestAccounts.uniqueEmail("spray"));
            }
            assertThatThrownBy(() -> accounts.requestPasswordReset(TestAccounts.uniqueEmail("spray")))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                            .containsEntry("email", texts.get(AccountService.TOO_MANY_REQUESTS)));
            request.setRemoteAddr("203.0.113.8");
            assertThat(accounts.requestPasswordReset(TestAccounts.uniqueEmail("elsewhere")))
                    .as("another address has its own allowance")
                    .isEqualTo(texts.get(AccountService.RESET_SENT));
        } finally {
            RequestContextHolder.resetRequestAttributes();
        }
    }

    @Test
    void registrationsToOneAddressAreLimitedToo() {
        NewAccount account = TestAccounts.newAccount("Keen", "Registrant");
        for (int i = 0; i < AccountService.PER_EMAIL; i++) {
            accounts.signUpPatient(account); // the first makes the account, the others mail its owner a note
        }
        assertThatThrownBy(() -> accounts.signUpPatient(account))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsEntry("email", texts.get(AccountService.TOO_MANY_REQUESTS)));
    }

    // --- helpers ----------------------------------------------------------------------------------------------------

    private MimeMessage onlyMailTo(String address) {
        outbox.deliverDue(); // e-mails wait in the outbox until its sender runs
        List<MimeMessage> mails = Mails.to(smtp, address);
        assertThat(mails).hasSize(1);
        return mails.getFirst();
    }

    private PraxisUser signIn(String email, String password) {
        try {
            return (PraxisUser) authentication
                    .getAuthenticationManager()
                    .authenticate(UsernamePasswordAuthenticationToken.unauthenticated(email, password))
                    .getPrincipal();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private long userId(String email) {
        return jdbc.sql("SELECT user_id FROM users WHERE email = ?")
                .param(email)
                .query(Long.class)
                .single();
    }

    private String userEmail(long userId) {
        return jdbc.sql("SELECT email FROM users WHERE user_id = ?")
                .param(userId)
                .query(String.class)
                .single();
    }
}
