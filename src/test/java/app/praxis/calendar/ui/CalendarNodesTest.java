package app.praxis.calendar.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.praxis.appointment.BookingFixture;
import app.praxis.availability.AvailabilityService;
import app.praxis.availability.WeeklyHours;
import app.praxis.availability.WeeklyInterval;
import app.praxis.doctor.DoctorSummary;
import app.praxis.security.Roles;
import app.praxis.support.IntegrationTest;
import app.praxis.support.SignIn;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.internal.StateNode;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.util.AopTestUtils;

/**
 * How many state nodes an open calendar keeps per session (issue 18: each node, with its features and listeners,
 * is server memory for as long as the page is open). A doctor with a full week of hours and two weeks of slots.
 */
@IntegrationTest
class CalendarNodesTest extends SpringBrowserlessTest {

    @Autowired
    BookingFixture fixture;

    @Autowired
    AvailabilityService availability;

    @Autowired
    Clock clock;

    DoctorSummary doctor;

    @BeforeEach
    void aDoctorWithAFullWeek() {
        doctor = fixture.doctor("CalNodes" + UUID.randomUUID().toString().substring(0, 8));
        SignIn.as(doctor.userId(), Roles.DOCTOR);
        List<WeeklyInterval> intervals = new ArrayList<>();
        for (DayOfWeek day : List.of(
                DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY)) {
            intervals.add(new WeeklyInterval(day, LocalTime.of(8, 0), LocalTime.of(12, 0)));
            intervals.add(new WeeklyInterval(day, LocalTime.of(13, 0), LocalTime.of(18, 0)));
        }
        availability.saveWeeklyHours(doctor.doctorId(), new WeeklyHours(intervals, 30, 0, LocalDate.now(clock), null));
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void anOpenCalendarKeepsFewNodesAndTheWeeklyHoursFormOnlyOnceOpened() {
        DoctorCalendarView view =
                AopTestUtils.getUltimateTargetObject(navigate("doctor/calendar", DoctorCalendarView.class));
        int page = nodes(view);
        System.out.printf(
                "calendar nodes: whole UI %d, the view %d (toolbar %d, calendar %d, preview %d)%n",
                nodes(UI.getCurrent()), page, nodes(view.toolbar), nodes(view.calendar), nodes(view.previewPanel));
        // Round 5: 259 nodes per session on the whole page in the memory benchmark, most of them the view's (the
        // weekly hours' form ≈ 100 with a week of two intervals a day, the preview ≈ 40 with a row of two spans a
        // day); 46 for the view in round 6 (toolbar 24); 20 since round 8 (the toolbar is one element fed by JSON:
        // 2 nodes, the details are native <details>).
        assertThat(page).isLessThanOrEqualTo(25);
        assertThat(nodes(view.toolbar))
                .as("the toolbar: its box and one element")
                .isLessThanOrEqualTo(2);
        assertThat(view.previewPanel.getElement().getTextRecursively()).contains("08:00, 08:30");

        WeeklyHoursForm form = view.weeklyHours();

        assertThat(form.day(DayOfWeek.MONDAY).intervals).hasSize(2);
        assertThat(form.slotMinutes.getValue()).isEqualTo(30);
        assertThat(nodes(view)).as("the form, once opened").isGreaterThan(page + 50);
    }

    private static int nodes(Component component) {
        StateNode root = component.getElement().getNode();
        int[] count = {0};
        root.visitNodeTree(node -> count[0]++);
        return count[0];
    }
}
