package app.praxis.availability;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

/** A half-open span [start, end) within one day. */
record TimeRange(LocalTime start, LocalTime end) {

    boolean overlaps(LocalTime otherStart, LocalTime otherEnd) {
        return start.isBefore(otherEnd) && otherStart.isBefore(end);
    }

    boolean overlaps(TimeRange other) {
        return overlaps(other.start, other.end);
    }

    long minutes() {
        return java.time.Duration.between(start, end).toMinutes();
    }

    /**
     * Cuts this span into consecutive slots of {@code slotMinutes}, {@code bufferMinutes} apart; a remainder too
     * short for a slot is left out. Counted in minutes of the day: a LocalTime would silently wrap past midnight.
     */
    List<TimeRange> cut(int slotMinutes, int bufferMinutes) {
        var slots = new ArrayList<TimeRange>();
        int end = this.end.toSecondOfDay() / 60;
        for (int from = start.toSecondOfDay() / 60; from + slotMinutes <= end; from += slotMinutes + bufferMinutes) {
            slots.add(new TimeRange(
                    LocalTime.ofSecondOfDay(from * 60L), LocalTime.ofSecondOfDay((from + slotMinutes) * 60L)));
        }
        return slots;
    }
}
