package app.praxis.appointment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What the tests of the spellings' rows per bucket (V0061, V0062) share: the rows kept for a family's names against a
 * recount, and proof that they are what a name of one word reads.
 */
final class SpellingBucketChecks {

    private SpellingBucketChecks() {}

    /** Whether any spelling is marked stale (its rows then wait for the repair and are not read). */
    static boolean anyStale(JdbcClient jdbc) {
        return jdbc.sql("SELECT COUNT(*) FROM doctor_name_stale_spellings")
                        .query(Long.class)
                        .single()
                > 0;
    }

    /**
     * The spellings' rows of {@code order} of the names starting with {@code family} that count something: spelling
     * and bucket day to the status columns.
     */
    static Map<Long, String> kept(JdbcClient jdbc, String family, DoctorNameBucketRows.Order order) {
        var kept = new TreeMap<Long, String>();
        jdbc.sql("SELECT (c.doctor_id - " + order.row + ") * 1000000 + DATEDIFF(c.count_date, "
                        + DoctorNameBucketRows.FIRST_DAY_SQL + "), CONCAT_WS(',', c.scheduled, c.completed,"
                        + " c.no_shows, c.cancelled_by_patient, c.cancelled_by_practice) FROM appointment_daily_counts c"
                        + " JOIN doctor_name_spellings s ON c.doctor_id = " + order.row + " + s.spelling_id"
                        + " WHERE s.name LIKE ? AND c.count_date BETWEEN " + DoctorNameBucketRows.FIRST_DAY_SQL
                        + " AND " + DoctorNameBucketRows.LAST_DAY_SQL + " AND c.scheduled + c.completed + c.no_shows"
                        + " + c.cancelled_by_patient + c.cancelled_by_practice > 0")
                .param(family + "%")
                .query(rs -> {
                    kept.put(rs.getLong(1), rs.getString(2));
                });
        return kept;
    }

    /**
     * The spellings' rows per patient (V0065) of the names starting with {@code family} that count something: spelling
     * and patient to the patient's names and user id and the status columns.
     */
    static Map<String, String> keptPerPatient(JdbcClient jdbc, String family) {
        return perPatient(
                jdbc,
                "SELECT CONCAT(c.spelling_id, '/', c.patient_id), CONCAT_WS(',', c.last_name, c.first_name, c.user_id,"
                        + " c.scheduled, c.completed, c.no_shows, c.cancelled_by_patient, c.cancelled_by_practice)"
                        + " FROM doctor_name_patients c JOIN doctor_name_spellings s ON s.spelling_id = c.spelling_id"
                        + " WHERE s.name LIKE ? AND c.scheduled + c.completed + c.no_shows + c.cancelled_by_patient"
                        + " + c.cancelled_by_practice > 0",
                family);
    }

    /** The same from the appointments, their patients' and doctors' names of now. */
    static Map<String, String> recountedPerPatient(JdbcClient jdbc, String family) {
        return perPatient(
                jdbc,
                "SELECT CONCAT(s.spelling_id, '/', a.patient_id), CONCAT_WS(',', MIN(pu.last_name),"
                        + " MIN(pu.first_name), MIN(pu.user_id), SUM(a.status = 'SCHEDULED'),"
                        + " SUM(a.status = 'COMPLETED'), SUM(a.status = 'NO_SHOW'),"
                        + " SUM(a.status = 'CANCELLED' AND a.cancelled_by <=> p.user_id),"
                        + " SUM(a.status = 'CANCELLED' AND NOT (a.cancelled_by <=> p.user_id)))" + SPELLED
                        + " WHERE s.name LIKE ? GROUP BY s.spelling_id, a.patient_id",
                family);
    }

    /** The rows {@code sql} selects for the names starting with {@code family}: its first column to its second. */
    private static Map<String, String> perPatient(JdbcClient jdbc, String sql, String family) {
        var rows = new TreeMap<String, String>();
        jdbc.sql(sql).param(family + "%").query(rs -> {
            rows.put(rs.getString(1), rs.getString(2));
        });
        return rows;
    }

    /**
     * The spelling's rows per patient (V0065) are what the pages read within a bucket: the last patient's row made to
     * count nothing moves the last page (left wrong: the caller's stale mark and repair follow).
     */
    private static void assertPatientRowsRead(
            JdbcClient jdbc,
            AppointmentRowRepository rows,
            LocalDate today,
            String family,
            long spellingId,
            AppointmentSort sort) {
        assertThat(jdbc.sql("UPDATE doctor_name_patients SET scheduled = 0, completed = 0, no_shows = 0,"
                                + " cancelled_by_patient = 0, cancelled_by_practice = 0 WHERE spelling_id = ?"
                                + " AND scheduled + completed + no_shows + cancelled_by_patient + cancelled_by_practice > 0"
                                + " ORDER BY last_name DESC, first_name DESC, user_id DESC LIMIT 1")
                        .param(spellingId)
                        .update())
                .isOne();
        var filter = new AppointmentFilter(null, null, family + "Doc", null, null, null, null);
        String orderBy = sort.orderBy(true);
        List<Long> all = GridJumpChecks.ids(rows.findInOneQuery(filter, orderBy, 0, 1_000, today));
        assertThat(GridJumpChecks.ids(rows.find(filter, orderBy, all.size() - 2, 2, today)))
                .as("the last page after the last patient's row per spelling counted nothing")
                .isNotEqualTo(all.subList(all.size() - 2, all.size()));
    }

