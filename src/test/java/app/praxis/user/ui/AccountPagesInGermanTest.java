package app.praxis.user.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.praxis.base.ui.LanguageSwitch;
import app.praxis.base.ui.MenuOnScreen;
import app.praxis.patient.PatientService;
import app.praxis.security.Roles;
import app.praxis.security.ui.LoginView;
import app.praxis.support.IntegrationTest;
import app.praxis.support.SignIn;
import app.praxis.support.TestAccounts;
import app.praxis.user.NewAccount;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.router.QueryParameters;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.util.AopTestUtils;

/**
 * The sign-in, account and error pages on a German page: texts, the service's messages next to the fields, the
 * menu, the page header and the role, all German; the anonymous pages offer the language menu.
 */
@IntegrationTest
class AccountPagesInGermanTest extends SpringBrowserlessTest {

    @Autowired
    PatientService patients;

    @BeforeEach
    void german() {
        UI.getCurrent().setLocale(Locale.GERMANY);
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void theSignInPageAndForgotPasswordSpeakGerman() {
        navigate(ForgotPasswordView.class); // the first page (before the test's language) was the sign-in page
        LoginView login = navigate(LoginView.class);
        assertThat(login.getPageTitle()).isEqualTo("Anmelden · Praxis");
        LoginForm form = find(LoginForm.class).single();
        assertThat(String.valueOf(form.getElement().getPropertyRaw("i18n")))
                .contains("\"title\":\"Anmelden\"", "\"password\":\"Passwort\"", "Passwort vergessen?")
                .contains("Anmeldung nicht möglich");
        assertThat(login.getElement().getTextRecursively()).contains("Neuer Patient? Konto erstellen");

        ForgotPasswordView forgot = navigate(ForgotPasswordView.class);
        assertThat(forgot.getPageTitle()).isEqualTo("Passwort vergessen · Praxis");
        assertThat(find(LanguageSwitch.class).all()).hasSize(1);
        assertThat(forgot.email.getLabel()).isEqualTo("E-Mail");
        forgot.email.setValue("keine Adresse");
        test(forgot.send).click();
        assertThat(forgot.email.getErrorMessage())
                .isEqualTo("Geben Sie eine gültige E-Mail-Adresse ein, z. B. name@example.com");

        forgot = navigate(ForgotPasswordView.class);
        forgot.email.setValue(TestAccounts.uniqueEmail("niemand"));
        test(forgot.send).click();
        assertThat(forgot.answer.getText()).startsWith("Falls es für diese Adresse ein Konto gibt");
    }

    @Test
    void theRegistrationPageOffersTheLanguageMenuAndAGermanPasswordHint() {
        navigate(ForgotPasswordView.class);
        UI.getCurrent().navigate("register");

        assertThat(find(LanguageSwitch.class).all()).hasSize(1);
        assertThat(find(com.vaadin.flow.component.textfield.PasswordField.class).all().stream()
                        .map(com.vaadin.flow.component.textfield.PasswordField::getHelperText))
                .contains("12 bis 128 Zeichen; einige Wörter ohne Zusammenhang sind leicht zu merken");
    }

    @Test
    void aSpentPasswordLinkSaysSoInGerman() {
        navigate(LoginView.class);
        UI.getCurrent().navigate("password", QueryParameters.of("token", "kein-echter-link"));
        PasswordLinkView view = (PasswordLinkView) getCurrentView();

        assertThat(view.getPageTitle()).isEqualTo("Passwort wählen · Praxis");
        assertThat(view.title.getText()).isEqualTo("Dieser Link funktioniert nicht mehr");
        assertThat(view.problem.getText()).startsWith("Dieser Link ist abgelaufen");
        assertThat(view.newLink.getText()).isEqualTo("Neuen Link anfordern");
        assertThat(find(LanguageSwitch.class).all()).hasSize(1);
    }

    @Test
    void theAccountPageItsMenuAndItsMessagesAreGerman() {
        NewAccount account = TestAccounts.newAccount("Greta", "Konto");
        long userId = patients.register(account).userId();
        SignIn.as(userId, Roles.PATIENT);
        AccountView view = AopTestUtils.getUltimateTargetObject(navigate(AccountView.class));

        assertThat(view.getPageTitle()).isEqualTo("Mein Konto · Praxis");
        assertThat(find(H1.class).from(view).single().getText()).isEqualTo("Mein Konto");
        assertThat(MenuOnScreen.heading()).isEqualTo("Mein Konto");
        assertThat(MenuOnScreen.titles()).contains("Mein Konto", "Nachrichten");
        assertThat(MenuOnScreen.role()).isEqualTo("Patient");
        assertThat(MenuOnScreen.signOutText()).isEqualTo("Abmelden");
        assertThat(view.currentPassword.getLabel()).isEqualTo("Aktuelles Passwort");
        assertThat(view.newPassword.newPassword.getHelperText()).startsWith("12 bis 128 Zeichen");

        view.currentPassword.setValue("falsch");
        view.newPassword.newPassword.setValue("password1234");
        view.newPassword.repeat.setValue("password1235");
        test(view.changePassword).click();
        assertThat(view.newPassword.repeat.getErrorMessage()).isEqualTo("Die Passwörter stimmen nicht überein");

        view.newPassword.repeat.setValue("password1234");
        test(view.changePassword).click();
        assertThat(view.currentPassword.getErrorMessage()).isEqualTo("Das ist nicht Ihr aktuelles Passwort");
        assertThat(view.newPassword.newPassword.getErrorMessage())
                .startsWith("Dies ist eines der häufigsten Passwörter");
    }

    @Test
    void anUnknownAddressShowsTheGermanErrorPage() {
        NewAccount account = TestAccounts.newAccount("Greta", "Fehler");
        long userId = patients.register(account).userId();
        SignIn.as(userId, Roles.PATIENT);
        navigate(AccountView.class);

        UI.getCurrent().navigate("gibt-es-nicht");

        assertThat(getCurrentView().getElement().getTextRecursively())
                .contains("Seite nicht gefunden", "Zu Ihrer Startseite");
        assertThat(MenuOnScreen.heading()).isEqualTo("Nicht gefunden");
    }
}
