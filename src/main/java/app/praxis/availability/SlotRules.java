package app.praxis.availability;

import app.praxis.base.DaySpan;
import app.praxis.base.Formats;
import app.praxis.base.Texts;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.LinkedHashMap;
import java.util.List;
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

    static Map<String, String> check(WeeklyHours hours, LocalDate today, Texts texts) {
        var errors = new LinkedHashMap<String, String>();
        slotLength(hours.slotMinutes(), texts).ifPresent(message -> errors.put("slotMinutes", message));
        Integer buffer = hours.bufferMinutes();
        if (buffer != null && (buffer < 0 || buffer > MAX_BUFFER_MINUTES)) {
            errors.put("bufferMinutes", texts.get("availability.hours.buffer", 0, MAX_BUFFER_MINUTES));
        }
        LocalDate from = hours.validFrom();
        if (from == null) {
            errors.put("validFrom", texts.get("availability.hours.validFrom.missing"));
        } else if (from.isBefore(today)) {
            errors.put("validFrom", texts.get("availability.hours.validFrom.past"));
        }
        LocalDate until = hours.validUntil();
        if (until != null && from != null && until.isBefore(from)) {
            errors.put("validUntil", texts.get("availability.hours.validUntil.beforeFrom"));
        }
        Integer validSlotMinutes = errors.containsKey("slotMinutes") ? null : hours.slotMinutes();
        checkIntervals(hours.intervals(), validSlotMinutes, errors, texts);
        return errors;
    }

    private static void checkIntervals(
            List<WeeklyInterval> intervals, @Nullable Integer slotMinutes, Map<String, String> errors, Texts texts) {
        for (int i = 0; i < intervals.size(); i++) {
            WeeklyInterval interval = intervals.get(i);
            String field = WeeklyHours.intervalField(i);
            if (interval.start() == null || interval.end() == null) {
                errors.put(field, texts.get("availability.hours.interval.missing"));
            } else if (!DaySpan.isPositive(interval.start(), interval.end())) {
                errors.put(field, texts.get("availability.endAfterStart"));
            } else if (slotMinutes != null && new TimeRange(interval.start(), interval.end()).minutes() < slotMinutes) {
                errors.put(field, texts.get("availability.shorterThanSlot", slotMinutes));
            } else {
                overlapWithEarlier(intervals, i, texts).ifPresent(message -> errors.put(field, message));
            }
        }
    }

    private static Optional<String> overlapWithEarlier(List<WeeklyInterval> intervals, int index, Texts texts) {
        WeeklyInterval interval = intervals.get(index);
        for (int j = 0; j < index; j++) {
            WeeklyInterval earlier = intervals.get(j);
            if (earlier.day() == interval.day()
                    && earlier.start() != null
                    && earlier.end() != null
                    && DaySpan.isPositive(earlier.start(), earlier.end())
                    && new TimeRange(earlier.start(), earlier.end()).overlaps(interval.start(), interval.end())) {
                return Optional.of(texts.get(
                        "availability.hours.interval.overlaps",
                        HH_MM.format(earlier.start()),
                        HH_MM.format(earlier.end()),
                        dayName(interval.day())));
            }
        }
        return Optional.empty();
    }

    static Optional<String> slotLength(@Nullable Integer minutes, Texts texts) {
        if (minutes == null) {
            return Optional.of(texts.get("availability.slotLength.missing"));
        }
        if (minutes < MIN_SLOT_MINUTES || minutes > MAX_SLOT_MINUTES) {
            return Optional.of(texts.get("availability.slotLength.range", MIN_SLOT_MINUTES, MAX_SLOT_MINUTES));
        }
        return Optional.empty();
    }

    /** Whether a moved slot's length is allowed, said of the slot ("A slot lasts between 10 and 120 minutes"). */
    static Optional<String> movedSlotLength(int minutes, Texts texts) {
        return minutes < MIN_SLOT_MINUTES || minutes > MAX_SLOT_MINUTES
                ? Optional.of(texts.get("availability.slotLength.moved", MIN_SLOT_MINUTES, MAX_SLOT_MINUTES))
                : Optional.empty();
    }

    /** A weekday's name in the current page's language ("Monday", "Montag"). */
    static String dayName(DayOfWeek day) {
        return day.getDisplayName(TextStyle.FULL, Formats.current().language().locale());
    }
}
