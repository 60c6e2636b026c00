package app.praxis.admin;

import app.praxis.appointment.AppointmentStatus;
import app.praxis.base.DaySpan;
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
 */
@Repository
class DashboardRepository {

    /** 1 for a row in the current period, 0 for one in the previous period. */
    private static final String PERIOD = "CASE WHEN %s >= :from THEN 1 ELSE 0 END";

    /** A slot's length; one that runs until midnight ends at 00:00 (base.DaySpan). */
    private static final String SECONDS = "TIMESTAMPDIFF(SECOND, TIMESTAMP(s.available_date, s.start_time), "
            + DaySpan.endSql("s.available_date", "s.end_time") + ")";

    private final JdbcClient jdbc;

    DashboardRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The appointment counts of both periods, keyed by period (1 current, 0 previous): booked, completed, cancelled
     * by the patient, cancelled by the practice, no-shows. Whether the patient cancelled needs the patient's user:
     * looked up only for cancelled rows (AND stops at the first false operand), not joined for every row.
     */
    Map<Integer, long[]> appointmentCounts(DashboardFilter filter) {
        var result = new HashMap<Integer, long[]>();
        String sql = "SELECT " + PERIOD.formatted("a.appointment_date") + " AS period, COUNT(*) AS booked,"
                + " COALESCE(SUM(a.status = 'COMPLETED'), 0) AS completed,"
                + " COALESCE(SUM(a.status = 'CANCELLED'), 0) AS cancelled,"
                + " COALESCE(SUM(a.status = 'CANCELLED' AND a.cancelled_by ="
                + "     (SELECT p.user_id FROM patients p WHERE p.patient_id = a.patient_id)), 0) AS by_patient,"
                + " COALESCE(SUM(a.status = 'NO_SHOW'), 0) AS no_shows"
                + " FROM appointments a"
                + " WHERE a.appointment_date BETWEEN :previousFrom AND :to" + narrow("a", filter)
                + " GROUP BY period";
        params(sql, filter).query(rs -> {
            long byPatient = rs.getLong("by_patient");
            result.put(rs.getInt("period"), new long[] {
                rs.getLong("booked"),
                rs.getLong("completed"),
                byPatient,
                rs.getLong("cancelled") - byPatient,
                rs.getLong("no_shows")
            });
        });
        return result;
    }

    /** Booked and published slot minutes of both periods. */
    Map<Integer, long[]> slotMinutes(DashboardFilter filter) {
        var result = new HashMap<Integer, long[]>();
        String sql = "SELECT " + PERIOD.formatted("s.available_date") + " AS period,"
                + " COALESCE(SUM(CASE WHEN s.is_booked THEN " + SECONDS + " ELSE 0 END), 0) DIV 60 AS booked,"
                + " COALESCE(SUM(" + SECONDS + "), 0) DIV 60 AS published"
                + " FROM doctor_availability s"
                + " WHERE s.available_date BETWEEN :previousFrom AND :to" + narrow("s", filter)
                + " GROUP BY period";
        params(sql, filter).query(rs -> {
            result.put(rs.getInt("period"), new long[] {rs.getLong("booked"), rs.getLong("published")});
        });
        return result;
    }

    /**
     * Patients whose first appointment that was not cancelled (with the doctors the filter names) falls in each
     * period: each patient's first such day in the two periods, kept when the patient has none before it. One
     * probe per patient (not per appointment) into the patient's index.
     */
    Map<Integer, Long> newPatients(DashboardFilter filter) {
        var result = new HashMap<Integer, Long>();
        String sql = "SELECT " + PERIOD.formatted("f.first_day") + " AS period, COUNT(*) AS patients"
                + " FROM (SELECT a.patient_id, MIN(a.appointment_date) AS first_day FROM appointments a"
                + "     WHERE a.appointment_date BETWEEN :previousFrom AND :to AND a.status <> 'CANCELLED'"
                + narrow("a", filter) + "     GROUP BY a.patient_id) f"
                + " WHERE NOT EXISTS (SELECT 1 FROM appointments b WHERE b.patient_id = f.patient_id"
                + "     AND b.appointment_date < f.first_day AND b.status <> 'CANCELLED'" + narrow("b", filter)
                + ") GROUP BY period";
        params(sql, filter).query(rs -> {
            result.put(rs.getInt("period"), rs.getLong("patients"));
        });
        return result;
    }

