package app.praxis.appointment.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.praxis.appointment.BookingFixture;
import app.praxis.appointment.ReminderService;
import app.praxis.patient.PatientSummary;
import app.praxis.security.Roles;
import app.praxis.support.IntegrationTest;
import app.praxis.support.SignIn;
import com.vaadin.browserless.SpringBrowserlessTest;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.util.AopTestUtils;

/** The patient switches reminders off and on from their appointments page. */
@IntegrationTest
class ReminderSwitchViewTest extends SpringBrowserlessTest {

    @Autowired
    BookingFixture fixture;

    @Autowired
    ReminderService reminders;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void thePatientSwitchesRemindersOffAndOnAgain() {
        PatientSummary patient =
                fixture.quickPatient("Switch" + UUID.randomUUID().toString().substring(0, 8));
        SignIn.as(patient.userId(), Roles.PATIENT);
        MyAppointmentsView view = AopTestUtils.getUltimateTargetObject(navigate(MyAppointmentsView.class));
        assertThat(view.reminders.getValue()).isTrue();

        test(view.reminders).click();
        assertThat(reminders.remindersOn()).isFalse();

        MyAppointmentsView again = AopTestUtils.getUltimateTargetObject(navigate(MyAppointmentsView.class));
        assertThat(again.reminders.getValue()).isFalse();
        test(again.reminders).click();
        assertThat(reminders.remindersOn()).isTrue();
    }
}
