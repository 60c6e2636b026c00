package app.praxis.payment.ui;

import app.praxis.base.InvalidInputException;
import app.praxis.base.ui.AppLocale;
import app.praxis.base.ui.FieldErrors;
import app.praxis.payment.NewPayment;
import app.praxis.payment.PaymentDraft;
import app.praxis.payment.PaymentMethod;
import app.praxis.payment.PaymentService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Map;

/**
 * Staff record how the patient paid: method, amount (the fee, prefilled) and for insurance the policy number
 * (prefilled from the patient's record); or that the card was declined. Refusals appear next to their fields.
 */
class RecordPaymentDialog extends Dialog {

    final Select<PaymentMethod> method = new Select<>();
    final BigDecimalField amount = AppLocale.numbers(new BigDecimalField());
    final TextField policyNumber = new TextField(getTranslation("payment.record.policy"));
    final Paragraph error = new Paragraph();
    final Button confirm = new Button(getTranslation("payment.recordPayment"));
    final Button declined = new Button(getTranslation("payment.record.declined"));

    RecordPaymentDialog(long appointmentId, PaymentDraft draft, PaymentService payments, Runnable onDone) {
        setId("record-payment-dialog");
        setHeaderTitle(getTranslation("payment.recordPayment"));
        setWidth("min(28rem, 100vw)");
        method.setId("payment-method");
        method.setLabel(getTranslation("payment.column.method"));
        method.setItems(PaymentMethod.values());
        method.setItemLabelGenerator(m -> m == null ? "" : getTranslation("payment.method." + m.name()));
        method.setWidthFull();
        amount.setId("payment-amount");
        amount.setLabel(getTranslation("payment.amount", draft.currency()));
        amount.setValue(draft.fee());
        amount.setWidthFull();
        policyNumber.setId("payment-policy");
        policyNumber.setValue(draft.policyNumber() == null ? "" : draft.policyNumber());
        policyNumber.setWidthFull();
        policyNumber.setVisible(false);
        method.addValueChangeListener(event -> policyNumber.setVisible(event.getValue() == PaymentMethod.INSURANCE));
        error.addClassNames("payment-error");
        error.getStyle().set("color", "var(--lumo-error-text-color)");
        error.setVisible(false);
        add(method, amount, policyNumber, error);

        confirm.setId("confirm-payment");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.addClickListener(event -> attempt(
                () -> payments.recordPayment(
                        appointmentId, new NewPayment(method.getValue(), amount.getValue(), policyNumber.getValue())),
                getTranslation("payment.record.done"),
                onDone));
        declined.setId("card-declined");
        declined.addClickListener(event -> attempt(
                () -> payments.recordDeclinedCard(appointmentId),
                getTranslation("payment.record.declinedDone"),
                onDone));
        getFooter().add(new Button(getTranslation("payment.close"), event -> close()), declined, confirm);
    }

    private void attempt(Runnable action, String success, Runnable onDone) {
        try {
            action.run();
            Notification.show(success, 3000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            close();
            onDone.run();
        } catch (InvalidInputException refusal) {
            Map<String, String> unshown = FieldErrors.show(
                    refusal.fieldErrors(),
                    Map.of(
                            PaymentService.METHOD, method,
                            PaymentService.AMOUNT, amount,
                            PaymentService.POLICY_NUMBER, policyNumber));
            error.setText(String.join(" ", unshown.values()));
            error.setVisible(!unshown.isEmpty());
        }
    }
}
