package app.praxis.payment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import org.jspecify.annotations.Nullable;

/**
 * Everything a receipt or credit note prints, captured inside the transaction that numbered it, so that rendering
 * and mailing after the commit need no database. For a credit note, {@code amount} is what was refunded and
 * {@code receiptNumber} the receipt it corrects.
 */
public record PaymentDocument(
        Kind kind,
        String number,
        LocalDate issuedOn,
        long appointmentId,
        String patientName,
        String patientEmail,
        String doctorName,
        LocalDate visitDate,
        LocalTime visitStart,
        LocalTime visitEnd,
        @Nullable String visitReason,
        BigDecimal amount,
        PaymentMethod method,
        @Nullable String insurancePolicy,
        @Nullable String receiptNumber,
        @Nullable String refundReason,
        String currency) {

    public enum Kind {
        RECEIPT,
        CREDIT_NOTE
    }

    public String fileName() {
        return (kind == Kind.RECEIPT ? "receipt-" : "credit-note-") + number + ".pdf";
    }
}
