package app.praxis.appointment.ui;

import static app.praxis.appointment.ui.BookingViewsTest.target;
import static org.assertj.core.api.Assertions.assertThat;

import app.praxis.appointment.BookingFixture;
import app.praxis.base.Formats;
import app.praxis.doctor.DoctorSummary;
import app.praxis.patient.PatientSummary;
import app.praxis.security.Roles;
import app.praxis.support.IntegrationTest;
import app.praxis.support.SignIn;
import app.praxis.support.StatementCounter;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The booking page's week grid, and the directory card's next three times that lead straight to booking. */
@IntegrationTest
class WeekGridTest extends SpringBrowserlessTest {

    @Autowired
    BookingFixture fixture;

    @Autowired
    JdbcClient jdbc;

    String family;
    DoctorSummary doctor;
    PatientSummary patient;
    LocalDate today;

    @BeforeEach
    void setUp() {
        family = "Grid" + UUID.randomUUID().toString().substring(0, 8);
        doctor = fixture.doctor(family);
        patient = fixture.quickPatient(family);
        today = fixture.today();
        fixture.slot(doctor.doctorId(), 2, LocalTime.of(10, 0));
        fixture.slot(doctor.doctorId(), 2, LocalTime.of(9, 0));
        fixture.slot(doctor.doctorId(), 4, LocalTime.of(11, 0));
        fixture.slot(doctor.doctorId(), 12, LocalTime.of(8, 0));
        SignIn.as(patient.userId(), Roles.PATIENT);
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void theFreeTimesStandInDayColumnsAWeekAtATimeWithAJumpToTheNextFreeTime() {
        DoctorView view = target(navigate("doctors/" + doctor.doctorId(), DoctorView.class));
        SlotPicker grid = view.slots;

        assertThat(grid.firstDay()).contains(today.plusDays(2));
        assertThat(days(grid)).as("seven days side by side").hasSize(7);
        assertThat(grid.times()).extracting(SlotWeek.Time::text).containsExactly("09:00", "10:00", "11:00");
        assertThat(grid.navigation().previous()).isFalse();
        assertThat(grid.navigation().nextFree()).isTrue();
        // A move the page does not offer (a forged or stale event from the browser) does nothing.
        ComponentUtil.fireEvent(grid.times, new SlotWeek.MoveEvent(grid.times, true, SlotWeek.PREVIOUS));
        ComponentUtil.fireEvent(grid.times, new SlotWeek.MoveEvent(grid.times, true, "elsewhere"));
        assertThat(grid.firstDay()).contains(today.plusDays(2));

        grid.clickMove(SlotWeek.NEXT_FREE);
        assertThat(grid.firstDay()).contains(today.plusDays(12));
        assertThat(grid.times()).extracting(SlotWeek.Time::text).containsExactly("08:00");
        assertThat(grid.navigation().nextFree()).isFalse();

        grid.clickMove(SlotWeek.PREVIOUS);
        assertThat(grid.firstDay()).contains(today.plusDays(5));
        assertThat(grid.times()).isEmpty();
    }

    @Test
    void onAPhoneThreeDaysStandSideBySideAndTheButtonsShowMore() {
        DoctorView view = target(navigate("doctors/" + doctor.doctorId(), DoctorView.class));
        SlotPicker grid = view.slots;

        grid.setDaysShown(SlotPicker.PHONE_DAYS);

        assertThat(days(grid)).hasSize(3);
        assertThat(grid.times()).extracting(SlotWeek.Time::text).containsExactly("09:00", "10:00", "11:00");
        grid.clickMove(SlotWeek.NEXT);
        assertThat(grid.firstDay()).contains(today.plusDays(5));
        assertThat(grid.times()).isEmpty();
        grid.clickMove(SlotWeek.NEXT_FREE);
        assertThat(grid.times()).extracting(SlotWeek.Time::text).containsExactly("08:00");
    }

    @Test
    void theDirectoryCardOffersTheNextThreeTimesWhichOpenTheBookingWithThatTimeChosen() {
        DoctorDirectoryView directory = target(navigate(DoctorDirectoryView.class));
        DirectoryOnScreen screen = new DirectoryOnScreen(directory).name(family);
        assertThat(screen.cards()).hasSize(1);
        DoctorCards.Card card = screen.cards().getFirst();

        assertThat(card.times()).hasSize(3);
        assertThat(card.times().getFirst().text()).endsWith("09:00");
        assertThat(card.times().getLast().text()).endsWith("11:00");
        // A time is a plain link drawn in the browser; following it is a navigation to its address.
        var link = new com.vaadin.flow.router.Location(card.times().get(1).href());
        UI.getCurrent().navigate(link.getPath(), link.getQueryParameters());

        DoctorView booking = (DoctorView) target(getCurrentView());
        assertThat(booking.slots.selected()).hasValueSatisfying(slot -> {
            assertThat(slot.date()).isEqualTo(today.plusDays(2));
            assertThat(slot.startTime()).isEqualTo(LocalTime.of(10, 0));
        });
        DoctorPageOnScreen.book(booking, "Picked on the card");

        assertThat(DoctorPageOnScreen.confirmation()).hasValueSatisfying(confirmation -> assertThat(confirmation)
                .contains("10:00", "Reason: Picked on the card"));
        assertThat(fixture.appointmentsOf(patient.patientId())).isOne();
    }

    @Test
    void anUnknownSlotInTheAddressChoosesNothing() {
        UI.getCurrent().navigate("doctors/" + doctor.doctorId(), QueryParameters.of("slot", "nonsense"));
        DoctorView view = (DoctorView) target(getCurrentView());
        assertThat(view.slots.selected()).isEmpty();
    }

    @Test
    void aTimeClickedInTheBrowserIsChosenAndMarkedWhileAnIdNotShownChangesNothing() {
        DoctorView view = target(navigate("doctors/" + doctor.doctorId(), DoctorView.class));
        SlotPicker grid = view.slots;
        SlotWeek.Time nine = grid.times().getFirst();
        SlotWeek.Day emptyDay = grid.times.days().get(1);

        assertThat(nine.text()).isEqualTo("09:00");
        assertThat(nine.label())
                .as("a screen reader hears the date with the time")
                .isEqualTo(Formats.current().when(today.plusDays(2).atTime(9, 0)));
        assertThat(emptyDay.times()).isEmpty();
        assertThat(emptyDay.none()).contains(Formats.current().day(today.plusDays(3)));
        assertThat(grid.times.selected()).isEqualTo(-1);

        grid.times.click(nine.id());
        assertThat(grid.selected())
                .hasValueSatisfying(slot -> assertThat(slot.id()).isEqualTo(nine.id()));
        assertThat(grid.times.selected()).as("marked in the browser").isEqualTo(nine.id());

        grid.times.click(nine.id() + 1_000_000);
        ComponentUtil.fireEvent(grid.times, new SlotWeek.ChosenEvent(grid.times, true, "nonsense"));
        assertThat(grid.selected())
                .hasValueSatisfying(slot -> assertThat(slot.id()).isEqualTo(nine.id()));

        grid.clickMove(SlotWeek.NEXT_FREE);
        assertThat(grid.selected()).as("another week shown: nothing chosen").isEmpty();
        assertThat(grid.times.selected()).isEqualTo(-1);
    }

    /**
     * The page keeps only the days it shows (issue 18): another week is read from the database when it is shown, in
     * one query, so a time freed or added since the page opened shows there; the days known to have a free time are
     * corrected by what was read.
     */
    @Test
    void anotherWeekIsReadWhenItIsShownInOneQuery() {
        DoctorView view = target(navigate("doctors/" + doctor.doctorId(), DoctorView.class));
        SlotPicker grid = view.slots;
        long added = fixture.slot(doctor.doctorId(), 13, LocalTime.of(14, 0));

        try (var statements = StatementCounter.record()) {
            grid.clickMove(SlotWeek.NEXT_FREE);
            assertThat(statements.statements())
                    .as("the week's free times, one query")
                    .filteredOn(sql -> sql.contains("doctor_availability"))
                    .hasSize(1);
        }
        assertThat(grid.firstDay()).contains(today.plusDays(12));
        assertThat(grid.times()).extracting(SlotWeek.Time::text).containsExactly("08:00", "14:00");
        grid.clickTime(1);
        assertThat(grid.selected())
                .hasValueSatisfying(slot -> assertThat(slot.id()).isEqualTo(added));

        // Back to the first week: read again, and the time taken meanwhile is gone from it.
        jdbc.sql("UPDATE doctor_availability SET is_booked = TRUE WHERE doctor_id = ? AND start_time = '10:00'")
                .param(doctor.doctorId())
                .update();
        grid.showFrom(today.plusDays(2));
        assertThat(grid.times()).extracting(SlotWeek.Time::text).containsExactly("09:00", "11:00");
        assertThat(grid.navigation().previous()).isFalse();
    }

    private static java.util.List<?> days(SlotPicker grid) {
        return grid.times.days();
    }
}
