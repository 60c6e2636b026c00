package app.praxis.payment;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import org.jspecify.annotations.Nullable;

/**
 * The payment of one appointment as its patient, its doctor and admins see it. {@code fee} is the amount copied
 * from the doctor's fee at booking; {@code paidAmount} what was taken; times are clinic-local.
 */
public record PaymentDetails(
        long paymentId,
        long appointmentId,
        BigDecimal fee,
        @Nullable BigDecimal paidAmount,
        @Nullable PaymentMethod method,
        PaymentStatus status,
        @Nullable LocalDateTime paidAt,
        @Nullable String insurancePolicy,
        @Nullable String receiptNumber,
        @Nullable BigDecimal refundedAmount,
        @Nullable LocalDateTime refundedAt,
        @Nullable String refundReason,
        @Nullable String creditNoteNumber,
        String currency) {

    public boolean hasReceipt() {
        return receiptNumber != null;
    }

    public boolean hasCreditNote() {
        return creditNoteNumber != null;
    }
}
