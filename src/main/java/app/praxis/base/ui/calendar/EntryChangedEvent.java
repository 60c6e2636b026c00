package app.praxis.base.ui.calendar;

import com.vaadin.flow.component.ComponentEvent;
import java.time.LocalDateTime;

/**
 * The user dragged or resized an editable entry. The calendar has already put the entry back where it was: the
 * listener decides, and sets the entries as they now are.
 */
public class EntryChangedEvent extends ComponentEvent<FullCalendar> {

    private final String entryId;
    private final LocalDateTime start;
    private final LocalDateTime end;

    public EntryChangedEvent(FullCalendar source, boolean fromClient, String entryId, String start, String end) {
        super(source, fromClient);
        this.entryId = entryId;
        this.start = LocalDateTime.parse(start);
        this.end = LocalDateTime.parse(end);
    }

    public String getEntryId() {
        return entryId;
    }

    public LocalDateTime getStart() {
        return start;
    }

    public LocalDateTime getEnd() {
        return end;
    }
}
