package app.praxis.user;

import static org.assertj.core.api.Assertions.assertThat;

import app.praxis.base.MailOutbox;
import app.praxis.patient.PatientService;
import app.praxis.security.Roles;
import app.praxis.support.IntegrationTest;
import app.praxis.support.Mails;
import app.praxis.support.SignIn;
import app.praxis.support.TestAccounts;
import app.praxis.support.TestSmtp;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/** Account e-mails are written in their recipient's language (users.language), whoever's page caused them. */
@IntegrationTest
class AccountMailsInGermanTest {

    @Autowired
    AccountService accounts;

    @Autowired
    PatientService patients;

    @Autowired
    JavaMailSenderImpl mailSender;

    @Autowired
    MailOutbox outbox;

    @Autowired
    JdbcClient jdbc;

    TestSmtp smtp;

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

    @Test
    void aGermanSpeakingAccountGetsItsResetLinkInGermanAndAnEnglishOneInEnglish() throws Exception {
        NewAccount german = TestAccounts.newAccount("Greta", "Deutsch");
        long germanId = patients.register(german).userId();
        speaks(germanId, "de");
        NewAccount english = TestAccounts.newAccount("Emma", "English");
        patients.register(english);

        accounts.requestPasswordReset(german.email());
        accounts.requestPasswordReset(english.email());

        MimeMessage inGerman = onlyMailTo(german.email());
        assertThat(inGerman.getSubject()).isEqualTo("Neues Passwort wählen");
        assertThat(Mails.text(inGerman))
                .startsWith("Guten Tag Greta,")
                .contains("der Link funktioniert einmal, 30 Minuten lang")
                .contains("/password?token=")
                .doesNotContain("Hello", "minutes");
        MimeMessage inEnglish = onlyMailTo(english.email());
        assertThat(inEnglish.getSubject()).isEqualTo("Choose a new password");
        assertThat(Mails.text(inEnglish)).startsWith("Hello Emma,").contains("for 30 minutes");
    }

    @Test
    void thePasswordChangedNoticeFollowsTheAccountsLanguage() throws Exception {
        NewAccount account = TestAccounts.newAccount("Gerd", "Wechsel");
        long userId = patients.register(account).userId();
        speaks(userId, "de");
        SignIn.as(userId, Roles.PATIENT);

        accounts.changePassword(account.password(), "ein ganz neuer langer Satz");

        MimeMessage notice = onlyMailTo(account.email());
        assertThat(notice.getSubject()).isEqualTo("Ihr Passwort wurde geändert");
        assertThat(Mails.text(notice)).contains("„Passwort vergessen?“").contains("/login");
    }

    private void speaks(long userId, String tag) {
        jdbc.sql("UPDATE users SET language = ? WHERE user_id = ?")
                .params(tag, userId)
                .update();
    }

    private MimeMessage onlyMailTo(String address) {
        outbox.deliverDue();
        List<MimeMessage> mails = Mails.to(smtp, address);
        assertThat(mails).hasSize(1);
        return mails.getFirst();
    }
}
