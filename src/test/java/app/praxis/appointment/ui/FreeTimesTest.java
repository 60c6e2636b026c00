package app.praxis.appointment.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.praxis.appointment.ui.SlotPicker.FreeTimes;
import app.praxis.availability.BookableSlot;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The slot picker's compact store of free times gives back exactly the slots it was given, by day. */
class FreeTimesTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 12, 7);

    private static BookableSlot slot(long id, LocalDate day, String start, String end) {
        return new BookableSlot(id, 42, day, LocalTime.parse(start), LocalTime.parse(end), false, false);
    }

    @Test
    void givesBackEachDaysSlotsInOrderOfTime() {
        var late = slot(3, MONDAY, "11:00", "11:30");
        var early = slot(9, MONDAY, "09:00", "09:30");
        var wednesday = slot(1, MONDAY.plusDays(2), "08:00", "08:15");
        var lastMinute = slot(5, MONDAY.plusDays(2), "23:45", "00:00");
        var times = new FreeTimes(List.of(wednesday, late, lastMinute, early));

        assertThat(times.isEmpty()).isFalse();
        assertThat(times.firstDay()).isEqualTo(MONDAY);
        assertThat(times.lastDay()).isEqualTo(MONDAY.plusDays(2));
        assertThat(times.onDay(MONDAY)).containsExactly(early, late);
        assertThat(times.onDay(MONDAY.plusDays(1))).isEmpty();
        assertThat(times.onDay(MONDAY.plusDays(2))).containsExactly(wednesday, lastMinute);
        assertThat(times.find(5)).contains(lastMinute);
        assertThat(times.find(4)).isEmpty();
    }

    @Test
    void findsTheNextDayWithAFreeTimeAndWhetherARangeHasOne() {
        var times = new FreeTimes(
                List.of(slot(1, MONDAY, "09:00", "09:30"), slot(2, MONDAY.plusDays(10), "09:00", "09:30")));

        assertThat(times.firstDayFrom(MONDAY.minusDays(3))).contains(MONDAY);
        assertThat(times.firstDayFrom(MONDAY.plusDays(1))).contains(MONDAY.plusDays(10));
        assertThat(times.firstDayFrom(MONDAY.plusDays(11))).isEmpty();
        assertThat(times.anyBefore(MONDAY.plusDays(1), MONDAY.plusDays(8))).isFalse();
        assertThat(times.anyBefore(MONDAY.plusDays(4), MONDAY.plusDays(11))).isTrue();
        assertThat(times.anyBefore(MONDAY, MONDAY.plusDays(1))).isTrue();
    }

    @Test
    void keepsTheFlagsAndTheDoctor() {
        var flagged = new BookableSlot(7, 3, MONDAY, LocalTime.NOON, LocalTime.of(12, 20), true, true);

        assertThat(new FreeTimes(List.of(flagged)).onDay(MONDAY)).containsExactly(flagged);
        assertThat(FreeTimes.NONE.isEmpty()).isTrue();
        assertThat(FreeTimes.NONE.firstDayFrom(MONDAY)).isEmpty();
        assertThat(FreeTimes.NONE.onDay(MONDAY)).isEmpty();
    }

    @Test
    void keepsIdsFarApartAndTimesToTheSecond() {
        var low = new BookableSlot(5, 3, MONDAY, LocalTime.of(8, 0, 30), LocalTime.of(8, 20), false, false);
        var high = new BookableSlot(
                5 + 3L * Integer.MAX_VALUE,
                3,
                MONDAY.plusDays(400),
                LocalTime.of(23, 0),
                LocalTime.MAX.withNano(0),
                false,
                true);
        var times = new FreeTimes(List.of(high, low));

        assertThat(times.onDay(MONDAY)).containsExactly(low);
        assertThat(times.onDay(MONDAY.plusDays(400))).containsExactly(high);
        assertThat(times.find(high.id())).contains(high);
        assertThat(times.firstDayFrom(MONDAY.plusDays(1))).contains(MONDAY.plusDays(400));
        assertThat(times.lastDay()).isEqualTo(MONDAY.plusDays(400));
    }
}
