package app.praxis.calendar.ui;

import app.praxis.base.DaySpan;
import app.praxis.base.ui.calendar.CalendarEntry;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Details of a clicked entry; free slots and time off can be removed here, booked slots only looked at. */
class EntryDialog extends Dialog {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    final Button remove = new Button();
    final Button change = new Button("Change");

    EntryDialog(CalendarEntry entry, Runnable onRemove) {
        this(entry, onRemove, () -> {});
    }

    /** {@code onChange} opens a time off to change it (free slots are changed by dragging). */
    EntryDialog(CalendarEntry entry, Runnable onRemove, Runnable onChange) {
        setId("entry-dialog");
        setHeaderTitle(entry.title());
        add(new Paragraph(DAY.format(entry.start()) + ", " + TIME.format(entry.start()) + "–"
                + (DaySpan.endsOn(entry.start().toLocalDate(), entry.end()) // 23:30–00:00 stays on its day
                        ? TIME.format(entry.end())
                        : DAY.format(entry.end()) + ", " + TIME.format(entry.end()))));
        boolean timeOff = CalendarEntriesMapper.timeOffId(entry.id()).isPresent();
        if (entry.editable() || timeOff) {
            remove.setText(timeOff ? "Remove time off" : "Delete slot");
            remove.addThemeVariants(ButtonVariant.LUMO_ERROR);
            remove.addClickListener(event -> {
                close();
                onRemove.run();
            });
            getFooter().add(remove);
            if (timeOff) {
                change.addClickListener(event -> {
                    close();
                    onChange.run();
                });
                getFooter().add(change);
            }
        } else if (entry.title().equals(CalendarEntriesMapper.BOOKED)) {
            add(new Paragraph("Booked slots are changed by rescheduling or cancelling the appointment."));
        } else {
            add(new Paragraph("This slot has passed."));
        }
        getFooter().add(new Button("Close", event -> close()));
    }
}
