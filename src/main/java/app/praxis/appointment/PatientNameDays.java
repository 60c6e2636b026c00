package app.praxis.appointment;

import app.praxis.user.UserRenamed;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Kept rows per patient name, day and status (V0044, issue 18 round 19): how many appointments have a patient whose
 * copied first name (kind 0) or last name (kind 1) is exactly that spelling. A patient's name alone ('Klara' at
 * 1,000,000: ~50,000 rows over ~700 days) is then summed per day from ~2,800 kept rows instead of grouping its
 * ~50,000 index entries by day: the date, today-first and status orders' jumps ({@link NamedPatientPages}) and its
 * count with days.
 *
 * <p>A name matches when its first name starts with the word or its last name does: per day the first names' sum
 * plus the last names' less the rows whose both names start with it, read from the appointments along the smaller
 * of the names' indexes (rare names such as "Klara Klarassen": no rows for 'Klara').
 *
 * <p>Kept exact by every writer, as {@link PatientTotals}: the services' deltas at commit ({@link SummaryDeltas}, one
 * statement more per transaction, in the key's order), plain JDBC by {@link #changeStatement}, a rename here (in the
 * rename's transaction), and {@link AppointmentSummaries#rebuild}. A row whose count fell to 0 stays (it adds 0).
 */
@Component
class PatientNameDays {

    private static final String INSERT =
            "INSERT INTO appointment_patient_name_days (name_kind, name, spelling, count_date, status, n) ";

    /**
     * The rows of a derived table {@code r} (kind k, name nm, day d, status s, delta v) added up, in the key's order so
     * that two transactions take the rows they share in one order.
     */
    private static final String ADD_UP_ROWS = INSERT + "SELECT r.k, r.nm, CAST(r.nm AS BINARY), r.d, r.s, r.v FROM (%s)"
            + " r ORDER BY r.k, r.nm, CAST(r.nm AS BINARY), r.d, r.s ON DUPLICATE KEY UPDATE n = n + VALUES(n)";

    /** A patient's appointments of one day and status: the key of a transaction's deltas. */
    record PatientDay(long patientId, LocalDate day, String status) {
        static final Comparator<PatientDay> ORDER = Comparator.comparingLong(PatientDay::patientId)
                .thenComparing(PatientDay::day)
                .thenComparing(PatientDay::status);
    }

    private final JdbcClient jdbc;

    PatientNameDays(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The patient's name ({@code first_name} or {@code last_name}), read with a shared lock (latest committed, also
     * under READ COMMITTED): a rename holds the user's row until it commits, so the delta written after it lands in
     * the new name's rows, where the rename moved the patient's others.
     */
    private static String ofPatient(String column) {
        return "(SELECT tu." + column + " FROM patients tp JOIN users tu ON tu.user_id = tp.user_id"
                + " WHERE tp.patient_id = ? LOCK IN SHARE MODE)";
    }

    /** Writes a transaction's deltas (each patient's day and status) in one statement: two rows each, one per name. */
    static void write(JdbcClient jdbc, Map<PatientDay, Integer> deltas) {
        var selects = new ArrayList<String>();
        var values = new ArrayList<Object>();
        deltas.forEach((key, delta) -> {
            if (delta == 0) {
                return;
            }
            for (int kind = 0; kind < 2; kind++) {
                selects.add("SELECT " + kind + " AS k, " + ofPatient(kind == 0 ? "first_name" : "last_name")
                        + " AS nm, ? AS d, ? AS s, ? AS v");
                values.addAll(List.of(key.patientId(), key.day(), key.status(), delta));
            }
        });
        if (!selects.isEmpty()) {
            jdbc.sql(ADD_UP_ROWS.formatted(String.join(" UNION ALL ", selects)))
                    .params(values)
                    .update();
        }
    }

    /** For plain JDBC: the appointment's ({@code ?}) rows added ({@code sign} 1) or taken out (-1). */
    static String changeStatement(int sign) {
        String row = " AS nm, a.appointment_date AS d, a.status AS s, " + sign
                + " AS v FROM appointments a WHERE a.appointment_id = ?";
        return ADD_UP_ROWS.formatted("SELECT 0 AS k, a.patient_first_name" + row + " UNION ALL SELECT 1 AS k,"
                + " a.patient_last_name" + row);
    }

    /** The two parameters of {@link #changeStatement}: the appointment's id, twice. */
    static List<Object> changeParams(long appointmentId) {
        return List.of(appointmentId, appointmentId);
    }

    /** Fills the rows again from every appointment (V0044's backfill): within {@link AppointmentSummaries#rebuild}. */
    static void rebuild(JdbcClient jdbc) {
        jdbc.sql("DELETE FROM appointment_patient_name_days").update();
        for (String column : List.of("patient_first_name", "patient_last_name")) {
            String kind = column.equals("patient_first_name") ? "0" : "1";
            jdbc.sql(INSERT + "SELECT " + kind + ", a." + column + ", CAST(a." + column + " AS BINARY),"
                            + " a.appointment_date, a.status, COUNT(*) FROM appointments a GROUP BY a." + column
                            + ", CAST(a." + column + " AS BINARY), a.appointment_date, a.status")
                    .update();
        }
    }

