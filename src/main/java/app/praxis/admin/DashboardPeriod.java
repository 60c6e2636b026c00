package app.praxis.admin;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/** The dashboard's ready-made date ranges, each ending today (clinic-local) at the latest. */
public enum DashboardPeriod {
    THIS_WEEK("This week"),
    THIS_MONTH("This month"),
    LAST_30_DAYS("Last 30 days"),
    CUSTOM("Custom");

    private final String label;

    DashboardPeriod(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The first day of the range for {@code today}; CUSTOM has none (the admin picks both ends). */
    public LocalDate from(LocalDate today) {
        return switch (this) {
            case THIS_WEEK -> today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case THIS_MONTH -> today.withDayOfMonth(1);
            case LAST_30_DAYS, CUSTOM -> today.minusDays(29);
        };
    }

    /** The last day of the range: the end of the week or month (so future bookings in it count too), or today. */
    public LocalDate to(LocalDate today) {
        return switch (this) {
            case THIS_WEEK -> today.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
            case THIS_MONTH -> today.with(TemporalAdjusters.lastDayOfMonth());
            case LAST_30_DAYS, CUSTOM -> today;
        };
    }
}
