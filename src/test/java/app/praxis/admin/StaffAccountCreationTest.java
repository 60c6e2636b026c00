package app.praxis.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.praxis.base.InvalidInputException;
import app.praxis.base.MailOutbox;
import app.praxis.doctor.DoctorService;
import app.praxis.doctor.NewDoctor;
import app.praxis.security.Roles;
import app.praxis.support.IntegrationTest;
import app.praxis.support.Mails;
import app.praxis.support.SignIn;
import app.praxis.support.TestAccounts;
import app.praxis.support.TestClock;
import app.praxis.support.TestSmtp;
import app.praxis.user.AccountService;
import app.praxis.user.NewAccount;
import app.praxis.user.Role;
import app.praxis.user.UserService;
import jakarta.mail.internet.MimeMessage;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;

/** Issue 10: an admin makes doctor and admin accounts; the new person chooses their password through a link. */
@IntegrationTest
class StaffAccountCreationTest {

    @Autowired
    MailOutbox outbox;

    @Autowired
    DoctorService doctors;

    @Autowired
    UserService users;

    @Autowired
    AccountService accounts;

    @Autowired
    AuthenticationConfiguration authentication;

    @Autowired
    JavaMailSenderImpl mailSender;

    @Autowired
    TestClock clock;

    @Autowired
    JdbcClient jdbc;

    TestSmtp smtp;

    @BeforeEach
    void start() {
        smtp = new TestSmtp(mailSender);
        smtp.start();
        SignIn.as(1, Roles.ADMIN);
    }

    @AfterEach
    void stop() {
        smtp.stop();
        SignIn.out();
    }

    @Test
    void aNewDoctorGetsAOneTimeLinkForTheirFirstPasswordAndNoPasswordWorksBefore() throws Exception {
        NewAccount account = withoutPassword(TestAccounts.newAccount("Dora", "Invited"));
        var doctor =
                doctors.createDoctor(newDoctor(account, "LIC-" + System.nanoTime()), "Twenty years in family care.");

        assertThat(jdbc.sql("SELECT bio FROM users WHERE user_id = ?")
                        .param(doctor.userId())
                        .query(String.class)
                        .single())
                .isEqualTo("Twenty years in family care.");
        MimeMessage mail = onlyMailTo(account.email());
        assertThat(Mails.text(mail)).contains("72 hours");
        String token = Mails.token(mail, "/password");
        SignIn.out();
        assertThat(accounts.checkPasswordLink(token)).contains(new AccountService.PasswordLink(account.email(), true));

        clock.advance(Duration.ofHours(71));
        accounts.setPasswordWithLink(token, "my own first password");

        var principal = authentication
                .getAuthenticationManager()
                .authenticate(
                        UsernamePasswordAuthenticationToken.unauthenticated(account.email(), "my own first password"));
        assertThat(principal.getAuthorities())
                .extracting(Object::toString)
                .contains("ROLE_DOCTOR")
                .doesNotContain("ROLE_ADMIN", "ROLE_PATIENT");
        assertThat(accounts.checkPasswordLink(token)).isEmpty();
    }

    @Test
    void theFirstPasswordLinkExpiresAfter72HoursAndTheAdminCanSendANewOneThatReplacesIt() throws Exception {
        NewAccount account = withoutPassword(TestAccounts.newAccount("Adam", "Later"));
        var admin = users.createStaffAccount(account, Role.ADMIN);
        String first = Mails.token(onlyMailTo(account.email()), "/password");
        assertThat(accounts.awaitsFirstPassword(admin.id())).isTrue();

        clock.advance(Duration.ofHours(72));
        assertThat(accounts.checkPasswordLink(first)).isEmpty();
        accounts.resendSetPasswordLink(admin.id());
        outbox.deliverDue();
        List<MimeMessage> mails = Mails.to(smtp, account.email());
        assertThat(mails).hasSize(2);
        String second = Mails.token(mails.get(1), "/password");
        accounts.resendSetPasswordLink(admin.id());
        assertThat(accounts.checkPasswordLink(second))
                .as("replaced by the third")
                .isEmpty();
        outbox.deliverDue();
        String third = Mails.token(Mails.to(smtp, account.email()).get(2), "/password");

        accounts.setPasswordWithLink(third, "admins choose well");

        assertThat(accounts.awaitsFirstPassword(admin.id())).isFalse();
        assertThatThrownBy(() -> accounts.resendSetPasswordLink(admin.id())).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> authentication
                        .getAuthenticationManager()
                        .authenticate(UsernamePasswordAuthenticationToken.unauthenticated(account.email(), "guess")))
                .isInstanceOf(BadCredentialsException.class);
    }

    @Test
    void aTakenEmailPhoneAndLicenceAreAllReportedOnTheirFieldsAtOnce() {
        NewAccount first = withoutPassword(TestAccounts.newAccount("Erst", "Doc"));
        String licence = "LIC-" + System.nanoTime();
        doctors.createDoctor(newDoctor(first, licence), null);
        NewAccount copy = new NewAccount(first.email().toUpperCase(), first.phone(), "Zweit", "Doc", null, null, null);
        long before = count();

        assertThatThrownBy(() -> doctors.createDoctor(newDoctor(copy, licence), null))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsOnlyKeys("email", "phone", "licenseNumber"));
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void onlyAdminsMakeStaffAccountsOrSendTheirLinks() {
        SignIn.as(2, Roles.DOCTOR);
        assertThatThrownBy(() ->
                        users.createStaffAccount(withoutPassword(TestAccounts.newAccount("No", "Way")), Role.ADMIN))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> accounts.resendSetPasswordLink(1)).isInstanceOf(AccessDeniedException.class);
        SignIn.as(3, Roles.PATIENT);
        assertThatThrownBy(() -> doctors.createDoctor(
                        newDoctor(withoutPassword(TestAccounts.newAccount("Pa", "Tient")), "X"), null))
                .isInstanceOf(AccessDeniedException.class);
    }

    private long count() {
        return jdbc.sql("SELECT COUNT(*) FROM users").query(Long.class).single();
    }

    private MimeMessage onlyMailTo(String address) {
        outbox.deliverDue(); // e-mails wait in the outbox until its sender runs
        List<MimeMessage> mails = Mails.to(smtp, address);
        assertThat(mails).hasSize(1);
        return mails.getFirst();
    }

    private static NewAccount withoutPassword(NewAccount a) {
        return new NewAccount(a.email(), a.phone(), a.firstName(), a.lastName(), null, null, null);
    }

    private static NewDoctor newDoctor(NewAccount account, String licence) {
        return new NewDoctor(account, null, licence, 5, "Praxis Mitte", "Hauptstr. 1", new BigDecimal("80.00"));
    }
}
