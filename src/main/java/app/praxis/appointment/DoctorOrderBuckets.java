package app.praxis.appointment;

import app.praxis.user.UserRenamed;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The doctors of the grid's doctor order cut into buckets of consecutive names (V0027), so that a jump by doctor sums a
 * few dozen buckets' counts and then one bucket's doctors' totals (V0024) instead of every doctor's in name order.
 * A bucket is a range of the order's key (last name, first name, user id) from its lower bound ({@code
 * appointment_doctor_buckets}; bucket 0 has none and starts below every name); each bucket's appointments by status
 * are a row of {@code appointment_daily_counts} on the sentinel day keyed {@link #ROW} + bucket, written by
 * {@link SummaryDeltas} at commit (the bucket read from the doctor's name in that statement) and by {@link #rebuild}.
 * A new doctor's name falls into its range without a write; a rename that crosses a bound moves the doctor's counts
 * ({@link #doctorRenamed}).
 *
 * <p>Since V0036 each bucket also has a row per visit day, keyed {@link #ROW} + bucket on that day (above every
 * doctor's id, so a day's bucket rows are one short range of the primary key after its doctors' rows): a jump within
 * a date range sums the buckets' rows of its days (40 a day at 2,000 doctors), then only the holding bucket's doctors'
 * rows of those days, instead of every doctor's.
 */
@Component
class DoctorOrderBuckets {

    /** A bucket's row in {@code appointment_daily_counts} (sentinel day) is this + the bucket: below the doctors'. */
    static final long ROW = 900_000_000_000L;

    /** How many doctors a bucket holds when {@link #rebuild} chooses them (about the square root of 2,000). */
    static final int DOCTORS_PER_BUCKET = 50;

    /** How many doctors past the bucket a page that runs over its end reads at once. */
    private static final int NEXT_BATCH = 64;

    private final JdbcClient jdbc;

    DoctorOrderBuckets(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The bucket row's key of the doctor whose id is the SQL {@code doctorId}, from their name read with a shared lock
     * (the latest committed name; a rename, which holds the user's row and moves the counts, is waited for).
     */
    static String bucketRowOf(String doctorId) {
        // the doctor in WHERE: MySQL refuses an outer column (the count statement's a.doctor_id) in a join's ON
        return "(SELECT " + ROW + " + COALESCE(MAX(b.bucket), 0) FROM appointment_doctor_buckets b, doctors bd"
                + " JOIN users bu ON bu.user_id = bd.user_id WHERE bd.doctor_id = " + doctorId + " AND "
                + AppointmentSummaries.atOrAboveBound("bu.last_name", "bu.first_name", "bu.user_id")
                + " LOCK IN SHARE MODE)";
    }

    /** A doctor and how many of their appointments the filter selects (their all-time row, V0024). */
    record DoctorRows(long doctorId, long rows) {}

    /** The closed date range a walk counts (null: all time, the sentinel's rows). */
    record Days(LocalDate from, LocalDate to) {

        /** Every day of the range, for one short range of the primary key per day. */
        List<LocalDate> each() {
            return from.datesUntil(to.plusDays(1)).toList();
        }
    }

    /** The doctors from the one holding the page's first row on, in the order, and how many rows come before them. */
    record Walk(long before, List<DoctorRows> doctors) {}

    /**
     * The bucket that holds the row at {@code offset} (by the buckets' counts in the order's direction), its doctors
     * in the order with their counts, and, if the page may run past them, the next doctors. Null when the bucket's
     * doctors do not add up to its count (a doctor whose account is not a doctor's, found by no walk of the role's
     * index: the caller walks every doctor instead).
     */
    @Nullable
    Walk walk(String counted, boolean ascending, long offset, int limit) {
        return walk(counted, null, ascending, offset, limit);
    }

    /** {@link #walk} counting the rows of {@code days} only (null: all time). */
    @Nullable
    Walk walk(String counted, @Nullable Days days, boolean ascending, long offset, int limit) {
        List<long[]> buckets = bucketCounts(counted, days, ascending);
        KeptBuckets.Holding holding = KeptBuckets.holding(buckets, offset);
        if (holding == null) {
            return new Walk(buckets.stream().mapToLong(each -> each[1]).sum(), List.of());
        }
        long bucket = holding.key();
        long before = holding.before();
        Object[] lower = bound(bucket);
        Object[] upper = bound(bucket + 1);
        List<DoctorRows> doctors = doctors(counted, days, ascending, lower, upper, false);
        if (doctors.stream().mapToLong(DoctorRows::rows).sum() != holding.rows()) {
            return null;
        }
        var walked = new ArrayList<>(doctors);
        long rows = holding.rows() - (offset - before);
        Object[] next = ascending ? upper : lower;
        while (rows < limit && next != null) {
            List<DoctorRows> more = ascending
                    ? doctors(counted, days, true, next, null, true)
                    : doctors(counted, days, false, null, next, true);
            walked.addAll(more);
            rows += more.stream().mapToLong(DoctorRows::rows).sum();
            if (more.size() < NEXT_BATCH) {
                break;
            }
            next = key(more.getLast().doctorId());
            if (ascending) {
                next = new Object[] {next[0], next[1], (Long) next[2] + 1}; // after the last one read
            }
        }
        return new Walk(before, walked);
    }

    /**
     * Each bucket's rows as {@code {bucket, rows}} in the order: its all-time row, or (V0036) the sum of its rows of
     * the days, read as one short range of the primary key per day.
     */
    private List<long[]> bucketCounts(String counted, @Nullable Days days, boolean ascending) {
        String dir = ascending ? "ASC" : "DESC";
        String bucketKeys = " AND c.doctor_id >= " + ROW + " AND c.doctor_id < " + DoctorAndTimeJumps.DOCTOR_TOTAL;
        if (days == null) {
            return jdbc.sql("SELECT c.doctor_id - " + ROW + ", " + counted
                            + " FROM appointment_daily_counts c WHERE c.count_date = "
                            + DoctorAndTimeJumps.SENTINEL_SQL + bucketKeys + " ORDER BY c.doctor_id " + dir)
                    .query((rs, row) -> new long[] {rs.getLong(1), rs.getLong(2)})
                    .list();
        }
        return jdbc.sql("SELECT c.doctor_id - " + ROW + ", SUM(" + counted + ") FROM appointment_daily_counts c"
                        + " WHERE c.count_date IN (:days)" + bucketKeys + " GROUP BY c.doctor_id ORDER BY c.doctor_id "
                        + dir)
                .param("days", days.each())
                .query((rs, row) -> new long[] {rs.getLong(1), rs.getLong(2)})
                .list();
    }

    /**
     * The doctors whose key is at or above {@code from} and below {@code below} (either null: no bound), in the order,
     * with their rows (all time, or the sum of their rows of {@code days}: index only by V0031's index); {@code
     * batch}: the first {@link #NEXT_BATCH} only (a page past the bucket).
     */
    private List<DoctorRows> doctors(
            String counted,
            @Nullable Days days,
            boolean ascending,
            Object @Nullable [] from,
            Object @Nullable [] below,
            boolean batch) {
        String dir = ascending ? "ASC" : "DESC";
        var params = new ArrayList<Object>();
        var sql = new StringBuilder();
        if (days == null) {
            sql.append("SELECT d.doctor_id, COALESCE(" + counted + ", 0) FROM users u"
                    + " JOIN doctors d ON d.user_id = u.user_id LEFT JOIN appointment_daily_counts c ON c.count_date = "
                    + DoctorAndTimeJumps.SENTINEL_SQL + " AND c.doctor_id = " + DoctorAndTimeJumps.DOCTOR_TOTAL
                    + " + d.doctor_id WHERE u.role = 'DOCTOR'");
        } else { // their rows of the days: read next
            sql.append("SELECT d.doctor_id, 0 FROM users u JOIN doctors d ON d.user_id = u.user_id"
                    + " WHERE u.role = 'DOCTOR'");
        }
        if (from != null) {
            sql.append(" AND ").append(keyAtOrAbove(true));
            params.addAll(keyParams(from));
        }
        if (below != null) {
            sql.append(" AND ").append(keyAtOrAbove(false));
            params.addAll(keyParams(below));
        }
        sql.append(" ORDER BY u.last_name ")
                .append(dir)
                .append(", u.first_name ")
                .append(dir)
                .append(", u.user_id ")
                .append(dir);
        if (batch) {
            sql.append(" LIMIT ").append(NEXT_BATCH);
        }
        List<DoctorRows> doctors = jdbc.sql(sql.toString())
                .params(params)
                .query((rs, row) -> new DoctorRows(rs.getLong(1), rs.getLong(2)))
                .list();
        return days == null || doctors.isEmpty() ? doctors : withRowsOf(doctors, counted, days);
    }

    /**
     * The doctors with their rows of the days, summed from their rows per day: one range of V0031's index (doctor,
     * day) per doctor, index only (a correlated sum per doctor was read by the doctor alone, every day of theirs).
     */
    private List<DoctorRows> withRowsOf(List<DoctorRows> doctors, String counted, Days days) {
        var rows = new HashMap<Long, Long>();
        jdbc.sql("SELECT c.doctor_id, SUM(" + counted + ") FROM appointment_daily_counts c WHERE c.doctor_id IN (:ids)"
                        + " AND c.count_date BETWEEN :from AND :to GROUP BY c.doctor_id")
                .param("ids", doctors.stream().map(DoctorRows::doctorId).toList())
                .param("from", days.from())
                .param("to", days.to())
                .query(rs -> {
                    rows.put(rs.getLong(1), rs.getLong(2));
                });
        return doctors.stream()
                .map(doctor -> new DoctorRows(doctor.doctorId(), rows.getOrDefault(doctor.doctorId(), 0L)))
                .toList();
    }

    /** (u's key) ≥ (?, ?, ?) when {@code atOrAbove}, else (u's key) < (?, ?, ?): flattened for the range optimizer. */
    private static String keyAtOrAbove(boolean atOrAbove) {
        String op = atOrAbove ? ">" : "<";
        return "(u.last_name " + op + " ? OR (u.last_name = ? AND u.first_name " + op
                + " ?) OR (u.last_name = ? AND u.first_name = ? AND u.user_id " + (atOrAbove ? ">=" : "<") + " ?))";
    }

    private static List<Object> keyParams(Object[] key) {
        return List.of(key[0], key[0], key[1], key[0], key[1], key[2]);
    }

    /** A bucket's lower bound (last name, first name, user id), or null for bucket 0 and past the last. */
    private Object @Nullable [] bound(long bucket) {
        return jdbc.sql("SELECT last_name, first_name, user_id FROM appointment_doctor_buckets WHERE bucket = ?")
                .param(bucket)
                .query((rs, row) -> new Object[] {rs.getString(1), rs.getString(2), rs.getLong(3)})
                .optional()
                .orElse(null);
    }

    private Object[] key(long doctorId) {
        return jdbc.sql("SELECT u.last_name, u.first_name, u.user_id FROM doctors d JOIN users u"
                        + " ON u.user_id = d.user_id WHERE d.doctor_id = ?")
                .param(doctorId)
                .query((rs, row) -> new Object[] {rs.getString(1), rs.getString(2), rs.getLong(3)})
                .single();
    }

    /**
     * Chooses the buckets again, {@code perBucket} consecutive doctors in name order each, and sums each bucket's
     * doctors' all-time rows (V0024) and rows per day (V0036): so after those are rebuilt.
     */
    void rebuild(int perBucket) {
        jdbc.sql("DELETE FROM appointment_doctor_buckets").update();
        jdbc.sql("INSERT INTO appointment_doctor_buckets (bucket, last_name, first_name, user_id)"
                        + " SELECT (r.n - 1) DIV :per, r.last_name, r.first_name, r.user_id FROM (" + NUMBERED_DOCTORS
                        + ") r WHERE r.n > 1 AND (r.n - 1) MOD :per = 0")
                .param("per", perBucket)
                .update();
        // the all-time rows from the doctors' (V0024), each day's from the doctors' rows of the day (V0036)
        sumBuckets(perBucket, "= " + DoctorAndTimeJumps.SENTINEL_SQL, DoctorAndTimeJumps.DOCTOR_TOTAL);
        sumBuckets(perBucket, "> " + DoctorAndTimeJumps.SENTINEL_SQL, 0);
    }

    /**
     * Writes the buckets' rows of the days {@code count_date} {@code days} (an SQL comparison) again: each the sum of
     * its doctors' rows of the day, keyed {@code doctorKey} + the doctor's id.
     */
    private void sumBuckets(int perBucket, String days, long doctorKey) {
        jdbc.sql("DELETE FROM appointment_daily_counts WHERE count_date " + days + " AND doctor_id >= ?"
                        + " AND doctor_id < ?")
                .params(ROW, DoctorAndTimeJumps.DOCTOR_TOTAL)
                .update();
        String[] columns = AppointmentSummaries.COUNT_COLUMNS.split(", ");
        jdbc.sql("INSERT INTO appointment_daily_counts (count_date, doctor_id, " + AppointmentSummaries.COUNT_COLUMNS
                        + ") SELECT c.count_date, :row + db.bucket, "
                        + IntStream.range(0, columns.length)
                                .mapToObj(i -> "SUM(c." + columns[i] + ")")
                                .collect(Collectors.joining(", "))
                        + " FROM appointment_daily_counts c JOIN (SELECT r.doctor_id,"
                        // signed: MySQL's ROW_NUMBER() is unsigned
                        + " CAST((r.n - 1) DIV :per AS SIGNED) AS bucket FROM (" + NUMBERED_DOCTORS + ") r) db"
                        + " ON c.doctor_id = :key + db.doctor_id WHERE c.count_date " + days
                        + " GROUP BY c.count_date, db.bucket")
                .param("row", ROW)
                .param("per", perBucket)
                .param("key", doctorKey)
                .update();
    }

    /** Every doctor with their place (1, 2, …) in the grid's doctor order. */
    private static final String NUMBERED_DOCTORS = "SELECT d.doctor_id, u.last_name, u.first_name, u.user_id,"
            + " ROW_NUMBER() OVER (ORDER BY u.last_name, u.first_name, u.user_id) AS n"
            + " FROM doctors d JOIN users u ON u.user_id = d.user_id";

    /**
     * A user was renamed (or their account closed): if they are a doctor whose key crossed a bucket's bound, their
     * all-time counts and (V0036) their rows of every day move from the former name's bucket's rows to the new one's,
     * in one statement in key order (the doctor's rows read by V0031's index). Run in
     * the renaming transaction, which holds the user's row: a change of the doctor's appointments writes its bucket
     * delta before the rename (and it is moved with the doctor's row) or waits and reads the new name
     * ({@link SummaryDeltas}). Such a statement reads its buckets while it gathers its rows, before it writes any, so
     * while it waits it holds no count row read here (by design; not tested with two concurrent transactions).
     */
    @EventListener
    void doctorRenamed(UserRenamed renamed) {
        BucketCrossing crossing =
                BucketCrossing.of(jdbc, renamed, "doctors", "doctor_id", "appointment_doctor_buckets");
        if (crossing == null) {
            return;
        }
        String[] columns = AppointmentSummaries.COUNT_COLUMNS.split(", ");
        jdbc.sql("INSERT INTO appointment_daily_counts (count_date, doctor_id, " + AppointmentSummaries.COUNT_COLUMNS
                        + ") SELECT r.* FROM (SELECT c.count_date AS d, k.row_key, "
                        + IntStream.range(0, columns.length)
                                .mapToObj(i -> "k.sign * c." + columns[i] + " AS v" + i)
                                .collect(Collectors.joining(", "))
                        + " FROM appointment_daily_counts c JOIN (SELECT ? AS row_key, -1 AS sign UNION ALL"
                        // the doctor's all-time row (sentinel day only) and their own rows (real days only)
                        + " SELECT ?, 1) k WHERE c.doctor_id IN (?, ?)) r ORDER BY r.d, r.row_key"
                        + AppointmentSummaries.ADD_UP)
                .params(
                        ROW + crossing.from(),
                        ROW + crossing.to(),
                        DoctorAndTimeJumps.doctorKey(crossing.personId()),
                        crossing.personId())
                .update();
    }
}
