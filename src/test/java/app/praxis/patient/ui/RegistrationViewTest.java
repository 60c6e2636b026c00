package app.praxis.patient.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.praxis.support.IntegrationTest;
import app.praxis.support.TestAccounts;
import com.vaadin.browserless.SpringBrowserlessTest;
import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
class RegistrationViewTest extends SpringBrowserlessTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @Test
    void aNewPatientRegistersAndIsToldToConfirmTheirAddressWhileTheAccountWaitsInactive() {
        RegistrationView view = navigate(RegistrationView.class);
        String email = TestAccounts.uniqueEmail("Mia.Patient");
        fill(view.form, email, "0151 " + TestAccounts.uniquePhone().substring(6), "long enough secret");

        test(view.form.submit).click();

        assertThat(getCurrentView()).isSameAs(view);
        assertThat(view.done.isVisible()).isTrue();
        assertThat(view.done.getText()).startsWith("Check your e-mail").contains(email.toLowerCase());
        assertThat(view.form.isVisible()).isFalse();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM users u JOIN patients p ON p.user_id = u.user_id"
                                + " WHERE u.email = ? AND u.role = 'PATIENT' AND u.phone LIKE '+49151%'"
                                + " AND u.is_active = FALSE AND u.email_confirmed_at IS NULL")
                        .param(email.toLowerCase())
                        .query(Long.class)
                        .single())
                .isOne();
    }

    @Test
    void badInputIsShownNextToEachFieldAndNothingIsStored() {
        RegistrationView view = navigate(RegistrationView.class);
        String email = TestAccounts.uniqueEmail("bad");
        fill(view.form, email, "12", "short");
        view.form.dateOfBirth.setValue(LocalDate.now(clock).plusDays(1));
        view.form.firstName.setValue(" ");

        test(view.form.submit).click();

        assertThat(getCurrentView()).isSameAs(view);
        assertThat(view.form.phone.isInvalid()).isTrue();
        assertThat(view.form.phone.getErrorMessage()).contains("valid phone number");
        assertThat(view.form.password.getErrorMessage()).contains("12");
        assertThat(view.form.firstName.getErrorMessage()).isEqualTo("Enter a first name");
        assertThat(view.form.dateOfBirth.getErrorMessage()).contains("past");
        assertThat(view.form.email.isInvalid()).isFalse();
        assertThat(countUsers(email)).isZero();
    }

    @Test
    void aPasswordMismatchIsShownTogetherWithEveryOtherProblemAndNothingIsStored() {
        RegistrationView view = navigate(RegistrationView.class);
        String email = TestAccounts.uniqueEmail("typo");
        fill(view.form, email, "12", "long enough secret");
        view.form.confirmPassword.setValue("long enough secreT");
        view.form.lastName.setValue("");

        test(view.form.submit).click();

        assertThat(view.form.confirmPassword.getErrorMessage()).isEqualTo("The passwords do not match");
        assertThat(view.form.phone.getErrorMessage()).contains("valid phone number");
        assertThat(view.form.lastName.getErrorMessage()).isEqualTo("Enter a last name");
        assertThat(view.done.isVisible()).isFalse();
        assertThat(countUsers(email)).isZero();
    }

    @Test
    void aTakenEmailOrPhoneGetsTheSameScreenAsANewOneAndRevealsNothing() {
        RegistrationView first = navigate(RegistrationView.class);
        String email = TestAccounts.uniqueEmail("twice");
        String phone = TestAccounts.uniquePhone();
        fill(first.form, email, phone, "long enough secret");
        test(first.form.submit).click();

        navigate(app.praxis.security.ui.LoginView.class); // a fresh registration page each time
        RegistrationView second = navigate(RegistrationView.class);
        fill(second.form, email.toUpperCase(), phone, "long enough secret");
        test(second.form.submit).click();

        navigate(app.praxis.security.ui.LoginView.class);
        RegistrationView third = navigate(RegistrationView.class);
        String other = TestAccounts.uniqueEmail("other");
        fill(third.form, other, phone, "long enough secret");
        test(third.form.submit).click();

        for (RegistrationView view : java.util.List.of(first, second, third)) {
            assertThat(view.done.isVisible()).isTrue();
            assertThat(view.form.email.isInvalid()).isFalse();
            assertThat(view.form.phone.isInvalid()).isFalse();
        }
        assertThat(second.done.getText()).isEqualTo(first.done.getText());
        assertThat(countUsers(email)).isOne();
        assertThat(countUsers(other)).isZero();
    }

    private long countUsers(String email) {
        return jdbc.sql("SELECT COUNT(*) FROM users WHERE email = ?")
                .param(email.toLowerCase())
                .query(Long.class)
                .single();
    }

    private void fill(RegistrationForm form, String email, String phone, String password) {
        form.firstName.setValue("Mia");
        form.lastName.setValue("Muster");
        form.email.setValue(email);
        form.phone.setValue(phone);
        form.dateOfBirth.setValue(LocalDate.of(1990, 5, 17));
        form.password.setValue(password);
        form.confirmPassword.setValue(password);
    }
}
