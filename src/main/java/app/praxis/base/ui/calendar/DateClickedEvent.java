package app.praxis.base.ui.calendar;

import com.vaadin.flow.component.ComponentEvent;
import java.time.LocalDateTime;

/** The user clicked an empty point in time (a day in the month view). */
public class DateClickedEvent extends ComponentEvent<FullCalendar> {

    private final LocalDateTime dateTime;
    private final boolean allDay;

    public DateClickedEvent(FullCalendar source, boolean fromClient, String dateTime, boolean allDay) {
        super(source, fromClient);
        this.dateTime = LocalDateTime.parse(dateTime);
        this.allDay = allDay;
    }

    public LocalDateTime getDateTime() {
        return dateTime;
    }

    public boolean isAllDay() {
        return allDay;
    }
}
