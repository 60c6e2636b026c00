package app.praxis.availability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.praxis.base.InvalidInputException;
import app.praxis.doctor.DoctorService;
import app.praxis.doctor.DoctorSummary;
import app.praxis.support.IntegrationTest;
import app.praxis.support.SignIn;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
class AvailabilityServiceTest {

    @Autowired
    AvailabilityService availability;

    @Autowired
    DoctorService doctorService;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    DoctorSummary doctor;
    LocalDate monday;

    @BeforeEach
    void signInAsANewDoctor() {
        doctor = Doctors.create(doctorService, "Weekly");
        Doctors.signInAs(doctor);
        monday = LocalDate.now(clock).plusWeeks(1).with(TemporalAdjusters.next(DayOfWeek.MONDAY));
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void savingWeeklyHoursGeneratesTheSlotsOfEveryIntervalForTheHorizon() {
        availability.saveWeeklyHours(doctor.doctorId(), mondayHours(30, 0));

        List<CalendarSlot> monday = slotsOn(this.monday);
        assertThat(monday)
                .extracting(CalendarSlot::start)
                .containsExactly(
                        at("09:00"),
                        at("09:30"),
                        at("10:00"),
                        at("10:30"),
                        at("11:00"),
                        at("11:30"),
                        at("14:00"),
                        at("14:30"),
                        at("15:00"),
                        at("15:30"),
                        at("16:00"),
                        at("16:30"),
                        at("17:00"));
        assertThat(monday).allMatch(slot -> slot.source() == SlotSource.WEEKLY && !slot.booked());
        assertThat(slotsOn(this.monday.plusDays(1))).isEmpty();
        LocalDate lastMondayInHorizon =
                LocalDate.now(clock).plusWeeks(8).minusDays(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        assertThat(slotsOn(lastMondayInHorizon)).hasSize(13);
        assertThat(slotsOn(lastMondayInHorizon.plusWeeks(1))).isEmpty();
    }

    @Test
    void aBufferSeparatesGeneratedSlots() {
        availability.saveWeeklyHours(doctor.doctorId(), mondayHours(45, 15));

        assertThat(slotsOn(monday))
                .extracting(CalendarSlot::start)
                .containsExactly(at("09:00"), at("10:00"), at("11:00"), at("14:00"), at("15:00"), at("16:00"));
    }

    @Test
    void savingTheSameHoursTwiceChangesNothing() {
        availability.saveWeeklyHours(doctor.doctorId(), mondayHours(30, 0));
        List<CalendarSlot> before = allSlots();

        SlotsRegenerated second = availability.saveWeeklyHours(doctor.doctorId(), mondayHours(30, 0));

        assertThat(second).isEqualTo(new SlotsRegenerated(0, 0));
        assertThat(allSlots()).isEqualTo(before);
        assertThat(jdbc.sql("""
                        SELECT COUNT(*) FROM doctor_availability
                        WHERE doctor_id = ? GROUP BY available_date, start_time HAVING COUNT(*) > 1""").param(doctor.doctorId()).query(Long.class).list())
                .isEmpty();
    }

    @Test
    void changingTheHoursLeavesBookedSlotsWhereTheyAreAndAddsNothingOverThem() {
        availability.saveWeeklyHours(doctor.doctorId(), mondayHours(30, 0));
        CalendarSlot booked = slotsOn(monday).get(1); // 09:30–10:00
        markBooked(booked.id());

        availability.saveWeeklyHours(
                doctor.doctorId(),
                new WeeklyHours(
                        List.of(new WeeklyInterval(DayOfWeek.MONDAY, at("09:15"), at("11:15"))),
                        60,
                        0,
                        LocalDate.now(clock),
                        null));

        assertThat(slotsOn(monday))
                .extracting(CalendarSlot::start, CalendarSlot::end, CalendarSlot::booked)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(at("09:30"), at("10:00"), true),
                        org.assertj.core.groups.Tuple.tuple(at("10:15"), at("11:15"), false));
    }

    @Test
    void hoursSavedWeeksAgoCanBeSavedAgainUnchanged() {
        availability.saveWeeklyHours(doctor.doctorId(), mondayHours(30, 0));
        jdbc.sql("UPDATE weekly_schedules SET valid_from = ? WHERE doctor_id = ?")
                .param(LocalDate.now(clock).minusWeeks(3))
                .param(doctor.doctorId())
                .update();

        WeeklyHours shown = availability.weeklyHours(doctor.doctorId());

        assertThat(shown.validFrom()).isEqualTo(LocalDate.now(clock));
        assertThat(availability.saveWeeklyHours(doctor.doctorId(), shown)).isEqualTo(new SlotsRegenerated(0, 0));
    }

    @Test
    void oneOffSlotsAreCutFromTheSelectedRange() {
        List<CalendarSlot> added =
                availability.addSlots(doctor.doctorId(), new NewSlots(monday.atTime(8, 0), monday.atTime(9, 10), 20));

        assertThat(added).extracting(CalendarSlot::start).containsExactly(at("08:00"), at("08:20"), at("08:40"));
        assertThat(added).allMatch(slot -> slot.source() == SlotSource.ONE_OFF);
    }

    @Test
    void aRangeOverlappingASlotIsRefusedAndNothingIsSaved() {
        availability.addSlots(doctor.doctorId(), new NewSlots(monday.atTime(8, 0), monday.atTime(9, 0), 30));

        assertThatThrownBy(() -> availability.addSlots(
                        doctor.doctorId(), new NewSlots(monday.atTime(7, 0), monday.atTime(8, 30), 30)))
                .isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).fieldErrors())
                .isEqualTo(java.util.Map.of("start", "Overlaps the free slot 08:00–08:30"));
        assertThat(allSlots()).hasSize(2);
    }

    @Test
    void badRangesGetAMessageForTheirField() {
        assertThat(errorsOf(new NewSlots(monday.atTime(9, 0), monday.atTime(8, 0), 30)))
                .containsEntry("end", "The end must be after the start");
        assertThat(errorsOf(new NewSlots(monday.atTime(9, 0), monday.atTime(10, 0), 5)))
                .containsEntry("slotMinutes", "Between 10 and 120 minutes");
        assertThat(errorsOf(new NewSlots(
                        LocalDateTime.now(clock).minusDays(1),
                        LocalDateTime.now(clock).minusDays(1).plusMinutes(1),
                        30)))
                .containsKey("start");
        assertThat(errorsOf(new NewSlots(monday.atTime(9, 0), monday.atTime(9, 20), 30)))
                .containsEntry("end", "Shorter than one slot (30 min)");
        assertThat(allSlots()).isEmpty();
    }

    @Test
    void weeklyHoursWithOverlappingIntervalsOrABadSlotLengthAreRefusedWithAMessagePerField() {
        var hours = new WeeklyHours(
                List.of(
                        new WeeklyInterval(DayOfWeek.MONDAY, at("09:00"), at("12:00")),
                        new WeeklyInterval(DayOfWeek.MONDAY, at("11:00"), at("13:00")),
                        new WeeklyInterval(DayOfWeek.TUESDAY, at("12:00"), at("11:00"))),
                130,
                0,
                LocalDate.now(clock).minusDays(1),
                LocalDate.now(clock).minusDays(2));

        assertThatThrownBy(() -> availability.saveWeeklyHours(doctor.doctorId(), hours))
                .isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).fieldErrors())
                .isEqualTo(java.util.Map.of(
                        "slotMinutes", "Between 10 and 120 minutes",
                        "validFrom", "Cannot start in the past",
                        "validUntil", "Cannot end before the first day",
                        "intervals[1]", "Overlaps 09:00–12:00 on Monday",
                        "intervals[2]", "The end must be after the start"));
        assertThat(availability.weeklyHours(doctor.doctorId()).intervals()).isEmpty();
        assertThat(allSlots()).isEmpty();
    }

    @Test
    void aFreeSlotCanBeMovedAndResizedButNotOntoAnother() {
        List<CalendarSlot> added =
                availability.addSlots(doctor.doctorId(), new NewSlots(monday.atTime(8, 0), monday.atTime(9, 0), 30));

        CalendarSlot moved = availability.moveSlot(
                doctor.doctorId(), added.get(1).id(), new SlotTimes(monday.atTime(10, 0), monday.atTime(10, 50)));
        assertThat(moved.start()).isEqualTo(at("10:00"));
        assertThat(moved.end()).isEqualTo(at("10:50"));

        assertThatThrownBy(() -> availability.moveSlot(
                        doctor.doctorId(), moved.id(), new SlotTimes(monday.atTime(8, 15), monday.atTime(8, 45))))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("Overlaps the free slot 08:00–08:30");
    }

    @Test
    void aBookedSlotCannotBeMovedResizedOrDeleted() {
        CalendarSlot slot = availability
                .addSlots(doctor.doctorId(), new NewSlots(monday.atTime(8, 0), monday.atTime(8, 30), 30))
                .getFirst();
        markBooked(slot.id());

        assertThatThrownBy(() -> availability.moveSlot(
                        doctor.doctorId(), slot.id(), new SlotTimes(monday.atTime(10, 0), monday.atTime(10, 30))))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("A booked slot cannot be moved");
        assertThatThrownBy(() -> availability.deleteSlot(doctor.doctorId(), slot.id()))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("A booked slot cannot be deleted");
        assertThat(allSlots()).singleElement().extracting(CalendarSlot::start).isEqualTo(at("08:00"));
    }

    @Test
    void aFreeSlotCanBeDeleted() {
        CalendarSlot slot = availability
                .addSlots(doctor.doctorId(), new NewSlots(monday.atTime(8, 0), monday.atTime(8, 30), 30))
                .getFirst();

        availability.deleteSlot(doctor.doctorId(), slot.id());

        assertThat(allSlots()).isEmpty();
    }

    private java.util.Map<String, String> errorsOf(NewSlots request) {
        try {
            availability.addSlots(doctor.doctorId(), request);
        } catch (InvalidInputException e) {
            return e.fieldErrors();
        }
        throw new AssertionError("expected the range to be refused: " + request);
    }

    private WeeklyHours mondayHours(int slotMinutes, int bufferMinutes) {
        return new WeeklyHours(
                List.of(
                        new WeeklyInterval(DayOfWeek.MONDAY, at("09:00"), at("12:00")),
                        new WeeklyInterval(DayOfWeek.MONDAY, at("14:00"), at("17:30"))),
                slotMinutes,
                bufferMinutes,
                LocalDate.now(clock),
                null);
    }

    private List<CalendarSlot> slotsOn(LocalDate date) {
        return availability.calendar(doctor.doctorId(), date, date).slots();
    }

    private List<CalendarSlot> allSlots() {
        return availability
                .calendar(
                        doctor.doctorId(),
                        LocalDate.now(clock),
                        LocalDate.now(clock).plusWeeks(10))
                .slots();
    }

    private void markBooked(long slotId) {
        jdbc.sql("UPDATE doctor_availability SET is_booked = TRUE WHERE availability_id = ?")
                .param(slotId)
                .update();
    }

    static LocalTime at(String time) {
        return LocalTime.parse(time);
    }
}