    /** The same from the appointments, their doctors' names of now and the order's buckets now. */
    static Map<Long, String> recounted(JdbcClient jdbc, String family, DoctorNameBucketRows.Order order) {
        return GridJumpChecks.recountedGroupRows(
                jdbc,
                "SELECT s.spelling_id * 1000000 + DATEDIFF(" + DoctorNameBucketRows.daySql(bucketOf(order)) + ", "
                        + DoctorNameBucketRows.FIRST_DAY_SQL + ") AS k, a.status,"
                        + " a.cancelled_by <=> p.user_id AS by_patient" + SPELLED + " WHERE s.name LIKE '" + family
                        + "%'");
    }

    /**
     * The appointments {@code a} with their patient {@code p} (user {@code pu}) and their doctor's spellings {@code s}
     * (each appointment twice, once per name).
     */
    static final String SPELLED = " FROM appointments a JOIN patients p ON p.patient_id = a.patient_id"
            + " JOIN users pu ON pu.user_id = p.user_id JOIN doctors d ON d.doctor_id = a.doctor_id"
            + " JOIN users u ON u.user_id = d.user_id JOIN (SELECT 0 AS which UNION ALL SELECT 1) k"
            + " JOIN doctor_name_spellings s ON s.spelling = CAST(IF(k.which = 0, u.first_name, u.last_name) AS BINARY)";

    /** The bucket of an appointment {@code a} (its patient's user {@code pu}) in {@code order}, as SQL. */
    static String bucketOf(DoctorNameBucketRows.Order order) {
        return switch (order) {
            case REASON -> "(" + ReasonOrderJumps.BUCKET_ROW_OF_APPOINTMENT + " - " + ReasonOrderJumps.ROW + ")";
            case PATIENT -> AppointmentSummaries.bucketOf("pu.last_name", "pu.first_name", "pu.user_id");
        };
    }

    /**
     * A name of one word ({@code family + "Doc"}) reads its spelling's rows of {@code order} per bucket: one made wrong
     * moves the pages in {@code sort}; marked stale, the pages are exact again ({@code exact} checks them: read from the
     * doctors' groups), and the repair counts the rows again and clears the mark.
     */
    static void assertRead(
            JdbcClient jdbc,
            AppointmentRowRepository rows,
            DoctorNameBucketRows repairs,
            LocalDate today,
            String family,
            DoctorNameBucketRows.Order order,
            AppointmentSort sort,
            Runnable exact) {
        long spellingId = jdbc.sql("SELECT spelling_id FROM doctor_name_spellings WHERE spelling = CAST(? AS BINARY)")
                .param(family + "Doc")
                .query(Long.class)
                .single();
        long key = order.row + spellingId;
        List<LocalDate> days = jdbc.sql("SELECT count_date FROM appointment_daily_counts WHERE doctor_id = ?"
                        + " AND count_date BETWEEN " + DoctorNameBucketRows.FIRST_DAY_SQL + " AND "
                        + DoctorNameBucketRows.LAST_DAY_SQL + " AND scheduled + completed > 0 ORDER BY count_date")
                .param(key)
                .query(LocalDate.class)
                .list();
        assertThat(days).as("the spelling's buckets (one row a bucket)").hasSizeGreaterThan(3);
        if (order == DoctorNameBucketRows.Order.PATIENT) {
            assertPatientRowsRead(jdbc, rows, today, family, spellingId, sort);
        }
        GridJumpChecks.assertWrongRowMovesPages(jdbc, rows, today, family, days.getFirst(), key, sort);
        jdbc.sql("INSERT INTO doctor_name_stale_spellings (spelling_id) VALUES (?)")
                .param(spellingId)
                .update();
        exact.run();
        repairs.repairStale();
        assertThat(anyStale(jdbc)).as("marks after the repair").isFalse();
        assertThat(kept(jdbc, family, order))
                .as("the spellings' rows after the repair")
                .isEqualTo(recounted(jdbc, family, order));
        assertThat(keptPerPatient(jdbc, family))
                .as("the spellings' rows per patient after the repair")
                .isEqualTo(recountedPerPatient(jdbc, family));
    }
}
