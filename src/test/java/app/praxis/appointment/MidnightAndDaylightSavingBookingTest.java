package app.praxis.appointment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import app.praxis.base.InvalidInputException;
import app.praxis.doctor.DoctorSummary;
import app.praxis.patient.PatientSummary;
import app.praxis.security.Roles;
import app.praxis.support.IntegrationTest;
import app.praxis.support.SignIn;
import app.praxis.support.TestClock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Booking at the edges of a day and on the nights the clocks change (Europe/Berlin). */
@IntegrationTest
class MidnightAndDaylightSavingBookingTest {

    /** 28 March 2027: at 02:00 CET the clocks jump to 03:00 CEST. */
    private static final LocalDate SPRING_FORWARD = LocalDate.of(2027, 3, 28);
    /** 25 October 2026: at 03:00 CEST the clocks go back to 02:00 CET. */
    private static final LocalDate FALL_BACK = LocalDate.of(2026, 10, 25);

    @Autowired
    BookingService booking;

    @Autowired
    AppointmentService appointments;

    @Autowired
    BookingFixture fixture;

    @Autowired
    TestClock clock;

    DoctorSummary doctor;
    PatientSummary patient;

    @BeforeEach
    void setUp() {
        doctor = fixture.doctor("Late");
        patient = fixture.patient("Owl");
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void theSlotBeforeMidnightIsBookedAndItsCalendarFileEndsAtMidnight() {
        LocalDate day = LocalDate.now(clock).plusDays(3);
        long slot = fixture.slot(doctor.doctorId(), day.atTime(23, 30), 30);
        SignIn.as(patient.userId(), Roles.PATIENT);

        long booked = booking.book(slot, "Night shift worker");

        AppointmentRow row = appointments.myAppointments().upcoming().stream()
                .filter(r -> r.id() == booked)
                .findFirst()
                .orElseThrow();
        assertThat(row.endsAt()).isEqualTo(day.plusDays(1).atStartOfDay());
        String ics = appointments.calendarFile(booked).content();
        assertThat(ics)
                .contains(
                        "DTSTART:" + utc(day.atTime(23, 30)),
                        "DTEND:" + utc(day.plusDays(1).atStartOfDay()));
    }

    @Test
    void aPatientCannotHoldTwoAppointmentsThatOverlapBeforeMidnight() {
        LocalDate day = LocalDate.now(clock).plusDays(3);
        long late = fixture.slot(doctor.doctorId(), day.atTime(23, 30), 30);
        DoctorSummary other = fixture.doctor("Nightowl");
        long overlapping = fixture.slot(other.doctorId(), day.atTime(23, 45), 15);
        long nextMorning = fixture.slot(other.doctorId(), day.plusDays(1).atStartOfDay(), 30);
        SignIn.as(patient.userId(), Roles.PATIENT);
        booking.book(late, "First");

        var refusal = catchThrowableOfType(InvalidInputException.class, () -> booking.book(overlapping, "Second"));

        assertThat(refusal).isNotNull();
        assertThat(refusal.fieldErrors()).containsKey(BookingService.SLOT);
        assertThat(booking.book(nextMorning, "Right after midnight")).isPositive();
    }

    @Test
    void onTheNightTheClocksGoForwardTwoHoursNoticeAreTwoRealHours() {
        clock.setTo(SPRING_FORWARD.atTime(1, 30)); // 00:30 UTC
        long fourOClock = fixture.slot(doctor.doctorId(), SPRING_FORWARD.atTime(4, 0)); // 02:00 UTC: 1.5 h away
        long halfPastFour = fixture.slot(doctor.doctorId(), SPRING_FORWARD.atTime(4, 30)); // 02:30 UTC: 2 h away
        SignIn.as(patient.userId(), Roles.PATIENT);

        var refusal = catchThrowableOfType(InvalidInputException.class, () -> booking.book(fourOClock, "Early"));
        assertThat(refusal).isNotNull();
        assertThat(refusal.fieldErrors().get(BookingService.SLOT)).contains("at least 2 hours ahead");
        assertThat(booking.book(halfPastFour, "Early")).isPositive();
    }

    @Test
    void onTheNightTheClocksGoForwardTheCancellationCutOffIsCountedInRealHours() {
        clock.setTo(SPRING_FORWARD.minusDays(1).atTime(12, 0));
        long slot = fixture.slot(doctor.doctorId(), SPRING_FORWARD.atTime(4, 0));
        SignIn.as(patient.userId(), Roles.PATIENT);
        long booked = booking.book(slot, "Early");

        clock.setTo(SPRING_FORWARD.atTime(1, 45)); // 2:15 on the wall clock before 04:00, but 1:15 of real time

        var refusal = catchThrowableOfType(InvalidInputException.class, () -> booking.cancel(booked, "Overslept"));
        assertThat(refusal).isNotNull();
        assertThat(refusal.fieldErrors().get(BookingService.APPOINTMENT)).contains("up to 2 hours before");
    }

    @Test
    void onTheNightTheClocksGoBackTheRepeatedHourCountsTowardsTheNotice() {
        clock.setTo(FALL_BACK.atTime(1, 30)); // 01:30 CEST = 23:30 UTC the day before
        long three = fixture.slot(doctor.doctorId(), FALL_BACK.atTime(3, 0)); // 03:00 CET = 02:00 UTC: 2.5 h away
        SignIn.as(patient.userId(), Roles.PATIENT);

        // Only 1.5 h apart on the wall clock, yet two and a half real hours ahead: bookable.
        assertThat(booking.book(three, "After the clocks went back")).isPositive();
    }

    /** How the calendar file writes a clinic-local time: in UTC, as 20261203T223000Z. */
    private String utc(LocalDateTime wallClock) {
        return DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
                .format(wallClock.atZone(clock.getZone()).withZoneSameInstant(ZoneOffset.UTC));
    }
}
