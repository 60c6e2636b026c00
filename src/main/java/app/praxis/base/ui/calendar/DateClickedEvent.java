package app.praxis.base.ui.calendar;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;
import java.time.LocalDateTime;

/** The user clicked an empty point in time (a day in the month view). */
@DomEvent("date-clicked")
public class DateClickedEvent extends ComponentEvent<FullCalendar> {

    private final LocalDateTime dateTime;
    private final boolean allDay;

    public DateClickedEvent(
            FullCalendar source,
            boolean fromClient,
            @EventData("event.detail.date") String dateTime,
            @EventData("event.detail.allDay") boolean allDay) {
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
