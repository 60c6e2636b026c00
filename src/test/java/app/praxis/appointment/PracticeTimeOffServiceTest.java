package app.praxis.appointment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import app.praxis.availability.BookableSlot;
import app.praxis.availability.NewTimeOff;
import app.praxis.availability.SlotReservations;
import app.praxis.availability.TimeOffService;
import app.praxis.base.InvalidInputException;
import app.praxis.doctor.DoctorSummary;
import app.praxis.patient.PatientSummary;
import app.praxis.security.Roles;
import app.praxis.support.IntegrationTest;
import app.praxis.support.LockWaits;
import app.praxis.support.SignIn;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/** The doctor's calendar reads the appointments in its slots, and time off can cancel the ones it hits. */
@IntegrationTest
@RecordApplicationEvents
class PracticeTimeOffServiceTest {

    @Autowired
    PracticeTimeOffService practiceTimeOff;

    @Autowired
    AppointmentService appointments;

    @Autowired
    BookingService booking;

    @Autowired
    DoctorDirectory directory;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @Autowired
    ApplicationEvents events;

    @Autowired
    BookingFixture fixture;

    @Autowired
    SlotReservations slots;

    @Autowired
    TimeOffService timeOffs;

    @Autowired
    PlatformTransactionManager transactions;

    DoctorSummary doctor;
    PatientSummary patient;
    PatientSummary otherPatient;
    LocalDate day;
    long nineOClock;
    long tenOClock;
    long elevenOClock;

