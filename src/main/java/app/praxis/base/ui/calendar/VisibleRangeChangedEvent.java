package app.praxis.base.ui.calendar;

import com.vaadin.flow.component.ComponentEvent;

/** The days shown changed (navigation or another view type): time to load the entries for {@link #getRange()}. */
public class VisibleRangeChangedEvent extends ComponentEvent<FullCalendar> {

    private final DateRange range;

    VisibleRangeChangedEvent(FullCalendar source, DateRange range) {
        super(source, false);
        this.range = range;
    }

    public DateRange getRange() {
        return range;
    }
}
