package app.praxis.availability;

import java.util.List;

/** What a doctor's calendar shows for a range of days: every slot (free and booked) and the time off. */
public record DoctorCalendar(List<CalendarSlot> slots, List<TimeOffEntry> timeOff) {}
