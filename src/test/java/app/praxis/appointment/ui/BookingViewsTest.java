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
import com.vaadin.flow.component.button.Button;
import java.time.LocalTime;
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
        view.name.setValue(family);

        assertThat(view.summary.getText()).isEqualTo("1 doctor");
        var card = find(DoctorCardView.class).single();
        assertThat(card.name.getText()).isEqualTo("Dr. Doc " + family);
        assertThat(card.getElement().getTextRecursively()).contains("Next free:", "09:30", "€80.00");
    }

    @Test
    void aPatientPicksADayAndATimeGivesAReasonAndBooks() {
        long slot = fixture.slot(doctor.doctorId(), 2, LocalTime.of(11, 0));

        DoctorView view = target(navigate("doctors/" + doctor.doctorId(), DoctorView.class));
        assertThat(view.slots.firstDay()).contains(fixture.today().plusDays(2));
        view.slots.clickTime(0);
        view.reason.setValue("Annual check-up");
        test(view.book).click();

        assertThat(target(getCurrentView())).isInstanceOf(MyAppointmentsView.class);
        assertThat(fixture.appointmentsOnSlot(slot)).isOne();
        assertThat(find(AppointmentCardView.class)
                        .from(((MyAppointmentsView) target(getCurrentView())).upcoming)
                        .single()
                        .getElement()
                        .getTextRecursively())
                .contains("11:00", "Annual check-up", "Payment: Pending");
    }

    @Test
    void bookingWithoutATimeOrReasonSaysSoNextToEachField() {
        fixture.slot(doctor.doctorId(), 2, LocalTime.of(11, 0));
        DoctorView view = target(navigate("doctors/" + doctor.doctorId(), DoctorView.class));

        test(view.book).click();
        assertThat(view.slots.error.getText()).isEqualTo("Choose a time first.");

        view.slots.clickTime(0);
        test(view.book).click();
        assertThat(view.reason.isInvalid()).isTrue();
        assertThat(view.reason.getErrorMessage()).contains("why you are coming");
        assertThat(fixture.appointmentsOf(patient.patientId())).isZero();
    }

    @Test
    void aTimeTakenWhileThePatientHesitatedIsReportedAsJustTakenAndDisappears() {
        long slot = fixture.slot(doctor.doctorId(), 2, LocalTime.of(11, 0));
        fixture.slot(doctor.doctorId(), 2, LocalTime.of(12, 0));
        DoctorView view = target(navigate("doctors/" + doctor.doctorId(), DoctorView.class));
        view.slots.clickTime(0);
        view.reason.setValue("Cough");
        SignIn.as(fixture.quickPatient("Quicker").userId(), Roles.PATIENT);
        booking.book(slot, "Faster");
        SignIn.as(patient.userId(), Roles.PATIENT);

        test(view.book).click();

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
        test(find(Button.class).withClassName("reschedule").single()).click();
        RescheduleDialog dialog = find(RescheduleDialog.class).single();
        dialog.slots.showFrom(fixture.today().plusDays(3));
        dialog.slots.clickTime(0);
        dialog.reason.setValue("Work trip");
        test(dialog.confirm).click();

        assertThat(fixture.isBooked(second)).isTrue();
        assertThat(fixture.isBooked(first)).isFalse();
        var moved = find(AppointmentCardView.class).from(view.upcoming).single();
        assertThat(moved.getElement().getTextRecursively()).contains("15:00", "Moved once");

        test(find(Button.class).withClassName("cancel").single()).click();
        CancelDialog cancel = find(CancelDialog.class).single();
        cancel.reason.setValue("Feeling better");
        test(cancel.confirm).click();

        assertThat(fixture.status(appointment)).isEqualTo("CANCELLED");
        var cancelled = find(AppointmentCardView.class).from(view.past).single();
        assertThat(cancelled.status.getText()).isEqualTo("Cancelled");
        assertThat(cancelled.getElement().getTextRecursively())
                .contains("Payment: Not due")
                .doesNotContain("Pending");
        assertThat(find(AppointmentCardView.class).from(view.upcoming).all()).isEmpty();
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
        test(find(Button.class).withClassName("reschedule").single()).click();
        RescheduleDialog dialog = find(RescheduleDialog.class).single();

        assertThat(dialog.slots.times()).isEmpty();
        assertThat(dialog.slots.getElement().getTextRecursively())
                .contains("Not accepting new bookings")
                .doesNotContain("No free times");
    }
}
