package app.praxis.appointment;

import java.util.Collection;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * The names of a transaction's patients, read once at its commit for the patients' kept rows ({@link PatientTotals},
 * {@link PatientNameCounts}; issue 18 round 39), with a shared lock: the latest committed names (also under READ
 * COMMITTED), and a rename, which holds the user's row until it commits and moves the patient's kept rows, is waited
 * for. The kept rows are then written as plain rows of values: an {@code INSERT … SELECT} over a derived table of the
 * same rows cost MariaDB 2.3–3.4 times as much (a temporary table and a sort per statement).
 */
final class PatientNamesAtCommit {

    /** A patient's user and names. */
    record Names(long userId, String first, String last) {}

    private PatientNamesAtCommit() {}

    /** The patients' names by patient id, read in id order (the order their users' rows are locked in). */
    static Map<Long, Names> read(SummarySql sql, Collection<Long> patientIds) {
        if (patientIds.isEmpty()) {
            return Map.of();
        }
        var names = new TreeMap<Long, Names>();
        sql.query(
                "SELECT tp.patient_id, tu.user_id, tu.first_name, tu.last_name FROM patients tp"
                        + " JOIN users tu ON tu.user_id = tp.user_id WHERE tp.patient_id IN ("
                        + String.join(", ", Collections.nCopies(patientIds.size(), "?"))
                        + ") ORDER BY tp.patient_id LOCK IN SHARE MODE",
                patientIds.stream().sorted().toList(),
                rs -> names.put(rs.getLong(1), new Names(rs.getLong(2), rs.getString(3), rs.getString(4))));
        return names;
    }

    /** The patient's names, read by {@link #read} (a patient with appointments keeps their row: a foreign key). */
    static Names of(Map<Long, Names> names, long patientId) {
        Names found = names.get(patientId);
        if (found == null) {
            throw new IllegalStateException("no names read for patient " + patientId);
        }
        return found;
    }
}
