package app.praxis.appointment;

import app.praxis.doctor.DoctorCreated;
import app.praxis.user.UserRenamed;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Kept rows per spelling of a doctor's name (V0057, issue 18, round 44): every doctor's rows of a visit day, of a
 * month (V0050) and, since V0060 (round 47), of a start time (V0049) are also added to the rows of their first name's
 * spelling and of their last name's, keyed {@link #ROW}
 * + the spelling's id in {@code doctor_name_spellings} (never a doctor's own id, so no reader of a doctor's days counts
 * them). A word typed as a doctor's name sums the rows of the spellings it starts, less the rows of the doctors whose
 * both names it starts (counted twice): {@link Keys}. So 'Klara' reads one spelling's rows per day, where it read the
 * rows of its 100 doctors ({@link NamedDoctorPages}).
 *
 * <p>Written with the doctors' own rows at commit ({@link SummaryDeltas}: the spellings' keys are two more lookups of
 * its one lookup statement, read with a shared lock as a renamed doctor's bucket is), moved with a renamed doctor
 * ({@link #doctorRenamed}), written again by {@link AppointmentSummaries#rebuild()}. A spelling gets its row when a
 * doctor with it is added or renamed to it (or first counted, for a doctor written in plain SQL); none is removed (an
 * unused one sums to zero).
 */
@Component
class DoctorNameRows {

    /** A spelling's key: this + the spelling's id (above V0050's month rows, below V0041's groups). */
    static final long ROW = 5_000_000_000_000L;

    /** The key of the doctor's (the parameter's) first name's spelling, NULL while the spelling has none yet. */
    static final String FIRST_NAME_ROW_OF = rowOf("first_name");

    /** The same of the doctor's last name. */
    static final String LAST_NAME_ROW_OF = rowOf("last_name");

    private static final String COLUMNS = AppointmentSummaries.COUNT_COLUMNS;

    /** Adds the spellings of the names of the doctors {@code %s} (an SQL condition on {@code d}) that have none. */
    private static final String ADD_SPELLINGS = "INSERT IGNORE INTO doctor_name_spellings (spelling, name)"
            + " SELECT CAST(n.name AS BINARY), n.name FROM (SELECT u.first_name AS name FROM doctors d JOIN users u"
            + " ON u.user_id = d.user_id WHERE %1$s UNION ALL SELECT u.last_name FROM doctors d JOIN users u"
            + " ON u.user_id = d.user_id WHERE %1$s) n ORDER BY 1";

    /**
     * Every doctor's rows of the visit days, months and start times, summed into their names' spellings' rows (as
     * V0057 and V0060).
     */
    private static final String ROWS_FROM_DOCTORS = "INSERT INTO appointment_daily_counts (count_date, doctor_id, "
            + COLUMNS + ") SELECT r.count_date, " + ROW + " + s.spelling_id AS name_row, "
            + Arrays.stream(COLUMNS.split(", "))
                    .map(column -> "SUM(r." + column + ")")
                    .collect(Collectors.joining(", "))
            + " FROM (SELECT c.count_date, c.doctor_id AS doctor, " + columns("c")
            + " FROM appointment_daily_counts c JOIN doctors od ON od.doctor_id = c.doctor_id"
            + " UNION ALL SELECT c.count_date, c.doctor_id - " + DoctorMonthRows.ROW + ", " + columns("c")
            + " FROM appointment_daily_counts c WHERE c.doctor_id > " + DoctorMonthRows.ROW + " AND c.doctor_id < "
            + ROW + " UNION ALL SELECT c.count_date, c.doctor_id - " + DoctorTimeRows.ROW + ", " + columns("c")
            + " FROM appointment_daily_counts c WHERE c.count_date BETWEEN " + DoctorTimeRows.FIRST_DAY_SQL + " AND "
            + DoctorTimeRows.LAST_DAY_SQL + " AND c.doctor_id > " + DoctorTimeRows.ROW + " AND c.doctor_id < "
            + DoctorMonthRows.ROW + ") r JOIN doctors d ON d.doctor_id = r.doctor JOIN users u ON u.user_id = d.user_id"
            + " JOIN (SELECT 0 AS which UNION ALL SELECT 1) k"
            + " JOIN doctor_name_spellings s ON s.spelling = CAST(IF(k.which = 0, u.first_name, u.last_name) AS BINARY)"
            + " GROUP BY r.count_date, name_row";

    private final JdbcClient jdbc;

    DoctorNameRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private static String rowOf(String column) {
        return "(SELECT " + ROW + " + ns.spelling_id FROM doctors nd JOIN users nu ON nu.user_id = nd.user_id"
                + " JOIN doctor_name_spellings ns ON ns.spelling = CAST(nu." + column + " AS BINARY)"
                + " WHERE nd.doctor_id = ? LOCK IN SHARE MODE)";
    }

    private static String columns(String alias) {
        return Arrays.stream(COLUMNS.split(", "))
                .map(column -> alias + "." + column)
                .collect(Collectors.joining(", "));
    }

    /** Adds the missing spellings of these doctors' names (a doctor counted for the first time since being named). */
    static void addSpellings(SummarySql sql, Collection<Long> doctorIds) {
        String in = "d.doctor_id IN (" + String.join(", ", Collections.nCopies(doctorIds.size(), "?")) + ")";
        var params = new ArrayList<Object>(doctorIds);
        params.addAll(doctorIds);
        sql.update(ADD_SPELLINGS.formatted(in), params);
    }

    /** Every spelling's rows written again from the doctors' rows (after those were, within a rebuild). */
    static void rebuild(JdbcClient jdbc) {
        addEverySpelling(jdbc);
        jdbc.sql(ROWS_FROM_DOCTORS).update();
    }

    /** Adds the missing spellings of every doctor's names. */
    static void addEverySpelling(JdbcClient jdbc) {
        jdbc.sql(ADD_SPELLINGS.formatted("1 = 1")).update();
    }

    /** A new doctor's names get their spellings' rows (if new), so that their first booking finds them. */
    @EventListener
    void doctorCreated(DoctorCreated created) {
        addSpellings(SummarySql.of(jdbc), List.of(created.doctorId()));
    }

    /**
     * A user was renamed: if they are a doctor, their rows of every visit day, month and start time move from their
     * former names' spellings' rows to the new ones' (a name unchanged moves nothing), in one statement in key order.
     * Run in the renaming transaction, which holds the user's row: a change of the doctor's appointments writes its
     * names' rows before the rename (and they are moved with the doctor's) or waits and reads the new names
     * ({@link SummaryDeltas}). The spellings' rows per bucket of the reason and patient orders (V0061, V0062) are marked
     * stale instead, and counted again after the commit ({@link DoctorNameBucketRows}).
     */
    @EventListener
    void doctorRenamed(UserRenamed renamed) {
        Long doctorId = jdbc.sql("SELECT doctor_id FROM doctors WHERE user_id = ?")
                .param(renamed.userId())
                .query(Long.class)
                .optional()
                .orElse(null);
        if (doctorId == null) {
            return;
        }
        SummarySql sql = SummarySql.of(jdbc);
        addSpellings(sql, List.of(doctorId));
        var signs = new TreeMap<Long, Integer>();
        for (String former : new String[] {renamed.formerFirstName(), renamed.formerLastName()}) {
            jdbc.sql("SELECT " + ROW + " + spelling_id FROM doctor_name_spellings WHERE spelling = CAST(? AS BINARY)")
                    .param(former)
                    .query(Long.class)
                    .optional()
                    .ifPresent(row -> signs.merge(row, -1, Integer::sum));
        }
        jdbc.sql("SELECT " + FIRST_NAME_ROW_OF + ", " + LAST_NAME_ROW_OF)
                .params(doctorId, doctorId)
                .query(rs -> {
                    signs.merge(rs.getLong(1), 1, Integer::sum);
                    signs.merge(rs.getLong(2), 1, Integer::sum);
                });
        signs.values().removeIf(sign -> sign == 0);
        if (signs.isEmpty()) {
            return;
        }
        DoctorNameBucketRows.markStale(jdbc, List.copyOf(signs.keySet()));
        String[] columns = COLUMNS.split(", ");
        var params = new ArrayList<Object>();
        String keys = signs.entrySet().stream()
                .map(key -> {
                    params.add(key.getKey());
                    params.add(key.getValue());
                    return "SELECT ? AS row_key, ? AS sign";
                })
                .collect(Collectors.joining(" UNION ALL "));
        params.add(doctorId);
        params.add(DoctorMonthRows.key(doctorId));
        params.add(DoctorTimeRows.key(doctorId));
        jdbc.sql("INSERT INTO appointment_daily_counts (count_date, doctor_id, " + COLUMNS + ")"
                        + " SELECT r.* FROM (SELECT c.count_date AS d, k.row_key, "
                        + IntStream.range(0, columns.length)
                                .mapToObj(i -> "k.sign * c." + columns[i] + " AS v" + i)
                                .collect(Collectors.joining(", "))
                        + " FROM appointment_daily_counts c JOIN (" + keys + ") k WHERE c.doctor_id IN (?, ?) OR"
                        // the start times' key only on their days: on the sentinel's day it is a reason bucket's
                        + " (c.doctor_id = ? AND c.count_date BETWEEN " + DoctorTimeRows.FIRST_DAY_SQL + " AND "
                        + DoctorTimeRows.LAST_DAY_SQL + ")) r"
                        + " ORDER BY r.d, r.row_key" + AppointmentSummaries.ADD_UP)
                .params(params)
                .update();
    }

    /**
     * What a doctor's name of one word sums: the rows of the spellings it starts, and (subtracted) the doctors' own rows
     * of the doctors whose both names it starts. Read with the name's doctors ({@link NameFilterPages}), or as rows by
     * {@link #sql}.
     */
    record Keys(List<Long> spellings, List<Long> doubleCounted) {

        /** The keys of the rows of visit days. */
        List<Long> days() {
            var keys = new ArrayList<>(spellings);
            keys.addAll(doubleCounted);
            return keys;
        }

        /** The keys of the rows of start times (V0049, V0060). */
        List<Long> times() {
            var keys = new ArrayList<>(spellings);
            doubleCounted.forEach(doctor -> keys.add(DoctorTimeRows.key(doctor)));
            return keys;
        }

        /** The keys of the rows of months (V0050). */
        List<Long> months() {
            var keys = new ArrayList<>(spellings);
            doubleCounted.forEach(doctor -> keys.add(DoctorMonthRows.key(doctor)));
            return keys;
        }

        /** {@code counted} (a sum of the count columns of {@code c}) signed: subtracted on a double-counted doctor. */
        static String signed(String counted) {
            return "IF(c.doctor_id >= " + ROW + ", 1, -1) * (" + counted + ")";
        }

        /**
         * The keys of a doctor's name of one word (its pattern the parameter {@code p}) as rows ({@code row_key},
         * {@code sign}): its spellings' (1) and the double-counted doctors' own (-1), or their rows of months' keys
         * ({@code months}). The spellings are read along their name index, the doctors along the users' {@code (role,
         * first name, last name)} index.
         */
        static String sql(boolean months) {
            return "SELECT " + ROW + " + s.spelling_id AS row_key, 1 AS sign FROM doctor_name_spellings s"
                    + " WHERE s.name LIKE :p UNION ALL SELECT " + (months ? DoctorMonthRows.ROW + " + " : "")
                    + "d.doctor_id, -1 FROM doctors d JOIN users u ON u.user_id = d.user_id"
                    + " WHERE u.role = 'DOCTOR' AND u.first_name LIKE :p AND u.last_name LIKE :p";
        }
    }
}
