package app.praxis.calendar.ui;

import app.praxis.availability.CalendarSlot;
import app.praxis.availability.NewTimeOff;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Time off: start, end and reason. When booked appointments fall inside, they are listed and the doctor decides
 * explicitly to keep them ({@link SaveEvent#keepBooked()}); nothing is dropped silently.
 */
class TimeOffDialog extends Dialog {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM, HH:mm", Locale.ENGLISH);

    final DateTimePicker startsAt = new DateTimePicker("From");
    final DateTimePicker endsAt = new DateTimePicker("Until");
    final TextField reason = new TextField("Reason (optional)");
    final Button save = new Button("Add time off");
    final Button keepBooked = new Button("Keep these appointments and add time off");
    final Div conflicts = new Div();
    private final Map<String, HasValidation> fieldsByName = new LinkedHashMap<>();

    TimeOffDialog(LocalDateTime start, LocalDateTime end) {
        setHeaderTitle("Time off");
        setId("time-off-dialog");
        startsAt.setStep(Duration.ofMinutes(15));
        endsAt.setStep(Duration.ofMinutes(15));
        startsAt.setValue(start);
        endsAt.setValue(end);
        reason.setMaxLength(255);
        reason.setWidthFull();
        fieldsByName.put("startsAt", startsAt);
        fieldsByName.put("endsAt", endsAt);
        fieldsByName.put("reason", reason);
        fieldsByName.values().forEach(field -> field.setManualValidation(true));
        conflicts.setId("time-off-conflicts");
        conflicts.setVisible(false);
        keepBooked.setVisible(false);
        keepBooked.addThemeVariants(ButtonVariant.LUMO_ERROR);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(event -> fireEvent(new SaveEvent(this, value(false))));
        keepBooked.addClickListener(event -> fireEvent(new SaveEvent(this, value(true))));
        var form = new Div(startsAt, endsAt, reason, conflicts);
        form.addClassNames("time-off-form");
        add(form);
        getFooter().add(new Button("Cancel", event -> close()), keepBooked, save);
    }

    private NewTimeOff value(boolean keep) {
        return new NewTimeOff(startsAt.getValue(), endsAt.getValue(), reason.getValue(), keep);
    }

    /** Lists the booked slots the time off would hit, and offers to keep them. */
    void showBookedConflicts(List<CalendarSlot> booked) {
        conflicts.removeAll();
        var list = new UnorderedList();
        booked.forEach(slot -> list.add(new ListItem(WHEN.format(slot.startsAt()) + " – booked")));
        conflicts.add(
                new Paragraph("These appointments fall inside the time off. They are kept unless you cancel"
                        + " them from the appointment:"),
                list);
        conflicts.setVisible(true);
        keepBooked.setVisible(true);
    }

    /** Shows each message next to its field; returns those no field could show. */
    Map<String, String> showErrors(Map<String, String> errors) {
        fieldsByName.values().forEach(field -> field.setInvalid(false));
        var unshown = new LinkedHashMap<String, String>();
        errors.forEach((name, message) -> {
            HasValidation field = fieldsByName.get(name);
            if (field == null) {
                unshown.put(name, message);
            } else {
                field.setErrorMessage(message);
                field.setInvalid(true);
            }
        });
        return unshown;
    }

    Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }

    static class SaveEvent extends ComponentEvent<TimeOffDialog> {
        private final NewTimeOff timeOff;

        SaveEvent(TimeOffDialog source, NewTimeOff timeOff) {
            super(source, false);
            this.timeOff = timeOff;
        }

        NewTimeOff timeOff() {
            return timeOff;
        }

        boolean keepBooked() {
            return timeOff.keepBookedSlots();
        }
    }
}
