package app.praxis.calendar.ui;

import app.praxis.appointment.AppointmentRow;
import app.praxis.appointment.PracticeTimeOffService;
import app.praxis.availability.CalendarSlot;
import app.praxis.availability.NewTimeOff;
import app.praxis.base.Formats;
import app.praxis.base.ui.AppLocale;
import app.praxis.base.ui.FieldErrors;
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
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Time off: start, end and reason. When booked appointments fall inside, they are listed and the doctor decides
 * explicitly: keep them ({@link Decision#KEEP}) or cancel them with a message to the patients ({@link
 * Decision#CANCEL}, only the appointments listed); nothing is dropped silently.
 */
class TimeOffDialog extends Dialog {

    final DateTimePicker startsAt = AppLocale.dateTimes(new DateTimePicker(getTranslation("calendar.timeOff.from")));
    final DateTimePicker endsAt = AppLocale.dateTimes(new DateTimePicker(getTranslation("calendar.timeOff.until")));
    final TextField reason = new TextField(getTranslation("calendar.timeOff.reason"));
    final Button save = new Button(getTranslation("calendar.timeOff.add"));
    final Button keepBooked = new Button(getTranslation("calendar.timeOff.keepAndAdd"));
    final Button cancelBooked = new Button(getTranslation("calendar.timeOff.cancelAndAdd"));
    final TextArea cancelMessage = new TextArea(getTranslation("calendar.timeOff.message"));
    final Div conflicts = new Div();
    private List<Long> shownAppointments = List.of();
    private final Map<String, HasValidation> fieldsByName = new LinkedHashMap<>();
    private final boolean changing;

    TimeOffDialog(LocalDateTime start, LocalDateTime end) {
        this(start, end, null, false);
    }

    /**
     * {@code changing} an existing time off: its appointments can only be kept here (cancelling them is offered
     * when time off is added).
     */
    TimeOffDialog(LocalDateTime start, LocalDateTime end, @Nullable String reasonText, boolean changing) {
        this.changing = changing;
        setHeaderTitle(getTranslation(changing ? "calendar.timeOff.changeTitle" : "calendar.timeOff.title"));
        setId("time-off-dialog");
        startsAt.setStep(Duration.ofMinutes(15));
        endsAt.setStep(Duration.ofMinutes(15));
        startsAt.setValue(start);
        endsAt.setValue(end);
        reason.setMaxLength(255);
        reason.setValue(reasonText == null ? "" : reasonText);
        if (changing) {
            save.setText(getTranslation("calendar.timeOff.save"));
            keepBooked.setText(getTranslation("calendar.timeOff.keepAndSave"));
        }
        reason.setWidthFull();
        fieldsByName.put("startsAt", startsAt);
        fieldsByName.put("endsAt", endsAt);
        fieldsByName.put("reason", reason);
        fieldsByName.put(PracticeTimeOffService.MESSAGE, cancelMessage);
        fieldsByName.values().forEach(field -> field.setManualValidation(true));
        conflicts.setId("time-off-conflicts");
        conflicts.setVisible(false);
        keepBooked.setVisible(false);
        cancelBooked.setVisible(false);
        cancelBooked.addThemeVariants(ButtonVariant.LUMO_ERROR);
        cancelMessage.setVisible(false);
        cancelMessage.setWidthFull();
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(event -> fireEvent(new SaveEvent(this, value(false), Decision.NONE)));
        keepBooked.addClickListener(event -> fireEvent(new SaveEvent(this, value(true), Decision.KEEP)));
        cancelBooked.addClickListener(event -> fireEvent(new SaveEvent(this, value(false), Decision.CANCEL)));
        var form = new Div(startsAt, endsAt, reason, conflicts, cancelMessage);
        form.addClassNames("time-off-form");
        add(form);
        getFooter()
                .add(new Button(getTranslation("calendar.cancel"), event -> close()), keepBooked, cancelBooked, save);
    }

    private NewTimeOff value(boolean keep) {
        return new NewTimeOff(startsAt.getValue(), endsAt.getValue(), reason.getValue(), keep);
    }

    /**
     * Lists the booked slots the time off would hit, each with its appointment where it has one, and offers to
     * keep them or to cancel the appointments listed (and only those).
     */
    void showBookedConflicts(List<CalendarSlot> booked, Map<Long, AppointmentRow> appointmentsBySlot) {
        conflicts.removeAll();
        var list = new UnorderedList();
        Formats formats = Formats.current();
        booked.forEach(slot -> {
            @Nullable AppointmentRow appointment = appointmentsBySlot.get(slot.id());
            list.add(new ListItem(getTranslation(
                    "calendar.timeOff.conflict",
                    formats.shortDay(slot.startsAt().toLocalDate()),
                    formats.time(slot.startsAt().toLocalTime()),
                    appointment == null
                            ? getTranslation("calendar.timeOff.booked")
                            : CalendarEntriesMapper.title(appointment))));
        });
        shownAppointments = booked.stream()
                .map(slot -> appointmentsBySlot.get(slot.id()))
                .filter(Objects::nonNull)
                .map(AppointmentRow::id)
                .toList();
        conflicts.add(new Paragraph(getTranslation("calendar.timeOff.conflicts")), list);
        conflicts.setVisible(true);
        keepBooked.setVisible(true);
        cancelBooked.setVisible(!changing && !shownAppointments.isEmpty());
        cancelMessage.setVisible(!changing && !shownAppointments.isEmpty());
    }

    /** Shows each message next to its field; returns those no field could show. */
    Map<String, String> showErrors(Map<String, String> errors) {
        return FieldErrors.show(errors, fieldsByName);
    }

    Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }

    /** What the doctor chose about the booked appointments inside: not asked yet, keep, or cancel them. */
    enum Decision {
        NONE,
        KEEP,
        CANCEL
    }

    static class SaveEvent extends ComponentEvent<TimeOffDialog> {
        private final NewTimeOff timeOff;
        private final Decision decision;

        SaveEvent(TimeOffDialog source, NewTimeOff timeOff, Decision decision) {
            super(source, false);
            this.timeOff = timeOff;
            this.decision = decision;
        }

        Decision decision() {
            return decision;
        }

        /** The appointments the doctor was shown, and only those, may be cancelled. */
        List<Long> shownAppointments() {
            return getSource().shownAppointments;
        }

        String cancelMessage() {
            return getSource().cancelMessage.getValue();
        }

        NewTimeOff timeOff() {
            return timeOff;
        }

        boolean keepBooked() {
            return timeOff.keepBookedSlots();
        }
    }
}
