package app.praxis.appointment;

import app.praxis.base.DaySpan;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import org.jspecify.annotations.Nullable;

/**
 * One appointment as lists and grids show it, read in one query with its doctor, patient and payment. The
 * payment's status is read as text: appointment must not depend on payment's types (payment depends on it).
 */
public record AppointmentRow(
        long id,
        long doctorId,
        String doctorName,
        @Nullable String specialization,
        long patientId,
        String patientName,
        @Nullable Integer patientAge,
        LocalDate date,
        LocalTime startTime,
        LocalTime endTime,
        AppointmentStatus status,
        @Nullable String reason,
        @Nullable String cancellationReason,
        @Nullable String paymentStatus,
        int rescheduleCount) {

    /** Shown instead of PENDING for a cancelled appointment: nothing is owed for a visit that will not happen. */
    public static final String NOT_DUE = "NOT_DUE";

    /**
     * The payment as lists show it. A cancelled appointment's unpaid fee is not due, although its row stays PENDING
     * until payments learn to settle cancellations (a paid one still shows PAID, so a refund is visibly owed).
     */
    public @Nullable String paymentStatusShown() {
        return status == AppointmentStatus.CANCELLED && "PENDING".equals(paymentStatus) ? NOT_DUE : paymentStatus;
    }

    public LocalDateTime startsAt() {
        return date.atTime(startTime);
    }

    public LocalDateTime endsAt() {
        return DaySpan.end(date, endTime);
    }
}
