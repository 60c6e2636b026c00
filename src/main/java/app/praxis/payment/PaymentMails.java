package app.praxis.payment;

import app.praxis.base.OutgoingMail;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * E-mails the receipt on payment and the credit note on refund, as PDF attachments, written to the outbox in the
 * transaction of the payment or refund and sent by {@code base.MailOutbox} (with retries); a mail server that is
 * down never fails a payment.
 */
@Component
class PaymentMails {

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("EEEE, d MMMM yyyy 'at' HH:mm", Locale.ENGLISH);

    private final OutgoingMail mail;
    private final PaymentService payments;

    PaymentMails(OutgoingMail mail, PaymentService payments) {
        this.mail = mail;
        this.payments = payments;
    }

    @EventListener
    void onPaid(PaymentRecorded paid) {
        var receipt = paid.receipt();
        send(
                receipt,
                "Your receipt " + receipt.number(),
                "Hello " + receipt.patientName() + ",\n\nthank you for your payment of "
                        + ReceiptPdf.money(receipt.amount(), receipt.currency()) + " for your appointment with "
                        + receipt.doctorName() + " on " + when(receipt) + ".\nYour receipt is attached.\n");
    }

    @EventListener
    void onRefunded(PaymentRefunded refunded) {
        var note = refunded.creditNote();
        send(
                note,
                "Your refund, credit note " + note.number(),
                "Hello " + note.patientName() + ",\n\nwe have refunded "
                        + ReceiptPdf.money(note.amount(), note.currency()) + " for your appointment with "
                        + note.doctorName() + " on " + when(note) + ".\nReason: " + note.refundReason()
                        + "\nThe credit note is attached.\n");
    }

    private void send(PaymentDocument document, String subject, String text) {
        mail.send(
                document.patientEmail(),
                subject,
                text,
                new OutgoingMail.Attachment(
                        document.fileName(), ReceiptPdf.render(document, payments.issuer()), ReceiptPdf.MEDIA_TYPE),
                document.kind() + " " + document.number() + " to its patient");
    }

    private static String when(PaymentDocument document) {
        return WHEN.format(document.visitDate().atTime(document.visitStart()));
    }
}
