package app.praxis.base.ui.calendar;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;

/** The user clicked (or tapped) an entry. */
@DomEvent("entry-clicked")
public class EntryClickedEvent extends ComponentEvent<FullCalendar> {

    private final String entryId;

    public EntryClickedEvent(FullCalendar source, boolean fromClient, @EventData("event.detail.id") String entryId) {
        super(source, fromClient);
        this.entryId = entryId;
    }

    public String getEntryId() {
        return entryId;
    }
}
