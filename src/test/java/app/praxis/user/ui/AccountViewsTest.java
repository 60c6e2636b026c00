package app.praxis.user.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.praxis.base.Texts;
import app.praxis.patient.PatientService;
import app.praxis.security.Roles;
import app.praxis.security.ui.LoginView;
import app.praxis.support.IntegrationTest;
import app.praxis.support.SignIn;
import app.praxis.support.TestAccounts;
import app.praxis.user.AccountLinks;
import app.praxis.user.AccountService;
import app.praxis.user.LinkPurpose;
import app.praxis.user.NewAccount;
import app.praxis.user.PasswordPolicy;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.router.QueryParameters;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.util.AopTestUtils;
import org.springframework.transaction.support.TransactionTemplate;

/** The account screens without a browser: forgotten password, a password link, the account page. */
@IntegrationTest
class AccountViewsTest extends SpringBrowserlessTest {

    @Autowired
    Texts texts;

    @Autowired
    PatientService patients;

    @Autowired
    AccountLinks links;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void theSignInPageLeadsToForgotPassword() {
        navigate(LoginView.class);
        LoginForm login = find(LoginForm.class).single();
        assertThat(login.isForgotPasswordButtonVisible()).isTrue();

        test(login).forgotPassword();

        assertThat(getCurrentView()).isInstanceOf(ForgotPasswordView.class);
    }

    @Test
    void forgotPasswordAnswersTheSameForAKnownAndAnUnknownAddressAndExplainsABadOne() {
        NewAccount account = TestAccounts.newAccount("Forgetful", "Fred");
        patients.register(account);

        String known = ask(account.email());
        String unknown = ask(TestAccounts.uniqueEmail("ghost"));
        assertThat(known).isEqualTo(unknown).isEqualTo(texts.get(AccountService.RESET_SENT));

        navigate(LoginView.class);
        ForgotPasswordView view = navigate(ForgotPasswordView.class);
        view.email.setValue("no address");
        test(view.send).click();
        assertThat(view.email.isInvalid()).isTrue();
        assertThat(view.email.getErrorMessage()).contains("valid e-mail");
        assertThat(view.answer.isVisible()).isFalse();
    }

    @Test
    void aPasswordLinkPageSetsTheNewPasswordShowingProblemsNextToTheFields() {
        NewAccount account = TestAccounts.newAccount("Linda", "Link");
        long userId = patients.register(account).userId();
        String token = tx.execute(s -> links.issue(userId, LinkPurpose.RESET_PASSWORD, Duration.ofMinutes(30), null));

        PasswordLinkView view = open(token);
        assertThat(view.intro.getText()).contains(account.email());
        view.form.newPassword.setValue("password1234");
        view.form.repeat.setValue("password1235");
        test(view.save).click();
        assertThat(view.form.repeat.getErrorMessage()).isEqualTo("The passwords do not match");

        view.form.repeat.setValue("password1234");
        test(view.save).click();
        assertThat(view.form.newPassword.getErrorMessage()).isEqualTo(texts.get(PasswordPolicy.COMMON));

        view.form.newPassword.setValue("rivers run to the sea");
        view.form.repeat.setValue("rivers run to the sea");
        test(view.save).click();

        assertThat(getCurrentView()).isInstanceOf(LoginView.class);
        assertThat(encoder.matches("rivers run to the sea", hash(userId))).isTrue();
    }

    @Test
    void aSpentLinkSaysSoAndOffersANewOne() {
        PasswordLinkView view = open("not-a-real-token");

        assertThat(view.title.getText()).isEqualTo("This link no longer works");
        assertThat(view.problem.getText()).isEqualTo(texts.get(AccountService.LINK_INVALID));
        assertThat(view.save.isVisible()).isFalse();
    }

