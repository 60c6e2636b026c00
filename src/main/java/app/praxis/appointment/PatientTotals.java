package app.praxis.appointment;

import app.praxis.user.UserRenamed;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * One kept row per patient with appointments (V0042, issue 18 round 17): the patient's names (as V0033 copies them),
 * the user id (the patient order's tie-break) and the rows by status. A patient's name alone ('Klara' at 1,000,000:
 * ~10,000 patients, ~50,000 rows) is then counted from ~10,000 kept rows instead of ~50,000 index entries, and a jump
 * in the patient order sums them by name and patient until the offset and reads only the spanned patients' rows
 * ({@link NamedPatientPages}). Since V0054 (round 33) the same rows summed per spelled pair of names too: the count and
 * the names' sums are read from those ('Klara': 9 pairs; 'Klara Braun': one, not ~1,400 patients).
 *
 * <p>Kept exact by every writer: the services' deltas at commit ({@link SummaryDeltas}, two statements more per
 * transaction, the patients' in id order, the pairs' in theirs), plain JDBC by {@link #changeStatements}, a rename
 * here (in the rename's transaction), and {@link AppointmentSummaries#rebuild}. A row whose counts fell to 0 stays (it
 * adds 0).
 */
@Component
class PatientTotals {

    private static final String FIRST = "a.patient_first_name";

    private static final String LAST = "a.patient_last_name";

    private static final String COLUMNS = "scheduled, completed, no_shows, cancelled, total";

    /** The kept columns' terms of an appointment {@code a}, in {@link #COLUMNS}' order. */
    private static final List<String> TERMS = List.of(
            "a.status = 'SCHEDULED'", "a.status = 'COMPLETED'", "a.status = 'NO_SHOW'", "a.status = 'CANCELLED'", "1");

    private static final String INSERT = "INSERT INTO appointment_patient_totals (patient_id, user_id,"
            + " patient_last_name, patient_first_name, " + COLUMNS + ") ";

    private static final String ADD_UP = " ON DUPLICATE KEY UPDATE patient_last_name = VALUES(patient_last_name),"
            + " patient_first_name = VALUES(patient_first_name), "
            + Arrays.stream(COLUMNS.split(", "))
                    .map(column -> column + " = " + column + " + VALUES(" + column + ")")
                    .collect(Collectors.joining(", "));

    /** V0054's kept rows per pair of spelled names, as {@code a}. */
    private static final String PAIRS = "appointment_patient_pair_totals a";

    private static final String PAIR_INSERT = "INSERT INTO appointment_patient_pair_totals (patient_first_name,"
            + " patient_last_name, first_spelling, last_spelling, " + COLUMNS + ") ";

    /** A pair's columns of the names of {@code a} (a kept row or an appointment, whose columns are named alike). */
    private static final String PAIR_NAMES = "a.patient_first_name, a.patient_last_name,"
            + " CAST(a.patient_first_name AS BINARY), CAST(a.patient_last_name AS BINARY)";

    private static final String PAIR_ORDER =
            "CAST(a.patient_first_name AS BINARY), CAST(a.patient_last_name AS BINARY)";

    /** The kept columns named with their table: the kept rows of the patients, read beside, name them alike. */
    private static final String PAIR_ADD_UP = " ON DUPLICATE KEY UPDATE "
            + Arrays.stream(COLUMNS.split(", "))
                    .map(column -> "appointment_patient_pair_totals." + column + " = appointment_patient_pair_totals."
                            + column + " + VALUES(" + column + ")")
                    .collect(Collectors.joining(", "));

    private final JdbcClient jdbc;

    PatientTotals(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A patient's row of values: id, user id, last and first name, the kept columns. */
    private static final String TOTALS_ROW = "(?, ?, ?, ?" + ", ?".repeat(COLUMNS.split(", ").length) + ")";

    /** A pair's row of values: both names, their spellings, the kept columns. */
    private static final String PAIR_ROW =
            "(?, ?, CAST(? AS BINARY), CAST(? AS BINARY)" + ", ?".repeat(COLUMNS.split(", ").length) + ")";

    /** A pair of names in V0054's key order: the spellings' bytes, the first name's, then the last name's. */
    private record Pair(String first, String last) {
        static final Comparator<Pair> ORDER = Comparator.comparing(
                        (Pair pair) -> spelling(pair.first()), Arrays::compareUnsigned)
                .thenComparing(pair -> spelling(pair.last()), Arrays::compareUnsigned);

        /** A name's {@code CAST(… AS BINARY)}: its UTF-8 bytes (utf8mb4). */
        private static byte[] spelling(String name) {
            return name.getBytes(StandardCharsets.UTF_8);
        }
    }

    /**
     * Writes each patient's delta ({@link AppointmentSummaries}' count terms: the first five are the statuses, a
     * cancellation by the patient or by the practice) in one statement, in patient id order, with the names read at
     * the commit ({@link PatientNamesAtCommit}); then the deltas of their pairs of names in another, in the pairs'
     * order.
     */
    static void write(SummarySql sql, Map<Long, int[]> patients, Map<Long, PatientNamesAtCommit.Names> names) {
        var rows = new ArrayList<String>();
        var values = new ArrayList<Object>();
        var pairs = new TreeMap<Pair, int[]>(Pair.ORDER);
        new TreeMap<>(patients).forEach((patientId, terms) -> {
            int[] sums = {
                terms[0], terms[1], terms[2], terms[3] + terms[4], terms[0] + terms[1] + terms[2] + terms[3] + terms[4]
            };
            if (Arrays.stream(sums).allMatch(sum -> sum == 0)) {
                return;
            }
            var name = PatientNamesAtCommit.of(names, patientId);
            rows.add(TOTALS_ROW);
            values.addAll(List.of(patientId, name.userId(), name.last(), name.first()));
            Arrays.stream(sums).forEach(values::add);
            int[] pairSums = pairs.computeIfAbsent(new Pair(name.first(), name.last()), pair -> new int[sums.length]);
            Arrays.setAll(pairSums, i -> pairSums[i] + sums[i]);
        });
        if (rows.isEmpty()) {
            return;
        }
        sql.update(INSERT + "VALUES " + String.join(", ", rows) + ADD_UP, values);
        // V0054: the same deltas added to the patients' pairs of names
        var pairValues = new ArrayList<Object>();
        pairs.forEach((pair, sums) -> {
            pairValues.addAll(List.of(pair.first(), pair.last(), pair.first(), pair.last()));
            Arrays.stream(sums).forEach(pairValues::add);
        });
        sql.update(
                PAIR_INSERT + "VALUES " + String.join(", ", Collections.nCopies(pairs.size(), PAIR_ROW)) + PAIR_ADD_UP,
                pairValues);
    }

    /**
     * For plain JDBC: the appointment's ({@code ?} in each) row added ({@code sign} 1) or taken out (-1), the patient's
     * kept row and then their pair of names' (V0054).
     */
    static List<String> changeStatements(int sign) {
        String terms = TERMS.stream().map(term -> sign + " * (" + term + ")").collect(Collectors.joining(", "));
        String from = " FROM appointments a JOIN patients p ON p.patient_id = a.patient_id"
                + " JOIN users u ON u.user_id = p.user_id WHERE a.appointment_id = ?";
        return List.of(
                INSERT + "SELECT a.patient_id, u.user_id, u.last_name, u.first_name, " + terms + from + ADD_UP,
                PAIR_INSERT + "SELECT u.first_name, u.last_name, CAST(u.first_name AS BINARY),"
                        + " CAST(u.last_name AS BINARY), " + terms + from + PAIR_ADD_UP);
    }

    /** Fills the rows again from every appointment (V0042's backfill): within {@link AppointmentSummaries#rebuild}. */
    static void rebuild(JdbcClient jdbc) {
        jdbc.sql("DELETE FROM appointment_patient_totals").update();
        jdbc.sql(INSERT + "SELECT c.patient_id, u.user_id, u.last_name, u.first_name, c.s0, c.s1, c.s2, c.s3, c.s4"
                        + " FROM (SELECT a.patient_id, "
                        + TERMS.stream()
                                .map(term -> "SUM(" + term + ") AS s" + TERMS.indexOf(term))
                                .collect(Collectors.joining(", "))
                        + " FROM appointments a GROUP BY a.patient_id) c JOIN patients p ON p.patient_id = c.patient_id"
                        + " JOIN users u ON u.user_id = p.user_id")
                .update();
        jdbc.sql("DELETE FROM appointment_patient_pair_totals").update();
        jdbc.sql(PAIR_INSERT + "SELECT " + PAIR_NAMES + ", "
                        + Arrays.stream(COLUMNS.split(", "))
                                .map(column -> "SUM(a." + column + ")")
                                .collect(Collectors.joining(", "))
                        + " FROM appointment_patient_totals a GROUP BY a.patient_first_name, a.patient_last_name, "
                        + PAIR_ORDER)
                .update();
    }

    /**
     * The renamed user's row as a patient takes the new names (none if they are no patient or have no row), and its
     * counts move from its former pair of names to the new one (V0054). The row is read locked (the latest committed):
     * a booking that wrote it before the rename took the user's row holds it until it commits.
     */
    @EventListener
    void patientRenamed(UserRenamed renamed) {
        List<Object[]> kept = jdbc.sql("SELECT patient_first_name, patient_last_name, " + COLUMNS
                        + " FROM appointment_patient_totals WHERE user_id = ? FOR UPDATE")
                .param(renamed.userId())
                .query((rs, row) -> new Object[] {
                    rs.getString(1),
                    rs.getString(2),
                    -rs.getLong(3),
                    -rs.getLong(4),
                    -rs.getLong(5),
                    -rs.getLong(6),
                    -rs.getLong(7)
                })
                .list();
        if (kept.isEmpty()) {
            return;
        }
        jdbc.sql("UPDATE appointment_patient_totals t JOIN users u ON u.user_id = t.user_id"
                        + " SET t.patient_first_name = u.first_name, t.patient_last_name = u.last_name"
                        + " WHERE t.user_id = ?")
                .param(renamed.userId())
                .update();
        // the former pair's counts taken out (read negated), the same added to the user's names now
        var values = new ArrayList<Object>(Arrays.asList(kept.getFirst()));
        Arrays.stream(kept.getFirst()).skip(2).forEach(count -> values.add(-(long) count));
        values.add(renamed.userId());
        String both = "SELECT ? AS patient_first_name, ? AS patient_last_name, ? AS s, ? AS c, ? AS n, ? AS x, ? AS t"
                + " UNION ALL SELECT u.first_name, u.last_name, ?, ?, ?, ?, ? FROM users u WHERE u.user_id = ?";
        jdbc.sql(PAIR_INSERT + "SELECT " + PAIR_NAMES + ", a.s, a.c, a.n, a.x, a.t FROM (" + both + ") a ORDER BY "
                        + PAIR_ORDER + PAIR_ADD_UP)
                .params(values)
                .update();
    }

    /**
     * Whether the kept rows answer the filter: a patient's name with nothing else but a status (no doctor, no patient,
     * no days: the rows hold no days nor doctors).
     */
    static boolean serves(AppointmentFilter filter) {
        return NameWords.typed(filter.patientName()) != null
                && NameWords.typed(filter.doctorName()) == null
                && filter.doctorId() == null
                && filter.patientId() == null
                && filter.from() == null
                && filter.to() == null;
    }

    /**
     * How many appointments the filter ({@link #serves}) selects: the matching pairs of names' rows summed (V0054; the
     * patients' before round 33).
     */
    long count(AppointmentFilter filter) {
        var params = new LinkedHashMap<String, Object>();
        String column = column(filter.status());
        String sum = ranges(jdbc, filter, params).stream()
                .map(range -> "(SELECT COALESCE(SUM(a." + column + "), 0) FROM " + PAIRS + range + ")")
                .collect(Collectors.joining(" + "));
        return jdbc.sql("SELECT " + sum).params(params).query(Long.class).single();
    }

    /**
     * The patients (id, rows) that hold the page at {@code offset} in the patient order (last name, first name, user
     * id; {@code ascending} or not), as {@code NamedPatientPages} found them from the appointments since round 14, but
     * from the kept rows: the pairs of names' two ranges (V0054, round 33: 'Klara' has 9 names over its ~10,000
     * patients, whose own rows were grouped before) grouped by name in their indexes' order (names equal in the users'
     * collation are one group, as they tie in the order), summed in the order until the offset; then only the spanned
     * names' patients, in user id order along the last names' index.
     */
    PeopleWalk walk(AppointmentFilter filter, boolean ascending, long offset, int limit) {
        var params = new LinkedHashMap<String, Object>();
        String column = column(filter.status());
        String dir = ascending ? " ASC" : " DESC";
        List<String> ranges = ranges(jdbc, filter, params);
        List<String> groupBys = List.of(FIRST + ", " + LAST, LAST + ", " + FIRST);
        String grouped = IntStream.range(0, ranges.size())
                .mapToObj(r -> "SELECT " + LAST + " AS k0, " + FIRST + " AS k1, SUM(a." + column + ") AS n FROM "
                        + PAIRS + ranges.get(r) + " GROUP BY " + groupBys.get(r))
                .collect(Collectors.joining(" UNION ALL "));
        List<Object[]> names = jdbc.sql("SELECT g.k0, g.k1, SUM(g.n) FROM (" + grouped + ") g GROUP BY g.k0, g.k1"
                        + " ORDER BY g.k0" + dir + ", g.k1" + dir)
                .params(params)
                .query((rs, row) -> new Object[] {rs.getString(1), rs.getString(2), rs.getLong(3)})
                .list();
        long skipped = 0;
        int name = 0;
        while (name < names.size() && skipped + (long) names.get(name)[2] <= offset) {
            skipped += (long) names.get(name++)[2];
        }
        var walk = new PeopleWalk(offset - skipped, limit);
        NameWords words = Objects.requireNonNull(NameWords.typed(filter.patientName()));
        for (; name < names.size() && !walk.full(); name++) {
            var named = new LinkedHashMap<String, Object>();
            named.put("nameLast", names.get(name)[0]);
            named.put("nameFirst", names.get(name)[1]);
            walk.pass(jdbc.sql("SELECT a.patient_id, a." + column
                            + " FROM appointment_patient_totals a FORCE INDEX (ix_patient_totals_last) WHERE " + LAST
                            + " = :nameLast AND " + FIRST + " = :nameFirst"
                            + words.conditionOn(FIRST, LAST, "pname", named) + " ORDER BY a.user_id" + dir)
                    .params(named)
                    .query((rs, row) -> new long[] {rs.getLong(1), rs.getLong(2)})
                    .list());
        }
        return walk;
    }

    /**
     * The name's two disjoint ranges of the pairs of names (V0054), each index only: the first name starts with the
     * longest word; else the last name does. The other words are tested in the index entries, and bound each range to
     * its leading names (round 30, {@link NameLeads}: 'Klara Koch' reads no entry of the ~10,000 of 'Klara'). Each
     * is " FORCE INDEX (…) WHERE …" of the pairs' table as {@code a}; the names' kept rows per pair read them too
     * ({@link PatientNameCounts}, round 36).
     */
    static List<String> ranges(JdbcClient jdbc, AppointmentFilter filter, Map<String, Object> params) {
        NameWords words = Objects.requireNonNull(NameWords.typed(filter.patientName()));
        String first = PAIRS + " FORCE INDEX (ix_pair_totals_first)";
        String last = PAIRS + " FORCE INDEX (ix_pair_totals_last)";
        List<String> narrowed = NameLeads.narrowings(
                jdbc,
                words,
                List.of(new NameLeads.Range(first, FIRST, LAST), new NameLeads.Range(last, LAST, FIRST)),
                "lead",
                params);
        params.put("longest", words.longestPattern());
        String rest = words.conditionBesidesLongestOn(FIRST, LAST, "pname", params);
        return List.of(
                " FORCE INDEX (ix_pair_totals_first) WHERE " + FIRST + " LIKE :longest" + rest + narrowed.get(0),
                " FORCE INDEX (ix_pair_totals_last) WHERE " + LAST + " LIKE :longest AND " + FIRST
                        + " NOT LIKE :longest" + rest + narrowed.get(1));
    }

    /** The kept column that counts the rows of {@code status} (null: every status). */
    private static String column(@Nullable AppointmentStatus status) {
        if (status == null) {
            return "total";
        }
        // the columns are the statuses' names but for two (a status the enum adds fails here, at its first use)
        return status == AppointmentStatus.NO_SHOW
                ? "no_shows"
                : status == AppointmentStatus.CANCELLED
                        ? "cancelled"
                        : status.name().toLowerCase(Locale.ROOT);
    }
}
