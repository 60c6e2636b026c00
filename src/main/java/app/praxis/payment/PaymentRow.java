package app.praxis.payment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import org.jspecify.annotations.Nullable;

/** One payment in the admin grid and the CSV export, with its appointment's doctor, patient and visit. */
public record PaymentRow(
        long paymentId,
        long appointmentId,
        LocalDate visitDate,
        LocalTime visitTime,
        String doctorName,
        String patientName,
        PaymentStatus status,
        @Nullable PaymentMethod method,
        BigDecimal fee,
        @Nullable BigDecimal paidAmount,
        @Nullable BigDecimal refundedAmount,
        @Nullable LocalDateTime paidAt,
        @Nullable String receiptNumber,
        @Nullable String creditNoteNumber) {}
