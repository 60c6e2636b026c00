package app.praxis.calendar.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.praxis.appointment.BookingFixture;
import app.praxis.doctor.DoctorSummary;
import app.praxis.security.Roles;
import app.praxis.support.IntegrationTest;
import app.praxis.support.SignIn;
import app.praxis.support.StatementCounter;
import app.praxis.support.TestClock;
import com.vaadin.browserless.SpringBrowserlessTest;
import java.time.Duration;
import java.time.LocalTime;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.util.AopTestUtils;

/** How many SQL statements the doctor's calendar sends for a week or a view change (issue 18, round trips). */
@IntegrationTest
class CalendarStatementsTest extends SpringBrowserlessTest {

    @Autowired
    BookingFixture fixture;

    @Autowired
    TestClock clock;

    DoctorSummary doctor;

    @BeforeEach
    void setUp() {
        doctor = fixture.doctor("CalTrips" + UUID.randomUUID().toString().substring(0, 8));
        for (int day = 1; day <= 14; day++) {
            for (int hour = 8; hour < 16; hour++) {
                fixture.slot(doctor.doctorId(), day, LocalTime.of(hour, 0));
            }
        }
        SignIn.as(doctor.userId(), Roles.DOCTOR);
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void theNextWeekAndTheMonthViewTakeAFewStatements() {
        DoctorCalendarView view =
                AopTestUtils.getUltimateTargetObject(navigate("doctor/calendar", DoctorCalendarView.class));
        try (var statements = StatementCounter.record()) {
            view.toolbar.next();
            // Round 3 measured 29 (four read-only transactions of five statements' overhead each): the days'
            // appointments and slots are asked for (and sent with the response, not kept); bookability and the
            // preview, unchanged, are not.
            assertThat(statements.count()).as(statements.listing()).isLessThanOrEqualTo(12);
            assertThat(statements.statements())
                    .as(statements.listing())
                    .anyMatch(sql -> sql.contains("doctor_availability"));
            assertThat(statements.statements()).as(statements.listing()).noneMatch(sql -> sql.contains("is_available"));
        }
        try (var statements = StatementCounter.record()) {
            view.toolbar.view("MONTH");
            assertThat(statements.count()).as(statements.listing()).isLessThanOrEqualTo(12);
        }
        assertThat(view.previewPanel.getElement().getTextRecursively()).contains("08:00");
    }

    /** A preview a minute old is asked for again with the next days shown; any change asks at once. */
    @Test
    void thePreviewFollowsTheClockAndTheChanges() {
        DoctorCalendarView view =
                AopTestUtils.getUltimateTargetObject(navigate("doctor/calendar", DoctorCalendarView.class));
        clock.advance(Duration.ofMinutes(1));
        try (var statements = StatementCounter.record()) {
            view.toolbar.next();
            assertThat(statements.statements()).as(statements.listing()).anyMatch(sql -> sql.contains("is_available"));
        }
        try (var statements = StatementCounter.record()) {
            view.refresh();
            assertThat(statements.statements()).as(statements.listing()).anyMatch(sql -> sql.contains("is_available"));
        }
    }
}
