package app.praxis.availability;

import static app.praxis.availability.AvailabilityServiceTest.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.praxis.base.Formats;
import app.praxis.base.InvalidInputException;
import app.praxis.base.Language;
import app.praxis.doctor.DoctorService;
import app.praxis.doctor.DoctorSummary;
import app.praxis.support.IntegrationTest;
import app.praxis.support.LockWaits;
import app.praxis.support.SignIn;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

@IntegrationTest
class TimeOffTest {

    @Autowired
    AvailabilityService availability;

    @Autowired
    TimeOffService timeOff;

    @Autowired
    DoctorService doctorService;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @Autowired
    SlotReservations reservations;

    @Autowired
    PlatformTransactionManager transactions;

    DoctorSummary doctor;
    LocalDate monday;

    @BeforeEach
    void aDoctorWithMondayHours() {
        doctor = Doctors.create(doctorService, "Holiday");
        Doctors.signInAs(doctor);
        monday = LocalDate.now(clock).plusWeeks(1).with(TemporalAdjusters.next(DayOfWeek.MONDAY));
        availability.saveWeeklyHours(
                doctor.doctorId(),
                new WeeklyHours(
                        List.of(new WeeklyInterval(DayOfWeek.MONDAY, at("09:00"), at("12:00"))),
                        60,
                        0,
                        LocalDate.now(clock),
                        null));
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void timeOffWithoutBookingsRemovesTheFreeSlotsInsideIt() {
        TimeOffAdded added = timeOff.addTimeOff(
                doctor.doctorId(), new NewTimeOff(monday.atTime(9, 30), monday.atTime(11, 0), "Dentist", false));

        assertThat(added.freeSlotsRemoved()).isEqualTo(2);
        assertThat(added.bookedSlotsKept()).isEmpty();
        DoctorCalendar calendar = availability.calendar(doctor.doctorId(), monday, monday);
        assertThat(calendar.slots()).extracting(CalendarSlot::start).containsExactly(at("11:00"));
        assertThat(calendar.timeOff()).extracting(TimeOffEntry::reason).containsExactly("Dentist");
    }

    @Test
    void timeOffOverBookedSlotsIsRefusedNamingThemUntilTheDoctorKeepsThem() {
        CalendarSlot booked =
                availability.calendar(doctor.doctorId(), monday, monday).slots().get(1);
        jdbc.sql("UPDATE doctor_availability SET is_booked = TRUE WHERE availability_id = ?")
                .param(booked.id())
                .update();
        var wholeDay = new NewTimeOff(monday.atStartOfDay(), monday.plusDays(1).atStartOfDay(), "Ill", false);

        assertThatThrownBy(() -> timeOff.addTimeOff(doctor.doctorId(), wholeDay))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(
                                ((InvalidInputException) e).fieldErrors().get("bookedSlots"))
                        .contains("1 booked appointment falls inside")
                        .contains(Formats.of(Language.ENGLISH).date(monday) + " 10:00"));
        assertThat(availability.calendar(doctor.doctorId(), monday, monday).slots())
                .hasSize(3);
        assertThat(timeOff.bookedSlotsIn(doctor.doctorId(), wholeDay.startsAt(), wholeDay.endsAt()))
                .extracting(CalendarSlot::id)
                .containsExactly(booked.id());

        TimeOffAdded added = timeOff.addTimeOff(
                doctor.doctorId(), new NewTimeOff(wholeDay.startsAt(), wholeDay.endsAt(), "Ill", true));

        assertThat(added.freeSlotsRemoved()).isEqualTo(2);
        assertThat(added.bookedSlotsKept()).extracting(CalendarSlot::id).containsExactly(booked.id());
        assertThat(availability.calendar(doctor.doctorId(), monday, monday).slots())
                .extracting(CalendarSlot::id)
                .containsExactly(booked.id());
    }

