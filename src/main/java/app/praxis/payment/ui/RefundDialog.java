package app.praxis.payment.ui;

import app.praxis.base.InvalidInputException;
import app.praxis.base.ui.AppLocale;
import app.praxis.base.ui.FieldErrors;
import app.praxis.payment.PaymentDetails;
import app.praxis.payment.PaymentService;
import app.praxis.payment.RefundRequest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Map;

/** Staff refund (part of) what was paid, with a reason; the patient gets the credit note by e-mail. */
class RefundDialog extends Dialog {

    final BigDecimalField amount = AppLocale.numbers(new BigDecimalField());
    final TextArea reason = new TextArea(getTranslation("payment.refund.reason"));
    final Paragraph error = new Paragraph();
    final Button confirm = new Button(getTranslation("payment.refund"));

    RefundDialog(PaymentDetails payment, PaymentService payments, Runnable onDone) {
        setId("refund-dialog");
        setHeaderTitle(getTranslation("payment.refund"));
        setWidth("min(28rem, 100vw)");
        amount.setId("refund-amount");
        amount.setLabel(getTranslation("payment.amount", payment.currency()));
        amount.setValue(payment.paidAmount());
        amount.setWidthFull();
        reason.setId("refund-reason");
        reason.setWidthFull();
        error.addClassNames("payment-error");
        error.getStyle().set("color", "var(--lumo-error-text-color)");
        error.setVisible(false);
        add(amount, reason, error);
        confirm.setId("confirm-refund");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        confirm.addClickListener(event -> {
            try {
                payments.refund(payment.appointmentId(), new RefundRequest(amount.getValue(), reason.getValue()));
                Notification.show(getTranslation("payment.refund.done"), 3000, Notification.Position.BOTTOM_START)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                close();
                onDone.run();
            } catch (InvalidInputException refusal) {
                Map<String, String> unshown = FieldErrors.show(
                        refusal.fieldErrors(), Map.of(PaymentService.AMOUNT, amount, PaymentService.REASON, reason));
                error.setText(String.join(" ", unshown.values()));
                error.setVisible(!unshown.isEmpty());
            }
        });
        getFooter().add(new Button(getTranslation("payment.close"), event -> close()), confirm);
    }
}
