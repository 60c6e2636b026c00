package app.praxis.appointment.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.praxis.appointment.BookingFixture;
import app.praxis.appointment.ReminderService;
import app.praxis.patient.PatientSummary;
import app.praxis.security.Roles;
import app.praxis.support.IntegrationTest;
import app.praxis.support.SignIn;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.notification.Notification;
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
        assertThat(CardsOnScreen.remindersOn()).isTrue();
        assertThat(CardsOnScreen.pageText()).contains("E-mail me a reminder before each appointment");

        CardsOnScreen.turnReminders(false);
        assertThat(reminders.remindersOn()).isFalse();
        assertThat(CardsOnScreen.remindersOn()).isFalse();

        MyAppointmentsView again = AopTestUtils.getUltimateTargetObject(navigate(MyAppointmentsView.class));
        assertThat(again).isNotNull();
        assertThat(CardsOnScreen.remindersOn()).isFalse();
        CardsOnScreen.turnReminders(true);
        assertThat(reminders.remindersOn()).isTrue();
        assertThat(CardsOnScreen.remindersOn()).isTrue();
    }

    /** A repeated or stale event (the switch already in that state) changes nothing and says nothing. */
    @Test
    void aRepeatedSwitchEventDoesNothing() {
        PatientSummary patient =
                fixture.quickPatient("Switch" + UUID.randomUUID().toString().substring(0, 8));
        SignIn.as(patient.userId(), Roles.PATIENT);
        navigate(MyAppointmentsView.class);

        CardsOnScreen.turnReminders(true);
        assertThat(reminders.remindersOn()).isTrue();
        assertThat(find(Notification.class).all())
                .as("nothing changed, nothing said")
                .isEmpty();

        CardsOnScreen.turnReminders(false);
        assertThat(find(Notification.class).all()).hasSize(1);
        CardsOnScreen.turnReminders(false);
        assertThat(reminders.remindersOn()).isFalse();
        assertThat(find(Notification.class).all()).hasSize(1);
    }
}
