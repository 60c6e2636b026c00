package app.praxis.appointment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import app.praxis.base.InvalidInputException;
import app.praxis.base.NotFoundException;
import app.praxis.doctor.DoctorSummary;
import app.praxis.patient.PatientSummary;
import app.praxis.security.Roles;
import app.praxis.support.IntegrationTest;
import app.praxis.support.SignIn;
import app.praxis.support.TestClock;
import java.time.Duration;
import java.time.LocalTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authorization.AuthorizationDeniedException;

@IntegrationTest
class BookingServiceTest {

    private static final LocalTime TEN = LocalTime.of(10, 0);

    @Autowired
    BookingService booking;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    BookingFixture fixture;

    @Autowired
    TestClock clock;

    DoctorSummary doctor;
    PatientSummary patient;

    @BeforeEach
    void setUp() {
        doctor = fixture.doctor("Booking");
        patient = fixture.patient("Booking");
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void aPatientBooksAFreeSlotAsAScheduledAppointmentWithTheSlotBookedAndAPendingPaymentForTheFee() {
        long slot = fixture.slot(doctor.doctorId(), 1, TEN);
        asPatient(patient);

        long appointmentId = booking.book(slot, "  Persistent cough  ");

        assertThat(fixture.status(appointmentId)).isEqualTo("SCHEDULED");
        assertThat(fixture.isBooked(slot)).isTrue();
        assertThat(jdbc.sql("SELECT reason_for_visit FROM appointments WHERE appointment_id = ?")
                        .param(appointmentId)
                        .query(String.class)
                        .single())
                .isEqualTo("Persistent cough");
        assertThat(fixture.count(
                        "SELECT COUNT(*) FROM payments WHERE appointment_id = ? AND payment_status = 'PENDING'"
                                + " AND amount = 80.00",
                        appointmentId))
                .isOne();
    }

    @Test
    void aSlotThatIsAlreadyBookedIsRefusedAsJustTakenAndNothingIsStored() {
        long slot = fixture.slot(doctor.doctorId(), 1, TEN);
        asPatient(patient);
        booking.book(slot, "First");
        PatientSummary other = fixture.patient("Late");
        asPatient(other);

        var refusal = catchThrowableOfType(InvalidInputException.class, () -> booking.book(slot, "Second"));

        assertThat(refusal.fieldErrors()).containsEntry(BookingService.SLOT, BookingService.SLOT_TAKEN);
        assertThat(fixture.appointmentsOf(other.patientId())).isZero();
        assertThat(fixture.appointmentsOnSlot(slot)).isOne();
    }

    @Test
    void aSlotWhoseStartHasPassedIsRefused() {
        long slot = fixture.slot(doctor.doctorId(), fixture.inMinutes(-180));
        asPatient(patient);

        assertRefused(() -> booking.book(slot, "Too late"), BookingService.SLOT, "already passed");
        assertThat(fixture.isBooked(slot)).isFalse();
    }

    @Test
    void aSlotInsideTheMinimumNoticeIsRefused() {
        long slot = fixture.slot(doctor.doctorId(), fixture.inMinutes(61));
        asPatient(patient);

        assertRefused(() -> booking.book(slot, "Soon"), BookingService.SLOT, "at least 2 hours ahead");
        assertThat(fixture.appointmentsOf(patient.patientId())).isZero();
    }

    @Test
    void aSlotBeyondTheHorizonIsRefused() {
        long slot = fixture.slot(doctor.doctorId(), 8 * 7 + 1, TEN);
        asPatient(patient);

        assertRefused(() -> booking.book(slot, "Far ahead"), BookingService.SLOT, "at most 8 weeks ahead");
        assertThat(fixture.isBooked(slot)).isFalse();
    }

    @Test
    void anUnknownSlotIsRefusedAsNotOffered() {
        asPatient(patient);

        assertRefused(() -> booking.book(Long.MAX_VALUE, "Guessing"), BookingService.SLOT, "not offered");
    }

    @Test
    void aMissingOrOverlongReasonIsRefusedNextToTheReasonField() {
        long slot = fixture.slot(doctor.doctorId(), 1, TEN);
        asPatient(patient);

        assertRefused(() -> booking.book(slot, "   "), BookingService.REASON, "why you are coming");
        assertRefused(() -> booking.book(slot, "x".repeat(1001)), BookingService.REASON, "under 1000 characters");
        assertThat(fixture.isBooked(slot)).isFalse();
        assertThat(fixture.appointmentsOf(patient.patientId())).isZero();
    }

    @Test
    void aDoctorWhoIsNotTakingBookingsCannotBeBooked() {
        long slot = fixture.slot(doctor.doctorId(), 1, TEN);
        jdbc.sql("UPDATE doctors SET is_available = FALSE WHERE doctor_id = ?")
                .param(doctor.doctorId())
                .update();
        asPatient(patient);

        assertRefused(() -> booking.book(slot, "Hello"), BookingService.SLOT, "not taking new bookings");
    }

    @Test
    void aDeactivatedDoctorCannotBeBooked() {
        long slot = fixture.slot(doctor.doctorId(), 1, TEN);
        jdbc.sql("UPDATE users SET is_active = FALSE WHERE user_id = ?")
                .param(doctor.userId())
                .update();
        asPatient(patient);

        assertRefused(() -> booking.book(slot, "Hello"), BookingService.SLOT, "not taking new bookings");
    }

    @Test
    void aPatientCannotHoldTwoOverlappingAppointments() {
        DoctorSummary second = fixture.doctor("Second");
        long first = fixture.slot(doctor.doctorId(), 2, TEN);
        long overlapping = fixture.slot(second.doctorId(), 2, LocalTime.of(10, 15));
        asPatient(patient);
        booking.book(first, "One");

        assertRefused(() -> booking.book(overlapping, "Two"), BookingService.SLOT, "already have an appointment");
        assertThat(fixture.isBooked(overlapping)).isFalse();
    }

    @Test
    void onlyPatientsBook() {
        long slot = fixture.slot(doctor.doctorId(), 1, TEN);
        SignIn.as(doctor.userId(), Roles.DOCTOR);

        assertThatThrownBy(() -> booking.book(slot, "Self")).isInstanceOf(AuthorizationDeniedException.class);
        assertThat(fixture.isBooked(slot)).isFalse();
    }

    @Test
    void aCancelledSlotCanBeBookedAgain() {
        long slot = fixture.slot(doctor.doctorId(), 3, TEN);
        asPatient(patient);
        long first = booking.book(slot, "First");
        booking.cancel(first, "Feeling better");
        PatientSummary next = fixture.patient("Next");
        asPatient(next);

        long second = booking.book(slot, "Second");

        assertThat(fixture.status(first)).isEqualTo("CANCELLED");
        assertThat(fixture.status(second)).isEqualTo("SCHEDULED");
        assertThat(fixture.isBooked(slot)).isTrue();
    }

    @Test
    void reschedulingTakesTheNewSlotFreesTheOldOneAndWritesOneHistoryRow() {
        long from = fixture.slot(doctor.doctorId(), 1, TEN);
        long to = fixture.slot(doctor.doctorId(), 2, LocalTime.of(11, 30));
        asPatient(patient);
        long appointment = booking.book(from, "Back pain");

        booking.reschedule(appointment, to, "Train strike");

        assertThat(fixture.isBooked(from)).isFalse();
        assertThat(fixture.isBooked(to)).isTrue();
        assertThat(fixture.count(
                        "SELECT COUNT(*) FROM appointments WHERE appointment_id = ? AND availability_id = ?"
                                + " AND start_time = '11:30:00' AND status = 'SCHEDULED'",
                        appointment,
                        to))
                .isOne();
        assertThat(fixture.count(
                        "SELECT COUNT(*) FROM appointment_reschedules WHERE appointment_id = ? AND old_time = '10:00:00'"
                                + " AND new_time = '11:30:00' AND reason = 'Train strike' AND rescheduled_by = ?",
                        appointment,
                        patient.userId()))
                .isOne();
    }

    @Test
    void reschedulingToAnotherDoctorsSlotIsRefusedAsNotOffered() {
        DoctorSummary other = fixture.doctor("Other");
        long from = fixture.slot(doctor.doctorId(), 1, TEN);
        long foreign = fixture.slot(other.doctorId(), 2, TEN);
        asPatient(patient);
        long appointment = booking.book(from, "Rash");

        assertRefused(() -> booking.reschedule(appointment, foreign, "Sooner"), BookingService.SLOT, "not offered");
        assertThat(fixture.isBooked(foreign)).isFalse();
        assertThat(fixture.isBooked(from)).isTrue();
    }

    @Test
    void reschedulingToATakenSlotIsRefusedAsJustTakenAndChangesNothing() {
        long from = fixture.slot(doctor.doctorId(), 1, TEN);
        long taken = fixture.slot(doctor.doctorId(), 1, LocalTime.of(11, 0));
        asPatient(fixture.patient("Early"));
        booking.book(taken, "Mine");
        asPatient(patient);
        long appointment = booking.book(from, "Rash");

        assertRefused(() -> booking.reschedule(appointment, taken, "Later"), BookingService.SLOT, "just taken");
        assertThat(fixture.isBooked(from)).isTrue();
        assertThat(fixture.count("SELECT COUNT(*) FROM appointment_reschedules WHERE appointment_id = ?", appointment))
                .isZero();
    }

    @Test
    void reschedulingOntoTheTimeOfTheSamePatientsOtherAppointmentIsRefusedAndChangesNothing() {
        DoctorSummary second = fixture.doctor("Other");
        long elsewhere = fixture.slot(second.doctorId(), 2, TEN);
        long from = fixture.slot(doctor.doctorId(), 2, LocalTime.of(14, 0));
        long clash = fixture.slot(doctor.doctorId(), 2, LocalTime.of(10, 15));
        asPatient(patient);
        booking.book(elsewhere, "Other doctor");
        long appointment = booking.book(from, "Afternoon");

        assertRefused(
                () -> booking.reschedule(appointment, clash, "Morning instead"),
                BookingService.SLOT,
                "already have an appointment");
        assertThat(fixture.isBooked(clash)).isFalse();
        assertThat(fixture.isBooked(from)).isTrue();
        assertThat(fixture.count("SELECT COUNT(*) FROM appointment_reschedules WHERE appointment_id = ?", appointment))
                .isZero();
    }

    @Test
    void aCancelledAppointmentCannotBeRescheduled() {
        long from = fixture.slot(doctor.doctorId(), 1, TEN);
        long to = fixture.slot(doctor.doctorId(), 2, TEN);
        asPatient(patient);
        long appointment = booking.book(from, "Flu");
        booking.cancel(appointment, "Better");

        assertRefused(() -> booking.reschedule(appointment, to, "Again"), BookingService.APPOINTMENT, "cancelled");
        assertThat(fixture.isBooked(to)).isFalse();
    }

    @Test
    void cancellingFreesTheSlotAndRecordsWhoAndWhy() {
        long slot = fixture.slot(doctor.doctorId(), 1, TEN);
        asPatient(patient);
        long appointment = booking.book(slot, "Flu");

        booking.cancel(appointment, "Feeling better");

        assertThat(fixture.isBooked(slot)).isFalse();
        assertThat(fixture.count(
                        "SELECT COUNT(*) FROM appointments WHERE appointment_id = ? AND status = 'CANCELLED'"
                                + " AND cancellation_reason = 'Feeling better' AND cancelled_by = ?",
                        appointment,
                        patient.userId()))
                .isOne();
    }

    @Test
    void aPatientCannotCancelInsideTheCutOffButTheDoctorCan() {
        long slot = fixture.slot(doctor.doctorId(), fixture.inMinutes(150));
        asPatient(patient);
        long appointment = booking.book(slot, "Migraine");
        clock.advance(Duration.ofMinutes(60)); // now 90 minutes before the start: inside the 2 h cut-off

        assertRefused(() -> booking.cancel(appointment, "Busy"), BookingService.APPOINTMENT, "up to 2 hours before");

        SignIn.as(doctor.userId(), Roles.DOCTOR);
        booking.cancel(appointment, "I am ill, sorry");
        assertThat(fixture.status(appointment)).isEqualTo("CANCELLED");
        assertThat(fixture.isBooked(slot)).isFalse();
    }

    @Test
    void anotherPatientCanNeitherCancelNorRescheduleMyAppointment() {
        long slot = fixture.slot(doctor.doctorId(), 1, TEN);
        long elsewhere = fixture.slot(doctor.doctorId(), 2, TEN);
        asPatient(patient);
        long appointment = booking.book(slot, "Mine");
        asPatient(fixture.patient("Nosy"));

        assertThatThrownBy(() -> booking.cancel(appointment, "Ha")).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> booking.reschedule(appointment, elsewhere, "Ha"))
                .isInstanceOf(NotFoundException.class);
        assertThat(fixture.status(appointment)).isEqualTo("SCHEDULED");
        assertThat(fixture.isBooked(elsewhere)).isFalse();
    }

    @Test
    void anotherDoctorCannotCancelButAnAdminCan() {
        long slot = fixture.slot(doctor.doctorId(), 1, TEN);
        asPatient(patient);
        long appointment = booking.book(slot, "Mine");
        SignIn.as(fixture.doctor("Stranger").userId(), Roles.DOCTOR);

        assertThatThrownBy(() -> booking.cancel(appointment, "Not mine")).isInstanceOf(NotFoundException.class);

        SignIn.as(1, Roles.ADMIN);
        booking.cancel(appointment, "Practice closed");
        assertThat(fixture.status(appointment)).isEqualTo("CANCELLED");
    }

    private void asPatient(PatientSummary who) {
        SignIn.as(who.userId(), Roles.PATIENT);
    }

    private static void assertRefused(Runnable action, String field, String messagePart) {
        var refusal = catchThrowableOfType(InvalidInputException.class, action::run);
        assertThat(refusal).as("expected a refusal on " + field).isNotNull();
        assertThat(refusal.fieldErrors()).containsKey(field);
        assertThat(refusal.fieldErrors().get(field)).contains(messagePart);
    }
}
