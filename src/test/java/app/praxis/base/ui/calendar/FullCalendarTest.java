package app.praxis.base.ui.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The wrapper keeps no entries: it answers the browser's requests from its entry source (issue 18). */
class FullCalendarTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 12, 7);

    @Test
    void theBrowsersRequestIsAnsweredFromTheSourceForTheDaysAskedWithTheViewType() {
        var calendar = new FullCalendar(MONDAY, MONDAY.atTime(10, 0));
        List<String> asked = new ArrayList<>();
        calendar.setEntrySource((range, type) -> {
            asked.add(range + " " + type);
            return List.of(
                    CalendarEntry.of("slot-1", "Free", MONDAY.atTime(9, 0), MONDAY.atTime(9, 30))
                            .withEditable(true)
                            .withClassName("slot-free"),
                    CalendarEntry.of(
                                    "free-" + MONDAY,
                                    "3 free",
                                    MONDAY.atStartOfDay(),
                                    MONDAY.plusDays(1).atStartOfDay())
                            .asAllDay());
        });

        var json = calendar.fetchEntries("2026-12-07", "2026-12-14");

        assertThat(asked).containsExactly(new DateRange(MONDAY, MONDAY.plusWeeks(1)) + " WEEK");
        assertThat(json).hasSize(2);
        assertThat(json.get(0).get("id").asString()).isEqualTo("slot-1");
        assertThat(json.get(0).get("start").asString()).isEqualTo("2026-12-07T09:00:00");
        assertThat(json.get(0).get("editable").asBoolean()).isTrue();
        assertThat(json.get(0).get("classNames").asString()).isEqualTo("slot-free");
        assertThat(json.get(1).get("allDay").asBoolean()).isTrue();
        assertThat(json.get(1).get("start").asString()).isEqualTo("2026-12-07");
        assertThat(calendar.getElement().hasProperty("entries")).isFalse();

        calendar.setViewType(CalendarViewType.MONTH);
        calendar.fetchEntries("2026-11-30", "2027-01-11");
        assertThat(asked)
                .last()
                .isEqualTo(new DateRange(LocalDate.of(2026, 11, 30), LocalDate.of(2027, 1, 11)) + " MONTH");
    }

    @Test
    void requestsForNoViewOfThisCalendarGetNothingAndDoNotReachTheSource() {
        var calendar = new FullCalendar(MONDAY, LocalDateTime.of(MONDAY, java.time.LocalTime.NOON));
        List<DateRange> asked = new ArrayList<>();
        calendar.setEntrySource((range, type) -> {
            asked.add(range);
            return List.of();
        });

        assertThat(calendar.fetchEntries("2026-01-01", "2027-01-01")).isEmpty();
        assertThat(calendar.fetchEntries("2026-12-14", "2026-12-07")).isEmpty();
        assertThat(calendar.fetchEntries("not a date", "2026-12-07")).isEmpty();
        assertThat(asked).isEmpty();
    }

    @Test
    void getEntriesAsksTheSourceForTheVisibleDays() {
        var calendar = new FullCalendar(MONDAY.plusDays(2), MONDAY.atTime(10, 0));
        calendar.setEntrySource((range, type) -> List.of(CalendarEntry.of(
                "off-1",
                range.start() + "/" + type,
                range.start().atStartOfDay(),
                range.endExclusive().atStartOfDay())));

        assertThat(calendar.getEntries()).extracting(CalendarEntry::title).containsExactly(MONDAY + "/WEEK");
    }

    /** The browser's calls come back as the typed events; a call with a value missing or no time is dropped. */
    @Test
    void theBrowsersCallsFireTheEventsAndCallsWithoutTimesAreDropped() {
        var calendar = new FullCalendar(MONDAY, MONDAY.atTime(10, 0));
        List<String> heard = new ArrayList<>();
        calendar.addRangeSelectedListener(
                event -> heard.add("range " + event.getStart() + " " + event.getEnd() + " " + event.isAllDay()));
        calendar.addDateClickedListener(event -> heard.add("date " + event.getDateTime() + " " + event.isAllDay()));
        calendar.addEntryClickedListener(event -> heard.add("clicked " + event.getEntryId() + " " + event.getStart()));
        calendar.addEntryChangedListener(
                event -> heard.add("changed " + event.getEntryId() + " " + event.getStart() + " " + event.getEnd()));

        calendar.rangeSelected("2026-12-07T09:00:00", "2026-12-07T10:30:00", false);
        calendar.dateClicked("2026-12-08T00:00:00", true);
        calendar.entryClicked("slot-1", "2026-12-07T09:00:00");
        calendar.entryChanged("slot-1", "2026-12-07T11:00:00", "2026-12-07T11:30:00");
        calendar.rangeSelected("yesterday", "2026-12-07T10:30:00", false);
        calendar.rangeSelected(null, "2026-12-07T10:30:00", false);
        calendar.dateClicked(null, false);
        calendar.entryClicked(null, "2026-12-07T09:00:00");
        calendar.entryClicked("slot-1", "9 o'clock");
        calendar.entryChanged("slot-1", "2026-12-07T11:00:00", null);

        assertThat(heard)
                .containsExactly(
                        "range 2026-12-07T09:00 2026-12-07T10:30 false",
                        "date 2026-12-08T00:00 true",
                        "clicked slot-1 2026-12-07T09:00",
                        "changed slot-1 2026-12-07T11:00 2026-12-07T11:30");
    }
}
