package app.praxis.user.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.praxis.appointment.BookingFixture;
import app.praxis.base.AccountLanguages;
import app.praxis.base.CurrentLocale;
import app.praxis.base.Language;
import app.praxis.base.Texts;
import app.praxis.base.ui.MenuOnScreen;
import app.praxis.patient.PatientSummary;
import app.praxis.security.Roles;
import app.praxis.support.IntegrationTest;
import app.praxis.support.SignIn;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A signed-in person switches to German: remembered on the account, the page and the services speak German. */
@IntegrationTest
class LanguageChoiceTest extends SpringBrowserlessTest {

    @Autowired
    BookingFixture fixture;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AccountLanguages languages;

    @Autowired
    Texts texts;

    PatientSummary patient;

    @BeforeEach
    void signIn() {
        patient = fixture.quickPatient("Sprache");
        SignIn.as(patient.userId(), Roles.PATIENT);
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void choosingGermanInTheMenuIsRememberedOnTheAccountAndSwitchesThePage() {
        navigate(AccountView.class);
        assertThat(UI.getCurrent().getLocale())
                .as("a new account speaks English")
                .isEqualTo(Locale.UK);
        assertThat(texts.get("base.signOut")).isEqualTo("Sign out");

        assertThat(MenuOnScreen.languages()).containsExactly("English", "Deutsch");
        assertThat(MenuOnScreen.languageShown()).isEqualTo("en");
        MenuOnScreen.chooseLanguage("Deutsch");

        assertThat(jdbc.sql("SELECT language FROM users WHERE user_id = ?")
                        .param(patient.userId())
                        .query(String.class)
                        .single())
                .isEqualTo("de");
        assertThat(languages.ofSignedIn()).contains(Language.GERMAN);
        assertThat(languages.ofUser(patient.userId())).isEqualTo(Language.GERMAN);
        assertThat(UI.getCurrent().getLocale()).isEqualTo(Locale.GERMANY);
        assertThat(CurrentLocale.language()).isEqualTo(Language.GERMAN);
        assertThat(texts.get("base.signOut")).as("services follow the page").isEqualTo("Abmelden");
    }

    @Test
    void anotherAccountKeepsItsOwnLanguage() {
        PatientSummary other = fixture.quickPatient("Andere");
        navigate(AccountView.class);
        MenuOnScreen.chooseLanguage("Deutsch");

        assertThat(languages.ofUser(other.userId())).isEqualTo(Language.ENGLISH);
    }

    /** The language menu's event takes only a language it offered: a forged tag changes nothing. */
    @Test
    void aLanguageTheMenuDidNotOfferIsIgnored() {
        navigate(AccountView.class);

        MenuOnScreen.sendLanguage("fr");
        MenuOnScreen.sendLanguage("");

        assertThat(languages.ofUser(patient.userId())).isEqualTo(Language.ENGLISH);
        assertThat(UI.getCurrent().getLocale()).isEqualTo(Locale.UK);
    }
}
