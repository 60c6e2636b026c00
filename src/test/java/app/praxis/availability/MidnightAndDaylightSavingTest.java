package app.praxis.availability;

import static app.praxis.availability.AvailabilityServiceTest.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import app.praxis.base.InvalidInputException;
import app.praxis.doctor.DoctorService;
import app.praxis.doctor.DoctorSummary;
import app.praxis.support.IntegrationTest;
import app.praxis.support.SignIn;
import app.praxis.support.TestClock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Wall-clock spans at the edges of a day and on the nights the clocks change (Europe/Berlin). */
@IntegrationTest
class MidnightAndDaylightSavingTest {

    /** The last Sunday of March 2027: at 02:00 the clocks jump to 03:00. */
    private static final LocalDate SPRING_FORWARD = LocalDate.of(2027, 3, 28);

    @Autowired
    AvailabilityService availability;

    @Autowired
    AvailabilityPreview preview;

    @Autowired
    TimeOffService timeOff;

    @Autowired
    DoctorService doctorService;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestClock clock;

    DoctorSummary doctor;
    LocalDate day;

    @BeforeEach
    void aDoctorOnAFixedWednesday() {
        clock.setTo(LocalDateTime.of(2026, 12, 2, 10, 0));
        doctor = Doctors.create(doctorService, "Midnight");
        Doctors.signInAs(doctor);
        day = LocalDate.of(2026, 12, 10);
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void aSlotMayRunUntilMidnightAndKeepsItsDay() {
        List<CalendarSlot> added = availability.addSlots(
                doctor.doctorId(),
                new NewSlots(day.atTime(23, 0), day.plusDays(1).atStartOfDay(), 30));

        assertThat(added).extracting(CalendarSlot::date).containsOnly(day);
        assertThat(added).extracting(CalendarSlot::start).containsExactly(at("23:00"), at("23:30"));
        assertThat(added.getLast().endsAt()).isEqualTo(day.plusDays(1).atStartOfDay());
        assertThat(jdbc.sql("SELECT end_time FROM doctor_availability WHERE availability_id = ?")
                        .param(added.getLast().id())
                        .query(LocalTime.class)
                        .single())
                .isEqualTo(LocalTime.MIDNIGHT);
        assertThat(availability
                        .calendar(doctor.doctorId(), day.plusDays(1), day.plusDays(1))
                        .slots())
                .isEmpty();
    }

    @Test
    void aSlotEndingAtMidnightStillClashesWithOneOverlappingIt() {
        availability.addSlots(
                doctor.doctorId(),
                new NewSlots(day.atTime(23, 30), day.plusDays(1).atStartOfDay(), 30));

        assertThat(errorsOf(new NewSlots(day.atTime(23, 45), day.plusDays(1).atStartOfDay(), 15)))
                .isEqualTo(Map.of("start", "Overlaps the free slot 23:30–00:00"));
        assertThat(errorsOf(new NewSlots(day.atTime(23, 0), day.plusDays(1).atStartOfDay(), 60)))
                .containsKey("start");
        // The next morning is another day: a slot at 00:00–00:30 does not touch 23:30–00:00.
        assertThat(availability.addSlots(
                        doctor.doctorId(),
                        new NewSlots(
                                day.plusDays(1).atStartOfDay(), day.plusDays(1).atTime(0, 30), 30)))
                .hasSize(1);
    }

    @Test
    void aSlotCannotReachPastMidnightIntoTheNextDay() {
        assertThat(errorsOf(new NewSlots(day.atTime(23, 30), day.plusDays(1).atTime(0, 30), 30)))
                .containsEntry("end", "A slot ends on the day it starts, at midnight at the latest");
    }

    @Test
    void weeklyHoursMayRunUntilMidnight() {
        LocalDate friday = day.with(java.time.temporal.TemporalAdjusters.next(DayOfWeek.FRIDAY));
        availability.saveWeeklyHours(
                doctor.doctorId(),
                new WeeklyHours(
                        List.of(new WeeklyInterval(DayOfWeek.FRIDAY, at("22:00"), LocalTime.MIDNIGHT)),
                        30,
                        0,
                        LocalDate.now(clock),
                        null));

        List<CalendarSlot> slots = availability
                .calendar(doctor.doctorId(), friday, friday.plusDays(1))
                .slots();
        assertThat(slots).extracting(CalendarSlot::date).containsOnly(friday);
        assertThat(slots)
                .extracting(CalendarSlot::start)
                .containsExactly(at("22:00"), at("22:30"), at("23:00"), at("23:30"));
        assertThat(preview.check(doctor.doctorId(), friday.atTime(23, 50)).verdict())
                .isEqualTo(SlotVerdict.BOOKABLE);
    }

    @Test
    void timeOffFromLateEveningHidesTheSlotThatRunsToMidnight() {
        List<CalendarSlot> added = availability.addSlots(
                doctor.doctorId(),
                new NewSlots(day.atTime(23, 0), day.plusDays(1).atStartOfDay(), 30));

        timeOff.addTimeOff(
                doctor.doctorId(),
                new NewTimeOff(day.atTime(23, 45), day.plusDays(1).atTime(8, 0), "Night off", false));

        assertThat(preview.bookableSlots(doctor.doctorId()))
                .extracting(CalendarSlot::id)
                .containsExactly(added.getFirst().id());
        assertThat(preview.check(doctor.doctorId(), day.atTime(23, 50)).verdict())
                .isEqualTo(SlotVerdict.TIME_OFF);
    }

    @Test
    void inTheWeekTheClocksGoForwardEveryDayHasTheSameWallClockSlots() {
        clock.setTo(SPRING_FORWARD.minusDays(6).atTime(8, 0)); // Monday of that week
        availability.saveWeeklyHours(
                doctor.doctorId(),
                new WeeklyHours(
                        List.of(DayOfWeek.values()).stream()
                                .map(weekday -> new WeeklyInterval(weekday, at("09:00"), at("12:00")))
                                .toList(),
                        30,
                        0,
                        LocalDate.now(clock),
                        null));

        var slots = availability
                .calendar(doctor.doctorId(), SPRING_FORWARD.minusDays(6), SPRING_FORWARD.plusDays(1))
                .slots();
        assertThat(slots).hasSize(8 * 6);
        assertThat(slots)
                .extracting(CalendarSlot::start)
                .containsOnly(at("09:00"), at("09:30"), at("10:00"), at("10:30"), at("11:00"), at("11:30"));
    }

    @Test
    void onTheNightTheClocksGoForwardTheNoticeIsCountedInRealHours() {
        clock.setTo(SPRING_FORWARD.atTime(1, 30)); // 01:30 CET; two real hours later it is 04:30 CEST
        List<CalendarSlot> added = availability.addSlots(
                doctor.doctorId(), new NewSlots(SPRING_FORWARD.atTime(4, 0), SPRING_FORWARD.atTime(5, 0), 30));

        assertThat(preview.check(doctor.doctorId(), SPRING_FORWARD.atTime(4, 10))
                        .verdict())
                .isEqualTo(SlotVerdict.INSIDE_MINIMUM_NOTICE);
        assertThat(preview.check(doctor.doctorId(), SPRING_FORWARD.atTime(4, 40))
                        .verdict())
                .isEqualTo(SlotVerdict.BOOKABLE);
        assertThat(preview.bookableSlots(doctor.doctorId()))
                .extracting(CalendarSlot::id)
                .containsExactly(added.getLast().id());
    }

    private Map<String, String> errorsOf(NewSlots request) {
        var refusal = catchThrowableOfType(
                InvalidInputException.class, () -> availability.addSlots(doctor.doctorId(), request));
        assertThat(refusal).as("expected a refusal of " + request).isNotNull();
        return refusal.fieldErrors();
    }
}
