package app.praxis.appointment;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A jump (a page at an offset, without the row before it) in the admins' grid's order by reason ({@code reason_sort},
 * then date, time, id; both directions) without skipping every row before it (V0027). The rows are cut into buckets
 * of the order's whole key ({@code appointment_reason_buckets}: each bucket's lower bound, the key of its first row
 * when the buckets were chosen, its reason NULL among the rows without one, which sort first; bucket 0 has no bound
 * and starts below every key), and each bucket's
 * appointments by status are a row of {@code appointment_daily_counts} on the sentinel day keyed {@link #ROW} +
 * bucket, written at commit by {@link SummaryDeltas} (the bucket read from the contribution's key in that statement)
 * and by {@link #rebuild}. A jump sums the buckets' counts in the order until the sum passes the offset (a few
 * hundred rows), then reads the page from the bucket's bound on {@code ix_appointment_grid_reason}, skipping only
 * within the bucket (about {@link #ROWS_PER_BUCKET} rows, more where bookings gathered since the buckets were chosen).
 *
 * <p>Served: no filter or a status filter. A date range, a name, one doctor or one patient: the caller reads by
 * offset as before. Each doctor's rows per group of these buckets are kept too ({@link DoctorReasonGroups}, V0047:
 * written with the bucket's row, chosen again in {@link #rebuild}), for a doctor's name in this order.
 */
final class ReasonOrderJumps {

    /** A bucket's row in {@code appointment_daily_counts} (sentinel day) is this + the bucket: above V0024's keys. */
    static final long ROW = 3_000_000_000_000L;

    /** How many rows a bucket holds when {@link #rebuild} chooses them. */
    static final int ROWS_PER_BUCKET = 2_000;

    /** How many characters of the reason {@code reason_sort} holds (V0019). */
    private static final int REASON_SORT_LENGTH = 700;

    private final JdbcClient jdbc;

    ReasonOrderJumps(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Markers of a key's parts in {@link #BOUND_AT_OR_BELOW}: its reason, date, time and id. */
    private static final String R = "\u0001r";

    private static final String D = "\u0001d";
    private static final String T = "\u0001t";
    private static final String I = "\u0001i";

    /**
     * "Bound {@code b} is at or below the key (R, D, T, I)" in the order, where a missing reason (NULL) sorts below
     * every reason: a bound without a reason is below every key with one, and among the keys without one compares by
     * date, time and id; a bound with a reason compares as usual (and is above every key without one).
     */
    private static final String BOUND_AT_OR_BELOW = "(b.reason_sort IS NULL AND (" + R + " IS NOT NULL"
            + " OR b.appointment_date < " + D + " OR (b.appointment_date = " + D + " AND b.start_time < " + T + ")"
            + " OR (b.appointment_date = " + D + " AND b.start_time = " + T + " AND b.appointment_id <= " + I + ")))"
            + " OR b.reason_sort < " + R + " OR (b.reason_sort = " + R + " AND b.appointment_date < " + D + ")"
            + " OR (b.reason_sort = " + R + " AND b.appointment_date = " + D + " AND b.start_time < " + T + ")"
            + " OR (b.reason_sort = " + R + " AND b.appointment_date = " + D + " AND b.start_time = " + T
            + " AND b.appointment_id <= " + I + ")";

    private static final String BUCKET_ROW =
            "(" + ROW + " + COALESCE((SELECT b.bucket FROM appointment_reason_buckets b"
                    + " WHERE " + BOUND_AT_OR_BELOW + " ORDER BY b.reason_sort DESC, b.appointment_date DESC,"
                    + " b.start_time DESC, b.appointment_id DESC LIMIT 1), 0))";

    /**
     * The bucket row's key of a row whose order key is the SQL expressions {@code reason} (its {@code reason_sort},
     * NULL without one), {@code date}, {@code time}, {@code id}: the last bound at or below it (0 below every bound).
     */
    static String bucketRowOf(String reason, String date, String time, String id) {
        return BUCKET_ROW.replace(R, reason).replace(D, date).replace(T, time).replace(I, id);
    }

    /** {@link #bucketRowOf} of the appointment {@code a}'s own key. */
    static final String BUCKET_ROW_OF_APPOINTMENT =
            bucketRowOf("a.reason_sort", "a.appointment_date", "a.start_time", "a.appointment_id");

    /** {@link #bucketRowOf} with parameters: {@link #bucketParams} gives them for a key. */
    static final String BUCKET_ROW_OF = bucketRowOf("LEFT(?, " + REASON_SORT_LENGTH + ")", "?", "?", "?");

    /** The parameters of {@link #BUCKET_ROW_OF}, in the order they appear. */
    static List<Object> bucketParams(@Nullable String reason, LocalDate date, LocalTime time, long id) {
        var params = new ArrayList<Object>();
        for (int at = BUCKET_ROW.indexOf('\u0001'); at >= 0; at = BUCKET_ROW.indexOf('\u0001', at + 1)) {
            switch (BUCKET_ROW.charAt(at + 1)) {
                case 'r' -> params.add(reason);
                case 'd' -> params.add(date);
                case 't' -> params.add(time);
                default -> params.add(id);
            }
        }
        return params;
    }

    /**
     * The ids of the page at {@code offset} in {@code orderBy} when it is the reason order and the filter is one the
     * buckets count, else null (the caller reads by offset). Empty at or past the last row.
     */
    @Nullable
    List<Long> jump(AppointmentFilter filter, String orderBy, long offset, int limit) {
        if (filter.doctorId() != null
                || filter.patientId() != null
                || hasText(filter.doctorName())
                || hasText(filter.patientName())
                || filter.from() != null
                || filter.to() != null
                || limit <= 0) {
            return null;
        }
        for (boolean ascending : new boolean[] {true, false}) {
            if (AppointmentSort.REASON.orderBy(ascending).equals(orderBy)) {
                return page(filter.status(), ascending, offset, limit);
            }
        }
        return null;
    }

    private List<Long> page(@Nullable AppointmentStatus status, boolean ascending, long offset, int limit) {
        String counted = AppointmentSummaries.countedColumns(status);
        String dir = ascending ? "ASC" : "DESC";
        List<long[]> buckets = jdbc.sql("SELECT c.doctor_id - " + ROW + ", " + counted
                        + " FROM appointment_daily_counts c WHERE c.count_date = " + DoctorAndTimeJumps.SENTINEL_SQL
                        + " AND c.doctor_id >= " + ROW + " AND c.doctor_id < " + (ROW + Integer.MAX_VALUE)
                        + " ORDER BY c.doctor_id " + dir)
                .query((rs, row) -> new long[] {rs.getLong(1), rs.getLong(2)})
                .list();
        KeptBuckets.Holding holding = KeptBuckets.holding(buckets, offset);
        if (holding == null) {
            return List.of();
        }
        // ascending: from the bucket's bound on; descending: below the next bucket's bound
        var params = new ArrayList<Object>();
        String where = " WHERE 1 = 1"
                + boundCondition(bound(jdbc, ascending ? holding.key() : holding.key() + 1), ascending, value -> {
                    params.add(value);
                    return "?";
                });
        if (status != null) {
            where += " AND a.status = ?";
            params.add(status.name());
        }
        params.add(limit);
        params.add(offset - holding.before());
        return jdbc.sql("SELECT a.appointment_id FROM appointments a" + where + " ORDER BY "
                        + AppointmentSort.REASON.orderBy(ascending) + " LIMIT ? OFFSET ?")
                .params(params)
                .query(Long.class)
                .list();
    }

    /**
     * " AND …": the rows at or after a bucket's lower bound ({@code atOrAfter}) or before it, in the order (reason,
     * date, time, id) where a missing reason (NULL) sorts below every reason; "" for no bound (bucket 0 or past the
     * last). {@code bind} takes each value and gives its placeholder, in the order they appear.
     */
    static String boundCondition(Object @Nullable [] bound, boolean atOrAfter, Function<Object, String> bind) {
        if (bound == null) {
            return "";
        }
        if (bound[0] == null) {
            String nullFirst = beyond(
                    List.of("a.appointment_date", "a.start_time", "a.appointment_id"),
                    Arrays.asList(bound).subList(1, 4),
                    atOrAfter,
                    bind);
            return atOrAfter
                    ? " AND (a.reason_sort IS NOT NULL OR (a.reason_sort IS NULL AND (" + nullFirst + ")))"
                    : " AND a.reason_sort IS NULL AND (" + nullFirst + ")";
        }
        return " AND ("
                + beyond(
                        List.of("a.reason_sort", "a.appointment_date", "a.start_time", "a.appointment_id"),
                        Arrays.asList(bound),
                        atOrAfter,
                        bind)
                + (atOrAfter ? "" : " OR a.reason_sort IS NULL") + ")";
    }

    /**
     * "The key ({@code columns}) is at or after the bound's {@code values} (ascending), or before them (descending)",
     * flattened so that the range optimizer reads one range of the reason's index: k1 > ? OR (k1 = ? AND k2 > ?) OR …
     * (the last ≥).
     */
    private static String beyond(
            List<String> columns, List<Object> values, boolean ascending, Function<Object, String> bind) {
        String op = ascending ? ">" : "<";
        var terms = new ArrayList<String>();
        for (int i = 0; i < columns.size(); i++) {
            var term = new StringBuilder("(");
            for (int j = 0; j < i; j++) {
                term.append(columns.get(j))
                        .append(" = ")
                        .append(bind.apply(values.get(j)))
                        .append(" AND ");
            }
            boolean last = i == columns.size() - 1;
            term.append(columns.get(i))
                    .append(" ")
                    .append(op)
                    .append(last && ascending ? "=" : "")
                    .append(" ")
                    .append(bind.apply(values.get(i)))
                    .append(")");
            terms.add(term.toString());
        }
        return String.join(" OR ", terms);
    }

    /** A bucket's lower bound (reason_sort, date, time, id), or null for bucket 0 and past the last. */
    static Object @Nullable [] bound(JdbcClient jdbc, long bucket) {
        return jdbc.sql("SELECT reason_sort, appointment_date, start_time, appointment_id"
                        + " FROM appointment_reason_buckets WHERE bucket = ?")
                .param(bucket)
                .query((rs, row) -> new Object[] {
                    rs.getString(1), rs.getObject(2, LocalDate.class), rs.getObject(3, LocalTime.class), rs.getLong(4)
                })
                .optional()
                .orElse(null);
    }

    /**
     * Chooses the buckets again, {@code perBucket} consecutive rows in the order each (those without a reason first),
     * and counts their appointments with the count terms of {@code sums} (of {@code a} and its patient {@code p}).
     */
    void rebuild(int perBucket, String countColumns, String sums) {
        jdbc.sql("DELETE FROM appointment_reason_buckets").update();
        jdbc.sql("INSERT INTO appointment_reason_buckets (bucket, reason_sort, appointment_date, start_time,"
                        + " appointment_id) SELECT (r.n - 1) DIV :per, r.reason_sort, r.appointment_date, r.start_time,"
                        + " r.appointment_id FROM (SELECT a.reason_sort, a.appointment_date, a.start_time,"
                        + " a.appointment_id, " + NUMBER + " AS n FROM appointments a) r"
                        + " WHERE r.n > 1 AND (r.n - 1) MOD :per = 0")
                .param("per", perBucket)
                .update();
        jdbc.sql("DELETE FROM appointment_daily_counts WHERE count_date = " + DoctorAndTimeJumps.SENTINEL_SQL
                        + " AND doctor_id >= ? AND doctor_id < ?")
                .params(ROW, ROW + Integer.MAX_VALUE)
                .update();
        jdbc.sql("INSERT INTO appointment_daily_counts (count_date, doctor_id, " + countColumns + ") SELECT "
                        + DoctorAndTimeJumps.SENTINEL_SQL + ", :row + a.bucket, " + sums
                        + " FROM (SELECT a.status, a.cancelled_by, a.start_time, a.patient_id,"
                        // signed: MySQL's ROW_NUMBER() is unsigned
                        + " CAST((" + NUMBER + " - 1) DIV :per AS SIGNED) AS bucket FROM appointments a) a"
                        + " JOIN patients p ON p.patient_id = a.patient_id GROUP BY a.bucket")
                .param("row", ROW)
                .param("per", perBucket)
                .update();
        // each doctor's rows per group of these buckets (V0047): above every other kept key of the sentinel day
        jdbc.sql("DELETE FROM appointment_daily_counts WHERE count_date = " + DoctorAndTimeJumps.SENTINEL_SQL
                        + " AND doctor_id >= ?")
                .param(DoctorReasonGroups.ROW)
                .update();
        String bucketed = "SELECT a.doctor_id, a.status, a.cancelled_by, a.start_time, a.patient_id, CAST((" + NUMBER
                + " - 1) DIV :per AS SIGNED) AS bucket FROM appointments a";
        jdbc.sql("INSERT INTO appointment_daily_counts (count_date, doctor_id, " + countColumns + ") SELECT "
                        + DoctorAndTimeJumps.SENTINEL_SQL + ", " + DoctorReasonGroups.rowOf("a.doctor_id", "a.bucket")
                        + " AS row_key, " + sums + " FROM (" + bucketed + ") a"
                        + " JOIN patients p ON p.patient_id = a.patient_id GROUP BY row_key")
                .param("per", perBucket)
                .update();
        // each spelling of a doctor's name's rows per bucket (V0061)
        DoctorNameBucketRows.rebuild(jdbc, DoctorNameBucketRows.Order.REASON, bucketed, perBucket);
    }

    /** A row's place (1, 2, …) in the reason order. */
    private static final String NUMBER =
            "ROW_NUMBER() OVER (ORDER BY a.reason_sort, a.appointment_date, a.start_time, a.appointment_id)";

    private static boolean hasText(@Nullable String text) {
        return text != null && !text.isBlank();
    }
}
