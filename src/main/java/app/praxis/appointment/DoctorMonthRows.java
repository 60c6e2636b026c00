package app.praxis.appointment;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;

/**
 * Each doctor's kept rows per month (V0050, issue 18, round 25): a row of {@code appointment_daily_counts} per doctor
 * and month of visits, on the day {@link #FIRST_DAY} + the month's number since year 0 (1300-01-01 to 1628-07-19:
 * after V0049's rows per start time, before any visit) with {@code doctor_id} = {@link #ROW} + the doctor's id (never
 * a doctor's own id, so no reader of a doctor's days counts it). The date order with a doctor's name sums the named
 * doctors' months (8 per doctor at 1,000,000) to find the month that holds a page, then that month's days only,
 * instead of every day of every doctor ({@link NamedDoctorPages}: 15,600 rows for 'Klara').
 */
final class DoctorMonthRows {

    /** A doctor's key: this + the doctor's id (above V0049's rows per start time). */
    static final long ROW = 4_000_000_000_000L;

    /** The day of the month 0000-01. */
    private static final LocalDate FIRST_DAY = LocalDate.of(1300, 1, 1);

    /** {@link #FIRST_DAY} as SQL. */
    static final String FIRST_DAY_SQL = "DATE '1300-01-01'";

    /** {@link #day} of an appointment {@code a}'s month, in SQL. */
    static final String DAY_SQL =
            FIRST_DAY_SQL + " + INTERVAL (YEAR(a.appointment_date) * 12 + MONTH(a.appointment_date) - 1) DAY";

    /** {@link #key} of an appointment {@code a}'s doctor, in SQL. */
    static final String KEY_SQL = ROW + " + a.doctor_id";

    /** The last day of these rows (the month 9999-12). */
    private static final LocalDate LAST_DAY = day(LocalDate.of(9999, 12, 31));

    /** The rows' days, as an SQL condition on {@code column}. */
    static String days(String column) {
        return column + " BETWEEN " + FIRST_DAY_SQL + " AND DATE '" + LAST_DAY + "'";
    }

    /** The visit days (after these rows' days), as an SQL condition on {@code column}. */
    static String visitDays(String column) {
        return column + " > DATE '" + LAST_DAY + "'";
    }

    private DoctorMonthRows() {}

    static long key(long doctorId) {
        return ROW + doctorId;
    }

    /** The row's day of the month of {@code date}. */
    static LocalDate day(LocalDate date) {
        return FIRST_DAY.plusDays(date.getYear() * 12L + date.getMonthValue() - 1);
    }

    /** The month of a row's day. */
    static YearMonth month(LocalDate day) {
        long months = ChronoUnit.DAYS.between(FIRST_DAY, day);
        return YearMonth.of((int) (months / 12), (int) (months % 12) + 1);
    }

    /** Whether a kept row of {@code appointment_daily_counts} on {@code day} is one of these (a month's). */
    static boolean isMonthDay(LocalDate day) {
        return !day.isBefore(FIRST_DAY) && !day.isAfter(LAST_DAY);
    }

    /**
     * Whether a kept row of {@code appointment_daily_counts} on {@code day} is one of a visit day: not V0024's
     * sentinel's, nor V0049's per start time, nor these.
     */
    static boolean isVisitDay(LocalDate day) {
        return day.isAfter(LAST_DAY);
    }
}
