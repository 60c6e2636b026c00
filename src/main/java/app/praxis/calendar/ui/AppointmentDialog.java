package app.praxis.calendar.ui;

import app.praxis.appointment.AppointmentRow;
import app.praxis.appointment.AppointmentService;
import app.praxis.appointment.BookingService;
import app.praxis.appointment.PatientRecord;
import app.praxis.appointment.RescheduleEntry;
import app.praxis.base.Formats;
import app.praxis.base.InvalidInputException;
import app.praxis.base.ui.FieldErrors;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The appointment in a booked slot: patient, time, reason, status, what higher features add (the payment),
 * history and the patient's record, with what
 * the practice can do about it (cancel with a message to the patient, move it to another free slot). The
 * calendar itself never drags or deletes a booked slot.
 */
class AppointmentDialog extends Dialog {

    final Div details = new Div();
    final TextArea cancelMessage;
    final Button cancel = new Button(getTranslation("calendar.appointment.cancel"));
    final Button move = new Button(getTranslation("calendar.appointment.move"));
    final Details history = new Details();
    final Details record = new Details(getTranslation("calendar.appointment.record"));

    AppointmentDialog(
            AppointmentRow row,
            AppointmentService appointments,
            BookingService booking,
            List<Component> sections,
            boolean linkToAgenda,
            Runnable onMove,
            Runnable onChanged) {
        setId("appointment-dialog");
        setWidth("min(34rem, 100vw)");
        setHeaderTitle(
                row.patientAge() == null
                        ? row.patientName()
                        : getTranslation("calendar.appointment.nameAndAge", row.patientName(), row.patientAge()));
        details.setId("appointment-details");
        details.add(
                new Paragraph(Formats.current().when(row.startsAt()) + "–"
                        + Formats.current().time(row.endTime())),
                new Paragraph(getTranslation(
                        "calendar.appointment.status",
                        getTranslation(row.status().textKey()))),
                new Paragraph(
                        getTranslation("calendar.appointment.reason", row.reason() == null ? "—" : row.reason())));
        sections.forEach(details::add);
        add(details);
        if (row.rescheduleCount() > 0) {
            add(history(row, appointments));
        }
        add(record(row, appointments));

        cancelMessage = new TextArea(getTranslation("calendar.appointment.cancelMessage"));
        cancelMessage.setId("calendar-cancel-message");
        cancelMessage.setWidthFull();
        cancelMessage.setMaxLength(booking.reasonMaxLength());
        cancelMessage.setManualValidation(true);
        cancel.setId("calendar-cancel-appointment");
        cancel.addThemeVariants(ButtonVariant.LUMO_ERROR);
        cancel.addClickListener(event -> {
            try {
                booking.cancel(row.id(), cancelMessage.getValue());
                Notification.show(
                                getTranslation("calendar.appointment.cancelled"),
                                3000,
                                Notification.Position.BOTTOM_START)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                close();
                onChanged.run();
            } catch (InvalidInputException refusal) {
                DoctorCalendarView.showUnshown(
                        FieldErrors.show(refusal.fieldErrors(), Map.of(BookingService.REASON, cancelMessage))
                                .values());
            }
        });
        move.setId("calendar-move-appointment");
        move.addClickListener(event -> {
            close();
            onMove.run();
        });
        if (appointments.practiceMayCancel(row)) {
            add(cancelMessage);
            getFooter().add(cancel, move);
        }
        if (linkToAgenda) {
            var agenda = new Anchor("doctor/appointments", getTranslation("calendar.appointment.agenda"));
            agenda.setId("agenda-link");
            add(new Paragraph(agenda));
        }
        getFooter().add(new Button(getTranslation("calendar.close"), event -> close()));
    }

    /** Loaded when opened: few histories are ever read. */
    private Details history(AppointmentRow row, AppointmentService appointments) {
        var list = new UnorderedList();
        history.setSummaryText(getTranslation("calendar.appointment.moved", row.rescheduleCount()));
        history.add(list);
        history.addOpenedChangeListener(event -> {
            if (event.isOpened() && list.getChildren().findAny().isEmpty()) {
                appointments.history(row.id()).forEach(entry -> list.add(new ListItem(describe(entry))));
            }
        });
        return history;
    }

    private Details record(AppointmentRow row, AppointmentService appointments) {
        var content = new Div();
        record.add(content);
        record.addOpenedChangeListener(event -> {
            if (event.isOpened() && content.getChildren().findAny().isEmpty()) {
                PatientRecord patient = appointments.patientRecord(row.patientId());
                content.add(
                        line("calendar.record.phone", patient.phone()),
                        line("calendar.record.insurance", patient.insuranceDetails()),
                        line("calendar.record.medicalHistory", patient.medicalHistory()),
                        line("calendar.record.emergencyContact", patient.emergencyContact()));
            }
        });
        return record;
    }

    private static Paragraph line(String key, @Nullable String value) {
        return new Paragraph(CalendarTexts.get(key, value == null || value.isBlank() ? "—" : value));
    }

    static String describe(RescheduleEntry entry) {
        Formats formats = Formats.current();
        String from = formats.when(entry.oldDate().atTime(entry.oldTime()));
        String to = formats.when(entry.newDate().atTime(entry.newTime()));
        String on = formats.when(entry.rescheduledAt());
        return entry.reason() == null
                ? CalendarTexts.get("calendar.history.entry", from, to, entry.rescheduledBy(), on)
                : CalendarTexts.get(
                        "calendar.history.entryWithReason", from, to, entry.rescheduledBy(), on, entry.reason());
    }
}
