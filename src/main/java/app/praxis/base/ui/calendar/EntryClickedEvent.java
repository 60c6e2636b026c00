package app.praxis.base.ui.calendar;

import com.vaadin.flow.component.ComponentEvent;
import java.time.LocalDateTime;

/**
 * The user clicked (or tapped) an entry. The calendar keeps no copy of its entries: the id and the start the browser
 * reports say where to look (the start's day), the listener finds the entry again from its own data.
 */
public class EntryClickedEvent extends ComponentEvent<FullCalendar> {

    private final String entryId;
    private final LocalDateTime start;

    public EntryClickedEvent(FullCalendar source, boolean fromClient, String entryId, String start) {
        super(source, fromClient);
        this.entryId = entryId;
        this.start = LocalDateTime.parse(start);
    }

    public String getEntryId() {
        return entryId;
    }

    /** When the entry starts, as the browser has it (a hint where to look, not a fact). */
    public LocalDateTime getStart() {
        return start;
    }
}
