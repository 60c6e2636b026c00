package app.praxis.payment.ui;

import app.praxis.base.Formats;
import app.praxis.payment.PaymentDetails;
import app.praxis.payment.PaymentService;
import app.praxis.payment.PaymentStatus;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

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
        lines(payment, payments::format).forEach(line -> summary.add(new Div(line)));
        if (payment.hasReceipt()) {
            documents.add(DocumentLinks.link(
                    getTranslation("payment.panel.receipt", payment.receiptNumber()),
                    "receipt-link",
                    () -> payments.receipt(appointmentId)));
        }
        if (payment.hasCreditNote()) {
            documents.add(DocumentLinks.link(
                    getTranslation("payment.panel.creditNote", payment.creditNoteNumber()),
                    "credit-note-link",
                    () -> payments.creditNote(appointmentId)));
        }
        if (payments.mayRecord(payment)) {
            var record = new Button(getTranslation("payment.recordPayment"), event -> new RecordPaymentDialog(
                            appointmentId, payments.draft(appointmentId), payments, this::changed)
                    .open());
            record.addClassNames("record-payment");
            actions.add(record);
        }
        if (payments.mayRefund(payment, appointmentCancelled)) {
            var refund = new Button(
                    getTranslation("payment.refund"),
                    event -> new RefundDialog(payment, payments, this::changed).open());
            refund.addClassNames("refund");
            actions.add(refund);
        }
    }

    /**
     * What the panel says, line by line: "Payment: Paid · €80.00", then how to pay, how it was paid or that the card
     * was declined, and a refund. The cards drawn in the browser show the same lines ({@link PaymentSection}).
     * {@code money} writes an amount in the page's language.
     */
    static List<String> lines(PaymentDetails payment, Function<BigDecimal, String> money) {
        var lines = new ArrayList<String>();
        lines.add(I18NProvider.translate(
                "payment.panel.summary",
                I18NProvider.translate("payment.status." + payment.status().name()),
                money.apply(payment.fee())));
        switch (payment.status()) {
            case PENDING -> lines.add(I18NProvider.translate("payment.panel.howToPay"));
            case FAILED -> lines.add(I18NProvider.translate("payment.panel.declined"));
            case PAID, REFUNDED -> lines.add(paidLine(payment, money));
            case NOT_DUE -> {}
        }
        if (payment.status() == PaymentStatus.REFUNDED && payment.refundedAmount() != null) {
            lines.add(refundedLine(payment, money));
        }
        return lines;
    }

    /** "Paid by card on Wed 2 Dec 2026, 09:30", with the amount when it is not the fee. */
    private static String paidLine(PaymentDetails payment, Function<BigDecimal, String> money) {
        String paid = payment.method() == null || payment.paidAt() == null
                ? I18NProvider.translate("payment.status.PAID")
                : I18NProvider.translate(
                        "payment.paidBy." + payment.method().name(),
                        Formats.current().when(payment.paidAt()));
        return payment.paidAmount() == null || payment.paidAmount().compareTo(payment.fee()) == 0
                ? paid
                : I18NProvider.translate("payment.panel.withAmount", paid, money.apply(payment.paidAmount()));
    }

    /** "Refunded €25.00 on Wed 2 Dec 2026, 09:30: Shorter visit". */
    private static String refundedLine(PaymentDetails payment, Function<BigDecimal, String> money) {
        String amount = money.apply(payment.refundedAmount());
        if (payment.refundedAt() == null) {
            return I18NProvider.translate("payment.panel.refundedAmount", amount);
        }
        String when = Formats.current().when(payment.refundedAt());
        return payment.refundReason() == null
                ? I18NProvider.translate("payment.panel.refunded", amount, when)
                : I18NProvider.translate("payment.panel.refundedFor", amount, when, payment.refundReason());
    }

    private void changed() {
        show(payments.payment(appointmentId));
        onChange.run();
    }
}
