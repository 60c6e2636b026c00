package app.praxis.appointment;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;

/**
 * Each doctor's kept rows per start time (V0049, issue 18, round 24): a row of {@code appointment_daily_counts} per
 * doctor and start time, on the day {@link DoctorAndTimeJumps#SENTINEL} + 1 + the time's second of the day (1000-01-02
 * to 1236-07-22: before any visit, as the sentinel is) with {@code doctor_id} = {@link #ROW} + the doctor's id (never a
 * doctor's own id, so no reader of a doctor's days counts it). The time is in the day, not the key, so that the named
 * doctors' rows are read as {@code doctor_id IN (…)} over the days' range: one lookup per doctor and time, no
 * condition per doctor tested on every row. The time order with a doctor's name sums them per time instead of counting
 * the doctors' index entries ({@link NamedDoctorPages#byTime}).
 */
final class DoctorTimeRows {

    /** A doctor's key: this + the doctor's id (above V0024's start time and day keys, below V0041's groups). */
    static final long ROW = 3_000_000_000_000L;

    /** The first day of these rows (the time 00:00:00), as SQL. */
    static final String FIRST_DAY_SQL = "DATE '1000-01-02'";

    /** The last day of these rows (the time 23:59:59), as SQL. */
    static final String LAST_DAY_SQL = FIRST_DAY_SQL + " + INTERVAL 86399 DAY";

    /** The last day of these rows, as a date. */
    private static final LocalDate LAST_DAY = DoctorAndTimeJumps.SENTINEL.plusDays(86_400);

    /** {@link #day} of an appointment {@code a}'s start time, in SQL. */
    static final String DAY_SQL = FIRST_DAY_SQL + " + INTERVAL TIME_TO_SEC(a.start_time) DAY";

    /** {@link #key} of an appointment {@code a}'s doctor, in SQL. */
    static final String KEY_SQL = ROW + " + a.doctor_id";

    private DoctorTimeRows() {}

    static long key(long doctorId) {
        return ROW + doctorId;
    }

    static LocalDate day(LocalTime start) {
        return DoctorAndTimeJumps.SENTINEL.plusDays(1L + start.toSecondOfDay());
    }

    /** Whether a kept row of {@code appointment_daily_counts} on {@code day} is one of these (a start time's). */
    static boolean isTimeDay(LocalDate day) {
        return day.isAfter(DoctorAndTimeJumps.SENTINEL) && !day.isAfter(LAST_DAY);
    }

    static LocalTime time(LocalDate day) {
        return LocalTime.ofSecondOfDay(ChronoUnit.DAYS.between(DoctorAndTimeJumps.SENTINEL, day) - 1);
    }
}
