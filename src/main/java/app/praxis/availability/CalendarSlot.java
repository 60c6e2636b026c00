package app.praxis.availability;

import app.praxis.base.DaySpan;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;

/** A slot as calendars and previews show it: clinic-local date and times. */
public record CalendarSlot(
        long id, long doctorId, LocalDate date, LocalTime start, LocalTime end, boolean booked, SlotSource source) {

    public LocalDateTime startsAt() {
        return date.atTime(start);
    }

    public LocalDateTime endsAt() {
        return DaySpan.end(date, end);
    }

    static CalendarSlot of(AvailabilitySlot slot) {
        return new CalendarSlot(
                slot.getId(),
                slot.getDoctorId(),
                slot.getDate(),
                slot.getStartTime(),
                slot.getEndTime(),
                slot.isBooked(),
                slot.getSource());
    }
}
