package app.praxis.availability;

import java.util.List;

/**
 * The outcome of adding time off: the entry, how many free slots it removed, and the booked slots inside it,
 * which stay until their appointments are rescheduled or cancelled.
 */
public record TimeOffAdded(TimeOffEntry timeOff, int freeSlotsRemoved, List<CalendarSlot> bookedSlotsKept) {}
