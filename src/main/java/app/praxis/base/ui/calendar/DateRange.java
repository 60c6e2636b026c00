package app.praxis.base.ui.calendar;

import java.time.LocalDate;

/** Days [start, endExclusive), as FullCalendar counts them. */
public record DateRange(LocalDate start, LocalDate endExclusive) {

    public LocalDate lastDay() {
        return endExclusive.minusDays(1);
    }
}
