package app.praxis.payment;

import app.praxis.base.AccountLanguages;
import app.praxis.base.Formats;
import app.praxis.base.Language;
import app.praxis.base.OutgoingMail;
import app.praxis.base.Texts;
import java.time.format.DateTimeFormatter;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * In the patient's language (their account's choice), e-mails the receipt on payment and the credit note on refund, as PDF attachments, written to the outbox in the
 * transaction of the payment or refund and sent by {@code base.MailOutbox} (with retries); a mail server that is
 * down never fails a payment.
 */
@Component
class PaymentMails {

    private final OutgoingMail mail;
    private final PaymentService payments;
    private final Texts texts;
    private final AccountLanguages languages;

    PaymentMails(OutgoingMail mail, PaymentService payments, Texts texts, AccountLanguages languages) {
        this.mail = mail;
        this.payments = payments;
        this.texts = texts;
        this.languages = languages;
    }

    @EventListener
    void onPaid(PaymentRecorded paid) {
        var receipt = paid.receipt();
        Language language = languages.ofUser(paid.patientUserId());
        send(
                receipt,
                language,
                texts.get(language, "payment.mail.receipt.subject", receipt.number()),
                texts.get(
                        language,
                        "payment.mail.receipt.body",
                        receipt.patientName(),
                        ReceiptPdf.money(receipt.amount(), receipt.currency(), language),
                        receipt.doctorName(),
                        day(receipt, language),
                        Formats.of(language).time(receipt.visitStart())));
    }

    @EventListener
    void onRefunded(PaymentRefunded refunded) {
        var note = refunded.creditNote();
        Language language = languages.ofUser(refunded.patientUserId());
        send(
                note,
                language,
                texts.get(language, "payment.mail.refund.subject", note.number()),
                texts.get(
                        language,
                        "payment.mail.refund.body",
                        note.patientName(),
                        ReceiptPdf.money(note.amount(), note.currency(), language),
                        note.doctorName(),
                        day(note, language),
                        Formats.of(language).time(note.visitStart()),
                        String.valueOf(note.refundReason())));
    }

    private void send(PaymentDocument document, Language language, String subject, String text) {
        mail.send(
                document.patientEmail(),
                subject,
                text,
                new OutgoingMail.Attachment(
                        document.fileName(),
                        ReceiptPdf.render(document, payments.issuer(), language),
                        ReceiptPdf.MEDIA_TYPE),
                document.kind() + " " + document.number() + " to its patient");
    }

    /** "Wednesday, 2 December 2026" / "Mittwoch, 2. Dezember 2026". */
    private static String day(PaymentDocument document, Language language) {
        return document.visitDate()
                .format(DateTimeFormatter.ofPattern(
                        ReceiptPdf.text(language, "payment.pdf.visitDayPattern"), language.locale()));
    }
}
