package app.praxis.base.ui.calendar;

import java.time.LocalDateTime;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One thing shown on the calendar, in wall-clock time. {@code editable} entries can be dragged and resized by
 * the user (the change arrives as an {@link EntryChangedEvent}); background entries shade their time span.
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
        @Nullable String className) {

    public CalendarEntry {
        Objects.requireNonNull(id, "id");
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("An entry must end after it starts: " + id);
        }
    }

    public static CalendarEntry of(String id, String title, LocalDateTime start, LocalDateTime end) {
        return new CalendarEntry(id, title, start, end, false, false, null);
    }

    public CalendarEntry withEditable(boolean editable) {
        return new CalendarEntry(id, title, start, end, editable, background, className);
    }

    public CalendarEntry asBackground() {
        return new CalendarEntry(id, title, start, end, editable, true, className);
    }

    public CalendarEntry withClassName(String className) {
        return new CalendarEntry(id, title, start, end, editable, background, className);
    }
}
