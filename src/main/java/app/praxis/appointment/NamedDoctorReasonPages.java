package app.praxis.appointment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The admins' grid with a doctor's name alone in the reason order (reason, date, time, id; issue 18, round 13). The
 * named doctors' rows were read with their reasons (a look-up per row) and sorted whole: 50,000 for 'Klara' at
 * 1,000,000. V0032's {@code ix_appointment_doctor_reason} (doctor, reason, date, time, status, patient) holds each
 * doctor's rows in reason order, so this reads its entries only:
 *
 * <ol>
 *   <li>the named doctors' rows per reason: grouped per doctor and reason as the index is read (no temporary table
 *       keyed on the long reason: that took 60 ms of 73), then summed per reason (a few hundred groups);
 *   <li>the reasons skipped whole until the one holding the offset; within it, its rows per day, and the page read
 *       from the days it spans ({@link NamedDoctorPages#pageFromDays}), continuing into the next reason while the
 *       page is not full.
 * </ol>
 *
 * A missing reason (NULL) sorts below every reason, as in the grid; {@code <=>} matches it. Not served (null: one read
 * of the rows in order, as before) when the doctors' rows hold more than {@link #MAX_REASONS} reasons, where the walk
 * would cost more than the sort.
 */
final class NamedDoctorReasonPages {

    /** Beyond this many reasons among the named doctors' rows, the page is one sorted read. */
    static final int MAX_REASONS = 1_000;

    private final JdbcClient jdbc;

    NamedDoctorReasonPages(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The page at {@code offset} in the reason order ({@code ascending} or not) of the named doctors' rows that the
     * filter's status and dates select, or null beyond {@link #MAX_REASONS}.
     */
    @Nullable
    List<Long> byReason(NamedDoctorPages.Request request) {
        AppointmentFilter filter = request.filter();
        List<Long> doctors = request.doctors();
        boolean ascending = request.ascending();
        int limit = request.limit();
        List<Object[]> reasons = reasons(filter, doctors, ascending);
        if (reasons.size() > MAX_REASONS) {
            return null;
        }
        String dir = ascending ? "ASC" : "DESC";
        String dateOrder = "a.appointment_date " + dir + ", a.start_time " + dir + ", a.appointment_id " + dir;
        var ids = new ArrayList<Long>();
        long skip = request.offset();
        for (Object[] reason : reasons) {
            if (ids.size() >= limit) {
                break;
            }
            long size = (Long) reason[1];
            if (skip >= size) {
                skip -= size;
                continue;
            }
            var params = new HashMap<String, Object>();
            params.put("reason", reason[0]);
            ids.addAll(NamedDoctorPages.pageFromDays(
                    filter,
                    days(filter, doctors, reason[0], ascending),
                    " AND a.reason_sort <=> :reason",
                    ascending,
                    dateOrder,
                    skip,
                    limit - ids.size(),
                    params,
                    request.reader()));
            skip = 0;
        }
        return ids;
    }

    /**
     * The named doctors' rows per reason (reason, rows) in the order, at most one more than {@link #MAX_REASONS}:
     * counted per doctor and reason along the index, then summed per reason.
     */
    private List<Object[]> reasons(AppointmentFilter filter, List<Long> doctors, boolean ascending) {
        var params = new HashMap<String, Object>();
        params.put("ids", doctors);
        params.put("cap", MAX_REASONS + 1);
        String sql = "SELECT g.reason, SUM(g.n_rows) FROM (SELECT a.doctor_id, a.reason_sort AS reason,"
                + " COUNT(*) AS n_rows FROM appointments a WHERE a.doctor_id IN (:ids)"
                + AppointmentRowRepository.statusAndDays(filter, "a.status", "a.appointment_date", params)
                + " GROUP BY a.doctor_id, a.reason_sort) g GROUP BY g.reason ORDER BY g.reason "
                + (ascending ? "ASC" : "DESC") + " LIMIT :cap";
        var reasons = new ArrayList<Object[]>();
        jdbc.sql(sql).params(params).query(rs -> {
            reasons.add(new Object[] {rs.getString(1), rs.getLong(2)});
        });
        return reasons;
    }

    /** The named doctors' rows of one reason per day (day, rows) in the order, from the index alone. */
    private List<Object[]> days(
            AppointmentFilter filter, List<Long> doctors, @Nullable Object reason, boolean ascending) {
        var params = new HashMap<String, Object>();
        params.put("ids", doctors);
        params.put("reason", reason);
        String sql = "SELECT a.appointment_date, COUNT(*) FROM appointments a WHERE a.doctor_id IN (:ids)"
                + " AND a.reason_sort <=> :reason"
                + AppointmentRowRepository.statusAndDays(filter, "a.status", "a.appointment_date", params)
                + " GROUP BY a.appointment_date ORDER BY a.appointment_date " + (ascending ? "ASC" : "DESC");
        var days = new ArrayList<Object[]>();
        jdbc.sql(sql).params(params).query(rs -> {
            days.add(new Object[] {rs.getObject(1, LocalDate.class), rs.getLong(2)});
        });
        return days;
    }
}