    @Test
    void aBookingInFlightWhileTimeOffIsAddedRefusesTheTimeOffInsteadOfBeingKeptUnseen() throws Exception {
        CalendarSlot slot =
                availability.calendar(doctor.doctorId(), monday, monday).slots().get(1);
        var reserved = new CountDownLatch(1);
        var booking =
                CompletableFuture.runAsync(() -> new TransactionTemplate(transactions).executeWithoutResult(tx -> {
                    assertThat(reservations.reserve(reservations.find(slot.id()).orElseThrow()))
                            .isTrue();
                    reserved.countDown();
                    // Still uncommitted until the time off, reading its slots, waits for this booking's lock.
                    LockWaits.awaitAnotherTransactionWaiting(jdbc);
                }));
        assertThat(reserved.await(10, TimeUnit.SECONDS)).isTrue();

        assertThatThrownBy(() -> timeOff.addTimeOff(
                        doctor.doctorId(),
                        new NewTimeOff(monday.atStartOfDay(), monday.plusDays(1).atStartOfDay(), "Ill", false)))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e ->
                        assertThat(((InvalidInputException) e).fieldErrors()).containsKey("bookedSlots"));
        booking.get(10, TimeUnit.SECONDS);

        assertThat(availability.calendar(doctor.doctorId(), monday, monday).timeOff())
                .isEmpty();
        assertThat(availability.calendar(doctor.doctorId(), monday, monday).slots())
                .hasSize(3);
    }

    @Test
    void theGuardRefusesAFreeSlotThatTimeOffCoveredAfterItWasChecked() {
        CalendarSlot slot =
                availability.calendar(doctor.doctorId(), monday, monday).slots().get(0);
        BookableSlot checked = reservations.find(slot.id()).orElseThrow();
        assertThat(checked.duringTimeOff()).isFalse();
        // Time off written behind the calendar's back, as a concurrent transaction would have committed it after
        // the booking's checks (the calendar itself removes free slots inside time off).
        jdbc.sql("INSERT INTO doctor_time_off (doctor_id, starts_at, ends_at, reason) VALUES (?, ?, ?, 'Ill')")
                .params(doctor.doctorId(), monday.atTime(8, 0), monday.atTime(13, 0))
                .update();

        Boolean taken = new TransactionTemplate(transactions).execute(tx -> reservations.reserve(checked));

        assertThat(taken).isFalse();
        assertThat(reservations.find(slot.id()).orElseThrow().booked()).isFalse();
    }

    @Test
    void weeklyHoursGenerateNoSlotsInsideTimeOffAndRemovingItBringsThemBack() {
        TimeOffAdded added = timeOff.addTimeOff(
                doctor.doctorId(),
                new NewTimeOff(monday.atStartOfDay(), monday.plusDays(1).atStartOfDay(), null, false));
        availability.saveWeeklyHours(doctor.doctorId(), availability.weeklyHours(doctor.doctorId()));
        assertThat(availability.calendar(doctor.doctorId(), monday, monday).slots())
                .isEmpty();

        SlotsRegenerated back =
                timeOff.deleteTimeOff(doctor.doctorId(), added.timeOff().id());

        assertThat(back.added()).isEqualTo(3);
        assertThat(availability.calendar(doctor.doctorId(), monday, monday).slots())
                .hasSize(3);
    }

    @Test
    void oneOffSlotsCannotBeAddedInsideTimeOff() {
        timeOff.addTimeOff(
                doctor.doctorId(), new NewTimeOff(monday.atTime(13, 0), monday.atTime(18, 0), "Training", false));

        assertThatThrownBy(() -> availability.addSlots(
                        doctor.doctorId(), new NewSlots(monday.atTime(14, 0), monday.atTime(15, 0), 30)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("Falls into your time off (Training)");
    }

    @Test
    void timeOffThatEndsBeforeItStartsGetsAMessageOnItsEnd() {
        assertThatThrownBy(() -> timeOff.addTimeOff(
                        doctor.doctorId(), new NewTimeOff(monday.atTime(12, 0), monday.atTime(9, 0), null, false)))
                .isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).fieldErrors())
                .isEqualTo(java.util.Map.of("endsAt", "The end must be after the start"));
    }
}
