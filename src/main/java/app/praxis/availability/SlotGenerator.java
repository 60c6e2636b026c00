package app.praxis.availability;

import app.praxis.base.DaySpan;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Turns weekly hours into WEEKLY slots for a range of days. Idempotent: slots that already match stay, free WEEKLY
 * slots the hours no longer produce go, booked and one-off slots are never touched, and nothing is added where it
 * would overlap a slot that stays or fall into time off. Callers hold the doctor's lock and a transaction. The
 * slots' daily summary follows every slot added or removed ({@link SlotSummaries}).
 */
@Component
class SlotGenerator {

    /** Generated slots go in as one JDBC batch: AUTO_INCREMENT keys keep Hibernate from batching inserts. */
    private static final String INSERT = """
            INSERT INTO doctor_availability (doctor_id, available_date, start_time, end_time, is_booked, source)
            VALUES (?, ?, ?, ?, FALSE, 'WEEKLY')""";

    private static final int BATCH_SIZE = 500;

    private final AvailabilitySlotRepository slots;
    private final WeeklyScheduleRepository schedules;
    private final TimeOffRepository timeOffs;
    private final JdbcTemplate jdbc;
    private final SlotSummaries summaries;

    SlotGenerator(
            AvailabilitySlotRepository slots,
            WeeklyScheduleRepository schedules,
            TimeOffRepository timeOffs,
            JdbcTemplate jdbc,
            SlotSummaries summaries) {
        this.slots = slots;
        this.schedules = schedules;
        this.timeOffs = timeOffs;
        this.jdbc = jdbc;
        this.summaries = summaries;
    }

    /** Regenerates [from, until]; slots starting before {@code now} are history and left as they are. */
    SlotsRegenerated regenerate(long doctorId, LocalDate from, LocalDate until, LocalDateTime now) {
        if (until.isBefore(from)) {
            return new SlotsRegenerated(0, 0);
        }
        Map<LocalDate, List<TimeRange>> wanted = wantedSlots(doctorId, from, until, now);
        List<AvailabilitySlot> existing = slots.findInRange(doctorId, from, until);

        List<Long> unwanted = existing.stream()
                .filter(slot -> slot.getSource() == SlotSource.WEEKLY && !slot.isBooked())
                .filter(slot -> slot.startsAt().isAfter(now))
                .filter(slot -> !wanted.getOrDefault(slot.getDate(), List.of()).contains(rangeOf(slot)))
                .map(AvailabilitySlot::getId)
                .toList();
        int removed = unwanted.isEmpty() ? 0 : summaries.deleteFree(unwanted);
        if (removed > 0) {
            existing = slots.findInRange(doctorId, from, until);
        }

        Map<LocalDate, List<TimeRange>> taken = new HashMap<>();
        existing.forEach(slot ->
                taken.computeIfAbsent(slot.getDate(), d -> new ArrayList<>()).add(rangeOf(slot)));
        var added = new ArrayList<NewSlot>();
        wanted.forEach((date, ranges) -> {
            List<TimeRange> takenOnDate = taken.computeIfAbsent(date, d -> new ArrayList<>());
            for (TimeRange range : ranges) {
                if (takenOnDate.stream().noneMatch(range::overlaps)) {
                    takenOnDate.add(range);
                    added.add(new NewSlot(date, range));
                }
            }
        });
        jdbc.batchUpdate(INSERT, added, BATCH_SIZE, (statement, slot) -> {
            statement.setLong(1, doctorId);
            statement.setObject(2, slot.date());
            statement.setObject(3, slot.range().start());
            statement.setObject(4, slot.range().end());
        });
        summaries.generated(
                doctorId,
                added.stream()
                        .map(slot -> new SlotSummaries.SlotOnDay(
                                slot.date(), slot.range().start(), slot.range().end()))
                        .toList());
        return new SlotsRegenerated(added.size(), removed);
    }

    /** The slots the weekly hours produce in the range, minus those already started and those inside time off. */
    private Map<LocalDate, List<TimeRange>> wantedSlots(
            long doctorId, LocalDate from, LocalDate until, LocalDateTime now) {
        List<WeeklySchedule> hours = schedules.findByDoctor(doctorId);
        List<TimeOff> off = timeOffs.findOverlapping(
                doctorId, from.atStartOfDay(), until.plusDays(1).atStartOfDay());
        Map<LocalDate, List<TimeRange>> wanted = new HashMap<>();
        for (LocalDate date = from; !date.isAfter(until); date = date.plusDays(1)) {
            for (WeeklySchedule interval : hours) {
                for (TimeRange range : interval.slotsOn(date)) {
                    LocalDateTime start = date.atTime(range.start());
                    LocalDateTime end = DaySpan.end(date, range.end());
                    if (start.isAfter(now) && off.stream().noneMatch(t -> t.overlaps(start, end))) {
                        wanted.computeIfAbsent(date, d -> new ArrayList<>()).add(range);
                    }
                }
            }
        }
        return wanted;
    }

    private record NewSlot(LocalDate date, TimeRange range) {}

    private static TimeRange rangeOf(AvailabilitySlot slot) {
        return new TimeRange(slot.getStartTime(), slot.getEndTime());
    }
}
