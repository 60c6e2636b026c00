package app.praxis.base;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;

/**
 * Spans of one clinic day in wall-clock time (slots, appointments, weekly hours): a date, a start and an end time.
 * A span that runs to midnight, such as 23:30–00:00, keeps its day and stores the end as {@code 00:00}, read as
 * the midnight that ends the day: it is never a span that ends before it starts.
 */
public final class DaySpan {

    private static final int MINUTES_PER_DAY = 24 * 60;

    private DaySpan() {}

    /** When a span of {@code day} that ends at {@code end} ends: 00:00 is the next day's start. */
    public static LocalDateTime end(LocalDate day, LocalTime end) {
        return end.equals(LocalTime.MIDNIGHT) ? day.plusDays(1).atStartOfDay() : day.atTime(end);
    }

    /** Minute of the day at which a span ends: 1440 for 00:00 (midnight at the day's end). */
    public static int endMinute(LocalTime end) {
        return end.equals(LocalTime.MIDNIGHT) ? MINUTES_PER_DAY : end.toSecondOfDay() / 60;
    }

    /** The end time to store for a minute of the day from 1 to 1440 (1440 is stored as 00:00). */
    public static LocalTime endTime(int endMinute) {
        return LocalTime.ofSecondOfDay(endMinute % MINUTES_PER_DAY * 60L);
    }

    /** Whether a span of {@code day} may end at {@code end}: on the same day, or at the midnight that ends it. */
    public static boolean endsOn(LocalDate day, LocalDateTime end) {
        return end.toLocalDate().equals(day) || end.equals(day.plusDays(1).atStartOfDay());
    }

    /**
     * The same reading in SQL: when the span in {@code dateColumn} with end time {@code endColumn} ends, as a
     * DATETIME (MySQL and MariaDB alike).
     */
    public static String endSql(String dateColumn, String endColumn) {
        return "TIMESTAMP(%1$s + INTERVAL (%2$s = '00:00:00') DAY, %2$s)".formatted(dateColumn, endColumn);
    }

    /** Whether a span from {@code start} to {@code end} (00:00: midnight) lasts a positive time. */
    public static boolean isPositive(LocalTime start, LocalTime end) {
        return endMinute(end) > start.toSecondOfDay() / 60.0;
    }
}