    /**
     * Revenue of both periods: payment amounts by status, of the appointments dated in the period. PENDING counts
     * only for appointments not cancelled (a cancelled appointment's fee is not due).
     */
    Map<Integer, BigDecimal[]> revenue(DashboardFilter filter) {
        var result = new HashMap<Integer, BigDecimal[]>();
        String sql = "SELECT " + PERIOD.formatted("a.appointment_date") + " AS period," + REVENUE_SUMS
                + " FROM payments pay JOIN appointments a ON a.appointment_id = pay.appointment_id"
                + " WHERE a.appointment_date BETWEEN :previousFrom AND :to" + narrow("a", filter)
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
     * refunded: the money given back.
     */
    static final String REVENUE_SUMS = " COALESCE(SUM(CASE WHEN pay.payment_status IN ('PAID', 'REFUNDED')"
            + "     THEN COALESCE(pay.paid_amount, pay.amount) END), 0) AS paid,"
            + " COALESCE(SUM(CASE WHEN pay.payment_status IN ('PENDING', 'FAILED') AND a.status <> 'CANCELLED'"
            + "     THEN pay.amount END), 0) AS pending,"
            + " COALESCE(SUM(pay.refunded_amount), 0) AS refunded";

    /** The average current rating of the (active) doctors the filter names; null while none is rated. */
    @Nullable
    BigDecimal averageRating(DashboardFilter filter) {
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

    List<DailyCount> appointmentsPerDay(DashboardFilter filter) {
        String sql = "SELECT a.appointment_date, a.status, COUNT(*) AS n FROM appointments a"
                + " WHERE a.appointment_date BETWEEN :from AND :to" + narrow("a", filter)
                + " GROUP BY a.appointment_date, a.status ORDER BY a.appointment_date, a.status";
        return params(sql, filter)
                .query((rs, row) -> new DailyCount(
                        rs.getObject("appointment_date", java.time.LocalDate.class),
                        AppointmentStatus.valueOf(rs.getString("status")),
                        rs.getLong("n")))
                .list();
    }

    /** Revenue of both periods and of each week of the current one, read in one pass. */
    record RevenueAndWeeks(Map<Integer, BigDecimal[]> byPeriod, List<WeeklyRevenue> weeks) {}

    /**
     * {@link #revenue} and the revenue of each week of the current period in one pass over the payments of both
     * periods: grouped by period and week, and {@code WITH ROLLUP} adds each period's total (the row whose week is
     * NULL; a week is never NULL otherwise). Weeks start on Monday: WEEKDAY() is 0 on Mondays. A week that
     * straddles the periods' border is split by period, so the current period's first week holds its days only.
     */
    RevenueAndWeeks revenueAndWeeks(DashboardFilter filter) {
        var byPeriod = new HashMap<Integer, BigDecimal[]>();
        var weeks = new java.util.ArrayList<WeeklyRevenue>();
        String sql = "SELECT " + PERIOD.formatted("a.appointment_date") + " AS period,"
                + " DATE_SUB(a.appointment_date, INTERVAL WEEKDAY(a.appointment_date) DAY) AS week_start,"
                + REVENUE_SUMS
                + " FROM payments pay JOIN appointments a ON a.appointment_id = pay.appointment_id"
                + " WHERE a.appointment_date BETWEEN :previousFrom AND :to" + narrow("a", filter)
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

    /** Every doctor with published slots in the period, busiest first. */
    List<DoctorUtilization> utilizationPerDoctor(DashboardFilter filter) {
        String sql = "SELECT t.doctor_id, CONCAT(u.first_name, ' ', u.last_name) AS doctor_name, t.booked, t.published"
                + " FROM (SELECT s.doctor_id,"
                + "     COALESCE(SUM(CASE WHEN s.is_booked THEN " + SECONDS + " ELSE 0 END), 0) DIV 60 AS booked,"
                + "     SUM(" + SECONDS + ") DIV 60 AS published"
                + "     FROM doctor_availability s WHERE s.available_date BETWEEN :from AND :to" + narrow("s", filter)
                + "     GROUP BY s.doctor_id) t"
                + " JOIN doctors d ON d.doctor_id = t.doctor_id JOIN users u ON u.user_id = d.user_id"
                + " ORDER BY t.booked / t.published DESC, doctor_name, t.doctor_id";
        return params(sql, filter)
                .query((rs, row) -> new DoctorUtilization(
                        rs.getLong("doctor_id"),
                        rs.getString("doctor_name"),
                        rs.getLong("booked"),
                        rs.getLong("published")))
                .list();
    }

    List<SpecializationBookings> bookingsBySpecialization(DashboardFilter filter) {
        String sql = "SELECT sp.name, COUNT(*) AS n FROM appointments a JOIN doctors d ON d.doctor_id = a.doctor_id"
                + " LEFT JOIN specializations sp ON sp.specialization_id = d.specialization_id"
                + " WHERE a.appointment_date BETWEEN :from AND :to AND a.status <> 'CANCELLED'" + narrow("a", filter)
                + " GROUP BY sp.specialization_id, sp.name ORDER BY n DESC, sp.name";
        return params(sql, filter)
                .query((rs, row) -> new SpecializationBookings(
                        rs.getString("name") == null ? SpecializationBookings.NONE : rs.getString("name"),
                        rs.getLong("n")))
                .list();
    }

    /** WEEKDAY() counts Monday as 0, so the ISO day of week is WEEKDAY() + 1. */
    List<HourCount> busiestHours(DashboardFilter filter) {
        String sql = "SELECT WEEKDAY(a.appointment_date) + 1 AS iso_day, HOUR(a.start_time) AS hour, COUNT(*) AS n"
                + " FROM appointments a"
                + " WHERE a.appointment_date BETWEEN :from AND :to AND a.status <> 'CANCELLED'" + narrow("a", filter)
                + " GROUP BY iso_day, hour ORDER BY iso_day, hour";
        return params(sql, filter)
                .query((rs, row) ->
                        new HourCount(DayOfWeek.of(rs.getInt("iso_day")), rs.getInt("hour"), rs.getLong("n")))
                .list();
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
