package app.praxis.base.ui.calendar;

import java.time.LocalDateTime;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One thing shown on the calendar, in wall-clock time. {@code editable} entries can be dragged and resized by
 * the user (the change arrives as an {@link EntryChangedEvent}); background entries shade their time span;
 * all-day entries sit at the top of their days (in the month view: a line per day, without a time).
 *
 * @param className a CSS class for styling, e.g. "slot-free"
 */
public record CalendarEntry(
        String id,
        String title,
        LocalDateTime start,
        LocalDateTime end,
        boolean editable,
        boolean background,
        @Nullable String className,
        boolean allDay) {

    public CalendarEntry {
        Objects.requireNonNull(id, "id");
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("An entry must end after it starts: " + id);
        }
    }

    public static CalendarEntry of(String id, String title, LocalDateTime start, LocalDateTime end) {
        return new CalendarEntry(id, title, start, end, false, false, null, false);
    }

    public CalendarEntry withEditable(boolean editable) {
        return new CalendarEntry(id, title, start, end, editable, background, className, allDay);
    }

    public CalendarEntry asBackground() {
        return new CalendarEntry(id, title, start, end, editable, true, className, allDay);
    }

    /** Shown without a time, over whole days ({@code start} and {@code end} at midnight). */
    public CalendarEntry asAllDay() {
        return new CalendarEntry(id, title, start, end, editable, background, className, true);
    }

    public CalendarEntry withClassName(String className) {
        return new CalendarEntry(id, title, start, end, editable, background, className, allDay);
    }
}
