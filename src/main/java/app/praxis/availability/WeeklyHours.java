package app.praxis.availability;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A doctor's repeating weekly hours as one plan: intervals per weekday, the slot length and buffer that cut them
 * into slots, and the dates the plan is valid. Values are as typed (possibly missing); {@link
 * AvailabilityService#saveWeeklyHours} validates them. Errors for an interval use the key {@link
 * #intervalField(int)} with the interval's index in {@link #intervals()}.
 */
public record WeeklyHours(
        List<WeeklyInterval> intervals,
        @Nullable Integer slotMinutes,
        @Nullable Integer bufferMinutes,
        @Nullable LocalDate validFrom,
        @Nullable LocalDate validUntil) {

    public static final int DEFAULT_SLOT_MINUTES = 30;

    public WeeklyHours {
        intervals = List.copyOf(intervals);
    }

    public static String intervalField(int index) {
        return "intervals[" + index + "]";
    }

    /** No hours yet: an empty plan starting today, with the default slot length. */
    static WeeklyHours empty(LocalDate today) {
        return new WeeklyHours(List.of(), DEFAULT_SLOT_MINUTES, 0, today, null);
    }
}
