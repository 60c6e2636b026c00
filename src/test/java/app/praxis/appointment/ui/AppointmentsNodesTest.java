package app.praxis.appointment.ui;

import static app.praxis.appointment.ui.BookingViewsTest.target;
import static org.assertj.core.api.Assertions.assertThat;

import app.praxis.appointment.BookingFixture;
import app.praxis.appointment.BookingService;
import app.praxis.doctor.DoctorSummary;
import app.praxis.patient.PatientSummary;
import app.praxis.security.Roles;
import app.praxis.support.IntegrationTest;
import app.praxis.support.SignIn;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.internal.StateNode;
import java.time.LocalTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * How many state nodes "My appointments" keeps per session (issue 18: each node, with its features and listeners,
 * is ≈ 770 bytes of server memory for as long as the page is open). The page is one element whatever the number of
 * cards: the headings, the reminders switch, both lists and the empty texts are drawn by the browser; dialogs exist
 * only while open.
 */
@IntegrationTest
class AppointmentsNodesTest extends SpringBrowserlessTest {

    /** The page without the layout: the view and its one element (round 8: about 17 with the cards as two lists). */
    static final int CEILING = 2;

    @Autowired
    BookingFixture fixture;

    @Autowired
    BookingService booking;

    DoctorSummary doctor;
    PatientSummary patient;

    @BeforeEach
    void setUp() {
        doctor = fixture.doctor("ApptNodes");
        patient = fixture.quickPatient("ApptNodes");
        SignIn.as(patient.userId(), Roles.PATIENT);
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void myAppointmentsKeepsTheSameFewNodesEmptyOrFullAndDialogsGoWhenClosed() {
        MyAppointmentsView empty = target(navigate(MyAppointmentsView.class));
        int none = nodes(empty);
        assertThat(CardsOnScreen.nothingBookedShown()).isTrue();
        assertThat(none).isLessThanOrEqualTo(CEILING);

        for (int day = 1; day <= 6; day++) {
            booking.book(fixture.slot(doctor.doctorId(), day, LocalTime.of(9, 0)), "Visit " + day);
        }
        fixture.pastAppointment(doctor.doctorId(), patient.patientId(), 3);
        MyAppointmentsView full = target(navigate(MyAppointmentsView.class));
        assertThat(CardsOnScreen.in(AppointmentCards.UPCOMING)).hasSize(6);
        assertThat(CardsOnScreen.in(AppointmentCards.PAST)).hasSize(1);
        int own = nodes(full);
        System.out.printf("my appointments nodes: the page %d (empty %d)%n", own, none);
        assertThat(own).as("seven cards add no node").isEqualTo(none);
        String cards = full.page.getElement().getProperty("cards");
        assertThat(cards)
                .as("what every card repeats is sent once, in the page's texts")
                .doesNotContain("Calendar file", "Reschedule", "Cancel", "Message", "\"text\"", "className");
        assertThat(cards.chars().allMatch(c -> c < 128))
                .as("ASCII: one byte a character")
                .isTrue();
        assertThat(full.page.getElement().getProperty("texts")).contains("Calendar file (.ics)", "Reschedule");

        CardsOnScreen.click("cancel");
        assertThat(find(CancelDialog.class).all()).hasSize(1);
        find(CancelDialog.class).single().close();
        CardsOnScreen.click("reschedule");
        find(RescheduleDialog.class).single().close();
        assertThat(find(Dialog.class).all()).as("a closed dialog is removed").isEmpty();
        assertThat(nodes(full)).isEqualTo(own);
    }

    static int nodes(Component component) {
        StateNode root = component.getElement().getNode();
        int[] count = {0};
        root.visitNodeTree(node -> count[0]++);
        return count[0];
    }
}
