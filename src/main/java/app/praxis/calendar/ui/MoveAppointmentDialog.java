package app.praxis.calendar.ui;

import app.praxis.appointment.AppointmentRow;
import app.praxis.appointment.BookingService;
import app.praxis.appointment.DoctorDirectory;
import app.praxis.availability.BookableSlot;
import app.praxis.base.Formats;
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
import java.util.Map;

/** Moves an appointment opened from the calendar to another free slot of the same doctor, with a reason. */
class MoveAppointmentDialog extends Dialog {

    final Select<BookableSlot> slot = new Select<>();
    final TextArea reason = new TextArea(getTranslation("calendar.move.reason"));
    final Button confirm = new Button(getTranslation("calendar.move.confirm"));

    private final AppointmentRow row;
    private final BookingService booking;
    private final DoctorDirectory directory;

    MoveAppointmentDialog(AppointmentRow row, BookingService booking, DoctorDirectory directory, Runnable onMoved) {
        this.row = row;
        this.booking = booking;
        this.directory = directory;
        setId("move-appointment-dialog");
        setWidth("min(32rem, 100vw)");
        setHeaderTitle(getTranslation("calendar.move.title", row.patientName()));
        slot.setLabel(getTranslation("calendar.move.newTime"));
        Formats formats = Formats.current();
        slot.setItemLabelGenerator(free -> formats.when(free.startsAt()) + "–" + formats.time(free.endTime()));
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
        add(new Paragraph(getTranslation("calendar.move.now", formats.when(row.startsAt()))), slot, reason);
        getFooter().add(new Button(getTranslation("calendar.move.keep"), event -> close()), confirm);
    }

    private void loadSlots() {
        var free = directory.freeSlots(row.doctorId());
        slot.setItems(free);
        slot.setHelperText(
                free.isEmpty() ? directory.bookability(row.doctorId()).explanation() : null);
    }

    private boolean move() {
        if (slot.getValue() == null) {
            slot.setErrorMessage(getTranslation("calendar.move.chooseFirst"));
            slot.setInvalid(true);
            return false;
        }
        try {
            booking.reschedule(row.id(), slot.getValue().id(), reason.getValue());
            Notification.show(getTranslation("calendar.move.done"), 3000, Notification.Position.BOTTOM_START)
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
