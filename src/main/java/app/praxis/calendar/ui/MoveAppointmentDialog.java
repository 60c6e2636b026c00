package app.praxis.calendar.ui;

import app.praxis.appointment.AppointmentRow;
import app.praxis.appointment.BookingService;
import app.praxis.appointment.DoctorDirectory;
import app.praxis.availability.BookableSlot;
import app.praxis.base.InvalidInputException;
import app.praxis.base.ui.FieldErrors;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.format.DateTimeFormatter;
import java.util.Map;

/** Moves an appointment opened from the calendar to another free slot of the same doctor, with a reason. */
class MoveAppointmentDialog extends Dialog {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    final Select<BookableSlot> slot = new Select<>();
    final TextArea reason = new TextArea("Why does it move? (sent to the patient)");
    final Button confirm = new Button("Move appointment");

    private final AppointmentRow row;
    private final BookingService booking;
    private final DoctorDirectory directory;

    MoveAppointmentDialog(AppointmentRow row, BookingService booking, DoctorDirectory directory, Runnable onMoved) {
        this.row = row;
        this.booking = booking;
        this.directory = directory;
        setId("move-appointment-dialog");
        setWidth("min(32rem, 100vw)");
        setHeaderTitle("Move " + row.patientName() + "'s appointment");
        slot.setLabel("New time");
        slot.setItemLabelGenerator(
                free -> AppointmentDialog.WHEN.format(free.startsAt()) + "–" + TIME.format(free.endTime()));
        slot.setEmptySelectionAllowed(false);
        slot.setWidthFull();
        reason.setWidthFull();
        reason.setMaxLength(booking.reasonMaxLength());
        reason.setManualValidation(true);
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.addClickListener(event -> {
            if (move()) {
                close();
                onMoved.run();
            }
        });
        loadSlots();
        add(new Paragraph("Now: " + AppointmentDialog.WHEN.format(row.startsAt())), slot, reason);
        getFooter().add(new Button("Keep it", event -> close()), confirm);
    }

    private void loadSlots() {
        var free = directory.freeSlots(row.doctorId());
        slot.setItems(free);
        slot.setHelperText(
                free.isEmpty() ? directory.bookability(row.doctorId()).explanation() : null);
    }

    private boolean move() {
        if (slot.getValue() == null) {
            slot.setErrorMessage("Choose a new time first.");
            slot.setInvalid(true);
            return false;
        }
        try {
            booking.reschedule(row.id(), slot.getValue().id(), reason.getValue());
            Notification.show("Moved; the patient is told.", 3000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            return true;
        } catch (InvalidInputException refusal) {
            var errors = refusal.fieldErrors();
            DoctorCalendarView.showUnshown(
                    FieldErrors.show(errors, Map.of(BookingService.SLOT, slot, BookingService.REASON, reason))
                            .values());
            if (errors.containsKey(BookingService.SLOT)) {
                loadSlots();
            }
            return false;
        }
    }
}
