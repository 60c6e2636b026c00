package app.praxis.calendar.ui;

import app.praxis.base.DaySpan;
import app.praxis.base.Formats;
import app.praxis.base.ui.calendar.CalendarEntry;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;

/** Details of a clicked entry; free slots and time off can be removed here, booked slots only looked at. */
class EntryDialog extends Dialog {

    final Button remove = new Button();
    final Button change = new Button(getTranslation("calendar.entry.change"));

    EntryDialog(CalendarEntry entry, Runnable onRemove) {
        this(entry, onRemove, () -> {});
    }

    /** {@code onChange} opens a time off to change it (free slots are changed by dragging). */
    EntryDialog(CalendarEntry entry, Runnable onRemove, Runnable onChange) {
        setId("entry-dialog");
        setHeaderTitle(entry.title());
        Formats formats = Formats.current();
        String startDay = formats.shortDay(entry.start().toLocalDate());
        String startTime = formats.time(entry.start().toLocalTime());
        String endTime = formats.time(entry.end().toLocalTime());
        add(new Paragraph(
                DaySpan.endsOn(entry.start().toLocalDate(), entry.end()) // 23:30–00:00 stays on its day
                        ? getTranslation("calendar.entry.span", startDay, startTime, endTime)
                        : getTranslation(
                                "calendar.entry.spanDays",
                                startDay,
                                startTime,
                                formats.shortDay(entry.end().toLocalDate()),
                                endTime)));
        boolean timeOff = CalendarEntriesMapper.timeOffId(entry.id()).isPresent();
        if (entry.editable() || timeOff) {
            remove.setText(getTranslation(timeOff ? "calendar.entry.removeTimeOff" : "calendar.entry.deleteSlot"));
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
        } else if (entry.title().equals(CalendarEntriesMapper.booked())) {
            add(new Paragraph(getTranslation("calendar.entry.bookedHint")));
        } else {
            add(new Paragraph(getTranslation("calendar.entry.passed")));
        }
        getFooter().add(new Button(getTranslation("calendar.close"), event -> close()));
    }
}
