package app.praxis.calendar.ui;

import app.praxis.appointment.AppointmentRow;
import app.praxis.availability.CalendarSlot;
import app.praxis.availability.DoctorCalendar;
import app.praxis.availability.TimeOffEntry;
import app.praxis.base.ui.calendar.CalendarEntry;
import app.praxis.base.ui.calendar.CalendarViewType;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/** Maps a doctor's slots and time off onto calendar entries, and entry ids back to what they stand for. */
final class CalendarEntriesMapper {

    static final String SLOT_PREFIX = "slot-";
    static final String TIME_OFF_PREFIX = "off-";
    static final String FREE_DAY_PREFIX = "free-";

    private CalendarEntriesMapper() {}

    /** Without appointments: booked slots are labelled only "Booked". */
    static List<CalendarEntry> toEntries(DoctorCalendar calendar, LocalDateTime now) {
        return toEntries(calendar, Map.of(), now);
    }

    static List<CalendarEntry> toEntries(
            DoctorCalendar calendar, Map<Long, AppointmentRow> appointmentsBySlot, LocalDateTime now) {
        return toEntries(calendar, appointmentsBySlot, now, CalendarViewType.WEEK);
    }

    /**
     * Free future slots can be dragged and resized; booked and past ones cannot. A booked slot shows its
     * appointment's patient and reason. Free slots inside time off are not shown: patients cannot book them
     * (a slot a cancelled appointment still refers to cannot be deleted, so it may outlive the time off's start).
     * Time off is an entry of its own (clicked, it opens to be changed or removed), labelled in each day it covers.
     *
     * <p>The month view has no room for each slot: it shows the booked ones and, per day, how many free slots are
     * still to come (past free slots are not counted).
     */
    static List<CalendarEntry> toEntries(
            DoctorCalendar calendar,
            Map<Long, AppointmentRow> appointmentsBySlot,
            LocalDateTime now,
            CalendarViewType viewType) {
        var entries = new ArrayList<CalendarEntry>(
                calendar.slots().size() + calendar.timeOff().size());
        for (TimeOffEntry off : calendar.timeOff()) {
            entries.add(CalendarEntry.of(TIME_OFF_PREFIX + off.id(), timeOffTitle(off), off.startsAt(), off.endsAt())
                    .withClassName("time-off"));
        }
        if (viewType == CalendarViewType.MONTH) {
            addMonthEntries(entries, calendar, appointmentsBySlot, now);
            return entries;
        }
        for (CalendarSlot slot : calendar.slots()) {
            if (!slot.booked() && insideTimeOff(slot, calendar.timeOff())) {
                continue;
            }
            boolean past = !slot.startsAt().isAfter(now);
            @Nullable AppointmentRow appointment = slot.booked() ? appointmentsBySlot.get(slot.id()) : null;
            String title = appointment != null ? title(appointment) : slot.booked() ? booked() : free();
            entries.add(CalendarEntry.of(SLOT_PREFIX + slot.id(), title, slot.startsAt(), slot.endsAt())
                    .withEditable(!slot.booked() && !past)
                    .withClassName(slot.booked() ? "slot-booked" : past ? "slot-past" : "slot-free"));
        }
        return entries;
    }

    private static void addMonthEntries(
            List<CalendarEntry> entries,
            DoctorCalendar calendar,
            Map<Long, AppointmentRow> appointmentsBySlot,
            LocalDateTime now) {
        var freePerDay = new TreeMap<LocalDate, Integer>();
        for (CalendarSlot slot : calendar.slots()) {
            if (slot.booked()) {
                @Nullable AppointmentRow appointment = appointmentsBySlot.get(slot.id());
                entries.add(CalendarEntry.of(
                                SLOT_PREFIX + slot.id(),
                                appointment != null ? title(appointment) : booked(),
                                slot.startsAt(),
                                slot.endsAt())
                        .withClassName("slot-booked"));
            } else if (slot.startsAt().isAfter(now) && !insideTimeOff(slot, calendar.timeOff())) {
                freePerDay.merge(slot.date(), 1, Integer::sum);
            }
        }
        freePerDay.forEach((day, count) -> entries.add(CalendarEntry.of(
                        FREE_DAY_PREFIX + day,
                        CalendarTexts.get("calendar.entry.freeCount", count),
                        day.atStartOfDay(),
                        day.plusDays(1).atStartOfDay())
                .asAllDay()
                .withClassName("slot-free")));
    }

    static String timeOffTitle(TimeOffEntry off) {
        return off.reason() == null
                ? CalendarTexts.get("calendar.entry.timeOff")
                : CalendarTexts.get("calendar.entry.timeOffFor", off.reason());
    }

    /** The title of a booked slot without its appointment at hand. */
    static String booked() {
        return CalendarTexts.get("calendar.entry.booked");
    }

    static String free() {
        return CalendarTexts.get("calendar.entry.free");
    }

    /** The day a month view's "N free" line stands for. */
    static Optional<LocalDate> freeDay(String entryId) {
        if (!entryId.startsWith(FREE_DAY_PREFIX)) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(entryId.substring(FREE_DAY_PREFIX.length())));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    static String title(AppointmentRow appointment) {
        return appointment.reason() == null || appointment.reason().isBlank()
                ? appointment.patientName()
                : appointment.patientName() + " · " + appointment.reason();
    }

    private static boolean insideTimeOff(CalendarSlot slot, List<TimeOffEntry> timeOff) {
        return timeOff.stream()
                .anyMatch(off -> off.startsAt().isBefore(slot.endsAt())
                        && slot.startsAt().isBefore(off.endsAt()));
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
