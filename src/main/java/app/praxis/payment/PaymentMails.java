package app.praxis.payment;

import jakarta.mail.MessagingException;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * E-mails the receipt on payment and the credit note on refund, as PDF attachments, once the change is committed
 * and off the request thread. A mail server that is down is logged, never turned into a failed payment.
 */
@Component
class PaymentMails {

    private static final Logger log = LoggerFactory.getLogger(PaymentMails.class);
    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("EEEE, d MMMM yyyy 'at' HH:mm", Locale.ENGLISH);

    private final JavaMailSender mailSender;
    private final PaymentService payments;
    private final String from;

    PaymentMails(
            JavaMailSender mailSender,
            PaymentService payments,
            @Value("${praxis.mail.from:Praxis <no-reply@praxis.local>}") String from) {
        this.mailSender = mailSender;
        this.payments = payments;
        this.from = from;
    }

    @Async
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void onPaid(PaymentRecorded paid) {
        var receipt = paid.receipt();
        send(
                receipt,
                "Your receipt " + receipt.number(),
                "Hello " + receipt.patientName() + ",\n\nthank you for your payment of "
                        + ReceiptPdf.money(receipt.amount(), receipt.currency()) + " for your appointment with "
                        + receipt.doctorName() + " on " + when(receipt) + ".\nYour receipt is attached.\n");
    }

    @Async
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
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
        try {
            var message = mailSender.createMimeMessage();
            var helper = new MimeMessageHelper(message, true, StandardCharsets.UTF_8.name());
            helper.setFrom(from);
            helper.setTo(document.patientEmail());
            helper.setSubject(subject);
            helper.setText(text);
            helper.addAttachment(
                    document.fileName(),
                    new ByteArrayResource(ReceiptPdf.render(document, payments.issuer())),
                    ReceiptPdf.MEDIA_TYPE);
            mailSender.send(message);
        } catch (MailException | MessagingException e) {
            log.warn("Could not e-mail {} {} to its patient: {}", document.kind(), document.number(), firstLine(e));
        }
    }

    private static String firstLine(Exception e) {
        String message = String.valueOf(e.getMessage());
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }

    private static String when(PaymentDocument document) {
        return WHEN.format(document.visitDate().atTime(document.visitStart()));
    }
}
