package app.praxis.availability;

import app.praxis.base.DailyDeltas;
import app.praxis.base.DaySpan;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The availability feature's daily summary for the admin dashboard's utilization (V0015):
 * {@code availability_daily_minutes} holds, per slot day and doctor, the seconds of all the slots (published) and of
 * the booked ones. Every write of {@code doctor_availability} goes through here, in its own transaction:
 *
 * <ul>
 *   <li>slots added one-off ({@link #add}) and generated from weekly hours ({@link #generated});
 *   <li>slots moved or resized ({@link #moveFree}) and deleted, also by time off and by regenerating the hours
 *       ({@link #deleteFree}): the slots are locked, their contribution taken out before the change and put back
 *       after it, so whatever the change did (or refused to do) is counted from the rows themselves;
 *   <li>slots taken and given back by bookings, reschedules and cancellations ({@link #booked}), right after the
 *       conditional update that decided it, whose row lock orders them.
 * </ul>
 *
 * Each change adds signed deltas (read from the slots, or for a slot just taken from the times the booking read) that
 * {@link DailyDeltas} writes at the transaction's commit, with the day's whole-clinic row (doctor 0, V0020), in one
 * {@code INSERT … ON DUPLICATE KEY UPDATE} in (day, doctor) order: concurrent changes of one day add up under the row
 * lock of the upsert, none is lost, and no two wait on each other in a circle. Since V0022 each doctor's delta also
 * goes to the doctor's rows of the aligned blocks of 2 … 256 days holding the day ({@code span_days}), in the same
 * statement: the dashboard's utilization per doctor reads a few blocks per doctor instead of a row per day. Seconds rather than minutes, so that summing a range and
 * dividing by 60 gives exactly the minutes the dashboard used to compute from the slots. {@link #rebuild} fills it
 * from the slots (the migration's backfill), for slots written by plain SQL (the demo clinic, benchmarks).
 */
@Component
public class SlotSummaries {

    /** A slot's length in seconds; one that runs until midnight ends at 00:00 (base.DaySpan). */
    static final String SECONDS = "TIMESTAMPDIFF(SECOND, TIMESTAMP(s.available_date, s.start_time), "
            + DaySpan.endSql("s.available_date", "s.end_time") + ")";

    private static final String INSERT =
            "INSERT INTO availability_daily_minutes (slot_date, doctor_id, published_seconds, booked_seconds) ";

    private static final String ADD_UP = " ON DUPLICATE KEY UPDATE"
            + " published_seconds = published_seconds + VALUES(published_seconds),"
            + " booked_seconds = booked_seconds + VALUES(booked_seconds)";

    /**
     * A slot taken (sign 1) or given back (-1), written at once with the whole clinic's row (doctor 0) in one
     * statement: the booking benchmark's hand-written reference (the service gathers the same deltas and writes them
     * at commit).
     */
    private static final String BOOKED = "INSERT INTO availability_daily_minutes (span_days, slot_date, doctor_id,"
            + " published_seconds, booked_seconds) SELECT " + Rows.SPAN + ", " + Rows.START
            + ", IF(k.n = 0, 0, s.doctor_id), 0, :sign * " + SECONDS
            + " FROM doctor_availability s JOIN (" + Rows.KEYS + ") k WHERE s.availability_id = :id"
            + " ORDER BY " + Rows.SPAN + ", " + Rows.START + ", k.n" + ADD_UP;

    /**
     * {@link #BOOKED}'s rolled 30-day windows (V0029), a statement after it as {@link DailyDeltas} writes them: the
     * windows holding the slot's day that are listed as rolled.
     */
    private static final String BOOKED_WINDOWS = "INSERT INTO availability_daily_minutes (span_days, slot_date,"
            + " doctor_id, published_seconds, booked_seconds) SELECT " + DailyDeltas.ROLLING_SPAN + ", w.first_day,"
            + " s.doctor_id, 0, :sign * " + SECONDS + " FROM doctor_availability s JOIN " + RollingWindows.TABLE
            + " w ON w.first_day BETWEEN DATE_SUB(s.available_date, INTERVAL " + (DailyDeltas.ROLLING_SPAN - 1)
            + " DAY) AND s.available_date WHERE s.availability_id = :id AND " + RollingWindows.NOT_A_MONTH
            + ADD_UP;

    /**
     * The rows a slot's seconds go to, as {@link DailyDeltas} writes them (but the rolling windows, V0029:
     * {@link #BOOKED_WINDOWS}): {@code k.n} 0 for the day's clinic row, 1 for the doctor's; {@code k.back} -1 for the
     * day and the aligned blocks (V0022), -2 for the week, -3 for the calendar month (V0023).
     */
    private static final class Rows {
        static final String SPAN = "IF(k.back = -3, DAY(LAST_DAY(s.available_date)), k.span)";

        static final String START = "CASE k.back WHEN -1 THEN " + blockStart("s.available_date", "k.span")
                + " WHEN -2 THEN DATE_SUB(s.available_date, INTERVAL WEEKDAY(s.available_date) DAY)"
                + " ELSE DATE_SUB(s.available_date, INTERVAL DAY(s.available_date) - 1 DAY) END";

        static final String KEYS;

        static {
            var keys = new StringBuilder("SELECT 0 AS n, 1 AS span, -1 AS back UNION ALL SELECT 1, 1, -1");
            for (int span = 2; span <= DailyDeltas.LONGEST_SPAN; span *= 2) {
                keys.append(" UNION ALL SELECT 1, ").append(span).append(", -1");
            }
            keys.append(" UNION ALL SELECT 1, 7, -2 UNION ALL SELECT 1, 0, -3");
            KEYS = keys.toString();
        }
    }

    /**
     * SQL for the first day of the aligned block of {@code span} days holding {@code day} (as
     * {@link DailyDeltas#blockStart}: blocks start on the days whose number since 1970-01-01 is a multiple of the
     * length).
     */
    public static String blockStart(String day, String span) {
        return "DATE_ADD('1970-01-01', INTERVAL DATEDIFF(" + day + ", '1970-01-01') DIV " + span + " * " + span
                + " DAY)";
    }

    /** A slot's day, doctor and seconds (booked or not). */
    private static final String ONE = "SELECT s.available_date, s.doctor_id, " + SECONDS
            + " FROM doctor_availability s WHERE s.availability_id = ?";

    /** The slots' whole contribution, one row per day and doctor: published and booked seconds. */
    private static final String COUNT = "SELECT s.available_date, s.doctor_id, SUM(" + SECONDS + "),"
            + " SUM(CASE WHEN s.is_booked THEN " + SECONDS + " ELSE 0 END)"
            + " FROM doctor_availability s WHERE s.availability_id IN (:ids) GROUP BY s.available_date, s.doctor_id";

    private final JdbcClient jdbc;
    private final AvailabilitySlotRepository slots;
    private final DailyDeltas deltas;

    SlotSummaries(JdbcClient jdbc, AvailabilitySlotRepository slots, Clock clock) {
        this.jdbc = jdbc;
        this.slots = slots;
        this.deltas = new DailyDeltas(
                jdbc,
                "availability_daily_minutes",
                "slot_date",
                "span_days",
                List.of("published_seconds", "booked_seconds"),
                DailyDeltas.SLOT_MINUTES,
                new DailyDeltas.Rolled(RollingWindows.TABLE, clock));
    }

    /**
     * The slot was just taken (sign 1) or given back (-1) by the caller's conditional update, which holds its row
     * lock: its seconds move in or out of its day's booked seconds (read with one statement).
     */
    void booked(long slotId, int sign) {
        jdbc.sql(ONE).param(slotId).query(rs -> {
            deltas.add(rs.getObject(1, LocalDate.class), rs.getLong(2), 0, sign * rs.getLong(3));
        });
    }

    /** As {@link #booked(long, int)} for a slot whose day and times the caller has read: no statement. */
    void booked(BookableSlot slot, int sign) {
        long seconds = Duration.between(slot.startsAt(), slot.endsAt()).toSeconds();
        deltas.add(slot.date(), slot.doctorId(), 0, sign * seconds);
    }

    /**
     * {@link #booked}'s statement for plain JDBC, the slot's id its one parameter: the booking benchmark's
     * hand-written reference (a test of the appointment feature) writes the same rows as the service.
     */
    public static String bookedStatement(int sign) {
        return BOOKED.replace(":sign", String.valueOf(sign)).replace(":id", "?");
    }

    /**
     * {@link #bookedStatement}'s rolled 30-day windows (V0029), to run after it (the day's row locked first, as
     * {@link DailyDeltas} does) when {@link #mayMeetRolledWindows} says so; the slot's id its one parameter.
     */
    public static String bookedWindowsStatement(int sign) {
        return BOOKED_WINDOWS.replace(":sign", String.valueOf(sign)).replace(":id", "?");
    }

    /** Whether a change of {@code day} may meet a rolled window ({@link DailyDeltas#mayBeRolled}): up to today. */
    public static boolean mayMeetRolledWindows(LocalDate day, LocalDate today) {
        return DailyDeltas.mayBeRolled(day.minusDays(DailyDeltas.ROLLING_SPAN - 1), today);
    }

    /** Slots just inserted (and flushed) by this transaction: their seconds are published on their days. */
    void add(Collection<Long> slotIds) {
        count(slotIds, 1);
    }

    /** Slots just inserted in a batch, without their ids: free slots of one doctor. */
    void generated(long doctorId, List<SlotOnDay> added) {
        Map<LocalDate, Long> seconds = new TreeMap<>();
        added.forEach(slot -> seconds.merge(slot.date(), slot.seconds(), Long::sum));
        seconds.forEach((day, published) -> deltas.add(day, doctorId, published, 0));
    }

    /**
     * {@link AvailabilitySlotRepository#deleteFree} with the summary in step: the slots are locked (in id order) so
     * that no booking or cancellation changes them meanwhile, taken out, deleted where free and not kept for an
     * appointment's history, and what is left put back. Returns how many went.
     */
    int deleteFree(Collection<Long> slotIds) {
        if (slotIds.isEmpty()) {
            return 0;
        }
        lock(slotIds);
        count(slotIds, -1);
        int removed = slots.deleteFree(slotIds);
        count(slotIds, 1);
        return removed;
    }

    /**
     * {@link AvailabilitySlotRepository#moveFree} with the summary in step (the slot locked, taken out before and put
     * back after, on whichever day it is then). Returns 1 if it moved, 0 if it was booked.
     */
    int moveFree(long slotId, LocalDate date, LocalTime start, LocalTime end) {
        List<Long> ids = List.of(slotId);
        lock(ids);
        count(ids, -1);
        int moved = slots.moveFree(slotId, date, start, end);
        count(ids, 1);
        return moved;
    }

    /**
     * Empties the summary and fills it again from every slot: for slots written by plain SQL (the demo clinic's
     * seeder, the benchmarks' generators, test fixtures) and to repair a summary found out of step
     * (docs/PERFORMANCE.md). The same statement as V0015's backfill. Not for a live clinic's busy hours: it rewrites
     * every row.
     */
    @Transactional
    public void rebuild() {
        jdbc.sql("DELETE FROM availability_daily_minutes").update();
        jdbc.sql(INSERT + "SELECT s.available_date, s.doctor_id, SUM(" + SECONDS + "),"
                        + " SUM(CASE WHEN s.is_booked THEN " + SECONDS + " ELSE 0 END)"
                        + " FROM doctor_availability s GROUP BY s.available_date, s.doctor_id")
                .update();
        jdbc.sql(CLINIC_ROWS).update();
        for (int span = 2; span <= DailyDeltas.LONGEST_SPAN; span *= 2) {
            jdbc.sql(blocksFromHalves(span)).update();
        }
        WINDOWS_FROM_DAYS.forEach(sql -> jdbc.sql(sql).update());
    }

    /**
     * V0023's kept windows of each doctor from the doctor's days: the 30 days from every day listed as rolled (V0029)
     * and from the first of each month of 30 days (each day's row added to the 30 windows holding it), the weeks from
     * Monday, the other calendar months. The list of rolled windows stays as it is.
     */
    static final List<String> WINDOWS_FROM_DAYS = List.of(
            "INSERT INTO availability_daily_minutes (span_days, slot_date, doctor_id, published_seconds,"
                    + " booked_seconds) SELECT " + DailyDeltas.ROLLING_SPAN + ", DATE_SUB(m.slot_date, INTERVAL"
                    + " k.back DAY) AS first_day, m.doctor_id, SUM(m.published_seconds), SUM(m.booked_seconds)"
                    + " FROM availability_daily_minutes m JOIN (SELECT t.d * 10 + u.d AS back FROM (SELECT 0 AS d"
                    + " UNION ALL SELECT 1 UNION ALL SELECT 2) t JOIN (SELECT 0 AS d UNION ALL SELECT 1 UNION ALL"
                    + " SELECT 2 UNION ALL SELECT 3 UNION ALL SELECT 4 UNION ALL SELECT 5 UNION ALL SELECT 6"
                    + " UNION ALL SELECT 7 UNION ALL SELECT 8 UNION ALL SELECT 9) u) k"
                    + " WHERE m.span_days = 1 AND m.doctor_id <> 0 GROUP BY first_day, m.doctor_id"
                    + " HAVING first_day IN (SELECT w.first_day FROM " + RollingWindows.TABLE + " w)"
                    + " OR (DAY(first_day) = 1 AND DAY(LAST_DAY(first_day)) = 30)",
            "INSERT INTO availability_daily_minutes (span_days, slot_date, doctor_id, published_seconds,"
                    + " booked_seconds) SELECT 7, DATE_SUB(slot_date, INTERVAL WEEKDAY(slot_date) DAY) AS monday,"
                    + " doctor_id, SUM(published_seconds), SUM(booked_seconds) FROM availability_daily_minutes"
                    + " WHERE span_days = 1 AND doctor_id <> 0 GROUP BY monday, doctor_id",
            "INSERT INTO availability_daily_minutes (span_days, slot_date, doctor_id, published_seconds,"
                    + " booked_seconds) SELECT DAY(LAST_DAY(slot_date)) AS days, DATE_SUB(slot_date, INTERVAL"
                    + " DAY(slot_date) - 1 DAY) AS first_day, doctor_id, SUM(published_seconds), SUM(booked_seconds)"
                    + " FROM availability_daily_minutes WHERE span_days = 1 AND doctor_id <> 0"
                    + " AND DAY(LAST_DAY(slot_date)) <> 30 GROUP BY days, first_day, doctor_id");

    /** V0020's whole-clinic rows (doctor 0): each day's sum of its doctors' rows. */
    static final String CLINIC_ROWS =
            INSERT + "SELECT slot_date, 0, SUM(published_seconds), SUM(booked_seconds) FROM availability_daily_minutes"
                    + " WHERE doctor_id <> 0 AND span_days = 1 GROUP BY slot_date";

    /** V0022's blocks of {@code span} days of each doctor, from the blocks of half that length (or the days). */
    private static String blocksFromHalves(int span) {
        return "INSERT INTO availability_daily_minutes (span_days, slot_date, doctor_id, published_seconds,"
                + " booked_seconds) SELECT " + span + ", " + blockStart("slot_date", String.valueOf(span))
                + " AS block, doctor_id, SUM(published_seconds), SUM(booked_seconds) FROM availability_daily_minutes"
                + " WHERE span_days = " + span / 2 + " AND doctor_id <> 0 GROUP BY block, doctor_id";
    }

    private void lock(Collection<Long> slotIds) {
        jdbc.sql("SELECT availability_id FROM doctor_availability WHERE availability_id IN (:ids)"
                        + " ORDER BY availability_id FOR UPDATE")
                .param("ids", slotIds)
                .query(Long.class)
                .list();
    }

    private void count(Collection<Long> slotIds, int sign) {
        if (!slotIds.isEmpty()) {
            jdbc.sql(COUNT).param("ids", slotIds).query(rs -> {
                deltas.add(rs.getObject(1, LocalDate.class), rs.getLong(2), sign * rs.getLong(3), sign * rs.getLong(4));
            });
        }
    }

    /** A slot of a day by its times (an end of 00:00 is midnight at the day's end). */
    record SlotOnDay(LocalDate date, LocalTime start, LocalTime end) {

        long seconds() {
            return Duration.between(date.atTime(start), DaySpan.end(date, end)).toSeconds();
        }
    }
}
