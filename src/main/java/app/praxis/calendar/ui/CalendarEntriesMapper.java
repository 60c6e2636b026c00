package app.praxis.calendar.ui;

import app.praxis.availability.CalendarSlot;
import app.praxis.availability.DoctorCalendar;
import app.praxis.availability.TimeOffEntry;
import app.praxis.base.ui.calendar.CalendarEntry;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Maps a doctor's slots and time off onto calendar entries, and entry ids back to what they stand for. */
final class CalendarEntriesMapper {

    static final String SLOT_PREFIX = "slot-";
    static final String TIME_OFF_PREFIX = "off-";
    static final String BOOKED = "Booked";
    static final String FREE = "Free";

    private CalendarEntriesMapper() {}

    /** Free future slots can be dragged and resized; booked and past ones cannot. */
    static List<CalendarEntry> toEntries(DoctorCalendar calendar, LocalDateTime now) {
        var entries = new ArrayList<CalendarEntry>(
                calendar.slots().size() + calendar.timeOff().size());
        for (TimeOffEntry off : calendar.timeOff()) {
            entries.add(CalendarEntry.of(
                            TIME_OFF_PREFIX + off.id(),
                            off.reason() == null ? "Time off" : "Time off: " + off.reason(),
                            off.startsAt(),
                            off.endsAt())
                    .asBackground()
                    .withClassName("time-off"));
        }
        for (CalendarSlot slot : calendar.slots()) {
            boolean past = !slot.startsAt().isAfter(now);
            entries.add(CalendarEntry.of(
                            SLOT_PREFIX + slot.id(), slot.booked() ? BOOKED : FREE, slot.startsAt(), slot.endsAt())
                    .withEditable(!slot.booked() && !past)
                    .withClassName(slot.booked() ? "slot-booked" : past ? "slot-past" : "slot-free"));
        }
        return entries;
    }

    static Optional<Long> slotId(String entryId) {
        return idAfter(SLOT_PREFIX, entryId);
    }

    static Optional<Long> timeOffId(String entryId) {
        return idAfter(TIME_OFF_PREFIX, entryId);
    }

    private static Optional<Long> idAfter(String prefix, String entryId) {
        if (!entryId.startsWith(prefix)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Long.parseLong(entryId.substring(prefix.length())));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
