package app.praxis.appointment;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A jump (a page at an offset, without the row before it) in the admins' grid's order by patient (last name, first
 * name, user id, then date, time, id; both directions), without reading every row before it (V0025). The patients are
 * cut into buckets of consecutive keys ({@code appointment_patient_buckets}: each bucket's lower bound), and each
 * bucket's appointments by status are kept in {@code appointment_daily_counts} (the day {@link
 * AppointmentSummaries#BUCKET_DAY}, {@code doctor_id} {@link AppointmentSummaries#BUCKET_ROW} - bucket) by the same
 * statement at commit as the day-and-doctor counts. A jump sums the buckets' counts in the order until the sum passes
 * the offset (a few hundred rows), then walks that bucket's patients in name order (an index range of users) with
 * their appointments counted on {@code ix_appointment_patient_day} (about a thousand patients), and reads the page
 * from the patient that holds its first row, skipping only inside that patient's rows.
 *
 * <p>Served: no filter or a status filter (the buckets count per status). A date range or a name (or one doctor or
 * patient) is not counted by the buckets: the caller pages as before. Exact as long as the counts are in step
 * (every change writes them; {@link AppointmentSummaries#rebuild} after rows written in plain SQL).
 */
final class PatientOrderJumps {

    /** How many patients a step of the walk lists and counts at once (a bucket holds about a thousand). */
    private static final int PATIENT_BATCH = 1_024;

    private final JdbcClient jdbc;

    PatientOrderJumps(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The ids of the page at {@code offset} in {@code orderBy} when it is the patient order and the filter is one the
     * buckets count, else null (the caller reads by offset).
     */
    @Nullable
    List<Long> jump(AppointmentFilter filter, String orderBy, long offset, int limit) {
        if (filter.doctorId() != null
                || filter.patientId() != null
                || hasText(filter.doctorName())
                || hasText(filter.patientName())
                || filter.from() != null
                || filter.to() != null) {
            return null;
        }
        for (boolean ascending : new boolean[] {true, false}) {
            if (AppointmentSort.PATIENT.orderBy(ascending).equals(orderBy)) {
                return patientPage(filter.status(), ascending, offset, limit);
            }
        }
        return null;
    }

    /** A patient's key in the order, and their appointments that the filter selects. */
    private record Patient(long patientId, String lastName, String firstName, long userId) {}

    private List<Long> patientPage(@Nullable AppointmentStatus status, boolean ascending, long offset, int limit) {
        // 1. the buckets' counts in the order's direction, summed until the sum passes the offset
        String count = AppointmentSummaries.countedColumns(status);
        List<long[]> buckets = jdbc.sql("SELECT " + AppointmentSummaries.BUCKET_ROW + " - c.doctor_id, " + count
                        + " FROM appointment_daily_counts c WHERE c.count_date = ? AND c.doctor_id <= ?"
                        + " ORDER BY c.doctor_id " + (ascending ? "DESC" : "ASC"))
                .params(AppointmentSummaries.BUCKET_DAY, AppointmentSummaries.BUCKET_ROW)
                .query((rs, row) -> new long[] {rs.getLong(1), rs.getLong(2)})
                .list();
        KeptBuckets.Holding holding = KeptBuckets.holding(buckets, offset);
        if (holding == null) {
            return List.of();
        }
        // 2. the bucket's patients in name order from its first key (ascending: its bound; descending: below the
        // next bucket's bound), with their counts, until the patient that holds the page's first row and those after
        // it up to the page's last row
        Patient start = bound(ascending ? holding.key() : holding.key() + 1);
        boolean inclusive = ascending;
        var walk = new PeopleWalk(offset - holding.before(), limit);
        while (!walk.full()) {
            List<Patient> batch = patients(start, inclusive, ascending);
            if (batch.isEmpty()) {
                break;
            }
            Map<Long, Long> counts = counts(batch, status);
            walk.pass(batch.stream()
                    .map(patient -> new long[] {patient.patientId(), counts.getOrDefault(patient.patientId(), 0L)})
                    .toList());
            if (batch.size() < PATIENT_BATCH) {
                break;
            }
            start = batch.getLast();
            inclusive = false;
        }
        List<Long> chosen = walk.chosen;
        if (chosen.isEmpty()) {
            return List.of();
        }
        // 3. the chosen patients' rows in the order (patient, then date, time, id), skipping inside the first one
        var params = new HashMap<String, Object>();
        String statusWhere = "";
        if (status != null) {
            statusWhere = " AND a.status = :status";
            params.put("status", status.name());
        }
        return NameFilterPages.idsPage(
                jdbc,
                " WHERE 1 = 1" + walk.chosenRows("a.patient_id", params) + statusWhere,
                walk.chosenOrder("a.patient_id", ascending),
                walk.firstSkip,
                limit,
                params);
    }

    /** The lower bound of a bucket (its first key when the buckets were built), or null for bucket 0 or past the last. */
    private @Nullable Patient bound(long bucket) {
        return jdbc.sql("SELECT 0, last_name, first_name, user_id FROM appointment_patient_buckets WHERE bucket = ?")
                .param(bucket)
                .query((rs, row) -> new Patient(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4)))
                .optional()
                .orElse(null);
    }

    /**
     * The next {@link #PATIENT_BATCH} patients in the order's direction from {@code from} (null: from the order's
     * start), {@code from} itself included or not: a range of {@code ix_users_name} (its key ends in the user's id).
     */
    private List<Patient> patients(@Nullable Patient from, boolean inclusive, boolean ascending) {
        String dir = ascending ? "ASC" : "DESC";
        var params = new HashMap<String, Object>();
        var sql = new StringBuilder("SELECT p.patient_id, u.last_name, u.first_name, u.user_id FROM users u"
                + " JOIN patients p ON p.user_id = u.user_id");
        if (from != null) {
            String op = ascending ? ">" : "<";
            sql.append(" WHERE (u.last_name ")
                    .append(op)
                    .append(" :last OR (u.last_name = :last AND u.first_name ")
                    .append(op)
                    .append(" :first) OR (u.last_name = :last AND u.first_name = :first AND u.user_id ")
                    .append(op)
                    .append(inclusive ? "=" : "")
                    .append(" :user))");
            params.put("last", from.lastName());
            params.put("first", from.firstName());
            params.put("user", from.userId());
        }
        sql.append(" ORDER BY u.last_name ")
                .append(dir)
                .append(", u.first_name ")
                .append(dir)
                .append(", u.user_id ")
                .append(dir)
                .append(" LIMIT ")
                .append(PATIENT_BATCH);
        return jdbc.sql(sql.toString())
                .params(params)
                .query((rs, row) -> new Patient(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4)))
                .list();
    }

    /** How many appointments (of the status, if any) each of these patients has: one grouped read of their index. */
    private Map<Long, Long> counts(List<Patient> batch, @Nullable AppointmentStatus status) {
        var params = new HashMap<String, Object>();
        params.put("ids", batch.stream().map(Patient::patientId).toList());
        String statusWhere = "";
        if (status != null) {
            statusWhere = " AND a.status = :status";
            params.put("status", status.name());
        }
        var counts = new HashMap<Long, Long>();
        jdbc.sql("SELECT a.patient_id, COUNT(*) FROM appointments a WHERE a.patient_id IN (:ids)" + statusWhere
                        + " GROUP BY a.patient_id")
                .params(params)
                .query(rs -> {
                    counts.put(rs.getLong(1), rs.getLong(2));
                });
        return counts;
    }

    private static boolean hasText(@Nullable String text) {
        return text != null && !text.isBlank();
    }
}
