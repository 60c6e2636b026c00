package app.praxis.availability;

import static app.praxis.availability.AvailabilityServiceTest.at;
import static org.assertj.core.api.Assertions.assertThat;

import app.praxis.doctor.DoctorService;
import app.praxis.doctor.DoctorSummary;
import app.praxis.support.IntegrationTest;
import app.praxis.support.SignIn;
import app.praxis.support.TestClock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
class AvailabilityPreviewTest {

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
    LocalDate monday;

    @BeforeEach
    void aDoctorWithMondayMornings() {
        doctor = Doctors.create(doctorService, "Preview");
        Doctors.signInAs(doctor);
        monday = LocalDate.now(clock).with(TemporalAdjusters.next(DayOfWeek.MONDAY));
        saveMondayMornings();
    }

    /** Mondays 09:00–12:00 in 30-minute slots 30 minutes apart (09:00, 10:00, 11:00), from today on. */
    private void saveMondayMornings() {
        availability.saveWeeklyHours(
                doctor.doctorId(),
                new WeeklyHours(
                        List.of(new WeeklyInterval(DayOfWeek.MONDAY, at("09:00"), at("12:00"))),
                        30,
                        30,
                        LocalDate.now(clock),
                        null));
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void patientsSeeTheFreeSlotsOfTheComingTwoWeeks() {
        // Two weeks from today, today included: on a Monday that is today and next Monday, not the one after.
        LocalDate today = LocalDate.now(clock);
        LocalDateTime earliest = ZonedDateTime.now(clock).plusHours(2).toLocalDateTime();
        List<LocalDateTime> mondayMornings = today.datesUntil(today.plusDays(14))
                .filter(day -> day.getDayOfWeek() == DayOfWeek.MONDAY)
                .flatMap(day -> Stream.of(9, 10, 11).map(hour -> day.atTime(hour, 0))) // 30 min + 30 buffer
                .filter(start -> !start.isBefore(earliest))
                .toList();

        assertThat(preview.bookableSlots(doctor.doctorId()))
                .extracting(CalendarSlot::startsAt)
                .containsExactlyElementsOf(mondayMornings)
                .hasSizeGreaterThanOrEqualTo(3);
    }

    @Test
    void onAMondayTheTwoWeeksAreThisMondayAndTheNext() {
        LocalDate aMonday = LocalDate.of(2026, 11, 30);
        clock.setTo(aMonday.atTime(0, 5));
        saveMondayMornings();

        assertThat(preview.bookableSlots(doctor.doctorId()))
                .extracting(CalendarSlot::date)
                .containsOnly(aMonday, aMonday.plusWeeks(1))
                .hasSize(6);
    }

    @Test
    void eachTimeWithoutABookableSlotSaysWhy() {
        CalendarSlot first =
                availability.calendar(doctor.doctorId(), monday, monday).slots().getFirst();
        jdbc.sql("UPDATE doctor_availability SET is_booked = TRUE WHERE availability_id = ?")
                .param(first.id())
                .update();
        LocalDate tuesday = monday.plusDays(1);
        timeOff.addTimeOff(
                doctor.doctorId(),
                new NewTimeOff(tuesday.atStartOfDay(), tuesday.plusDays(1).atStartOfDay(), "Off", false));

        assertThat(verdictAt(monday.atTime(9, 10))).isEqualTo(SlotVerdict.ALREADY_BOOKED);
        assertThat(verdictAt(monday.atTime(10, 0))).isEqualTo(SlotVerdict.BOOKABLE);
        assertThat(verdictAt(monday.atTime(9, 40))).isEqualTo(SlotVerdict.NO_SLOT_WITHIN_HOURS);
        assertThat(verdictAt(monday.atTime(15, 0))).isEqualTo(SlotVerdict.OUTSIDE_WEEKLY_HOURS);
        assertThat(verdictAt(tuesday.atTime(10, 0))).isEqualTo(SlotVerdict.TIME_OFF);
        assertThat(verdictAt(LocalDateTime.now(clock).minusHours(1))).isEqualTo(SlotVerdict.IN_THE_PAST);
        assertThat(preview.check(doctor.doctorId(), tuesday.atTime(10, 0)).explanation())
                .endsWith("(Off)");
    }

    @Test
    void aSlotInsideTheMinimumNoticeIsNotBookable() {
        // Half an hour from now; a slot keeps its day, so after 23:30 take the next day's first half hour.
        LocalDateTime inHalfAnHour =
                LocalDateTime.now(clock).plusMinutes(30).withSecond(0).withNano(0);
        LocalDateTime soon = inHalfAnHour.toLocalTime().isAfter(LocalTime.of(23, 30))
                ? inHalfAnHour.toLocalDate().plusDays(1).atStartOfDay()
                : inHalfAnHour;
        availability.addSlots(doctor.doctorId(), new NewSlots(soon, soon.plusMinutes(30), 30));

        assertThat(verdictAt(soon.plusMinutes(5))).isEqualTo(SlotVerdict.INSIDE_MINIMUM_NOTICE);
        assertThat(preview.check(doctor.doctorId(), soon.plusMinutes(5)).explanation())
                .contains("at least 2 h ahead");
        assertThat(preview.bookableSlots(doctor.doctorId()))
                .noneMatch(slot -> slot.startsAt().equals(soon));
    }

    private SlotVerdict verdictAt(LocalDateTime at) {
        return preview.check(doctor.doctorId(), at).verdict();
    }
}
