package app.praxis.payment;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import org.jspecify.annotations.Nullable;

/** A payment with what the rules need of its appointment, doctor and patient (read in one query). */
record PaymentState(
        long paymentId,
        long appointmentId,
        BigDecimal fee,
        @Nullable BigDecimal paidAmount,
        @Nullable PaymentMethod method,
        PaymentStatus status,
        @Nullable Instant transactionDate,
        @Nullable String insurancePolicy,
        @Nullable String receiptNumber,
        @Nullable BigDecimal refundedAmount,
        @Nullable Instant refundedAt,
        @Nullable String refundReason,
        @Nullable String creditNoteNumber,
        String appointmentStatus,
        LocalDate visitDate,
        LocalTime visitStart,
        LocalTime visitEnd,
        @Nullable String visitReason,
        long doctorId,
        long doctorUserId,
        String doctorName,
        long patientUserId,
        String patientName,
        String patientEmail,
        @Nullable String patientInsurance) {

    /** This appointment's context with the payment columns of {@code latest} (a locking read). */
    PaymentState withPaymentOf(PaymentState latest) {
        return new PaymentState(
                latest.paymentId,
                appointmentId,
                latest.fee,
                latest.paidAmount,
                latest.method,
                latest.status,
                latest.transactionDate,
                latest.insurancePolicy,
                latest.receiptNumber,
                latest.refundedAmount,
                latest.refundedAt,
                latest.refundReason,
                latest.creditNoteNumber,
                appointmentStatus,
                visitDate,
                visitStart,
                visitEnd,
                visitReason,
                doctorId,
                doctorUserId,
                doctorName,
                patientUserId,
                patientName,
                patientEmail,
                patientInsurance);
    }

    boolean appointmentCancelled() {
        return "CANCELLED".equals(appointmentStatus);
    }

    boolean appointmentNoShow() {
        return "NO_SHOW".equals(appointmentStatus);
    }
}
