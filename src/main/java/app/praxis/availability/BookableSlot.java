package app.praxis.availability;

import app.praxis.base.DaySpan;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;

/**
 * A slot as booking sees it: when it is, whose it is, and whether it can still be taken. {@code duringTimeOff}
 * is true when the doctor's time off covers part of it (such a slot is never offered).
 */
public record BookableSlot(
        long id,
        long doctorId,
        LocalDate date,
        LocalTime startTime,
        LocalTime endTime,
        boolean booked,
        boolean duringTimeOff) {

    public LocalDateTime startsAt() {
        return date.atTime(startTime);
    }

    public LocalDateTime endsAt() {
        return DaySpan.end(date, endTime);
    }
}
