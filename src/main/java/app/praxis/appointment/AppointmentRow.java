package app.praxis.appointment;

import app.praxis.base.DaySpan;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import org.jspecify.annotations.Nullable;

/**
 * One appointment as lists and grids show it, read in one query with its doctor and patient. Its payment is
 * payment's to show (payment is above appointment): see {@code ui.AppointmentSection}.
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
        int rescheduleCount) {

    public LocalDateTime startsAt() {
        return date.atTime(startTime);
    }

    public LocalDateTime endsAt() {
        return DaySpan.end(date, endTime);
    }
}
