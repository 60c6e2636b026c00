package app.praxis.availability;

import app.praxis.base.DaySpan;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

/** A half-open span [start, end) within one day; an end of 00:00 is the midnight that ends the day. */
record TimeRange(LocalTime start, LocalTime end) {

    boolean overlaps(LocalTime otherStart, LocalTime otherEnd) {
        return startSecond(start) < endSecond(otherEnd) && startSecond(otherStart) < endSecond(end);
    }

    boolean overlaps(TimeRange other) {
        return overlaps(other.start, other.end);
    }

    long minutes() {
        return (endSecond(end) - startSecond(start)) / 60;
    }

    /**
     * Cuts this span into consecutive slots of {@code slotMinutes}, {@code bufferMinutes} apart; a remainder too
     * short for a slot is left out. Counted in minutes of the day: a LocalTime would silently wrap past midnight.
     */
    List<TimeRange> cut(int slotMinutes, int bufferMinutes) {
        var slots = new ArrayList<TimeRange>();
        int end = DaySpan.endMinute(this.end);
        for (int from = start.toSecondOfDay() / 60; from + slotMinutes <= end; from += slotMinutes + bufferMinutes) {
            slots.add(new TimeRange(LocalTime.ofSecondOfDay(from * 60L), DaySpan.endTime(from + slotMinutes)));
        }
        return slots;
    }

    private static long startSecond(LocalTime time) {
        return time.toSecondOfDay();
    }

    private static long endSecond(LocalTime time) {
        return time.equals(LocalTime.MIDNIGHT) ? 24 * 3600 : time.toSecondOfDay();
    }
}
