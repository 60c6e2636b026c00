package app.praxis.payment.ui;

import app.praxis.payment.PaymentDetails;
import app.praxis.payment.PaymentService;
import app.praxis.payment.PaymentStatus;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.util.Locale;

/**
 * The payment of one appointment on its card or dialog: amount and status; for patients how to pay or how it was
 * paid; the receipt and credit note; for staff "Record payment" and "Refund". It redraws itself after a change
 * and then tells the screen ({@code onChange}).
 */
class PaymentPanel extends Div {

    final Div summary = new Div();
    final Div documents = new Div();
    final Div actions = new Div();

    private final PaymentService payments;
    private final long appointmentId;
    private final boolean appointmentCancelled;
    private final Runnable onChange;

    PaymentPanel(PaymentDetails payment, PaymentService payments, boolean appointmentCancelled, Runnable onChange) {
        this.payments = payments;
        this.appointmentId = payment.appointmentId();
        this.appointmentCancelled = appointmentCancelled;
        this.onChange = onChange;
        addClassNames("payment-section", LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN);
        documents.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexWrap.WRAP, LumoUtility.Gap.SMALL);
        actions.addClassNames(
                LumoUtility.Display.FLEX,
                LumoUtility.FlexWrap.WRAP,
                LumoUtility.Gap.SMALL,
                LumoUtility.Margin.Top.XSMALL);
        add(summary, documents, actions);
        show(payment);
    }

    void show(PaymentDetails payment) {
        getElement().setAttribute("data-payment-status", payment.status().name());
        summary.removeAll();
        documents.removeAll();
        actions.removeAll();
        summary.add(new Div("Payment: " + payment.status().label() + " · " + payments.format(payment.fee())));
        switch (payment.status()) {
            case PENDING -> summary.add(new Div("How to pay: at the practice (card, cash or insurance)."));
            case FAILED -> summary.add(new Div("The card was declined; please pay at the practice."));
            case PAID, REFUNDED -> summary.add(new Div(paidLine(payment)));
            case NOT_DUE -> {}
        }
        if (payment.status() == PaymentStatus.REFUNDED && payment.refundedAmount() != null) {
            summary.add(new Div("Refunded " + payments.format(payment.refundedAmount())
                    + (payment.refundedAt() == null ? "" : " on " + PaymentFormats.when(payment.refundedAt()))
                    + (payment.refundReason() == null ? "" : ": " + payment.refundReason())));
        }
        if (payment.hasReceipt()) {
            documents.add(DocumentLinks.link(
                    "Receipt " + payment.receiptNumber() + " (PDF)",
                    "receipt-link",
                    () -> payments.receipt(appointmentId)));
        }
        if (payment.hasCreditNote()) {
            documents.add(DocumentLinks.link(
                    "Credit note " + payment.creditNoteNumber() + " (PDF)",
                    "credit-note-link",
                    () -> payments.creditNote(appointmentId)));
        }
        if (payments.mayRecord(payment)) {
            var record = new Button("Record payment", event -> new RecordPaymentDialog(
                            appointmentId, payments.draft(appointmentId), payments, this::changed)
                    .open());
            record.addClassNames("record-payment");
            actions.add(record);
        }
        if (payments.mayRefund(payment, appointmentCancelled)) {
            var refund = new Button("Refund", event -> new RefundDialog(payment, payments, this::changed).open());
            refund.addClassNames("refund");
            actions.add(refund);
        }
    }

    private String paidLine(PaymentDetails payment) {
        String method = payment.method() == null
                ? ""
                : " by " + payment.method().label().toLowerCase(Locale.ROOT);
        String when = payment.paidAt() == null ? "" : " on " + PaymentFormats.when(payment.paidAt());
        String amount = payment.paidAmount() == null || payment.paidAmount().compareTo(payment.fee()) == 0
                ? ""
                : " (" + payments.format(payment.paidAmount()) + ")";
        return "Paid" + method + when + amount;
    }

    private void changed() {
        show(payments.payment(appointmentId));
        onChange.run();
    }
}