    @BeforeEach
    void aDoctorWithThreeSlotsOneBooked() {
        doctor = fixture.doctor("TimeOff");
        patient = fixture.patient("Hit");
        otherPatient = fixture.patient("Late");
        day = fixture.today().plusDays(3);
        nineOClock = fixture.slot(doctor.doctorId(), day.atTime(9, 0));
        tenOClock = fixture.slot(doctor.doctorId(), day.atTime(10, 0));
        elevenOClock = fixture.slot(doctor.doctorId(), day.atTime(11, 0));
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void theDoctorSeesPatientAndReasonOfEachBookedSlotInOneRead() {
        long appointment = book(patient, nineOClock, "Back pain");
        SignIn.as(doctor.userId(), Roles.DOCTOR);

        var bySlot = appointments.appointmentsInSlots(doctor.doctorId(), day, day);

        assertThat(bySlot).containsOnlyKeys(nineOClock);
        assertThat(bySlot.get(nineOClock)).satisfies(row -> {
            assertThat(row.id()).isEqualTo(appointment);
            assertThat(row.patientName()).isEqualTo("Pat Hit");
            assertThat(row.reason()).isEqualTo("Back pain");
            assertThat(row.status()).isEqualTo(AppointmentStatus.SCHEDULED);
        });
    }

    @Test
    void cancelledAppointmentsHoldNoSlotInTheCalendar() {
        long appointment = book(patient, nineOClock, "Back pain");
        SignIn.as(doctor.userId(), Roles.DOCTOR);
        booking.cancel(appointment, "Sorry, I am ill");

        assertThat(appointments.appointmentsInSlots(doctor.doctorId(), day, day))
                .isEmpty();
    }

    @Test
    void anotherDoctorCannotReadTheAppointmentsInACalendarButAnAdminCan() {
        book(patient, nineOClock, "Back pain");
        DoctorSummary other = fixture.doctor("Nosy");
        SignIn.as(other.userId(), Roles.DOCTOR);

        assertThatThrownBy(() -> appointments.appointmentsInSlots(doctor.doctorId(), day, day))
                .isInstanceOf(AccessDeniedException.class);

        SignIn.as(1, Roles.ADMIN);
        assertThat(appointments.appointmentsInSlots(doctor.doctorId(), day, day))
                .containsOnlyKeys(nineOClock);

        SignIn.as(patient.userId(), Roles.PATIENT);
        assertThatThrownBy(() -> appointments.appointmentsInSlots(doctor.doctorId(), day, day))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void timeOffThatCancelsCancelsTheAppointmentsWithTheMessageAndNothingInsideIsBookableAfterwards() {
        long appointment = book(patient, nineOClock, "Back pain");
        SignIn.as(doctor.userId(), Roles.DOCTOR);
        events.clear();

        var result = practiceTimeOff.cancelAppointmentsAndAddTimeOff(
                doctor.doctorId(), wholeDay("Congress"), List.of(appointment), "I am at a congress, sorry");

        assertThat(result.cancelled()).extracting(AppointmentRow::id).containsExactly(appointment);
        assertThat(result.timeOff().bookedSlotsKept()).isEmpty();
        assertThat(fixture.status(appointment)).isEqualTo("CANCELLED");
        assertThat(jdbc.sql("SELECT cancellation_reason FROM appointments WHERE appointment_id = ?")
                        .param(appointment)
                        .query(String.class)
                        .single())
                .isEqualTo("I am at a congress, sorry");
        assertThat(events.stream(AppointmentCancelled.class)).singleElement().satisfies(cancelled -> {
            assertThat(cancelled.byPractice()).isTrue();
            assertThat(cancelled.reason()).isEqualTo("I am at a congress, sorry");
        });
        assertThat(fixture.count(
                        "SELECT COUNT(*) FROM doctor_time_off WHERE doctor_id = ? AND reason = 'Congress'",
                        doctor.doctorId()))
                .isOne();
        // The free slots went; the cancelled appointment's slot stays for its history, but nobody can book it.
        assertThat(fixture.count(
                        "SELECT COUNT(*) FROM doctor_availability WHERE availability_id IN (?, ?)",
                        tenOClock,
                        elevenOClock))
                .isZero();
        assertThat(fixture.isBooked(nineOClock)).isFalse();
        SignIn.as(otherPatient.userId(), Roles.PATIENT);
        assertThat(directory.freeSlots(doctor.doctorId()))
                .extracting(BookableSlot::id)
                .doesNotContain(nineOClock);
        assertThat(directory.profile(doctor.doctorId()).orElseThrow().card().nextFreeSlot())
                .isNull();
        var refused = catchThrowableOfType(
                InvalidInputException.class, () -> booking.book(nineOClock, "Trying the freed slot"));
        assertThat(refused.fieldErrors()).containsKey(BookingService.SLOT);
    }

    @Test
    void aBookingThatArrivedAfterTheDoctorLookedIsNotCancelledUnseenAndNothingChanges() {
        long seen = book(patient, nineOClock, "Back pain");
        // The doctor was shown the nine o'clock appointment; meanwhile another patient books ten o'clock.
        long unseen = book(otherPatient, tenOClock, "Fever");
        SignIn.as(doctor.userId(), Roles.DOCTOR);
        events.clear();

        var refused = catchThrowableOfType(
                InvalidInputException.class,
                () -> practiceTimeOff.cancelAppointmentsAndAddTimeOff(
                        doctor.doctorId(), wholeDay("Congress"), List.of(seen), "I am at a congress"));

        assertThat(refused.fieldErrors().get(PracticeTimeOffService.BOOKED)).contains("Pat Late");
        assertThat(fixture.status(seen)).isEqualTo("SCHEDULED");
        assertThat(fixture.status(unseen)).isEqualTo("SCHEDULED");
        assertThat(fixture.count("SELECT COUNT(*) FROM doctor_time_off WHERE doctor_id = ?", doctor.doctorId()))
                .isZero();
        assertThat(events.stream(AppointmentCancelled.class)).isEmpty();
    }

    @Test
    void aBookedSlotWithoutALiveAppointmentRefusesTheTimeOffAndRollsBackTheCancellations() {
        long appointment = book(patient, nineOClock, "Back pain");
        // A slot marked booked that no live appointment holds: the time off's own check under the lock refuses.
        jdbc.sql("UPDATE doctor_availability SET is_booked = TRUE WHERE availability_id = ?")
                .param(tenOClock)
                .update();
        SignIn.as(doctor.userId(), Roles.DOCTOR);

        var refused = catchThrowableOfType(
                InvalidInputException.class,
                () -> practiceTimeOff.cancelAppointmentsAndAddTimeOff(
                        doctor.doctorId(), wholeDay("Congress"), List.of(appointment), "I am at a congress"));

        assertThat(refused.fieldErrors()).containsKey(PracticeTimeOffService.BOOKED);
        assertThat(fixture.status(appointment)).isEqualTo("SCHEDULED");
        assertThat(fixture.isBooked(nineOClock)).isTrue();
        assertThat(fixture.count("SELECT COUNT(*) FROM doctor_time_off WHERE doctor_id = ?", doctor.doctorId()))
                .isZero();
    }

    @Test
    void cancellingNeedsAMessageToThePatients() {
        long appointment = book(patient, nineOClock, "Back pain");
        SignIn.as(doctor.userId(), Roles.DOCTOR);

        var refused = catchThrowableOfType(
                InvalidInputException.class,
                () -> practiceTimeOff.cancelAppointmentsAndAddTimeOff(
                        doctor.doctorId(), wholeDay("Congress"), List.of(appointment), "  "));

        assertThat(refused.fieldErrors()).containsKey(PracticeTimeOffService.MESSAGE);
        assertThat(fixture.status(appointment)).isEqualTo("SCHEDULED");
    }

    @Test
    void anotherDoctorCannotCancelByTimeOff() {
        long appointment = book(patient, nineOClock, "Back pain");
        SignIn.as(fixture.doctor("Intruder").userId(), Roles.DOCTOR);

        assertThatThrownBy(() -> practiceTimeOff.cancelAppointmentsAndAddTimeOff(
                        doctor.doctorId(), wholeDay("Mine"), List.of(appointment), "Gone"))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(fixture.status(appointment)).isEqualTo("SCHEDULED");
    }

    @Test
    void theSlotThatTimeOffFreesCannotBeTakenWhileTheTimeOffIsCommitting() throws Exception {
        long appointment = book(patient, nineOClock, "Back pain");
        BookableSlot nine = slots.find(nineOClock).orElseThrow();
        var cancelledAndAdded = new CountDownLatch(1);
        var committingAt = new AtomicLong(Long.MAX_VALUE);
        var timeOff = CompletableFuture.runAsync(() -> {
            SignIn.as(doctor.userId(), Roles.DOCTOR);
            var readCommitted = new TransactionTemplate(transactions);
            readCommitted.setIsolationLevel(TransactionDefinition.ISOLATION_READ_COMMITTED);
            readCommitted.executeWithoutResult(tx -> {
                practiceTimeOff.cancelAppointmentsAndAddTimeOff(
                        doctor.doctorId(), wholeDay("Congress"), List.of(appointment), "I am at a congress, sorry");
                cancelledAndAdded.countDown();
                // The slot is free and the time off written, neither committed, until the guard waits for them.
                LockWaits.awaitAnotherTransactionWaiting(jdbc);
                committingAt.set(System.nanoTime());
            });
            SignIn.out();
        });
        assertThat(cancelledAndAdded.await(10, TimeUnit.SECONDS)).isTrue();

        // The guard as booking and rescheduling run it, while the time off is still open: its NOT EXISTS over time
        // off is a locking read inside an UPDATE, so it waits for the time off's commit and then sees it.
        long guardStartedAt = System.nanoTime();
        Boolean taken = new TransactionTemplate(transactions).execute(tx -> slots.reserve(nine));
        timeOff.get(10, TimeUnit.SECONDS);

        assertThat(guardStartedAt)
                .as("the guard ran before the time off committed")
                .isLessThan(committingAt.get());
        assertThat(taken).isFalse();
        assertThat(fixture.isBooked(nineOClock)).isFalse();
        assertThat(fixture.status(appointment)).isEqualTo("CANCELLED");
    }

    @Test
    void timeOffKeepsTheRowOfAFreedSlotThatACancelledAppointmentRefersTo() {
        long cancelled = book(patient, nineOClock, "Back pain");
        booking.cancel(cancelled, "Feeling better");
        SignIn.as(doctor.userId(), Roles.DOCTOR);

        var added = timeOffs.addTimeOff(doctor.doctorId(), wholeDay("Congress"));

        // Ten and eleven are deleted; nine stays for the cancelled appointment's history (its foreign key).
        assertThat(added.freeSlotsRemoved()).isEqualTo(2);
        assertThat(fixture.count("SELECT COUNT(*) FROM doctor_availability WHERE availability_id = ?", nineOClock))
                .isOne();
        assertThat(fixture.count(
                        "SELECT COUNT(*) FROM doctor_availability WHERE availability_id IN (?, ?)",
                        tenOClock,
                        elevenOClock))
                .isZero();
    }

    @Test
    void aBookingInFlightOnASlotKeptForHistoryRefusesTimeOffAddedMeanwhile() throws Exception {
        long cancelled = book(patient, nineOClock, "Back pain");
        booking.cancel(cancelled, "Feeling better"); // nine o'clock is free again; its row stays for the history
        BookableSlot nine = slots.find(nineOClock).orElseThrow();
        var reserved = new CountDownLatch(1);
        var inFlight =
                CompletableFuture.runAsync(() -> new TransactionTemplate(transactions).executeWithoutResult(tx -> {
                    assertThat(slots.reserve(nine)).isTrue();
                    reserved.countDown();
                    // Taken, not yet committed, until the doctor's time off waits for it.
                    LockWaits.awaitAnotherTransactionWaiting(jdbc);
                }));
        assertThat(reserved.await(10, TimeUnit.SECONDS)).isTrue();
        SignIn.as(doctor.userId(), Roles.DOCTOR);

        // The time off waits for the booking, whose guard holds the slot's row and read the doctor's time off with
        // locks; the slot cannot be deleted (a cancelled appointment refers to it), so the time off reads again,
        // finds it booked by an appointment nobody was shown, and refuses.
        var refused = catchThrowableOfType(
                InvalidInputException.class, () -> timeOffs.addTimeOff(doctor.doctorId(), wholeDay("Congress")));
        inFlight.get(10, TimeUnit.SECONDS);

        assertThat(refused.fieldErrors()).containsKey("bookedSlots");
        assertThat(fixture.count("SELECT COUNT(*) FROM doctor_time_off WHERE doctor_id = ?", doctor.doctorId()))
                .isZero();
        assertThat(fixture.isBooked(nineOClock)).isTrue();
    }

    private long book(PatientSummary who, long slotId, String reason) {
        SignIn.as(who.userId(), Roles.PATIENT);
        return booking.book(slotId, reason);
    }

    private NewTimeOff wholeDay(String reason) {
        return new NewTimeOff(day.atStartOfDay(), day.plusDays(1).atStartOfDay(), reason, false);
    }
}
