package app.praxis.appointment.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.praxis.appointment.BookingFixture;
import app.praxis.appointment.BookingService;
import app.praxis.doctor.DoctorSummary;
import app.praxis.patient.PatientSummary;
import app.praxis.security.Roles;
import app.praxis.support.IntegrationTest;
import app.praxis.support.SignIn;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.notification.Notification;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.util.AopTestUtils;

/** The patient's side: find a doctor, book, see, move and cancel the appointment. */
@IntegrationTest
class BookingViewsTest extends SpringBrowserlessTest {

    @Autowired
    BookingService booking;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    BookingFixture fixture;

    String family;
    DoctorSummary doctor;
    PatientSummary patient;

    @BeforeEach
    void setUp() {
        family = "View" + UUID.randomUUID().toString().substring(0, 8);
        doctor = fixture.doctor(family);
        patient = fixture.quickPatient(family);
        SignIn.as(patient.userId(), Roles.PATIENT);
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    /** Views carry @RolesAllowed, so Spring's method security hands out a proxy; its fields are the target's. */
    static <T> T target(T view) {
        return AopTestUtils.getUltimateTargetObject(view);
    }

    @Test
    void theDirectoryFindsADoctorByNameAndShowsTheirNextFreeTime() {
        fixture.slot(doctor.doctorId(), 1, LocalTime.of(9, 30));

        DoctorDirectoryView view = target(navigate(DoctorDirectoryView.class));
        DirectoryOnScreen screen = new DirectoryOnScreen(view).name(family);

        assertThat(screen.summary()).isEqualTo("1 doctor");
        assertThat(screen.cards()).hasSize(1);
        var card = screen.cards().getFirst();
        assertThat(card.name()).isEqualTo("Dr. Doc " + family);
        assertThat(card.href()).isEqualTo("doctors/" + doctor.doctorId());
        assertThat(card.text()).contains("Next free:", "09:30", "€80.00");
    }

    @Test
    void aPatientPicksADayAndATimeGivesAReasonAndBooks() {
        long slot = fixture.slot(doctor.doctorId(), 2, LocalTime.of(11, 0));

        DoctorView view = target(navigate("doctors/" + doctor.doctorId(), DoctorView.class));
        assertThat(view.slots.firstDay()).contains(fixture.today().plusDays(2));
        view.slots.clickTime(0);
        DoctorPageOnScreen.book(view, "  Annual check-up ");

        assertThat(fixture.appointmentsOnSlot(slot)).isOne();
        assertThat(target(getCurrentView()))
                .as("the page stays, with the confirmation")
                .isSameAs(view);
        assertThat(DoctorPageOnScreen.confirmation()).hasValueSatisfying(confirmation -> assertThat(confirmation)
                .startsWith("Your appointment is booked\nBooked: ")
                .contains("11:00", "A confirmation is on its way by e-mail.")
                .endsWith("Reason: Annual check-up"));
        assertThat(view.slots.isAttached()).as("the free times make way for it").isFalse();
        assertThat(successShownInTheBrowser()).as("no notification besides").isEmpty();

        test(find(Button.class).withId(BookingConfirmation.MY_APPOINTMENTS_ID).single())
                .click();

        assertThat(target(getCurrentView())).isInstanceOf(MyAppointmentsView.class);
        assertThat(((MyAppointmentsView) target(getCurrentView())).page.cards(AppointmentCards.UPCOMING))
                .singleElement()
                .extracting(AppointmentCards.Card::text)
                .asString()
                .contains("11:00", "Annual check-up", "Payment: Pending");
    }

    @Test
    void theDoctorsPageOpenedAgainAfterABookingOffersTheFreeTimesLeft() {
        fixture.slot(doctor.doctorId(), 2, LocalTime.of(11, 0));
        fixture.slot(doctor.doctorId(), 2, LocalTime.of(12, 0));
        DoctorView view = target(navigate("doctors/" + doctor.doctorId(), DoctorView.class));
        view.slots.clickTime(0);
        DoctorPageOnScreen.book(view, "First visit");

        DoctorView again = target(navigate("doctors/" + doctor.doctorId(), DoctorView.class));

        assertThat(DoctorPageOnScreen.confirmation()).isEmpty();
        assertThat(again.slots.isAttached()).isTrue();
        assertThat(again.slots.times()).extracting(SlotWeek.Time::text).containsExactly("12:00");
    }

    /**
     * The success notifications the response tells the browser to show (ErrorDisplay.success): the message of each,
     * and never a server-side {@link Notification}, whose opened state the browser would send back in a request of
     * its own; nothing is asked back of the browser.
     */
    private List<String> successShownInTheBrowser() {
        assertThat(find(Notification.class).all())
                .as("no server-side notification")
                .isEmpty();
        List<String> messages = new ArrayList<>();
        for (var js : UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations()) {
            if (js.getInvocation().getExpression().equals(ErrorDisplay.SHOW_IN_BROWSER)) {
                assertThat(js.isSubscribed())
                        .as("no answer asked of the browser")
                        .isFalse();
                List<Object> parameters = js.getInvocation().getParameters();
                assertThat(parameters.subList(1, parameters.size()))
                        .containsExactly(ErrorDisplay.SUCCESS_DURATION_MS, "bottom-center", "success");
                messages.add(String.valueOf(parameters.getFirst()));
            }
        }
        return messages;
    }

    @Test
    void bookingWithoutATimeOrReasonSaysSoNextToEachField() {
        fixture.slot(doctor.doctorId(), 2, LocalTime.of(11, 0));
        DoctorView view = target(navigate("doctors/" + doctor.doctorId(), DoctorView.class));

        DoctorPageOnScreen.book(view, "");
        assertThat(view.slots.isInvalid()).isTrue();
        assertThat(view.slots.times.error()).as("shown under the grid").isEqualTo("Choose a time first.");

        view.slots.clickTime(0);
        DoctorPageOnScreen.book(view, "   ");
        assertThat(view.reason.isInvalid()).isTrue();
        assertThat(view.reason.getErrorMessage()).contains("why you are coming");
        assertThat(DoctorPageOnScreen.reasonError(view))
                .as("shown next to the field in the browser")
                .contains("why you are coming");
        assertThat(view.slots.times.error()).as("the time is fine now").isEmpty();
        assertThat(fixture.appointmentsOf(patient.patientId())).isZero();
    }

    @Test
    void aTimeTakenWhileThePatientHesitatedIsReportedAsJustTakenAndDisappears() {
        long slot = fixture.slot(doctor.doctorId(), 2, LocalTime.of(11, 0));
        fixture.slot(doctor.doctorId(), 2, LocalTime.of(12, 0));
        DoctorView view = target(navigate("doctors/" + doctor.doctorId(), DoctorView.class));
        view.slots.clickTime(0);

        SignIn.as(fixture.quickPatient("Quicker").userId(), Roles.PATIENT);
        booking.book(slot, "Faster");
        SignIn.as(patient.userId(), Roles.PATIENT);

        DoctorPageOnScreen.book(view, "Cough");

        assertThat(view.slots.isInvalid()).isTrue();
        assertThat(view.slots.getErrorMessage()).isEqualTo(BookingService.SLOT_TAKEN);
        assertThat(view.slots.times()).extracting(SlotWeek.Time::text).containsExactly("12:00");
        assertThat(fixture.appointmentsOf(patient.patientId())).isZero();
    }

    @Test
    void aPatientReschedulesAndThenCancelsFromTheirList() {
        long first = fixture.slot(doctor.doctorId(), 2, LocalTime.of(9, 0));
        long second = fixture.slot(doctor.doctorId(), 3, LocalTime.of(15, 0));
        long appointment = booking.book(first, "Back pain");

        MyAppointmentsView view = target(navigate(MyAppointmentsView.class));
        CardsOnScreen.click("reschedule");
        RescheduleDialog dialog = find(RescheduleDialog.class).single();
        dialog.slots.showFrom(fixture.today().plusDays(3));
        dialog.slots.clickTime(0);
        dialog.reason.setValue("Work trip");
        test(dialog.confirm).click();

        assertThat(fixture.isBooked(second)).isTrue();
        assertThat(fixture.isBooked(first)).isFalse();
        assertThat(successShownInTheBrowser()).singleElement().asString().contains("15:00");
        var moved = view.page.cards(AppointmentCards.UPCOMING).getFirst();
        assertThat(view.page.cards(AppointmentCards.UPCOMING)).hasSize(1);
        assertThat(moved.text()).contains("15:00", "Moved once");
        assertThat(CardsOnScreen.openHistory())
                .as("the history is read when opened")
                .singleElement()
                .asString()
                .contains("09:00", "15:00", "Work trip");

        CardsOnScreen.click("cancel");
        CancelDialog cancel = find(CancelDialog.class).single();
        cancel.reason.setValue("Feeling better");
        test(cancel.confirm).click();

        assertThat(fixture.status(appointment)).isEqualTo("CANCELLED");
        assertThat(successShownInTheBrowser()).containsExactly("The appointment is cancelled.");
        var cancelled = view.page.cards(AppointmentCards.PAST).getFirst();
        assertThat(view.page.cards(AppointmentCards.PAST)).hasSize(1);
        assertThat(cancelled.status()).isEqualTo("Cancelled");
        assertThat(cancelled.text()).contains("Payment: Not due").doesNotContain("Pending");
        assertThat(cancelled.actions())
                .as("a cancelled appointment offers no change")
                .isEmpty();
        assertThat(view.page.cards(AppointmentCards.UPCOMING)).isEmpty();
        assertThat(CardsOnScreen.nothingBookedShown()).isTrue();
        assertThat(CardsOnScreen.pageText()).contains("Nothing booked. Find a doctor");
    }

    /** The server takes a card's action only for a card on screen that offers it; the calendar file likewise. */
    @Test
    void anActionOrDownloadForAnAppointmentNotOnScreenOrNotOfferedDoesNothing() {
        long first = fixture.slot(doctor.doctorId(), 2, LocalTime.of(9, 0));
        long appointment = booking.book(first, "Back pain");
        var other = fixture.quickPatient(family + "Other");
        SignIn.as(other.userId(), Roles.PATIENT);
        long theirs = booking.book(fixture.slot(doctor.doctorId(), 2, LocalTime.of(10, 0)), "Theirs");
        SignIn.as(patient.userId(), Roles.PATIENT);

        navigate(MyAppointmentsView.class);
        CardsOnScreen.send("upcoming-appointments", theirs, MyAppointmentsView.CANCEL);
        CardsOnScreen.send("upcoming-appointments", appointment, "payment:refund");
        assertThat(find(CancelDialog.class).all()).isEmpty();
        assertThat(find(com.vaadin.flow.component.dialog.Dialog.class).all()).isEmpty();
        assertThat(CardsOnScreen.download("upcoming-appointments", theirs, MyAppointmentsView.CALENDAR_FILE))
                .isEmpty();
        assertThat(CardsOnScreen.download("upcoming-appointments", appointment, "payment:receipt"))
                .as("no receipt is offered for an unpaid appointment")
                .isEmpty();

        var file = CardsOnScreen.download("ics-link").orElseThrow();
        assertThat(file.fileName()).endsWith(".ics");
        assertThat(new String(file.content(), java.nio.charset.StandardCharsets.UTF_8))
                .contains("BEGIN:VCALENDAR");
        assertThat(CardsOnScreen.links("message-doctor")).containsExactly("messages?doctor=" + doctor.doctorId());

        CardsOnScreen.send("upcoming-appointments", appointment, MyAppointmentsView.CANCEL);
        assertThat(find(CancelDialog.class).all()).hasSize(1);
    }

    @Test
    void aPatientsRescheduleSaysWhyTheirDoctorHasNoFreeTimes() {
        long first = fixture.slot(doctor.doctorId(), 2, LocalTime.of(9, 0));
        fixture.slot(doctor.doctorId(), 3, LocalTime.of(15, 0));
        booking.book(first, "Back pain");
        jdbc.sql("UPDATE doctors SET is_available = FALSE WHERE doctor_id = ?")
                .param(doctor.doctorId())
                .update();

        navigate(MyAppointmentsView.class);
        CardsOnScreen.click("reschedule");
        RescheduleDialog dialog = find(RescheduleDialog.class).single();

        assertThat(dialog.slots.times()).isEmpty();
        assertThat(dialog.slots.emptyTextShown())
                .contains("Not accepting new bookings")
                .doesNotContain("No free times");
    }
}
