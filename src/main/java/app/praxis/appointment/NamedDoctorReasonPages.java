package app.praxis.appointment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
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
 *       page is not full. A reason of at most {@link #MAX_ROWS_SORTED} rows is read sorted whole (round 48).
 * </ol>
 *
 * A missing reason (NULL) sorts below every reason, as in the grid; {@code <=>} matches it. Not served (null: one read
 * of the rows in order, as before) when the doctors' rows hold more than {@link #MAX_REASONS} reasons, where the walk
 * would cost more than the sort.
 *
 * <p>Round 21: without a date range the first step no longer reads every named doctor's entries (~50,000 for
 * 'Klara'): each doctor's rows are kept per group of buckets of the reason order ({@link DoctorReasonGroups}, V0047),
 * the named doctors' groups are summed until the offset, and the steps above run on the rows between the spanned
 * groups' bounds only (no count per reason at all when both bounds have one reason). Every statement reads
 * {@link #INDEX} by {@code FORCE INDEX}: with 100 doctors in {@code IN} the optimizer estimated each doctor's range by
 * dives into every index that might serve the statement (seven for the page), 2-5 ms a statement before it read the
 * index it chose anyway (docs/PERFORMANCE.md, round 21).
 *
 * <p>Round 29: with a date range the reasons are counted from the range's entries, each reason an equality of the
 * index's ranges, once a loose scan has listed them ({@link #MAX_REASON_PAIRS}). Since round 51 that is where
 * {@link NamedDoctorReasonDays} gives way: the range's rows per reason key and day, from V0064's index.
 */
final class NamedDoctorReasonPages {

    /** Beyond this many reasons among the named doctors' rows, the page is one sorted read. */
    static final int MAX_REASONS = 1_000;

    /**
     * Beyond this many pairs of a named doctor and a reason, a date range's reasons are counted from all the doctors'
     * entries (a loose scan's look-up per pair costs about what reading a few entries does).
     */
    static final int MAX_REASON_PAIRS = 2_000;

    /**
     * Up to this many rows of a reason (a bucket's: a spelling's bucket since V0061, round 48) the page is read from them
     * sorted whole; beyond, it is read within the days their count per day gives (the reason is fixed, so the sort key
     * is the date, time and id: a bucket's rows sort in memory).
     */
    static final int MAX_ROWS_SORTED = ReasonOrderJumps.ROWS_PER_BUCKET;

    /** V0032's index of each doctor's rows in reason order, which every statement here reads. */
    private static final String INDEX = "ix_appointment_doctor_reason";

    private final JdbcClient jdbc;

    private final int maxReasonPairs;

    private final int maxRowsSorted;

    private final NamedDoctorReasonDays reasonKeyDays;

    NamedDoctorReasonPages(JdbcClient jdbc) {
        this(jdbc, MAX_REASON_PAIRS);
    }

    /** {@code maxReasonPairs}: the bound of {@link #MAX_REASON_PAIRS} (a test reads both ways). */
    NamedDoctorReasonPages(JdbcClient jdbc, int maxReasonPairs) {
        this(jdbc, maxReasonPairs, MAX_ROWS_SORTED);
    }

    /** {@code maxRowsSorted}: the bound of {@link #MAX_ROWS_SORTED} too (a test reads both ways). */
    NamedDoctorReasonPages(JdbcClient jdbc, int maxReasonPairs, int maxRowsSorted) {
        this(jdbc, maxReasonPairs, maxRowsSorted, MAX_REASONS);
    }

    /**
     * {@code maxKeyGroups}: with a date range, the most groups of reason keys read per key and day
     * ({@link NamedDoctorReasonDays}; 0: never, a test reads both ways).
     */
    NamedDoctorReasonPages(JdbcClient jdbc, int maxReasonPairs, int maxRowsSorted, int maxKeyGroups) {
        this.jdbc = jdbc;
        this.maxReasonPairs = maxReasonPairs;
        this.maxRowsSorted = maxRowsSorted;
        this.reasonKeyDays = new NamedDoctorReasonDays(jdbc, maxKeyGroups);
    }

    /**
     * The page at {@code offset} in the reason order ({@code ascending} or not) of the named doctors' rows that the
     * filter's status and dates select, or null beyond {@link #MAX_REASONS}.
     */
    @Nullable
    List<Long> byReason(NamedDoctorPages.Request request) {
        if (request.filter().from() == null && request.filter().to() == null) {
            return byGroups(request);
        }
        // the range's rows per reason key and day first (round 51); by the reasons when a spanned key is not whole
        List<Long> byKeys = reasonKeyDays.page(request);
        return byKeys != null ? byKeys : byReasons(request, "", Map.of(), request.offset(), reasonsWithinDays(request));
    }

    /**
     * With a date range (round 29), the named doctors' rows per reason counted from the range's entries only: their
     * reasons are listed first by a loose scan of the index (an entry per doctor and reason, 600 look-ups for 'Klara'
     * at 1,000,000), then counted with each reason as an equality, so that the range bounds every doctor's and
     * reason's read (7,000 entries for 30 days) where the plain count read all the doctors' entries (50,000) and
     * tested their dates: 22 ms against 2 + 8 by hand. Null (the plain count) when the doctors' rows hold more than
     * {@link #MAX_REASON_PAIRS} pairs of doctor and reason: free-text reasons, where the ranges would be a row each.
     */
    @Nullable
    private List<Object[]> reasonsWithinDays(NamedDoctorPages.Request request) {
        var params = new HashMap<String, Object>();
        params.put("ids", request.doctors());
        params.put("cap", (long) maxReasonPairs + 1);
        List<String> pairs = jdbc.sql("SELECT a.reason_sort FROM appointments a FORCE INDEX (" + INDEX + ")"
                        + " WHERE a.doctor_id IN (:ids) GROUP BY a.doctor_id, a.reason_sort LIMIT :cap")
                .params(params)
                .query((rs, row) -> rs.getString(1))
                .list();
        if (pairs.size() > maxReasonPairs) {
            return null;
        }
        List<String> reasons =
                pairs.stream().filter(Objects::nonNull).distinct().toList();
        var reasonParams = new HashMap<String, Object>();
        String oneOf = " AND (a.reason_sort IS NULL";
        if (!reasons.isEmpty()) {
            reasonParams.put("reasons", reasons);
            oneOf += " OR a.reason_sort IN (:reasons)";
        }
        return reasons(request.filter(), request.doctors(), request.ascending(), oneOf + ")", reasonParams);
    }

    /**
     * The page at {@code offset} among the named doctors' rows that {@code within} (" AND …" with its
     * {@code withinParams}: all, or a range of the order) selects: their reasons skipped whole until the one holding
     * the offset, the page read from that reason's days and the next reasons' while it is not full; null beyond
     * {@link #MAX_REASONS} reasons. The reasons (reason, rows) are counted unless {@code known}.
     */
    @Nullable
    private List<Long> byReasons(
            NamedDoctorPages.Request request,
            String within,
            Map<String, Object> withinParams,
            long offset,
            @Nullable List<Object[]> known) {
        AppointmentFilter filter = request.filter();
        List<Long> doctors = request.doctors();
        boolean ascending = request.ascending();
        int limit = request.limit();
        List<Object[]> reasons = known != null ? known : reasons(filter, doctors, ascending, within, withinParams);
        if (reasons.size() > MAX_REASONS) {
            return null;
        }
        String dir = ascending ? "ASC" : "DESC";
        String dateOrder = "a.appointment_date " + dir + ", a.start_time " + dir + ", a.appointment_id " + dir;
        var ids = new ArrayList<Long>();
        long skip = offset;
        for (Object[] reason : reasons) {
            if (ids.size() >= limit) {
                break;
            }
            long size = (Long) reason[1];
            if (skip >= size) {
                skip -= size;
                continue;
            }
            var params = new HashMap<String, Object>(withinParams);
            params.put("reason", reason[0]);
            String oneReason = " AND a.reason_sort <=> :reason" + within;
            NamedDoctorPages.PageReader reader = request.reader().along(INDEX);
            // a bucket's rows or fewer (a spelling's bucket, V0061): sorted whole, without counting their days first
            ids.addAll(
                    size <= maxRowsSorted
                            ? reader.page(filter, oneReason, dateOrder, skip, limit - ids.size(), params)
                            : NamedDoctorPages.pageFromDays(
                                    filter,
                                    days(filter, doctors, ascending, within, params),
                                    oneReason,
                                    ascending,
                                    dateOrder,
                                    skip,
                                    limit - ids.size(),
                                    params,
                                    reader));
            skip = 0;
        }
        return ids;
    }

    /**
     * Without a date range (the kept rows have no days), from the named doctors' kept rows per group of buckets of the
     * reason order (V0047): the groups summed in the order until the sum passes the offset, then the page from the rows
     * between the spanned groups' bounds only (the first group's lower bound, and the lower bound of the group after
     * the last), their reasons and days counted there ({@link #byReasons}). A group of the large set holds up to
     * ~10,000 of 'Klara''s 50,000 rows: sorting them for the page went to disk (a reason is a 2,800-byte sort key),
     * counted per reason and day they are read in the index's order. Since round 48 a name of one word sums its
     * spellings' rows per bucket instead ({@link DoctorNameBucketRows}, V0061): the page's rows are then one bucket's
     * of 'Klara' (~500), where a group's were ~10,000.
     */
    @Nullable
    private List<Long> byGroups(NamedDoctorPages.Request request) {
        List<long[]> buckets = DoctorNameBucketRows.buckets(jdbc, request, DoctorNameBucketRows.Order.REASON);
        List<long[]> groups = buckets != null
                ? buckets
                : NamedDoctorPatientPages.keptGroups(
                        jdbc, request, DoctorReasonGroups.ROW, DoctorReasonGroups.PER_DOCTOR);
        PageSpan span =
                PageSpan.of(groups.stream().mapToLong(group -> group[1]).toArray(), request.offset(), request.limit());
        if (span == null) {
            return List.of();
        }
        int first = span.first();
        int last = span.last();
        long spannedRows = groups.subList(first, last + 1).stream()
                .mapToLong(group -> group[1])
                .sum();
        boolean ascending = request.ascending();
        long lowest = groups.get(ascending ? first : last)[0];
        long highest = groups.get(ascending ? last : first)[0];
        var params = new LinkedHashMap<String, Object>();
        Function<Object, String> bind = value -> {
            String name = "groupBound" + params.size();
            params.put(name, value);
            return ":" + name;
        };
        // a spelling's rows are per bucket (the last day's: every bucket from it on), a doctor's per group
        long lowBucket = buckets != null ? lowest : DoctorReasonGroups.firstBucket(lowest);
        long highBucket = buckets != null ? highest + 1 : DoctorReasonGroups.firstBucket(highest + 1);
        Object[] low = ReasonOrderJumps.bound(jdbc, lowBucket);
        Object[] high = buckets != null && highest >= DoctorNameBucketRows.LAST_BUCKET
                ? null
                : ReasonOrderJumps.bound(jdbc, highBucket);
        // bounds of one reason (a common reason spans many groups): the rows between are that reason's, as many as
        // the spanned groups count
        boolean oneReason = low != null && low[0] != null && high != null && sameReason(lowBucket, highBucket);
        String within = oneReason
                ? withinOneReason(low, high, bind)
                : ReasonOrderJumps.boundCondition(low, true, bind) + ReasonOrderJumps.boundCondition(high, false, bind);
        return byReasons(
                request,
                within,
                params,
                request.offset() - span.before(),
                oneReason ? List.<Object[]>of(new Object[] {low[0], spannedRows}) : null);
    }

    /**
     * " AND …": the rows from the bound {@code low} (at or after) to {@code high} (before) of one reason, which the
     * caller names as an equality: their days as a range and their keys (date, time, id) as row comparisons (round 48).
     * The bounds written out as ORs of the whole key ({@link ReasonOrderJumps#boundCondition}) made the optimizer build
     * 16 ranges per named doctor from them: 1.3 ms of a statement for 'Klara' (100 doctors), where the date range makes
     * one per doctor and the row comparisons are only tested on the range's entries.
     */
    private static String withinOneReason(Object[] low, Object[] high, Function<Object, String> bind) {
        String key = "(a.appointment_date, a.start_time, a.appointment_id)";
        return " AND a.appointment_date BETWEEN " + bind.apply(low[1]) + " AND " + bind.apply(high[1])
                + " AND " + key + " >= (" + bind.apply(low[1]) + ", " + bind.apply(low[2]) + ", " + bind.apply(low[3])
                + ") AND " + key + " < (" + bind.apply(high[1]) + ", " + bind.apply(high[2]) + ", "
                + bind.apply(high[3]) + ")";
    }

    /** Whether the two buckets' bounds have reasons equal in the column's collation (as the order compares them). */
    private boolean sameReason(long bucket, long otherBucket) {
        return jdbc.sql("SELECT COUNT(*) FROM appointment_reason_buckets b JOIN appointment_reason_buckets o"
                                + " ON o.bucket = ? AND o.reason_sort = b.reason_sort WHERE b.bucket = ?")
                        .params(otherBucket, bucket)
                        .query(Long.class)
                        .single()
                > 0;
    }

    /**
     * The named doctors' rows per reason (reason, rows) in the order, at most one more than {@link #MAX_REASONS}:
     * counted per doctor and reason along the index, then summed per reason ({@code within} and its parameters added).
     */
    private List<Object[]> reasons(
            AppointmentFilter filter,
            List<Long> doctors,
            boolean ascending,
            String within,
            Map<String, Object> withinParams) {
        var params = new HashMap<String, Object>(withinParams);
        params.put("ids", doctors);
        params.put("cap", MAX_REASONS + 1);
        String sql = "SELECT g.reason, SUM(g.n_rows) FROM (SELECT a.doctor_id, a.reason_sort AS reason,"
                + " COUNT(*) AS n_rows FROM appointments a FORCE INDEX (" + INDEX + ") WHERE a.doctor_id IN (:ids)"
                + within
                + AppointmentRowRepository.statusAndDays(filter, "a.status", "a.appointment_date", params)
                + " GROUP BY a.doctor_id, a.reason_sort) g GROUP BY g.reason ORDER BY g.reason "
                + (ascending ? "ASC" : "DESC") + " LIMIT :cap";
        var reasons = new ArrayList<Object[]>();
        jdbc.sql(sql).params(params).query(rs -> {
            reasons.add(new Object[] {rs.getString(1), rs.getLong(2)});
        });
        return reasons;
    }

    /**
     * The named doctors' rows of one reason ({@code :reason} in {@code params}, with {@code within}'s) per day (day,
     * rows) in the order, from the index alone.
     */
    private List<Object[]> days(
            AppointmentFilter filter,
            List<Long> doctors,
            boolean ascending,
            String within,
            Map<String, Object> reasonParams) {
        var params = new HashMap<String, Object>(reasonParams);
        params.put("ids", doctors);
        String sql = "SELECT a.appointment_date, COUNT(*) FROM appointments a FORCE INDEX (" + INDEX + ")"
                + " WHERE a.doctor_id IN (:ids) AND a.reason_sort <=> :reason" + within
                + AppointmentRowRepository.statusAndDays(filter, "a.status", "a.appointment_date", params)
                + " GROUP BY a.appointment_date ORDER BY a.appointment_date " + (ascending ? "ASC" : "DESC");
        var days = new ArrayList<Object[]>();
        jdbc.sql(sql).params(params).query(rs -> {
            days.add(new Object[] {rs.getObject(1, LocalDate.class), rs.getLong(2)});
        });
        return days;
    }
}
