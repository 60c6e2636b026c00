package app.praxis.appointment;

import app.praxis.user.UserRenamed;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Kept rows per spelling of a doctor's name and bucket of an order of the admins' grid (issue 18, round 48): every
 * appointment counted, as its bucket's row counts it, in the rows of its doctor's first name's spelling and last name's
 * (a spelling of {@code doctor_name_spellings}, V0057), keyed by the order's {@link Order#row} + the spelling's id, on
 * the day {@link #FIRST_DAY} + its bucket (the buckets from {@link #LAST_BUCKET} on share the last day). In the reason
 * order (V0061) a row's bucket is V0027's; in the patient order (V0062) its patient's, V0025's. A doctor's name of one
 * word in such an order sums one spelling's rows per bucket and reads the page within one bucket of rows
 * ({@link NamedDoctorReasonPages}, {@link NamedDoctorPatientPages}), where the named doctors' own rows per group of
 * buckets (V0047, V0041) left ~10,000 of 'Klara''s rows to read per page.
 *
 * <p>Written at commit with the doctor's other rows ({@link SummaryDeltas}: the bucket's and the spellings' keys are
 * lookups it already makes), by the rebuild of the order's buckets, and moved with a patient whose rename crosses a
 * bucket's bound. A renamed doctor's rows cannot be moved from rows of their own (they have none per bucket), and
 * reading their appointments in the renaming transaction would wait for bookings that wait for the rename. So a rename
 * marks the former and new spellings stale (in its transaction: readers then take the doctors' own rows, as before) and
 * after its commit {@link #repairStale} counts the stale spellings' rows again in a transaction of its own. A stale
 * spelling whose repair failed, or met a doctor renamed meanwhile, stays stale (read as before, never wrong) until the
 * next rename's repair or {@code rebuild()}.
 */
@Component
class DoctorNameBucketRows {

    private static final Logger log = LoggerFactory.getLogger(DoctorNameBucketRows.class);

    /** The orders whose buckets these rows count, each with its keys. */
    enum Order {
        /** V0027's buckets of the reason order (V0061). */
        REASON(6_000_000_000_000L),
        /** V0025's buckets of the patient order (V0062). */
        PATIENT(7_000_000_000_000L);

        /**
         * A spelling's key: this + the spelling's id (above V0057's keys, so that their readers, which read a key's
         * rows of every day and keep their days', never read these), below this + {@link #KEYS}.
         */
        final long row;

        /** How many keys each order has. */
        static final long KEYS = 1_000_000_000_000L;

        Order(long row) {
            this.row = row;
        }

        /** The key of the spelling whose key of V0057's rows is {@code nameRow}. */
        long keyOf(long nameRow) {
            return nameRow - DoctorNameRows.ROW + row;
        }
    }

    /** The day of bucket 0 (after V0049's start times' days, before V0050's months'). */
    static final LocalDate FIRST_DAY = LocalDate.of(1237, 1, 1);

    /** {@link #FIRST_DAY} as SQL. */
    static final String FIRST_DAY_SQL = "DATE '1237-01-01'";

    /** The last day of these rows, as SQL: the day before V0050's first month. */
    static final String LAST_DAY_SQL = "DATE '1299-12-31'";

    /** The bucket of the last day: it counts this bucket and every one after. */
    static final long LAST_BUCKET = ChronoUnit.DAYS.between(FIRST_DAY, LocalDate.of(1299, 12, 31));

    private final JdbcClient jdbc;
    private final TransactionTemplate repairs;

    DoctorNameBucketRows(JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.repairs = new TransactionTemplate(transactions);
        repairs.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        // each statement reads what is committed when it starts: the bookings that committed while it waited too
        repairs.setIsolationLevel(TransactionDefinition.ISOLATION_READ_COMMITTED);
    }

    /** The day of a bucket's rows. */
    static LocalDate day(long bucket) {
        return FIRST_DAY.plusDays(Math.min(bucket, LAST_BUCKET));
    }

    /** The bucket of a row's day ({@link #LAST_BUCKET}: that bucket and every one after). */
    static long bucket(LocalDate day) {
        return ChronoUnit.DAYS.between(FIRST_DAY, day);
    }

    /** {@link #day} of the SQL expression {@code bucket}, in SQL. */
    static String daySql(String bucket) {
        return FIRST_DAY_SQL + " + INTERVAL LEAST(" + bucket + ", " + LAST_BUCKET + ") DAY";
    }

    /**
     * The rows of a name of one word per bucket of {@code order}, {bucket, rows} in the order's direction, the
     * request's status counted: from its spellings' rows. Null when they cannot answer: a doctor's both names start the
     * word (their rows per bucket would be subtracted, and they have none), or a spelling is stale.
     */
    @Nullable
    static List<long[]> buckets(JdbcClient jdbc, NamedDoctorPages.Request request, Order order) {
        DoctorNameRows.Keys names = request.names();
        if (names == null || !names.doubleCounted().isEmpty()) {
            return null;
        }
        List<Long> spellings = names.spellings();
        if (spellings.isEmpty()) {
            return List.of();
        }
        if (jdbc.sql("SELECT COUNT(*) FROM doctor_name_stale_spellings WHERE spelling_id IN (:ids)")
                        .param(
                                "ids",
                                spellings.stream()
                                        .map(key -> key - DoctorNameRows.ROW)
                                        .toList())
                        .query(Long.class)
                        .single()
                > 0) {
            return null;
        }
        return jdbc.sql("SELECT c.count_date, SUM("
                        + AppointmentSummaries.countedColumns(request.filter().status())
                        + ") FROM appointment_daily_counts c WHERE c.count_date BETWEEN " + FIRST_DAY_SQL + " AND "
                        + LAST_DAY_SQL + " AND c.doctor_id IN (:keys) GROUP BY c.count_date ORDER BY c.count_date "
                        + (request.ascending() ? "ASC" : "DESC"))
                .param("keys", spellings.stream().map(order::keyOf).toList())
                .query((rs, row) -> new long[] {bucket(rs.getObject(1, LocalDate.class)), rs.getLong(2)})
                .list();
    }

    /**
     * Marks these spellings' rows stale (given by their keys of V0057's rows: {@link DoctorNameRows#ROW} + id), in the
     * renaming transaction: from its commit the readers take the doctors' own rows until {@link #repairStale} has
     * counted them again.
     */
    static void markStale(JdbcClient jdbc, List<Long> keys) {
        if (keys.isEmpty()) {
            return;
        }
        var params = new ArrayList<Object>();
        var values = new ArrayList<String>();
        keys.stream().sorted().forEach(key -> {
            params.add(key - DoctorNameRows.ROW);
            values.add("(?)");
        });
        jdbc.sql("INSERT IGNORE INTO doctor_name_stale_spellings (spelling_id) VALUES " + String.join(", ", values))
                .params(params)
                .update();
    }

    /** After a rename's commit: the stale spellings' rows counted again (a failure leaves them stale). */
    @TransactionalEventListener
    void renamed(UserRenamed renamed) {
        try {
            repairStale();
        } catch (DataAccessException failed) {
            log.warn("Kept rows of doctors' names per bucket stay stale until the next rename", failed);
        }
    }

    /**
     * Counts every stale spelling's rows again from the appointments and clears the marks, in a transaction of its own
     * (READ COMMITTED). The spellings' doctors are locked first (as a commit's lookups lock them, shared): a change of
     * their appointments that has looked up its keys commits first and is read here; one that has not waits, and adds
     * its delta to the rows written here, which did not read it. Appointments are read without locks (a locking read
     * would wait for changes that wait for these doctors).
     */
    void repairStale() {
        repairs.executeWithoutResult(status -> {
            List<Long> stale = jdbc.sql("SELECT spelling_id FROM doctor_name_stale_spellings ORDER BY spelling_id")
                    .query(Long.class)
                    .list();
            if (stale.isEmpty()) {
                return;
            }
            Map<String, Object> params = new HashMap<>();
            params.put("ids", stale);
            List<Long> doctors = spelledDoctors(params);
            if (!doctors.isEmpty()) {
                DoctorNamePatients.lockPatients(jdbc, doctors); // their names are read below (V0065)
                jdbc.sql("SELECT doctor_id FROM doctors WHERE doctor_id IN (:doctors) ORDER BY doctor_id FOR UPDATE")
                        .param("doctors", doctors)
                        .query(Long.class)
                        .list();
            }
            jdbc.sql("SELECT spelling_id FROM doctor_name_stale_spellings WHERE spelling_id IN (:ids)"
                            + " ORDER BY spelling_id FOR UPDATE")
                    .params(params)
                    .query(Long.class)
                    .list();
            // a doctor renamed to or from a spelling since it was read: the marks stay for that rename's repair,
            // which reads the doctors after its commit (a doctor renamed from now on waits for these locks)
            if (!spelledDoctors(params).equals(doctors)) {
                return;
            }
            var keys = new ArrayList<Long>();
            for (Order order : Order.values()) {
                stale.forEach(id -> keys.add(order.row + id));
            }
            params.put("keys", keys);
            jdbc.sql("DELETE FROM appointment_daily_counts WHERE count_date BETWEEN " + FIRST_DAY_SQL + " AND "
                            + LAST_DAY_SQL + " AND doctor_id IN (:keys)")
                    .params(params)
                    .update();
            if (!doctors.isEmpty()) {
                params.put("doctors", doctors);
                for (Order order : Order.values()) {
                    jdbc.sql(rowsOf(order) + AppointmentSummaries.ADD_UP)
                            .params(params)
                            .update();
                }
            }
            // and their rows per patient (V0065)
            DoctorNamePatients.recount(jdbc, params, !doctors.isEmpty());
            jdbc.sql("DELETE FROM doctor_name_stale_spellings WHERE spelling_id IN (:ids)")
                    .params(params)
                    .update();
        });
    }

    /** The doctors (by id) with a name of a spelling among {@code :ids} in {@code params}, as committed now. */
    private List<Long> spelledDoctors(Map<String, Object> params) {
        return jdbc.sql("SELECT d.doctor_id FROM doctors d JOIN users u ON u.user_id = d.user_id WHERE "
                        + SPELLED_DOCTOR + " ORDER BY d.doctor_id")
                .params(params)
                .query(Long.class)
                .list();
    }

    /**
     * Writes every spelling's rows of {@code order} again, within a rebuild of its buckets: {@code bucketed} selects
     * every appointment's doctor, patient, status, cancelling user and start time with its bucket just chosen
     * ({@code perBucket} rows or patients a bucket, numbered in the order as the rebuild numbers them).
     */
    static void rebuild(JdbcClient jdbc, Order order, String bucketed, int perBucket) {
        DoctorNameRows.addEverySpelling(jdbc);
        jdbc.sql("DELETE FROM appointment_daily_counts WHERE count_date BETWEEN " + FIRST_DAY_SQL + " AND "
                        + LAST_DAY_SQL + " AND doctor_id >= ? AND doctor_id < ?")
                .params(order.row, order.row + Order.KEYS)
                .update();
        // summed per doctor and bucket first: the spellings are joined to those few rows, not to every appointment
        // (42 -> 18 s on the large set, docs/PERFORMANCE.md round 49)
        jdbc.sql("INSERT INTO appointment_daily_counts (count_date, doctor_id, " + AppointmentSummaries.COUNT_COLUMNS
                        + ") SELECT " + daySql("g.bucket") + " AS d, " + order.row + " + s.spelling_id AS name_row, "
                        + AppointmentSummaries.SUMS_OF_NAMED_SUMS + " FROM (SELECT a.doctor_id, a.bucket, "
                        + AppointmentSummaries.NAMED_SUMS + " FROM (" + bucketed + ") a"
                        + " JOIN patients p ON p.patient_id = a.patient_id GROUP BY a.doctor_id, a.bucket) g"
                        + spellingsOf("g.doctor_id")
                        + " GROUP BY d, name_row")
                .param("per", perBucket)
                .update();
    }

    /** Clears every stale mark (within a rebuild, after every order's rows were written again). */
    static void clearStale(JdbcClient jdbc) {
        jdbc.sql("DELETE FROM doctor_name_stale_spellings").update();
    }

    /** "The doctor {@code d} (user {@code u}) has a name of a spelling among {@code :ids}". */
    private static final String SPELLED_DOCTOR = "EXISTS (SELECT 1 FROM doctor_name_spellings s"
            + " WHERE s.spelling_id IN (:ids) AND (s.spelling = CAST(u.first_name AS BINARY)"
            + " OR s.spelling = CAST(u.last_name AS BINARY)))";

    /** The joins from the doctor {@code doctorId} (a column) to their user {@code u} and their name's two spellings. */
    private static String spellingsOf(String doctorId) {
        return " JOIN doctors d ON d.doctor_id = " + doctorId + " JOIN users u ON u.user_id = d.user_id"
                + " JOIN (SELECT 0 AS which UNION ALL SELECT 1) k JOIN doctor_name_spellings s"
                + " ON s.spelling = CAST(IF(k.which = 0, u.first_name, u.last_name) AS BINARY)";
    }

    /**
     * The INSERT of the rows of {@code order} of the doctors {@code :doctors}' appointments into the spellings
     * {@code :ids}, their buckets found in one ordered pass over the bounds and the rows or their patients (V0047's and
     * V0041's way: a bucket's number is the number of bounds at or below the key, a bound before the key it equals).
     */
    private static String rowsOf(Order order) {
        String appointments = "(SELECT a.* FROM appointments a WHERE a.doctor_id IN (:doctors))";
        String head =
                "INSERT INTO appointment_daily_counts (count_date, doctor_id, " + AppointmentSummaries.COUNT_COLUMNS
                        + ") SELECT " + daySql("w.bucket") + " AS d, " + order.row + " + s.spelling_id AS name_row, "
                        + AppointmentSummaries.SUMS + " FROM ";
        String tail = " JOIN patients p ON p.patient_id = a.patient_id" + spellingsOf("a.doctor_id")
                + " WHERE w.is_bound = 0 AND s.spelling_id IN (:ids) GROUP BY d, name_row";
        return switch (order) {
            case REASON ->
                head + "(SELECT x.appointment_id, x.is_bound, SUM(x.is_bound) OVER (ORDER BY x.reason_sort,"
                        + " x.appointment_date, x.start_time, x.appointment_id, x.is_bound DESC ROWS BETWEEN UNBOUNDED"
                        + " PRECEDING AND CURRENT ROW) AS bucket FROM (SELECT b.appointment_id, b.reason_sort,"
                        + " b.appointment_date, b.start_time, 1 AS is_bound FROM appointment_reason_buckets b UNION ALL"
                        + " SELECT r.appointment_id, r.reason_sort, r.appointment_date, r.start_time, 0 FROM "
                        + appointments + " r) x) w STRAIGHT_JOIN appointments a ON a.appointment_id = w.appointment_id"
                        + tail;
            // the patients of the appointments, each with the bounds at or below their name (STRAIGHT_JOIN: the
            // derived table has no index to be joined to, V0041)
            case PATIENT ->
                head + "(SELECT x.patient_id, x.is_bound, SUM(x.is_bound) OVER (ORDER BY x.last_name,"
                        + " x.first_name, x.user_id, x.is_bound DESC ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW)"
                        + " AS bucket FROM (SELECT 0 AS patient_id, b.last_name, b.first_name, b.user_id, 1 AS is_bound"
                        + " FROM appointment_patient_buckets b UNION ALL SELECT xp.patient_id, xu.last_name, xu.first_name,"
                        + " xu.user_id, 0 FROM patients xp JOIN users xu ON xu.user_id = xp.user_id WHERE xp.patient_id IN"
                        + " (SELECT r.patient_id FROM " + appointments + " r)) x) w STRAIGHT_JOIN appointments a"
                        + " ON a.patient_id = w.patient_id" + tail;
        };
    }
}
