package app.praxis.admin;

import app.praxis.appointment.AppointmentStatus;
import app.praxis.base.DailyDeltas;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The dashboard's aggregate queries: every figure is counted or summed by the database, never by loading rows.
 * The figures' queries read the current and the previous period in one pass ({@code period} 1 and 0). Admin sits
 * above every feature, so it reads their tables directly.
 *
 * <p>Appointments, new patients and revenue come from the daily summaries that the appointment and payment features
 * keep in step with their rows (V0013: {@code appointment_daily_counts}, {@code appointment_first_visits},
 * {@code appointment_doctor_first_visits}, {@code payment_daily_revenue}): at most a row per day and doctor, so a
 * range costs the same at 10,000 appointments as at 1,000,000. Slot minutes (utilization) come from the slots'
 * daily summary that the availability feature keeps (V0015: {@code availability_daily_minutes}).
 *
 * <p>For the whole clinic (no doctor, no specialization) the figures read a row per day, not a row per day and
 * doctor (V0020, round 7: 2,000 doctors made the whole clinic's 60 days some 88,000 rows of each summary): the
 * appointments, their cancellations by the patient and their hours from {@code appointment_day_totals} (per day and
 * status), revenue and slot minutes from the clinic's rows (doctor 0) of {@code payment_daily_revenue} and
 * {@code availability_daily_minutes}. The two charts that show doctors read rows of their own (V0022): utilization
 * per doctor a few blocks of days per doctor, bookings by specialization a row per day and specialization.
 */
@Repository
class DashboardRepository {

    /** 1 for a row in the current period, 0 for one in the previous period. */
    private static final String PERIOD = "CASE WHEN %s >= :from THEN 1 ELSE 0 END";

    private final JdbcClient jdbc;

    DashboardRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** All appointments of a summary row: the five status columns. */
    private static final String BOOKED =
            "c.scheduled + c.completed + c.no_shows + c.cancelled_by_patient + c.cancelled_by_practice";

    /** The appointments not cancelled of a summary row. */
    private static final String NOT_CANCELLED = "c.scheduled + c.completed + c.no_shows";

    /**
     * The appointment counts of both periods, keyed by period (1 current, 0 previous): booked, completed, cancelled
     * by the patient, cancelled by the practice, no-shows; summed from the daily counts.
     */
    Map<Integer, long[]> appointmentCounts(DashboardFilter filter) {
        var result = new HashMap<Integer, long[]>();
        String sql = wholeClinic(filter)
                ? "SELECT " + PERIOD.formatted("t.count_date") + " AS period,"
                        + " COALESCE(SUM(t.total), 0) AS booked,"
                        + " COALESCE(SUM(CASE WHEN t.status = 'COMPLETED' THEN t.total END), 0) AS completed,"
                        + " COALESCE(SUM(t.cancelled_by_patient), 0) AS by_patient,"
                        + " COALESCE(SUM(CASE WHEN t.status = 'CANCELLED' THEN t.total - t.cancelled_by_patient END), 0)"
                        + "     AS by_practice,"
                        + " COALESCE(SUM(CASE WHEN t.status = 'NO_SHOW' THEN t.total END), 0) AS no_shows"
                        + " FROM appointment_day_totals t WHERE t.count_date BETWEEN :previousFrom AND :to"
                        + " GROUP BY period"
                : "SELECT " + PERIOD.formatted("c.count_date") + " AS period,"
                        + " COALESCE(SUM(" + BOOKED + "), 0) AS booked,"
                        + " COALESCE(SUM(c.completed), 0) AS completed,"
                        + " COALESCE(SUM(c.cancelled_by_patient), 0) AS by_patient,"
                        + " COALESCE(SUM(c.cancelled_by_practice), 0) AS by_practice,"
                        + " COALESCE(SUM(c.no_shows), 0) AS no_shows"
                        + " FROM appointment_daily_counts c"
                        + " WHERE c.count_date BETWEEN :previousFrom AND :to" + narrow("c", filter)
                        + " GROUP BY period";
        params(sql, filter).query(rs -> {
            result.put(rs.getInt("period"), new long[] {
                rs.getLong("booked"),
                rs.getLong("completed"),
                rs.getLong("by_patient"),
                rs.getLong("by_practice"),
                rs.getLong("no_shows")
            });
        });
        return result;
    }

    /**
     * Booked and published slot minutes of both periods: the seconds of the slots (all of them, and the booked ones)
     * summed from the slots' daily summary, then whole minutes, as the dashboard always counted them.
     */
    Map<Integer, long[]> slotMinutes(DashboardFilter filter) {
        var result = new HashMap<Integer, long[]>();
        String sql = "SELECT " + PERIOD.formatted("m.slot_date") + " AS period,"
                + " COALESCE(SUM(m.booked_seconds), 0) DIV 60 AS booked,"
                + " COALESCE(SUM(m.published_seconds), 0) DIV 60 AS published"
                + " FROM availability_daily_minutes m"
                + " WHERE m.span_days = 1 AND m.slot_date BETWEEN :previousFrom AND :to AND m.published_seconds > 0"
                + narrowOrClinic("m", filter)
                + " GROUP BY period";
        params(sql, filter).query(rs -> {
            result.put(rs.getInt("period"), new long[] {rs.getLong("booked"), rs.getLong("published")});
        });
        return result;
    }

    /**
     * Patients whose first appointment that was not cancelled (with the doctors the filter names) falls in each
     * period. The whole clinic: each patient's first visit over all doctors. One doctor or a specialization: each
     * patient's earliest first visit with those doctors in the two periods, kept when the patient has none before
     * it with them (per-doctor first visits, a few rows per patient).
     */
    Map<Integer, Long> newPatients(DashboardFilter filter) {
        var result = new HashMap<Integer, Long>();
        String sql;
        if (filter.doctorId() == null && filter.specializationId() == null) {
            sql = "SELECT " + PERIOD.formatted("f.first_date") + " AS period, COUNT(*) AS patients"
                    + " FROM appointment_first_visits f WHERE f.first_date BETWEEN :previousFrom AND :to"
                    + " GROUP BY period";
        } else {
            sql = "SELECT " + PERIOD.formatted("g.first_day") + " AS period, COUNT(*) AS patients"
                    + " FROM (SELECT f.patient_id, MIN(f.first_date) AS first_day FROM appointment_doctor_first_visits f"
                    + "     WHERE f.first_date BETWEEN :previousFrom AND :to" + narrow("f", filter)
                    + "     GROUP BY f.patient_id) g"
                    + " WHERE NOT EXISTS (SELECT 1 FROM appointment_doctor_first_visits e"
                    + "     WHERE e.patient_id = g.patient_id AND e.first_date < g.first_day" + narrow("e", filter)
                    + ") GROUP BY period";
        }
        params(sql, filter).query(rs -> {
            result.put(rs.getInt("period"), rs.getLong("patients"));
        });
        return result;
    }

    /** Revenue of both periods from the daily revenue: paid, pending and refunded of the visits dated in each. */
    Map<Integer, BigDecimal[]> revenue(DashboardFilter filter) {
        var result = new HashMap<Integer, BigDecimal[]>();
        String sql = "SELECT " + PERIOD.formatted("r.revenue_date") + " AS period," + REVENUE_SUMS
                + " FROM payment_daily_revenue r"
                + " WHERE r.revenue_date BETWEEN :previousFrom AND :to" + narrowOrClinic("r", filter)
                + " GROUP BY period";
        params(sql, filter).query(rs -> {
            result.put(rs.getInt("period"), new BigDecimal[] {
                rs.getBigDecimal("paid"), rs.getBigDecimal("pending"), rs.getBigDecimal("refunded")
            });
        });
        return result;
    }

    /**
     * Paid: the money taken (what was paid, also where part or all of it went back later); pending: fees still owed
     * (unpaid or a declined card, of appointments not cancelled: a cancelled or missed one's fee is NOT_DUE);
     * refunded: the money given back. The payment feature sums them per day and doctor as payments change.
     */
    static final String REVENUE_SUMS = " COALESCE(SUM(r.paid), 0) AS paid, COALESCE(SUM(r.pending), 0) AS pending,"
            + " COALESCE(SUM(r.refunded), 0) AS refunded";

    /**
     * The average current rating of the (active) doctors the filter names; null while none is rated. The whole
     * clinic from the kept sum and count of every doctor's rating (V0023_1, kept by triggers on {@code doctors}) less
     * the inactive doctors' ratings, read from the accounts' role-and-active index (a doctor's account has the
     * doctor's role): the division {@code AVG()} makes, without a look-up per doctor.
     */
    @Nullable
    BigDecimal averageRating(DashboardFilter filter) {
        if (wholeClinic(filter)) {
            return jdbc.sql("SELECT CAST((t.rating_sum - COALESCE(i.rating_sum, 0)) / NULLIF(t.rated - i.rated, 0)"
                            + " AS DECIMAL(4,2)) FROM doctor_rating_totals t CROSS JOIN (SELECT SUM(d.rating) AS"
                            + " rating_sum, COUNT(d.rating) AS rated FROM users u JOIN doctors d ON d.user_id ="
                            + " u.user_id WHERE u.role = 'DOCTOR' AND u.is_active = FALSE) i WHERE t.id = 1")
                    .query((rs, row) -> rs.getBigDecimal(1))
                    .optional()
                    .orElse(null);
        }
        String sql = "SELECT CAST(AVG(d.rating) AS DECIMAL(4,2)) FROM doctors d JOIN users u ON u.user_id = d.user_id"
                + " WHERE u.is_active" + narrow("d", filter);
        var params = new HashMap<String, Object>();
        putNarrowing(params, filter);
        return jdbc.sql(sql)
                .params(params)
                .query((rs, row) -> rs.getBigDecimal(1))
                .optional()
                .orElse(null);
    }

    /** Each day's appointments by status (statuses in name order, as before; none listed with no appointment). */
    List<DailyCount> appointmentsPerDay(DashboardFilter filter) {
        String sql = wholeClinic(filter)
                ? "SELECT t.count_date,"
                        + " COALESCE(SUM(CASE WHEN t.status = 'CANCELLED' THEN t.total END), 0) AS cancelled,"
                        + " COALESCE(SUM(CASE WHEN t.status = 'COMPLETED' THEN t.total END), 0) AS completed,"
                        + " COALESCE(SUM(CASE WHEN t.status = 'NO_SHOW' THEN t.total END), 0) AS no_shows,"
                        + " COALESCE(SUM(CASE WHEN t.status = 'SCHEDULED' THEN t.total END), 0) AS scheduled"
                        + " FROM appointment_day_totals t WHERE t.count_date BETWEEN :from AND :to"
                        + " GROUP BY t.count_date ORDER BY t.count_date"
                : "SELECT c.count_date, COALESCE(SUM(c.cancelled_by_patient + c.cancelled_by_practice), 0) AS cancelled,"
                        + " COALESCE(SUM(c.completed), 0) AS completed, COALESCE(SUM(c.no_shows), 0) AS no_shows,"
                        + " COALESCE(SUM(c.scheduled), 0) AS scheduled"
                        + " FROM appointment_daily_counts c"
                        + " WHERE c.count_date BETWEEN :from AND :to" + narrow("c", filter)
                        + " GROUP BY c.count_date ORDER BY c.count_date";
        var result = new java.util.ArrayList<DailyCount>();
        params(sql, filter).query(rs -> {
            var day = rs.getObject("count_date", java.time.LocalDate.class);
            addIfAny(result, day, AppointmentStatus.CANCELLED, rs.getLong("cancelled"));
            addIfAny(result, day, AppointmentStatus.COMPLETED, rs.getLong("completed"));
            addIfAny(result, day, AppointmentStatus.NO_SHOW, rs.getLong("no_shows"));
            addIfAny(result, day, AppointmentStatus.SCHEDULED, rs.getLong("scheduled"));
        });
        return List.copyOf(result);
    }

    private static void addIfAny(List<DailyCount> days, java.time.LocalDate day, AppointmentStatus status, long count) {
        if (count > 0) {
            days.add(new DailyCount(day, status, count));
        }
    }

    /** Revenue of both periods and of each week of the current one, read in one pass. */
    record RevenueAndWeeks(Map<Integer, BigDecimal[]> byPeriod, List<WeeklyRevenue> weeks) {}

    /**
     * {@link #revenue} and the revenue of each week of the current period in one pass over the daily revenue of both
     * periods: grouped by period and week, and {@code WITH ROLLUP} adds each period's total (the row whose week is
     * NULL; a week is never NULL otherwise). Weeks start on Monday: WEEKDAY() is 0 on Mondays. A week that
     * straddles the periods' border is split by period, so the current period's first week holds its days only.
     */
    RevenueAndWeeks revenueAndWeeks(DashboardFilter filter) {
        var byPeriod = new HashMap<Integer, BigDecimal[]>();
        var weeks = new java.util.ArrayList<WeeklyRevenue>();
        String sql = "SELECT " + PERIOD.formatted("r.revenue_date") + " AS period,"
                + " DATE_SUB(r.revenue_date, INTERVAL WEEKDAY(r.revenue_date) DAY) AS week_start,"
                + REVENUE_SUMS
                + " FROM payment_daily_revenue r"
                + " WHERE r.revenue_date BETWEEN :previousFrom AND :to" + narrowOrClinic("r", filter)
                + " GROUP BY period, week_start WITH ROLLUP";
        params(sql, filter).query(rs -> {
            int period = rs.getInt("period");
            boolean hasPeriod = !rs.wasNull(); // NULL only on the grand total
            var week = rs.getObject("week_start", java.time.LocalDate.class);
            BigDecimal paid = rs.getBigDecimal("paid");
            BigDecimal pending = rs.getBigDecimal("pending");
            BigDecimal refunded = rs.getBigDecimal("refunded");
            if (hasPeriod && week == null) {
                byPeriod.put(period, new BigDecimal[] {paid, pending, refunded});
            } else if (hasPeriod && period == 1) {
                weeks.add(new WeeklyRevenue(week, paid, pending, refunded));
            }
        });
        // WITH ROLLUP takes no ORDER BY on MariaDB: the few weeks are put in order here.
        weeks.sort(java.util.Comparator.comparing(WeeklyRevenue::weekStart));
        return new RevenueAndWeeks(byPeriod, List.copyOf(weeks));
    }

    /** How many of the busiest doctors, and of the least busy, the utilization chart names. */
    static final int SHOWN_EACH_WAY = 10;

    /**
     * The busiest {@link #SHOWN_EACH_WAY} and the least busy {@link #SHOWN_EACH_WAY} doctors with published slots in
     * the period (all of them when there are no more than twice that many), busiest first, and the sums of the
     * doctors between them. Each doctor's minutes are read from one row of the slots' summary when the period is one
     * of the kept windows (V0023, {@link DailyDeltas#rows}: 30 days from any day, a week from Monday, a calendar
     * month: the dashboard's ready-made ranges), else summed over the fewest aligned blocks of days that make up the
     * period (V0022, {@link DailyDeltas#blocks}: 5–8 rows per doctor for 30 days, where the days were 22 on
     * weekdays). Ranked by the share booked, then (for the cut) by doctor id; the doctors shown are
     * ordered by share, name and id. A day whose slots all went keeps a row of zeros: it publishes nothing. The whole
     * clinic over a kept window reads the two ends of V0026's share index instead of every doctor's row
     * ({@link #utilizationFromTheShareIndex}).
     */
    DoctorUtilizations utilizationPerDoctor(DashboardFilter filter) {
        // the one kept window (V0023) for the ready-made ranges, else the fewest aligned blocks (V0022)
        var blocks = DailyDeltas.rows(filter.from(), filter.to());
        if (blocks.size() == 1 && DailyDeltas.isRollingWindow(blocks.getFirst()) && !rolled(blocks.getFirst())) {
            blocks = DailyDeltas.blocks(filter.from(), filter.to()); // a 30-day window is kept once rolled (V0029)
        }
        if (wholeClinic(filter) && blocks.size() == 1 && DailyDeltas.isKeptWindow(blocks.getFirst())) {
            return utilizationFromTheShareIndex(filter, blocks.getFirst());
        }
        var params = new HashMap<String, Object>();
        putNarrowing(params, filter);
        String sql = rankingSql(blocks, filter, params);
        var minutes = new java.util.ArrayList<long[]>();
        long[] all = new long[3];
        jdbc.sql(sql).params(params).query(rs -> {
            minutes.add(new long[] {rs.getLong("doctor_id"), rs.getLong("booked"), rs.getLong("published")});
            all[0] = rs.getLong("doctors");
            all[1] = rs.getLong("all_booked");
            all[2] = rs.getLong("all_published");
        });
        if (minutes.isEmpty()) {
            return new DoctorUtilizations(List.of(), new OtherDoctors(0, 0, 0));
        }
        var names = new HashMap<Long, String>();
        jdbc.sql("SELECT d.doctor_id, CONCAT(u.first_name, ' ', u.last_name) FROM doctors d"
                        + " JOIN users u ON u.user_id = d.user_id WHERE d.doctor_id IN (:ids)")
                .param("ids", minutes.stream().map(row -> row[0]).toList())
                .query(rs -> {
                    names.put(rs.getLong(1), rs.getString(2));
                });
        var shown = minutes.stream()
                .map(row -> new DoctorUtilization(row[0], names.getOrDefault(row[0], ""), row[1], row[2]))
                .sorted(DoctorUtilization.BUSIEST_FIRST)
                .toList();
        long booked = all[1]
                - shown.stream().mapToLong(DoctorUtilization::bookedMinutes).sum();
        long published = all[2]
                - shown.stream().mapToLong(DoctorUtilization::publishedMinutes).sum();
        return new DoctorUtilizations(shown, new OtherDoctors((int) all[0] - shown.size(), booked, published));
    }

    /**
     * The statement ranking every doctor's minutes over the rows {@code blocks} (round 15): a row per doctor read as it
     * is where they are one block (e.g. a custom range that is one aligned block or a single day: {@link #endsSql}),
     * else summed per doctor and ranked once ({@link #rankedOnceSql}). Adds the blocks' parameters.
     */
    static String rankingSql(List<DailyDeltas.Block> blocks, DashboardFilter filter, Map<String, Object> params) {
        return blocks.size() == 1 ? endsSql(blocks, filter, params) : rankedOnceSql(blocks, filter, params);
    }

    private static String blockRows(
            List<DailyDeltas.Block> blocks, DashboardFilter filter, Map<String, Object> params) {
        var where = new StringBuilder();
        for (int i = 0; i < blocks.size(); i++) {
            where.append(i == 0 ? "(" : " OR ")
                    .append("(m.span_days = ")
                    .append(blocks.get(i).span())
                    .append(" AND m.slot_date = :b")
                    .append(i)
                    .append(')');
            params.put("b" + i, blocks.get(i).from());
        }
        return where.append(") AND m.doctor_id <> ")
                .append(DailyDeltas.CLINIC)
                .append(narrow("m", filter))
                .toString();
    }

    /** A doctor's share of one row, as a double (the grouped form's value for a single row). */
    private static final String ROW_SHARE = "(m.booked_seconds DIV 60 + 0e0) / (m.published_seconds DIV 60)";

    /** One end of a row per doctor: busiest ({@code DESC}, the lower doctor id first) or least busy. */
    private static final String ROW_END = "(SELECT m.doctor_id, m.booked_seconds DIV 60 AS booked,"
            + " m.published_seconds DIV 60 AS published FROM availability_daily_minutes m WHERE %1$s"
            + " AND m.published_seconds > 0 ORDER BY " + ROW_SHARE + " %2$s, m.doctor_id %3$s LIMIT " + SHOWN_EACH_WAY
            + ")";

    /**
     * One row per doctor (one block): the busiest and the least busy {@link #SHOWN_EACH_WAY} as two {@code ORDER BY …
     * LIMIT} reads (a bounded sort each, no table of every doctor; {@code UNION} drops the doctors both ends hold when
     * there are no more than twice that many), with the count and the sums of every doctor's row.
     */
    static String endsSql(List<DailyDeltas.Block> blocks, DashboardFilter filter, Map<String, Object> params) {
        String rows = blockRows(blocks, filter, params);
        return "SELECT e.doctor_id, e.booked, e.published, a.doctors, a.all_booked, a.all_published FROM ("
                + ROW_END.formatted(rows, "DESC", "ASC") + " UNION " + ROW_END.formatted(rows, "ASC", "DESC")
                + ") e CROSS JOIN (SELECT COUNT(*) AS doctors, SUM(m.booked_seconds DIV 60) AS all_booked,"
                + " SUM(m.published_seconds DIV 60) AS all_published FROM availability_daily_minutes m WHERE " + rows
                + " AND m.published_seconds > 0) a";
    }

    /**
     * Every doctor's sums over several blocks ranked once by the share booked: the least busy first, ties by the higher
     * doctor id, so that the busiest order (share descending, lower doctor id first) is its reverse and the busiest
     * {@code n} are those ranked above {@code doctors - n} (one sort of every doctor where round 14 made two).
     */
    static String rankedOnceSql(List<DailyDeltas.Block> blocks, DashboardFilter filter, Map<String, Object> params) {
        params.put("shown", SHOWN_EACH_WAY);
        String perDoctor = "SELECT m.doctor_id, SUM(m.booked_seconds) DIV 60 AS booked,"
                + " SUM(m.published_seconds) DIV 60 AS published,"
                // as a double: equal shares compare equal, different ones (minutes < 10^7) different
                + " (SUM(m.booked_seconds) DIV 60 + 0e0) / (SUM(m.published_seconds) DIV 60) AS share"
                + " FROM availability_daily_minutes m WHERE " + blockRows(blocks, filter, params)
                + " GROUP BY m.doctor_id HAVING SUM(m.published_seconds) > 0";
        // idlest + shown > doctors: among the busiest (no subtraction: MySQL's ROW_NUMBER() is unsigned)
        return "SELECT t.doctor_id, t.booked, t.published, t.doctors, t.all_booked, t.all_published FROM ("
                + " SELECT s.doctor_id, s.booked, s.published,"
                + "   ROW_NUMBER() OVER (ORDER BY s.share, s.doctor_id DESC) AS idlest,"
                + "   COUNT(*) OVER () AS doctors, SUM(s.booked) OVER () AS all_booked,"
                + "   SUM(s.published) OVER () AS all_published"
                + " FROM (" + perDoctor + ") s) t"
                + " WHERE t.idlest <= :shown OR t.idlest + :shown > t.doctors";
    }

    /** Whether the rolling 30-day window is kept: listed as rolled (V0029, {@code availability.RollingWindows}). */
    private boolean rolled(DailyDeltas.Block window) {
        return jdbc.sql("SELECT COUNT(*) FROM availability_rolled_windows WHERE first_day = ?")
                        .param(window.from())
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** One end of a kept window's doctors in V0026's share index: busiest ({@code DESC}) or least busy. */
    private static final String WINDOW_END = "SELECT m.doctor_id, m.booked_seconds DIV 60 AS booked,"
            + " m.published_seconds DIV 60 AS published FROM availability_daily_minutes m"
            + " WHERE m.span_days = :span AND m.slot_date = :first AND m.booked_share IS NOT NULL"
            + " ORDER BY m.booked_share %1$s, m.doctor_id %1$s LIMIT " + SHOWN_EACH_WAY;

    /**
     * {@link #utilizationPerDoctor} for the whole clinic over a kept window (the dashboard's ready-made ranges):
     * the busiest doctors from the end of the window's entries in V0026's index on the share booked, the least busy
     * from its start (ties at the cut: the higher doctor id counts as busier), 20 entries whatever the number of
     * doctors, with their names. The others' bar is the rest of the whole clinic's minutes of the range (its rows
     * per day, V0020, as the figures read them) and of the doctors with a published minute in the window (counted
     * on the index alone). Equal to the full ranking's bar while the slots are whole minutes, as the calendar makes
     * them.
     */
    private DoctorUtilizations utilizationFromTheShareIndex(DashboardFilter filter, DailyDeltas.Block window) {
        var minutes = new java.util.ArrayList<DoctorUtilization>();
        jdbc.sql("SELECT w.doctor_id, CONCAT(u.first_name, ' ', u.last_name) AS name, w.booked, w.published"
                        + " FROM (SELECT b.* FROM (" + WINDOW_END.formatted("DESC") + ") b"
                        + " UNION SELECT i.* FROM (" + WINDOW_END.formatted("ASC") + ") i) w"
                        + " LEFT JOIN doctors d ON d.doctor_id = w.doctor_id"
                        + " LEFT JOIN users u ON u.user_id = d.user_id")
                .param("span", window.span())
                .param("first", window.from())
                .query(rs -> {
                    String name = rs.getString("name");
                    minutes.add(new DoctorUtilization(
                            rs.getLong("doctor_id"),
                            name == null ? "" : name,
                            rs.getLong("booked"),
                            rs.getLong("published")));
                });
        var shown = minutes.stream().sorted(DoctorUtilization.BUSIEST_FIRST).toList();
        if (shown.size() < 2 * SHOWN_EACH_WAY) {
            return new DoctorUtilizations(shown, new OtherDoctors(0, 0, 0));
        }
        long[] all = jdbc.sql("SELECT (SELECT COUNT(*) FROM availability_daily_minutes m WHERE m.span_days = :span"
                        + " AND m.slot_date = :first AND m.booked_share IS NOT NULL),"
                        + " COALESCE(SUM(c.booked_seconds), 0) DIV 60, COALESCE(SUM(c.published_seconds), 0) DIV 60"
                        + " FROM availability_daily_minutes c WHERE c.span_days = 1 AND c.doctor_id = "
                        + DailyDeltas.CLINIC + " AND c.slot_date BETWEEN :from AND :to")
                .param("span", window.span())
                .param("first", window.from())
                .param("from", filter.from())
                .param("to", filter.to())
                .query((rs, row) -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)})
                .single();
        int others = (int) all[0] - shown.size();
        if (others == 0) {
            return new DoctorUtilizations(shown, new OtherDoctors(0, 0, 0));
        }
        long booked = all[1]
                - shown.stream().mapToLong(DoctorUtilization::bookedMinutes).sum();
        long published = all[2]
                - shown.stream().mapToLong(DoctorUtilization::publishedMinutes).sum();
        return new DoctorUtilizations(shown, new OtherDoctors(others, booked, published));
    }

    /**
     * Appointments not cancelled, by the specialization their doctor has now. The whole clinic reads the rows per
     * day and specialization (V0022: a row per specialization and day, kept with the doctors' rows, moved with a
     * doctor who changes specialization); a doctor or a specialization sums its doctors' rows.
     */
    List<SpecializationBookings> bookingsBySpecialization(DashboardFilter filter) {
        if (wholeClinic(filter)) {
            var rows = new java.util.ArrayList<Long>();
            rows.add(-1L); // doctors without a specialization
            jdbc.sql("SELECT specialization_id FROM specializations")
                    .query(Long.class)
                    .list()
                    .forEach(id -> rows.add(-1 - id));
            String sql = "SELECT sp.name, SUM(" + NOT_CANCELLED + ") AS n FROM appointment_daily_counts c"
                    + " LEFT JOIN specializations sp ON sp.specialization_id = -1 - c.doctor_id"
                    + " WHERE c.doctor_id IN (:rows) AND c.count_date BETWEEN :from AND :to"
                    + " GROUP BY c.doctor_id, sp.name HAVING n > 0 ORDER BY n DESC, sp.name";
            return jdbc.sql(sql)
                    .param("rows", rows)
                    .param("from", filter.from())
                    .param("to", filter.to())
                    .query((rs, row) -> new SpecializationBookings(
                            rs.getString("name") == null ? SpecializationBookings.NONE : rs.getString("name"),
                            rs.getLong("n")))
                    .list();
        }
        // summed per doctor first (V0020's index holds the three columns: read from the index alone), then each
        // doctor's sum joined to the doctor: one join per doctor, not one per day and doctor
        String sql = "SELECT sp.name, SUM(t.n) AS n"
                + " FROM (SELECT c.doctor_id, SUM(" + NOT_CANCELLED + ") AS n FROM appointment_daily_counts c"
                + "     WHERE c.count_date BETWEEN :from AND :to" + narrow("c", filter) + " GROUP BY c.doctor_id) t"
                + " JOIN doctors d ON d.doctor_id = t.doctor_id"
                + " LEFT JOIN specializations sp ON sp.specialization_id = d.specialization_id"
                + " GROUP BY sp.specialization_id, sp.name HAVING n > 0 ORDER BY n DESC, sp.name";
        return params(sql, filter)
                .query((rs, row) -> new SpecializationBookings(
                        rs.getString("name") == null ? SpecializationBookings.NONE : rs.getString("name"),
                        rs.getLong("n")))
                .list();
    }

    /**
     * Appointments not cancelled by day of the week and starting hour, from the daily counts' hour columns.
     * WEEKDAY() counts Monday as 0, so the ISO day of week is WEEKDAY() + 1.
     */
    List<HourCount> busiestHours(DashboardFilter filter) {
        var sums = new StringBuilder();
        for (int hour = 0; hour < 24; hour++) {
            sums.append(", COALESCE(SUM(c.h%02d), 0) AS h%02d".formatted(hour, hour));
        }
        // the whole clinic from the day totals (hours are counted on the live statuses' rows only), else per doctor
        String sql = wholeClinic(filter)
                ? "SELECT WEEKDAY(c.count_date) + 1 AS iso_day" + sums + " FROM appointment_day_totals c"
                        + " WHERE c.count_date BETWEEN :from AND :to GROUP BY iso_day ORDER BY iso_day"
                : "SELECT WEEKDAY(c.count_date) + 1 AS iso_day" + sums + " FROM appointment_daily_counts c"
                        + " WHERE c.count_date BETWEEN :from AND :to" + narrow("c", filter)
                        + " GROUP BY iso_day ORDER BY iso_day";
        var result = new java.util.ArrayList<HourCount>();
        params(sql, filter).query(rs -> {
            DayOfWeek day = DayOfWeek.of(rs.getInt("iso_day"));
            for (int hour = 0; hour < 24; hour++) {
                long n = rs.getLong("h%02d".formatted(hour));
                if (n > 0) {
                    result.add(new HourCount(day, hour, n));
                }
            }
        });
        return List.copyOf(result);
    }

    /** Neither a doctor nor a specialization: the whole clinic, read from its own rows per day (V0020). */
    private static boolean wholeClinic(DashboardFilter filter) {
        return filter.doctorId() == null && filter.specializationId() == null;
    }

    /**
     * The filter's doctor or specialization on a summary with whole-clinic rows (doctor 0, V0020:
     * {@code payment_daily_revenue}, {@code availability_daily_minutes}); for the whole clinic, its rows alone.
     */
    private static String narrowOrClinic(String alias, DashboardFilter filter) {
        return wholeClinic(filter) ? " AND " + alias + ".doctor_id = " + DailyDeltas.CLINIC : narrow(alias, filter);
    }

    /** The filter's doctor or specialization, as conditions on {@code alias.doctor_id}. */
    private static String narrow(String alias, DashboardFilter filter) {
        var sql = new StringBuilder();
        if (filter.doctorId() != null) {
            sql.append(" AND ").append(alias).append(".doctor_id = :doctorId");
        }
        if (filter.specializationId() != null) {
            sql.append(" AND ")
                    .append(alias)
                    .append(".doctor_id IN (SELECT sd.doctor_id FROM doctors sd WHERE sd.specialization_id = :spec)");
        }
        return sql.toString();
    }

    private JdbcClient.StatementSpec params(String sql, DashboardFilter filter) {
        var params = new HashMap<String, Object>();
        params.put("from", filter.from());
        params.put("to", filter.to());
        params.put("previousFrom", filter.previousFrom());
        putNarrowing(params, filter);
        return jdbc.sql(sql).params(params);
    }

    private static void putNarrowing(Map<String, Object> params, DashboardFilter filter) {
        if (filter.doctorId() != null) {
            params.put("doctorId", filter.doctorId());
        }
        if (filter.specializationId() != null) {
            params.put("spec", filter.specializationId());
        }
    }
}
