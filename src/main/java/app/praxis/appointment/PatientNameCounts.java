package app.praxis.appointment;

import app.praxis.user.UserRenamed;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Kept rows per patient name and status (V0044, issue 18 round 19), one set per day and one per doctor, and since round
 * 20 one per start time (V0045) and one per reason key (V0046; per reason key and week since V0053, round 32): how
 * many appointments have a patient whose copied first name (kind 0) or last name (kind 1) is exactly that spelling. A
 * patient's name alone ('Klara' at 1,000,000: ~50,000 rows, 298 kept rows per day and status, 2,300 per doctor and
 * status, ~500 per start time and status) is then summed per day, doctor, time or reason key from those instead of
 * grouping its ~50,000 index entries: the date, today-first, status, doctor, time and reason orders' jumps
 * ({@link NamedPatientPages}).
 *
 * <p>A name matches when its first name starts with the word or its last name does: the first names' sums plus the
 * last names' less the rows whose both names start with it, read from the appointments along the smaller of the
 * names' indexes (rare names such as "Klara Klarassen": none for 'Klara').
 *
 * <p>Since round 36 (V0056) the same rows per spelled pair of names too (kind 2: the first name's spelling, then the
 * last name's in {@code last_spelling}): a name of several words ('Klara Braun', 7,138 rows of one pair at 1,000,000)
 * sums the rows of the pairs that match every word, found among V0054's kept pairs ({@link #pairSums}), where it
 * grouped its rows along the names' indexes. Pairs are disjoint, so nothing is taken away.
 *
 * <p>Kept exact by every writer, as {@link PatientTotals}: the services' deltas at commit ({@link SummaryDeltas}, four
 * statements more per transaction, each in its key's order), plain JDBC by {@link #changeStatements}, a rename here
 * (in the rename's transaction), and {@link AppointmentSummaries#rebuild}. A row whose count fell to 0 stays.
 */
@Component
class PatientNameCounts {

    /**
     * A set of kept rows: its table, its key column, and the appointment's column whose value a delta carries (the
     * same but for the reasons, whose key is computed from the reason).
     */
    private enum Kept {
        DAYS(
                "appointment_patient_name_days",
                "count_date",
                "appointment_date",
                (rs, at) -> rs.getObject(at, LocalDate.class)),
        DOCTORS("appointment_patient_name_doctors", "doctor_id", "doctor_id", ResultSet::getLong),
        /** V0045 (round 20). */
        TIMES(
                "appointment_patient_name_times",
                "start_time",
                "start_time",
                (rs, at) -> rs.getObject(at, LocalTime.class)),
        /**
         * V0046 (round 20): the reason's V0037 key, X'' for none; a delta carries the reason. Since V0053 (round 32)
         * per week too: the Monday of the appointment's day.
         */
        REASONS("appointment_patient_name_reasons", "reason_key", "reason_sort", ResultSet::getString) {
            @Override
            String keyOf(String value) {
                return reasonKeyOf(value);
            }

            @Override
            boolean weekly() {
                return true;
            }

            @Override
            boolean keyIsValue() {
                return false;
            }

            @Override
            Comparable<?> readKey(ResultSet rs, int at) throws SQLException {
                return HexFormat.of().formatHex(rs.getBytes(at));
            }
        };

        private final String table;
        private final String column;
        private final String appointmentColumn;
        /** Reads the appointment's column (as java.time for days and times: bound again as read, whatever the zones). */
        private final KeyColumn reader;

        Kept(String table, String column, String appointmentColumn, KeyColumn reader) {
            this.table = table;
            this.column = column;
            this.appointmentColumn = appointmentColumn;
            this.reader = reader;
        }

        /** The kept key of a value of the appointment's column (an SQL expression). */
        String keyOf(String value) {
            return value;
        }

        /** Whether the kept key is the value itself: the keys' order is then the values' ({@link DeltaRow#ORDER}). */
        boolean keyIsValue() {
            return true;
        }

        /** Whether its rows are kept per week too ({@code count_week}, after the key column). */
        boolean weekly() {
            return false;
        }

        /** The key columns: the kept one, and the week where {@link #weekly}. */
        String columns() {
            return weekly() ? column + ", count_week" : column;
        }

        /**
         * The keys of the appointment's column's value ({@code value}) and day ({@code day}, read where
         * {@link #weekly}): SQL expressions.
         */
        String keysOf(String value, String day) {
            return weekly() ? keyOf(value) + ", " + weekOf(day) : keyOf(value);
        }

        /** Reads a kept key (reasons' as lower-case hex: its {@code String} order is the bytes' order). */
        Comparable<?> readKey(ResultSet rs, int at) throws SQLException {
            return reader.read(rs, at);
        }

        /**
         * The rows of a derived table {@code r} (kind k, name nm, the pair's last name ln or '', value g, status s,
         * delta v; and day h where {@link #weekly}) added up, in the key's order so that two transactions take the
         * rows they share in one order.
         */
        String addUp(List<String> selects) {
            String key = keysOf("r.g", "r.h");
            String spellings = "CAST(r.nm AS BINARY), CAST(r.ln AS BINARY)";
            return "INSERT INTO " + table + " (name_kind, name, spelling, last_spelling, " + columns() + ", status, n)"
                    + " SELECT r.k, r.nm, " + spellings + ", " + key + ", r.s, r.v FROM ("
                    + String.join(" UNION ALL ", selects) + ") r ORDER BY r.k, r.nm, " + spellings + ", " + key
                    + ", r.s ON DUPLICATE KEY UPDATE n = n + VALUES(n)";
        }
    }

    /**
     * V0037's {@code reason_key} of a reason ({@code value}, an SQL expression; cut to {@code reason_sort}'s 700
     * characters and compared in its collation, as the column is), X'' for none (V0046).
     */
    static String reasonKeyOf(String value) {
        String sort = "RTRIM(LEFT(CONVERT(" + value + " USING utf8mb4) COLLATE utf8mb4_unicode_ci, 700))";
        return "COALESCE(CONCAT(LEFT(CONCAT(WEIGHT_STRING(" + sort + "), REPEAT(X'0209', 16)), 32),"
                + " IF(LENGTH(WEIGHT_STRING(" + sort + ")) > 32, X'01', X'00')), X'')";
    }

    /** The Monday of a day's week (an SQL expression of a day): the week of the reasons' kept rows (V0053). */
    static String weekOf(String day) {
        return "DATE_SUB(" + day + ", INTERVAL WEEKDAY(" + day + ") DAY)";
    }

    /**
     * A patient's appointments with one doctor, day, start time, reason (null: none) and status: the key of a
     * transaction's deltas.
     */
    record PatientDelta(
            long patientId,
            long doctorId,
            LocalDate day,
            LocalTime start,
            @Nullable String reason,
            String status) {
        static final Comparator<PatientDelta> ORDER = Comparator.comparingLong(PatientDelta::patientId)
                .thenComparingLong(PatientDelta::doctorId)
                .thenComparing(PatientDelta::day)
                .thenComparing(PatientDelta::start)
                .thenComparing(PatientDelta::reason, Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparing(PatientDelta::status);

        /** The value of a kept set's appointment column (null: no reason). */
        @Nullable
        Comparable<?> by(Kept kept) {
            return switch (kept) {
                case DAYS -> day;
                case DOCTORS -> doctorId;
                case TIMES -> start;
                case REASONS -> reason;
            };
        }

        /** The Monday of the day's week: a weekly kept set's second key. */
        LocalDate week() {
            return day.with(DayOfWeek.MONDAY);
        }
    }

    /**
     * A delta's row of a kept set: the patient, the appointment column's value (null: no reason), the week's Monday
     * (null where the set is not {@link Kept#weekly}), the status.
     */
    private record DeltaRow(
            long patientId,
            @Nullable Comparable<?> value,
            @Nullable LocalDate week,
            String status) {
        static final Comparator<DeltaRow> ORDER = Comparator.comparingLong(DeltaRow::patientId)
                .thenComparing((a, b) -> compareValues(a.value(), b.value()))
                .thenComparing((a, b) -> compareValues(a.week(), b.week()))
                .thenComparing(DeltaRow::status);

        /** Values of one kept set (one type), null first. */
        @SuppressWarnings({"unchecked", "rawtypes"})
        private static int compareValues(@Nullable Comparable a, @Nullable Comparable b) {
            return a == null ? (b == null ? 0 : -1) : b == null ? 1 : a.compareTo(b);
        }
    }

    /** The statuses' names: upper-case letters and one underscore, so their {@code String} order is the collation's. */
    private static final Set<String> KNOWN_STATUSES =
            Arrays.stream(AppointmentStatus.values()).map(Enum::name).collect(Collectors.toSet());

    private final JdbcClient jdbc;

    PatientNameCounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * " FROM …" of each kind's row of one patient ({@code k.k}, the patient's names {@code pn.first_name} and
     * {@code pn.last_name}): the names read once, with a shared lock (latest committed, also under READ COMMITTED): a
     * rename holds the user's row until it commits, so the delta written after it lands in the new name's rows, where
     * the rename moved the patient's others. Its parameter is the patient's id.
     */
    private static final String EACH_KIND_OF_PATIENT = " FROM " + kinds() + " CROSS JOIN (SELECT tu.first_name,"
            + " tu.last_name FROM patients tp JOIN users tu ON tu.user_id = tp.user_id WHERE tp.patient_id = ?"
            + " LOCK IN SHARE MODE) pn";

    /** A derived table {@code k} of the kinds, one row each ({@code k.k}). */
    private static String kinds() {
        return "(SELECT 0 AS k UNION ALL SELECT 1 UNION ALL SELECT " + PAIR + ") k";
    }

    /**
     * The kind's name ({@code k.k}, an SQL expression) of {@code first} and {@code last} (SQL expressions), then the
     * pair's last name or '': the columns {@code nm} and {@code ln} of {@link Kept#addUp}'s rows.
     */
    private static String namesOfKind(String first, String last) {
        return "IF(k.k = 1, " + last + ", " + first + ") AS nm, IF(k.k = " + PAIR + ", " + last + ", '') AS ln";
    }

    /** The kinds of kept rows: the first name (0), the last name (1), the pair of both (2, V0056). */
    private static final int KINDS = 3;

    /** The pair's kind: its {@code name} is the first name, its {@code last_spelling} the last name's. */
    private static final int PAIR = 2;

    /** The name a kind's rows are kept by (the pair's: the first name): 0 for the first name, 1 for the last. */
    private static int nameOf(int kind) {
        return kind == 1 ? 1 : 0;
    }

    /**
     * Writes a transaction's deltas in one statement per set: three rows each (per name, per pair) of each key. One
     * patient's (a booking, a move, a cancellation), with one reason among the reasons' rows, are rows of values with
     * the names read at the commit ({@link PatientNamesAtCommit}): their order is then the keys' own. Others (several
     * patients, whose names' order is the collation's) are selected with the names read in the statement.
     */
    static void write(SummarySql sql, Map<PatientDelta, Integer> deltas, Map<Long, PatientNamesAtCommit.Names> names) {
        for (Kept kept : Kept.values()) {
            var byKey = new TreeMap<DeltaRow, Integer>(DeltaRow.ORDER);
            deltas.forEach((delta, sign) -> byKey.merge(
                    new DeltaRow(
                            delta.patientId(), delta.by(kept), kept.weekly() ? delta.week() : null, delta.status()),
                    sign,
                    Integer::sum));
            byKey.values().removeIf(sum -> sum == 0);
            if (byKey.isEmpty()) {
                continue;
            }
            DeltaRow first = byKey.firstKey();
            if (byKey.keySet().stream()
                    .allMatch(row -> row.patientId() == first.patientId()
                            && (kept.keyIsValue() || Objects.equals(row.value(), first.value())))) {
                writeValues(sql, kept, byKey, PatientNamesAtCommit.of(names, first.patientId()));
            } else {
                writeSelected(sql, kept, byKey);
            }
        }
    }

    /** A set's row of values, and how often the key's value is bound in it: built once, not at every commit. */
    private record ValuesRow(String sql, int keyParams) {
        static ValuesRow of(Kept kept) {
            String keySql = kept.keyOf("?");
            return new ValuesRow(
                    "(?, ?, CAST(? AS BINARY), CAST(? AS BINARY), " + keySql + (kept.weekly() ? ", ?" : "") + ", ?, ?)",
                    (int) keySql.chars().filter(c -> c == '?').count());
        }
    }

    private static final Map<Kept, ValuesRow> VALUES_ROWS = new EnumMap<>(Kept.class);

    static {
        for (Kept kept : Kept.values()) {
            VALUES_ROWS.put(kept, ValuesRow.of(kept));
        }
    }

    /**
     * One patient's rows as values, in the order {@link Kept#addUp} sorts them in: by kind, then (the names being
     * the same within a kind) by key and status, which is {@link DeltaRow#ORDER} for the days, doctors and times, and
     * for the reasons (one reason: one key) by week and status.
     */
    private static void writeValues(
            SummarySql sql, Kept kept, Map<DeltaRow, Integer> rows, PatientNamesAtCommit.Names names) {
        ValuesRow row = VALUES_ROWS.get(kept);
        var values = new ArrayList<@Nullable Object>();
        for (int kind = 0; kind < KINDS; kind++) {
            String name = nameOf(kind) == 1 ? names.last() : names.first();
            String last = kind == PAIR ? names.last() : "";
            for (var entry : rows.entrySet()) {
                values.addAll(Arrays.asList(kind, name, name, last));
                for (int i = 0; i < row.keyParams(); i++) {
                    values.add(entry.getKey().value());
                }
                if (kept.weekly()) {
                    values.add(entry.getKey().week());
                }
                values.addAll(Arrays.asList(entry.getKey().status(), entry.getValue()));
            }
        }
        sql.update(
                "INSERT INTO " + kept.table + " (name_kind, name, spelling, last_spelling, " + kept.columns()
                        + ", status, n) VALUES "
                        + String.join(", ", Collections.nCopies(KINDS * rows.size(), row.sql()))
                        + " ON DUPLICATE KEY UPDATE n = n + VALUES(n)",
                values);
    }

    /** Several patients' rows, each patient's names read in the statement, sorted there ({@link Kept#addUp}). */
    private static void writeSelected(SummarySql sql, Kept kept, Map<DeltaRow, Integer> rows) {
        var selects = new ArrayList<String>();
        var values = new ArrayList<@Nullable Object>();
        rows.forEach((key, sum) -> {
            selects.add("SELECT k.k, " + namesOfKind("pn.first_name", "pn.last_name") + ", ? AS g, ? AS s, ? AS v"
                    + (kept.weekly() ? ", ? AS h" : "") + EACH_KIND_OF_PATIENT);
            values.addAll(Arrays.asList(key.value(), key.status(), sum));
            if (kept.weekly()) {
                values.add(key.week());
            }
            values.add(key.patientId());
        });
        sql.update(kept.addUp(selects), values);
    }

    /**
     * For plain JDBC: the appointment's rows added ({@code sign} 1) or taken out (-1); each statement's parameter is
     * the appointment's id.
     */
    static List<String> changeStatements(int sign) {
        var statements = new ArrayList<String>();
        for (Kept kept : Kept.values()) {
            statements.add(kept.addUp(List.of("SELECT k.k, "
                    + namesOfKind("a.patient_first_name", "a.patient_last_name")
                    + ", a." + kept.appointmentColumn + " AS g, a.status AS s, " + sign + " AS v"
                    + (kept.weekly() ? ", a.appointment_date AS h" : "") + " FROM appointments a CROSS JOIN " + kinds()
                    + " WHERE a.appointment_id = ?")));
        }
        return statements;
    }

    /** Fills the rows again from every appointment (V0044's backfill): within {@link AppointmentSummaries#rebuild}. */
    static void rebuild(JdbcClient jdbc) {
        for (Kept kept : Kept.values()) {
            jdbc.sql("DELETE FROM " + kept.table).update();
            for (int kind = 0; kind < KINDS; kind++) {
                String name = nameOf(kind) == 0 ? "a.patient_first_name" : "a.patient_last_name";
                String spellings =
                        "CAST(" + name + " AS BINARY)" + (kind == PAIR ? ", CAST(a.patient_last_name AS BINARY)" : "");
                String by = kept.keysOf("a." + kept.appointmentColumn, "a.appointment_date");
                jdbc.sql("INSERT INTO " + kept.table + " (name_kind, name, spelling, last_spelling, " + kept.columns()
                                + ", status, n) SELECT " + kind + ", " + name + ", " + spellings
                                + (kind == PAIR ? "" : ", X''") + ", " + by + ", a.status, COUNT(*)"
                                + " FROM appointments a GROUP BY " + name + ", " + spellings + ", " + by + ", a.status")
                        .update();
            }
        }
    }

    /**
     * The renamed user's appointments as a patient move from their former names' rows to the new names' (none if they
     * are no patient or have none): read with a shared lock, as the rename's rewrite of the copies
     * ({@link AppointmentPatientNames}) reads them.
     */
    @EventListener
    void patientRenamed(UserRenamed renamed) {
        for (Kept kept : Kept.values()) {
            String week = kept.weekly() ? ", " + weekOf("a.appointment_date") : "";
            List<Object[]> groups = jdbc.sql("SELECT a." + kept.appointmentColumn + ", a.status, COUNT(*)" + week
                            + " FROM appointments a JOIN patients p ON p.patient_id = a.patient_id WHERE p.user_id = ?"
                            + " GROUP BY a." + kept.appointmentColumn + ", a.status" + week + " LOCK IN SHARE MODE")
                    .param(renamed.userId())
                    .query((rs, row) -> new Object[] {
                        kept.reader.read(rs, 1),
                        rs.getString(2),
                        rs.getLong(3),
                        kept.weekly() ? rs.getObject(4, LocalDate.class) : null
                    })
                    .list();
            if (groups.isEmpty()) {
                continue;
            }
            var selects = new ArrayList<String>();
            var values = new ArrayList<@Nullable Object>();
            String[] former = {renamed.formerFirstName(), renamed.formerLastName()};
            for (Object[] group : groups) {
                for (int kind = 0; kind < KINDS; kind++) {
                    selects.add("SELECT " + kind + " AS k, ? AS nm, ? AS ln, ? AS g, ? AS s, ? AS v"
                            + (kept.weekly() ? ", ? AS h" : ""));
                    values.addAll(Arrays.asList(
                            former[nameOf(kind)], kind == PAIR ? former[1] : "", group[0], group[1], -(long) group[2]));
                    if (kept.weekly()) {
                        values.add(group[3]);
                    }
                    selects.add("SELECT " + kind + ", " + usersName(nameOf(kind)) + ", "
                            + (kind == PAIR ? usersName(1) : "''") + ", ?, ?, ?" + (kept.weekly() ? ", ?" : ""));
                    values.add(renamed.userId());
                    if (kind == PAIR) {
                        values.add(renamed.userId());
                    }
                    values.addAll(Arrays.asList(group[0], group[1], group[2]));
                    if (kept.weekly()) {
                        values.add(group[3]);
                    }
                }
            }
            jdbc.sql(kept.addUp(selects)).params(values).update();
        }
    }

    /** The renamed user's new first name (0) or last name (1): a subquery of the user's id. */
    private static String usersName(int name) {
        return "(SELECT u." + (name == 0 ? "first_name" : "last_name") + " FROM users u WHERE u.user_id = ?)";
    }

    /**
     * Whether the kept rows answer the filter's groups by day: a patient's name with nothing else but a status and
     * days (no doctor, no patient: the rows hold neither). One word from the names' rows, several from the pairs'
     * (round 36).
     */
    static boolean serves(AppointmentFilter filter) {
        return NameWords.typed(filter.patientName()) != null
                && NameWords.typed(filter.doctorName()) == null
                && filter.doctorId() == null
                && filter.patientId() == null;
    }

    /**
     * Whether they answer its groups by doctor or by start time: as {@link #serves}, without days (those rows hold
     * none).
     */
    static boolean servesWithoutDays(AppointmentFilter filter) {
        return serves(filter) && filter.from() == null && filter.to() == null;
    }

    /**
     * The filter's ({@link #serves}) rows per day, or per status and day ({@code byStatus}), in the keys' order. Keys
     * without rows are left out. Null by status when a status is none of {@link AppointmentStatus}'s (its place in the
     * column's collation is not the name's; only a server that does not enforce {@code ck_appointment_status} has one).
     */
    @Nullable
    TreeMap<List<Comparable<?>>, Long> perDay(AppointmentFilter filter, boolean byStatus) {
        TreeMap<List<Comparable<?>>, Long> days = sums(filter, Kept.DAYS, byStatus);
        if (byStatus && days.keySet().stream().anyMatch(key -> !KNOWN_STATUSES.contains(key.getFirst()))) {
            return null;
        }
        return days;
    }

    /** The filter's ({@link #servesWithoutDays}) rows per doctor, by doctor id. Doctors without rows are left out. */
    Map<Long, Long> perDoctor(AppointmentFilter filter) {
        var doctors = new LinkedHashMap<Long, Long>();
        sums(filter, Kept.DOCTORS, false).forEach((key, rows) -> doctors.put((Long) key.getFirst(), rows));
        return doctors;
    }

    /** The filter's ({@link #servesWithoutDays}) rows per start time, in time order. Times without rows are left out. */
    TreeMap<LocalTime, Long> perTime(AppointmentFilter filter) {
        var times = new TreeMap<LocalTime, Long>();
        sums(filter, Kept.TIMES, false).forEach((key, rows) -> times.put((LocalTime) key.getFirst(), rows));
        return times;
    }

    /**
     * The filter's ({@link #serves}) rows per reason key (V0046), as lower-case hex in the keys' byte order ("" first:
     * no reason), and within each per week (V0053, round 32: its Monday), in day order. Weeks without rows are left
     * out. Its days, if any, must be whole weeks: from a Monday, to a Sunday.
     */
    TreeMap<String, TreeMap<LocalDate, Long>> perReasonAndWeek(AppointmentFilter filter) {
        if ((filter.from() != null && filter.from().getDayOfWeek() != DayOfWeek.MONDAY)
                || (filter.to() != null && filter.to().getDayOfWeek() != DayOfWeek.SUNDAY)) {
            throw new IllegalArgumentException("Not whole weeks: " + filter.from() + " to " + filter.to());
        }
        var keys = new TreeMap<String, TreeMap<LocalDate, Long>>();
        sums(filter, Kept.REASONS, false)
                .forEach((key, rows) -> keys.computeIfAbsent((String) key.get(0), k -> new TreeMap<>())
                        .put((LocalDate) key.get(1), rows));
        return keys;
    }

    /**
     * How many appointments the filter ({@link #serves}) selects (round 23): the first names' rows per start time and
     * status plus the last names' less the rows whose both names start with the word, summed. The times' set is bounded
     * by the day's start times whatever the history, the doctors or the reasons: 64 kept rows read for 'Klara' at
     * 1,000,000 where {@link PatientTotals} read its ~10,000 patients' rows (docs/PERFORMANCE.md, round 23). With days
     * (round 32), the days' set within them: a row per day and status, where the name's entries within the days were
     * counted (~7,000 for 'Klara' in the last 30 days, 5.4 ms).
     */
    long count(AppointmentFilter filter) {
        Kept kept = filter.from() == null && filter.to() == null ? Kept.TIMES : Kept.DAYS;
        if (!words(filter).oneWord()) {
            return pairSums(filter, kept, false).values().stream()
                    .mapToLong(Long::longValue)
                    .sum();
        }
        var params = new LinkedHashMap<String, Object>();
        params.put("word", word(filter));
        String conditions = conditions(filter, kept, "t.status", "t.count_date", params);
        String kind = "(SELECT COALESCE(SUM(t.n), 0) FROM " + kept.table
                + " t WHERE t.name_kind = %d AND t.name LIKE :word" + conditions + ")";
        long[] kinds = jdbc.sql("SELECT " + kind.formatted(0) + ", " + kind.formatted(1))
                .params(params)
                .query((rs, row) -> new long[] {rs.getLong(1), rs.getLong(2)})
                .single();
        String both = bothNamesStartWith(filter, kinds[0] <= kinds[1], "", kept, params);
        return kinds[0]
                + kinds[1]
                - jdbc.sql(both).params(params).query(Long.class).single();
    }

    /** Reads a key's column of a kept row. */
    @FunctionalInterface
    private interface KeyColumn {
        Comparable<?> read(ResultSet rs, int at) throws SQLException;
    }

    /**
     * The kept set's sums per key (its column, after the status with {@code byStatus}): of one word the first names'
     * kept rows plus the last names' less the rows whose both names start with the word; of several the matching
     * pairs' ({@link #pairSums}).
     */
    private TreeMap<List<Comparable<?>>, Long> sums(AppointmentFilter filter, Kept kept, boolean byStatus) {
        var sums = new TreeMap<List<Comparable<?>>, Long>(PatientNameCounts::compareKeys);
        sums.putAll(words(filter).oneWord() ? nameSums(filter, kept, byStatus) : pairSums(filter, kept, byStatus));
        sums.values().removeIf(rows -> rows == 0);
        return sums;
    }

    /** The key columns of the kept set's rows {@code t}, after the status with {@code byStatus}. */
    private static String keys(Kept kept, boolean byStatus) {
        return (byStatus ? "t.status, " : "") + "t." + kept.column + (kept.weekly() ? ", t.count_week" : "");
    }

    /** One word: the first and the last names' kept rows summed, less the rows whose both names start with it. */
    private Map<List<Comparable<?>>, Long> nameSums(AppointmentFilter filter, Kept kept, boolean byStatus) {
        String word = word(filter);
        String keys = keys(kept, byStatus);
        var kinds = new ArrayList<Map<List<Comparable<?>>, Long>>();
        for (int kind = 0; kind < 2; kind++) {
            var params = new LinkedHashMap<String, Object>();
            params.put("word", word);
            kinds.add(grouped(
                    "SELECT " + keys + ", SUM(t.n) FROM " + kept.table + " t WHERE t.name_kind = " + kind
                            + " AND t.name LIKE :word"
                            + conditions(
                                    filter, kept, "t.status", kept.weekly() ? "t.count_week" : "t.count_date", params)
                            + " GROUP BY " + keys,
                    params,
                    byStatus,
                    kept));
        }
        long firsts = kinds.get(0).values().stream().mapToLong(Long::longValue).sum();
        long lasts = kinds.get(1).values().stream().mapToLong(Long::longValue).sum();
        String columns =
                (byStatus ? "a.status, " : "") + kept.keysOf("a." + kept.appointmentColumn, "a.appointment_date");
        var params = new LinkedHashMap<String, Object>();
        Map<List<Comparable<?>>, Long> both = grouped(
                bothNamesStartWith(filter, firsts <= lasts, columns + ", ", kept, params) + " GROUP BY " + columns,
                params,
                byStatus,
                kept);
        var sums = new HashMap<List<Comparable<?>>, Long>();
        kinds.forEach(kind -> kind.forEach((key, rows) -> sums.merge(key, rows, Long::sum)));
        both.forEach((key, rows) -> sums.merge(key, -rows, Long::sum));
        return sums;
    }

    /**
     * Several words (round 36): the kept rows of the spelled pairs (kind 2, V0056) that match every word, found among
     * V0054's kept pairs in their two disjoint ranges ({@link PatientTotals#ranges}, as the name's count reads them). A
     * pair's appointments all hold its spellings, so a pair matches with all its rows or none, and a {@code LIKE} on
     * the pair's names tests them as on the appointments' copies. 'Klara Braun' reads one pair there and its kept rows
     * (its days × statuses), where its 7,138 rows were grouped. Each pair is a range of the kept rows' key: the pairs
     * are read first ({@code STRAIGHT_JOIN}), as a name's few pairs are its rows' smallest bound.
     */
    private Map<List<Comparable<?>>, Long> pairSums(AppointmentFilter filter, Kept kept, boolean byStatus) {
        var params = new LinkedHashMap<String, Object>();
        String within = conditions(filter, kept, "t.status", kept.weekly() ? "t.count_week" : "t.count_date", params);
        String keys = keys(kept, byStatus);
        String pairs = PatientTotals.ranges(jdbc, filter, params).stream()
                .map(range -> {
                    // the range's " FORCE INDEX (…) WHERE …": the kept rows joined before its WHERE
                    int where = range.indexOf(" WHERE ");
                    return "SELECT " + keys + ", t.n FROM appointment_patient_pair_totals a" + range.substring(0, where)
                            + " STRAIGHT_JOIN " + kept.table + " t ON t.name_kind = " + PAIR
                            + " AND t.name = a.patient_first_name AND t.spelling = a.first_spelling"
                            + " AND t.last_spelling = a.last_spelling" + range.substring(where) + within;
                })
                .collect(Collectors.joining(" UNION ALL "));
        return grouped("SELECT " + keys + ", SUM(t.n) FROM (" + pairs + ") t GROUP BY " + keys, params, byStatus, kept);
    }

    /**
     * The statement counting the rows both kinds counted (first and last name start with the word), after
     * {@code columns} ("" or "…, "), along the names' index of the kind that counted fewer ({@code alongFirstNames}).
     */
    private static String bothNamesStartWith(
            AppointmentFilter filter, boolean alongFirstNames, String columns, Kept kept, Map<String, Object> params) {
        params.put("word", word(filter));
        String index = alongFirstNames ? "ix_appointment_patient_first_name" : "ix_appointment_patient_last_name";
        return "SELECT " + columns + "COUNT(*) FROM appointments a FORCE INDEX (" + index + ")"
                + " WHERE a.patient_first_name LIKE :word AND a.patient_last_name LIKE :word"
                + conditions(filter, kept, "a.status", "a.appointment_date", params);
    }

    /** The {@code LIKE} pattern of the filter's one word (a prefix). */
    private static String word(AppointmentFilter filter) {
        return words(filter).longestPattern();
    }

    private static NameWords words(AppointmentFilter filter) {
        return Objects.requireNonNull(NameWords.typed(filter.patientName()));
    }

    /** " AND …" of the filter's status and (for the days' set, and the weekly set's whole weeks) days. */
    private static String conditions(
            AppointmentFilter filter, Kept kept, String status, String day, Map<String, Object> params) {
        return kept == Kept.DAYS || kept.weekly()
                ? AppointmentRowRepository.statusAndDays(filter, status, day, params)
                : AppointmentRowRepository.statusAndDays(
                        new AppointmentFilter(null, null, null, null, filter.status(), null, null),
                        status,
                        day,
                        params);
    }

    /** The rows of {@code sql} (the status with {@code byStatus}, the kept set's keys, a count) per key. */
    private Map<List<Comparable<?>>, Long> grouped(
            String sql, Map<String, Object> params, boolean byStatus, Kept kept) {
        var groups = new LinkedHashMap<List<Comparable<?>>, Long>();
        jdbc.sql(sql).params(params).query(rs -> {
            var key = new ArrayList<Comparable<?>>(3);
            int at = 1;
            if (byStatus) {
                // a status as the enum spells it: spellings equal in the column's collation ('scheduled') are one group
                key.add(rs.getString(at++).toUpperCase(Locale.ROOT));
            }
            key.add(kept.readKey(rs, at++));
            if (kept.weekly()) {
                key.add(rs.getObject(at++, LocalDate.class));
            }
            groups.merge(List.copyOf(key), rs.getLong(at), Long::sum);
        });
        return groups;
    }

    /**
     * Keys (status and day, day, doctor, time, reason key) in the order's order: the statuses are upper-case names that
     * first differ at a letter, so their {@code String} order is the collation's.
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
