package app.praxis.appointment.ui;

import app.praxis.appointment.AppointmentRow;
import app.praxis.appointment.BookingService;
import app.praxis.appointment.DoctorDirectory;
import app.praxis.availability.BookableSlot;
import app.praxis.base.Formats;
import app.praxis.base.InvalidInputException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Map;
import java.util.Optional;

/** Move an appointment to another free time of the same doctor, with a reason. */
class RescheduleDialog extends Dialog {

    final SlotPicker slots = new SlotPicker();
    final TextArea reason;
    final Button confirm = new Button(getTranslation("appointment.reschedule.confirm"));

    private final AppointmentRow row;
    private final BookingService booking;
    private final DoctorDirectory directory;
    private final Runnable onDone;

    RescheduleDialog(AppointmentRow row, BookingService booking, DoctorDirectory directory, Runnable onDone) {
        this.row = row;
        this.booking = booking;
        this.directory = directory;
        this.onDone = onDone;
        setHeaderTitle(getTranslation("appointment.reschedule.title"));
        setId("reschedule-dialog");
        setWidth("min(32rem, 100vw)");
        reason = ReasonField.of(
                getTranslation("appointment.reschedule.reason"), "reschedule-reason", booking.reasonMaxLength());
        confirm.setId("confirm-reschedule");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.addClickListener(event -> reschedule());
        add(
                new Paragraph(getTranslation(
                        "appointment.reschedule.now",
                        Formats.current().span(row.date(), row.startTime(), row.endTime()))),
                slots,
                reason);
        getFooter().add(new Button(getTranslation("appointment.cancel.keep"), event -> close()), confirm);
        showFreeSlots();
    }

    /** The free times, or the one answer why there are none (not accepting, time off, too soon, …). */
    private void showFreeSlots() {
        var free = directory.freeSlots(row.doctorId());
        if (free.isEmpty()) {
            slots.setEmptyText(directory.bookability(row.doctorId()).explanation());
        }
        slots.setSlots(free);
    }

    private void reschedule() {
        Optional<BookableSlot> slot = slots.selected();
        if (slot.isEmpty()) {
            slots.setErrorMessage(getTranslation("appointment.reschedule.chooseTime"));
            slots.setInvalid(true);
            return;
        }
        try {
            booking.reschedule(row.id(), slot.get().id(), reason.getValue());
            ErrorDisplay.success(getTranslation(
                    "appointment.reschedule.done",
                    Formats.current()
                            .span(
                                    slot.get().date(),
                                    slot.get().startTime(),
                                    slot.get().endTime())));
            close();
            onDone.run();
        } catch (InvalidInputException refusal) {
            if (refusal.fieldErrors().containsKey(BookingService.SLOT)) {
                showFreeSlots();
            }
            ErrorDisplay.show(refusal, Map.of(BookingService.SLOT, slots, BookingService.REASON, reason));
        }
    }
}
