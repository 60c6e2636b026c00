package app.praxis.availability;

import app.praxis.base.DaySpan;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** The rules typed calendar input must meet, as field → message (empty when all is well). */
final class SlotRules {

    static final int MIN_SLOT_MINUTES = 10;
    static final int MAX_SLOT_MINUTES = 120;
    static final int MAX_BUFFER_MINUTES = 120;
    static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

    private SlotRules() {}

    static Map<String, String> check(WeeklyHours hours, LocalDate today) {
        var errors = new LinkedHashMap<String, String>();
        slotLength(hours.slotMinutes()).ifPresent(message -> errors.put("slotMinutes", message));
        Integer buffer = hours.bufferMinutes();
        if (buffer != null && (buffer < 0 || buffer > MAX_BUFFER_MINUTES)) {
            errors.put("bufferMinutes", "Between 0 and " + MAX_BUFFER_MINUTES + " minutes");
        }
        LocalDate from = hours.validFrom();
        if (from == null) {
            errors.put("validFrom", "Enter the first day these hours apply");
        } else if (from.isBefore(today)) {
            errors.put("validFrom", "Cannot start in the past");
        }
        LocalDate until = hours.validUntil();
        if (until != null && from != null && until.isBefore(from)) {
            errors.put("validUntil", "Cannot end before the first day");
        }
        Integer validSlotMinutes = errors.containsKey("slotMinutes") ? null : hours.slotMinutes();
        checkIntervals(hours.intervals(), validSlotMinutes, errors);
        return errors;
    }

    private static void checkIntervals(
            List<WeeklyInterval> intervals, @Nullable Integer slotMinutes, Map<String, String> errors) {
        for (int i = 0; i < intervals.size(); i++) {
            WeeklyInterval interval = intervals.get(i);
            String field = WeeklyHours.intervalField(i);
            if (interval.start() == null || interval.end() == null) {
                errors.put(field, "Enter a start and an end time");
            } else if (!DaySpan.isPositive(interval.start(), interval.end())) {
                errors.put(field, "The end must be after the start");
            } else if (slotMinutes != null && new TimeRange(interval.start(), interval.end()).minutes() < slotMinutes) {
                errors.put(field, "Shorter than one slot (" + slotMinutes + " min)");
            } else {
                overlapWithEarlier(intervals, i).ifPresent(message -> errors.put(field, message));
            }
        }
    }

    private static Optional<String> overlapWithEarlier(List<WeeklyInterval> intervals, int index) {
        WeeklyInterval interval = intervals.get(index);
        for (int j = 0; j < index; j++) {
            WeeklyInterval earlier = intervals.get(j);
            if (earlier.day() == interval.day()
                    && earlier.start() != null
                    && earlier.end() != null
                    && DaySpan.isPositive(earlier.start(), earlier.end())
                    && new TimeRange(earlier.start(), earlier.end()).overlaps(interval.start(), interval.end())) {
                return Optional.of("Overlaps " + HH_MM.format(earlier.start()) + "–" + HH_MM.format(earlier.end())
                        + " on " + dayName(interval.day()));
            }
        }
        return Optional.empty();
    }

    static Optional<String> slotLength(@Nullable Integer minutes) {
        if (minutes == null) {
            return Optional.of("Enter a slot length");
        }
        if (minutes < MIN_SLOT_MINUTES || minutes > MAX_SLOT_MINUTES) {
            return Optional.of("Between " + MIN_SLOT_MINUTES + " and " + MAX_SLOT_MINUTES + " minutes");
        }
        return Optional.empty();
    }

    static String dayName(DayOfWeek day) {
        return day.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }
}
