package app.praxis.appointment.ui;

import static app.praxis.appointment.ui.BookingViewsTest.target;
import static org.assertj.core.api.Assertions.assertThat;

import app.praxis.appointment.BookingFixture;
import app.praxis.doctor.DoctorSummary;
import app.praxis.patient.PatientSummary;
import app.praxis.security.Roles;
import app.praxis.support.IntegrationTest;
import app.praxis.support.SignIn;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.internal.StateNode;
import java.time.LocalTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * How many state nodes a doctor's page keeps per session as a patient sees it (issue 18: each node, with its
 * features and listeners, is ≈ 770 bytes of server memory for as long as the page is open). The profile, the free
 * times with their navigation and the booking under them (heading, reason, "Book", waitlist link), and the latest
 * reviews are one element each, whatever the number of times shown.
 */
@IntegrationTest
class DoctorPageNodesTest extends SpringBrowserlessTest {

    /**
     * The page without the layout: before round 8 about 60, round 8 11 (the booking's heading, reason field, button
     * and waitlist link were components of their own), round 9 3: the view, the profile, the picker with the booking
     * (a patient who met the doctor has the chat link too, and the latest reviews are one more).
     */
    static final int CEILING = 5;

    @Autowired
    BookingFixture fixture;

    DoctorSummary doctor;
    PatientSummary patient;

    @BeforeEach
    void setUp() {
        doctor = fixture.doctor("Nodes");
        patient = fixture.quickPatient("Nodes");
        for (int day = 1; day <= 8; day++) {
            for (int hour = 8; hour < 16; hour++) {
                fixture.slot(doctor.doctorId(), day, LocalTime.of(hour, 0));
            }
        }
        SignIn.as(patient.userId(), Roles.PATIENT);
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void aDoctorsPageWithAWeekOfFreeTimesKeepsFewNodes() {
        DoctorView page = target(navigate("doctors/" + doctor.doctorId(), DoctorView.class));
        assertThat(page.slots.times()).as("a week of free times shown").hasSizeGreaterThan(40);

        int whole = nodes(UI.getCurrent());
        int own = nodes(page);
        System.out.printf("doctor's page nodes: whole UI %d, the page %d%n", whole, own);
        assertThat(own).isLessThanOrEqualTo(CEILING);

        page.slots.clickMove(SlotWeek.NEXT);
        page.slots.clickTime(0);
        assertThat(nodes(page))
                .as("moving the week and choosing a time add no node")
                .isEqualTo(own);
    }

    static int nodes(Component component) {
        StateNode root = component.getElement().getNode();
        int[] count = {0};
        root.visitNodeTree(node -> count[0]++);
        return count[0];
    }
}
