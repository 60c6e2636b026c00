package app.praxis.base.ui.calendar;

import com.vaadin.flow.component.ComponentEvent;
import java.time.LocalDateTime;

/** The user selected a span of time (dragged over empty time, or long-pressed on a phone). */
public class RangeSelectedEvent extends ComponentEvent<FullCalendar> {

    private final LocalDateTime start;
    private final LocalDateTime end;
    private final boolean allDay;

    public RangeSelectedEvent(FullCalendar source, boolean fromClient, String start, String end, boolean allDay) {
        super(source, fromClient);
        this.start = LocalDateTime.parse(start);
        this.end = LocalDateTime.parse(end);
        this.allDay = allDay;
    }

    public LocalDateTime getStart() {
        return start;
    }

    /** Exclusive. */
    public LocalDateTime getEnd() {
        return end;
    }

    /** Selected in the month view: whole days. */
    public boolean isAllDay() {
        return allDay;
    }
}
