package app.praxis.appointment.ui;

import app.praxis.appointment.AppointmentRow;
import app.praxis.appointment.BookingService;
import app.praxis.base.Formats;
import app.praxis.base.InvalidInputException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Map;

/** Cancel with a reason; for the doctor the reason is a message to the patient. */
class CancelDialog extends Dialog {

    final TextArea reason;
    final Button confirm = new Button(getTranslation("appointment.cancel.confirm"));

    CancelDialog(AppointmentRow row, String reasonLabel, BookingService booking, Runnable onDone) {
        setHeaderTitle(getTranslation("appointment.cancel.title"));
        setId("cancel-dialog");
        setWidth("min(32rem, 100vw)");
        reason = ReasonField.of(reasonLabel, "cancel-reason", booking.reasonMaxLength());
        confirm.setId("confirm-cancel");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        confirm.addClickListener(event -> {
            try {
                booking.cancel(row.id(), reason.getValue());
                ErrorDisplay.success(getTranslation("appointment.cancel.done"));
                close();
                onDone.run();
            } catch (InvalidInputException refusal) {
                ErrorDisplay.show(refusal, Map.of(BookingService.REASON, reason));
            }
        });
        add(new Paragraph(Formats.current().span(row.date(), row.startTime(), row.endTime())), reason);
        getFooter().add(new Button(getTranslation("appointment.cancel.keep"), event -> close()), confirm);
    }
}