    /**
     * The renamed user's appointments as a patient move from their former names' rows to the new names' (none if they
     * are no patient or have none): read with a shared lock, as the rename's rewrite of the copies
     * ({@link AppointmentPatientNames}) reads them.
     */
    @EventListener
    void patientRenamed(UserRenamed renamed) {
        List<Object[]> days = jdbc.sql("SELECT a.appointment_date, a.status, COUNT(*) FROM appointments a"
                        + " JOIN patients p ON p.patient_id = a.patient_id WHERE p.user_id = ?"
                        + " GROUP BY a.appointment_date, a.status LOCK IN SHARE MODE")
                .param(renamed.userId())
                .query((rs, row) -> new Object[] {rs.getObject(1, LocalDate.class), rs.getString(2), rs.getLong(3)})
                .list();
        if (days.isEmpty()) {
            return;
        }
        var selects = new ArrayList<String>();
        var values = new ArrayList<Object>();
        for (Object[] day : days) {
            String[] former = {renamed.formerFirstName(), renamed.formerLastName()};
            String[] now = {"first_name", "last_name"};
            for (int kind = 0; kind < 2; kind++) {
                selects.add("SELECT " + kind + " AS k, ? AS nm, ? AS d, ? AS s, ? AS v");
                values.addAll(List.of(former[kind], day[0], day[1], -(long) day[2]));
                selects.add(
                        "SELECT " + kind + ", (SELECT u." + now[kind] + " FROM users u WHERE u.user_id = ?), ?, ?, ?");
                values.addAll(List.of(renamed.userId(), day[0], day[1], day[2]));
            }
        }
        jdbc.sql(ADD_UP_ROWS.formatted(String.join(" UNION ALL ", selects)))
                .params(values)
                .update();
    }

    /**
     * Whether the kept rows answer the filter's groups by day: one word of a patient's name with nothing else but a
     * status and days (no doctor, no patient: the rows hold neither; more words: the rows hold one name each).
     */
    static boolean serves(AppointmentFilter filter) {
        NameWords words = NameWords.typed(filter.patientName());
        return words != null
                && words.oneWord()
                && NameWords.typed(filter.doctorName()) == null
                && filter.doctorId() == null
                && filter.patientId() == null;
    }

    /**
     * The filter's ({@link #serves}) rows per day, or per status and day ({@code byStatus}), each key in its order:
     * the first names' kept rows plus the last names' less the rows whose both names start with the word. Keys
     * without rows are left out.
     */
    TreeMap<List<Comparable<?>>, Long> perDay(AppointmentFilter filter, boolean byStatus) {
        String word = NameWords.typed(filter.patientName()).longestPattern();
        String keys = byStatus ? "t.status, t.count_date" : "t.count_date";
        var sums = new ArrayList<Map<List<Comparable<?>>, Long>>();
        for (int kind = 0; kind < 2; kind++) {
            var params = new LinkedHashMap<String, Object>();
            params.put("word", word);
            sums.add(grouped(
                    "SELECT " + keys + ", SUM(t.n) FROM appointment_patient_name_days t WHERE t.name_kind = " + kind
                            + " AND t.name LIKE :word"
                            + AppointmentRowRepository.statusAndDays(filter, "t.status", "t.count_date", params)
                            + " GROUP BY " + keys,
                    params,
                    byStatus));
        }
        // the rows both kinds counted: along the names' index whose kind counted fewer
        long firsts = sums.get(0).values().stream().mapToLong(Long::longValue).sum();
        long lasts = sums.get(1).values().stream().mapToLong(Long::longValue).sum();
        var params = new LinkedHashMap<String, Object>();
        params.put("word", word);
        String index = firsts <= lasts ? "ix_appointment_patient_first_name" : "ix_appointment_patient_last_name";
        String columns = byStatus ? "a.status, a.appointment_date" : "a.appointment_date";
        Map<List<Comparable<?>>, Long> both = grouped(
                "SELECT " + columns + ", COUNT(*) FROM appointments a FORCE INDEX (" + index + ")"
                        + " WHERE a.patient_first_name LIKE :word AND a.patient_last_name LIKE :word"
                        + AppointmentRowRepository.statusAndDays(filter, "a.status", "a.appointment_date", params)
                        + " GROUP BY " + columns,
                params,
                byStatus);
        var days = new TreeMap<List<Comparable<?>>, Long>(PatientNameDays::compareKeys);
        sums.forEach(kind -> kind.forEach((key, rows) -> days.merge(key, rows, Long::sum)));
        both.forEach((key, rows) -> days.merge(key, -rows, Long::sum));
        days.values().removeIf(rows -> rows == 0);
        return days;
    }

    private Map<List<Comparable<?>>, Long> grouped(String sql, Map<String, Object> params, boolean byStatus) {
        var groups = new LinkedHashMap<List<Comparable<?>>, Long>();
        jdbc.sql(sql).params(params).query(rs -> {
            List<Comparable<?>> key = byStatus
                    ? List.of(rs.getString(1), rs.getObject(2, LocalDate.class))
                    : List.of(rs.getObject(1, LocalDate.class));
            groups.merge(key, rs.getLong(byStatus ? 3 : 2), Long::sum);
        });
        return groups;
    }

    /**
     * Keys (status and day, or day) in the order's order: the statuses are upper-case names that first differ at a
     * letter, so their {@code String} order is the collation's.
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static int compareKeys(List<Comparable<?>> a, List<Comparable<?>> b) {
        for (int i = 0; i < a.size(); i++) {
            int compared = ((Comparable) a.get(i)).compareTo(Objects.requireNonNull(b.get(i)));
            if (compared != 0) {
                return compared;
            }
        }
        return 0;
    }
}