    @Test
    void theAccountPageChangesThePasswordAndAsksForTheCurrentOne() {
        NewAccount account = TestAccounts.newAccount("Pia", "Page");
        long userId = patients.register(account).userId();
        SignIn.as(userId, Roles.PATIENT);
        AccountView view = AopTestUtils.getUltimateTargetObject(navigate(AccountView.class));

        view.currentPassword.setValue("not it at all");
        view.newPassword.newPassword.setValue("twelve chars");
        view.newPassword.repeat.setValue("twelve chars");
        test(view.changePassword).click();
        assertThat(view.currentPassword.getErrorMessage()).isEqualTo(texts.get(AccountService.WRONG_PASSWORD));

        view.currentPassword.setValue(account.password());
        test(view.changePassword).click();

        assertThat(view.currentPassword.isInvalid()).isFalse();
        assertThat(encoder.matches("twelve chars", hash(userId))).isTrue();
    }

    @Test
    void theAccountPageSendsALinkForANewAddressAndKeepsTheOldOneUntilThen() {
        NewAccount account = TestAccounts.newAccount("Ed", "Dress");
        long userId = patients.register(account).userId();
        SignIn.as(userId, Roles.PATIENT);
        AccountView view = AopTestUtils.getUltimateTargetObject(navigate(AccountView.class));

        view.newEmail.setValue("broken");
        view.emailPassword.setValue("wrong");
        test(view.changeEmail).click();
        assertThat(view.newEmail.getErrorMessage()).contains("valid e-mail");
        assertThat(view.emailPassword.getErrorMessage()).isEqualTo(texts.get(AccountService.WRONG_PASSWORD));

        String newEmail = TestAccounts.uniqueEmail("new");
        view.newEmail.setValue(newEmail);
        view.emailPassword.setValue(account.password());
        test(view.changeEmail).click();

        assertThat(view.emailAnswer.getText()).contains(newEmail);
        assertThat(jdbc.sql("SELECT email FROM users WHERE user_id = ?")
                        .param(userId)
                        .query(String.class)
                        .single())
                .isEqualTo(account.email());
    }

    @Test
    void aPatientFindsTheirDataDownloadAndClosingNeedsTheirPassword() {
        NewAccount account = TestAccounts.newAccount("Cleo", "Close");
        long userId = patients.register(account).userId();
        SignIn.as(userId, Roles.PATIENT);
        AccountView view = AopTestUtils.getUltimateTargetObject(navigate(AccountView.class));

        assertThat(view.download).isNotNull();
        assertThat(view.download.getElement().getAttribute("download")).isEqualTo("my-praxis-data.json");
        view.closePassword.setValue("wrong one");
        view.close();
        assertThat(view.closePassword.getErrorMessage()).isEqualTo(texts.get(AccountService.WRONG_PASSWORD));
        assertThat(jdbc.sql("SELECT is_active FROM users WHERE user_id = ?")
                        .param(userId)
                        .query(Boolean.class)
                        .single())
                .isTrue();
    }

    @Test
    void aDoctorsAccountPageHasNoPatientDataSections() {
        SignIn.as(1, Roles.DOCTOR);
        AccountView view = AopTestUtils.getUltimateTargetObject(navigate(AccountView.class));

        assertThat(view.download).isNull();
        assertThat(view.closeAccount.isAttached()).isFalse();
    }

    private String ask(String email) {
        navigate(LoginView.class); // a fresh page each time
        ForgotPasswordView view = navigate(ForgotPasswordView.class);
        view.email.setValue(email);
        test(view.send).click();
        assertThat(view.answer.isVisible()).isTrue();
        assertThat(view.send.isEnabled()).isFalse();
        return view.answer.getText();
    }

    private PasswordLinkView open(String token) {
        navigate(LoginView.class);
        com.vaadin.flow.component.UI.getCurrent().navigate("password", QueryParameters.of("token", token));
        return (PasswordLinkView) getCurrentView();
    }

    private String hash(long userId) {
        return jdbc.sql("SELECT password_hash FROM users WHERE user_id = ?")
                .param(userId)
                .query(String.class)
                .single();
    }
}
