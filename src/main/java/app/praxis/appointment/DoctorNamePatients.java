package app.praxis.appointment;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Kept rows per spelling of a doctor's name and patient (V0065, issue 18, round 52): {@code doctor_name_patients}
 * counts, by status, a patient's appointments with the doctors who have a name of the spelling, keyed by the spelling,
 * then the grid's patient order (the patient's last name, first name and user id). A doctor's name of one word in that
 * order finds the bucket holding its page from V0062's rows, then reads the bucket's patients here: one range of the key
 * per spelling, where the named doctors' appointments were one range per doctor ({@link NamedDoctorPatientPages}).
 *
 * <p>Written as V0062's rows are: at commit ({@link SummaryDeltas}: the spellings' keys and the patient's names are read
 * there already, with shared locks), counted again for stale spellings after a doctor's rename
 * ({@link DoctorNameBucketRows#repairStale}) and by the rebuild; a patient's rename rewrites the names of their rows in
 * its transaction ({@link AppointmentPatientNames}), which holds the user's row that a commit's lookups wait for.
 */
final class DoctorNamePatients {

    /** A spelling (its id) and a patient: a row's key before the names are known. */
    record SpellingPatient(long spellingId, long patientId) {
        /** The order the rows are written in, the same in every transaction. */
        static final Comparator<SpellingPatient> ORDER =
                Comparator.comparingLong(SpellingPatient::spellingId).thenComparingLong(SpellingPatient::patientId);
    }

    private static final String COLUMNS = AppointmentSummaries.STATUS_COLUMNS;

    private static final String INSERT =
            "INSERT INTO doctor_name_patients (spelling_id, last_name, first_name, user_id, patient_id, " + COLUMNS
                    + ") ";

    private static final String ROW = "(?, ?, ?, ?, ?" + ", ?".repeat(AppointmentSummaries.STATUS_TERMS) + ")";

    /** The users {@link #lockPatients} locks per statement (a spelling of 50,000 patients: 50 statements). */
    private static final int LOCKS_PER_STATEMENT = 1_000;

    private static final String ADD_UP = " ON DUPLICATE KEY UPDATE "
            + Arrays.stream(COLUMNS.split(", "))
                    .map(column -> column + " = " + column + " + VALUES(" + column + ")")
                    .collect(Collectors.joining(", "));

    private DoctorNamePatients() {}

    /**
     * Adds each delta (the status terms first in each array) to its spelling's row of its patient, in
     * {@link SpellingPatient#ORDER}, with the patients' names read at commit.
     */
    static void write(SummarySql sql, Map<SpellingPatient, int[]> deltas, Map<Long, PatientNamesAtCommit.Names> names) {
        var values = new ArrayList<Object>();
        var rows = new ArrayList<String>();
        var ordered = new TreeMap<SpellingPatient, int[]>(SpellingPatient.ORDER);
        ordered.putAll(deltas);
        ordered.forEach((key, terms) -> {
            int[] sums = Arrays.copyOf(terms, AppointmentSummaries.STATUS_TERMS);
            if (Arrays.stream(sums).allMatch(sum -> sum == 0)) {
                return;
            }
            var name = PatientNamesAtCommit.of(names, key.patientId());
            rows.add(ROW);
            values.addAll(List.of(key.spellingId(), name.last(), name.first(), name.userId(), key.patientId()));
            Arrays.stream(sums).forEach(values::add);
        });
        if (!rows.isEmpty()) {
            sql.update(INSERT + "VALUES " + String.join(", ", rows) + ADD_UP, values);
        }
    }

    /**
     * The rows of every spelling and patient, counted from the appointments ({@code doctors}: an SQL condition on the
     * appointment {@code a}, {@code spellings} on the spelling {@code s}): summed per doctor and patient first, the
     * spellings and names joined to those sums only.
     */
    private static String counted(String doctors, String spellings) {
        return INSERT + "SELECT x.spelling_id, pu.last_name, pu.first_name, pu.user_id, x.patient_id, "
                + Arrays.stream(COLUMNS.split(", "))
                        .map(column -> "x." + column)
                        .collect(Collectors.joining(", "))
                + " FROM (SELECT s.spelling_id, g.patient_id, "
                + Arrays.stream(COLUMNS.split(", "))
                        .map(column -> "SUM(g." + column + ") AS " + column)
                        .collect(Collectors.joining(", "))
                + " FROM (SELECT a.doctor_id, a.patient_id, " + AppointmentSummaries.STATUS_NAMED_SUMS
                + " FROM appointments a JOIN patients p ON p.patient_id = a.patient_id WHERE " + doctors
                + " GROUP BY a.doctor_id, a.patient_id) g JOIN doctors d ON d.doctor_id = g.doctor_id"
                + " JOIN users u ON u.user_id = d.user_id JOIN (SELECT 0 AS which UNION ALL SELECT 1) k"
                + " JOIN doctor_name_spellings s ON s.spelling = CAST(IF(k.which = 0, u.first_name, u.last_name) AS"
                + " BINARY) WHERE " + spellings + " GROUP BY s.spelling_id, g.patient_id) x"
                + " JOIN patients pp ON pp.patient_id = x.patient_id JOIN users pu ON pu.user_id = pp.user_id";
    }

    /** Every row written again from the appointments (within the rebuild, once every spelling has its row). */
    static void rebuild(JdbcClient jdbc) {
        jdbc.sql("DELETE FROM doctor_name_patients").update();
        jdbc.sql(counted("1 = 1", "1 = 1")).update();
    }

    /**
     * Before a repair locks the doctors: their patients' users, with a shared lock, in id order. The repair reads the
     * patients' names without locks (READ COMMITTED), and a patient's rename renames only the rows it finds: a rename
     * in flight would leave a row the repair writes with the former names. With these locks such a rename commits
     * before the repair reads the names, or waits for the repair's commit and then renames its rows. No cycle: the
     * repair takes the users before any doctor, and a rename its user before it reads any doctor. A patient whose first
     * appointment with these doctors commits after this read has a row of the spelling already (written at that
     * commit), which a rename locks and the repair's delete then waits for.
     */
    static void lockPatients(JdbcClient jdbc, List<Long> doctors) {
        List<Long> users = jdbc.sql(
                        "SELECT DISTINCT a.patient_user_id FROM appointments a WHERE a.doctor_id IN (:doctors)"
                                + " ORDER BY a.patient_user_id")
                .param("doctors", doctors)
                .query(Long.class)
                .list();
        for (int from = 0; from < users.size(); from += LOCKS_PER_STATEMENT) {
            jdbc.sql("SELECT user_id FROM users WHERE user_id IN (:users) ORDER BY user_id LOCK IN SHARE MODE")
                    .param("users", users.subList(from, Math.min(users.size(), from + LOCKS_PER_STATEMENT)))
                    .query(Long.class)
                    .list();
        }
    }

    /**
     * The rows of the spellings {@code :ids} counted again from the appointments of their doctors {@code :doctors}
     * (none: only deleted), within {@link DoctorNameBucketRows#repairStale}'s transaction and locks.
     */
    static void recount(JdbcClient jdbc, Map<String, Object> params, boolean anyDoctor) {
        jdbc.sql("DELETE FROM doctor_name_patients WHERE spelling_id IN (:ids)")
                .params(params)
                .update();
        if (anyDoctor) {
            jdbc.sql(counted("a.doctor_id IN (:doctors)", "s.spelling_id IN (:ids)"))
                    .params(params)
                    .update();
        }
    }

    /** The patient's rows take their user's new names (in the rename's transaction). */
    static void renamed(JdbcClient jdbc, long userId) {
        jdbc.sql("UPDATE doctor_name_patients r JOIN patients p ON p.patient_id = r.patient_id"
                        + " JOIN users u ON u.user_id = p.user_id"
                        + " SET r.last_name = u.last_name, r.first_name = u.first_name WHERE p.user_id = ?")
                .param(userId)
                .update();
    }
}
