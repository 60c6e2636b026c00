package app.praxis.calendar.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.praxis.appointment.BookingFixture;
import app.praxis.base.ui.calendar.CalendarViewType;
import app.praxis.doctor.DoctorSummary;
import app.praxis.security.Roles;
import app.praxis.support.IntegrationTest;
import app.praxis.support.SignIn;
import app.praxis.support.StatementCounter;
import com.vaadin.browserless.SpringBrowserlessTest;
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
            test(view.toolbar.next).click();
            // Round 3 measured 29 (four read-only transactions of five statements' overhead each).
            assertThat(statements.count()).as(statements.listing()).isLessThanOrEqualTo(22);
        }
        try (var statements = StatementCounter.record()) {
            view.toolbar.viewType.setValue(CalendarViewType.MONTH);
            assertThat(statements.count()).as(statements.listing()).isLessThanOrEqualTo(22);
        }
    }
}
