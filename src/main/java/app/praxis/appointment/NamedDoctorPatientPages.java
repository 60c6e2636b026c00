package app.praxis.appointment;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.ToLongFunction;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The admins' grid with a doctor's name alone in the patient order (the patient's last name, first name and user id,
 * then date, time, id; issue 18, round 14). The named doctors' rows were grouped per patient and each patient looked
 * up in {@code patients} and {@code users} for the name, then sorted: 50,000 patients for 'Klara' at 1,000,000. Since
 * V0033 the patient's names are on the appointment, and V0035's {@code ix_appointment_doctor_patient_name} (doctor,
 * last name, first name, patient, status, date) holds each doctor's rows in that order, so this reads its entries:
 *
 * <ol>
 *   <li>the named doctors' rows per name (last, first): grouped per doctor and name as the index is read, then summed
 *       per name (sorted, not hashed: many different names would make a large temporary table). The copied names
 *       have the users' collation, so names equal in it (Müller, MÜLLER, Muller) are one group, as they tie in the
 *       grid's order;
 *   <li>the names skipped whole until the one holding the offset; that name's patients (an equality range per doctor)
 *       counted and ordered by their user's id (the order's tie-break), and the next names' while the page is not
 *       full; the page read from the patients it spans ({@link PeopleWalk}).
 * </ol>
 *
 * Since round 17 (V0041) a page without a date range does not read every named doctor's entries: each doctor's rows
 * are kept per group of buckets of the patient order ({@link DoctorPatientGroups}); the named doctors' groups are
 * summed until the offset (~2,000 kept rows for 'Klara'), and only the spanned group's patients are read, a name
 * range per doctor between the group's bounds (~2,500 entries), in the order (name, user id). Since round 18 (V0043)
 * the appointment carries the patient's user id (it never changes) and the index holds it after the names, so these
 * reads are index only: before, each entry looked its patient up for the user id. Also since round 18 each read names
 * its index ({@code FORCE INDEX}) and the group's bounds are row comparisons: most of a jump's page requests (~28,000
 * of ~30,000) were the optimizer's estimates of 100 doctors' ranges in every index that could serve them.
 *
 * <p>Since round 48 (V0062) a name of one word without days sums its spellings' rows per bucket instead
 * ({@link DoctorNameBucketRows}): one bucket's patients are read (~1,000 of 'Klara''s entries, where a group's were
 * ~10,000).
 *
 * <p>Since round 52 (V0065) that bucket's patients are read from the spelling's own rows per patient
 * ({@link DoctorNamePatients}), a range of the order's key per spelling: ~1,000 rows, where the named doctors'
 * entries were one range per doctor, ~4,000 entries grouped per patient.
 *
 * <p>Since round 29 (V0051) a page with a date range of up to {@link #MAX_ROWS_BY_DAY} rows groups its names from the
 * doctor's day index, which carries them: the range's own entries instead of every day's.
 *
 * <p>Exact as long as the copied names are the users' (every writer copies them; a rename rewrites them:
 * {@link AppointmentPatientNames}) and the groups' counts are kept ({@link SummaryDeltas}, a rename's move, rebuild).
 */
final class NamedDoctorPatientPages {

    /**
     * The named doctors' rows in the patient order (V0035, V0043's user id): a patient's rows are read along it, the
     * only index that serves the order. Forced, as the optimizer's estimate of each doctor's range by dives into every
     * index that starts with the doctor or the name cost more than the read itself.
     */
    private static final String PATIENT_NAME_INDEX = "ix_appointment_doctor_patient_name";

    /**
     * The page read from the patients it spans: a range per patient (at most a page's), the plan chosen anyway;
     * forced, the optimizer no longer dives into the doctor's indexes as well (4,398 page requests to 1,360).
     */
    private static final String PATIENT_DAY_INDEX = "ix_appointment_patient_day";

    /**
     * V0051's index of each doctor's rows by day (then time, id, status and the patient's names): a date range's rows
     * are grouped by name from it.
     */
    private static final String DAY_INDEX = "ix_appointment_doctor_day";

    /**
     * Beyond this many rows in a date range, its names are counted along {@link #PATIENT_NAME_INDEX} as without one:
     * grouping them by the 800-byte name keeps a row per name in a temporary table (~8 MB at this bound, under both
     * servers' in-memory limit of 16 MB; a table on disk cost 300-700 ms, round 22).
     */
    static final int MAX_ROWS_BY_DAY = 10_000;

    private final JdbcClient jdbc;

    private final int maxRowsByDay;

    NamedDoctorPatientPages(JdbcClient jdbc) {
        this(jdbc, MAX_ROWS_BY_DAY);
    }

    /** {@code maxRowsByDay}: the bound of {@link #MAX_ROWS_BY_DAY} (a test reads both ways). */
    NamedDoctorPatientPages(JdbcClient jdbc, int maxRowsByDay) {
        this.jdbc = jdbc;
        this.maxRowsByDay = maxRowsByDay;
    }

    /** A patient's name as copied onto their rows, and the named doctors' rows of it. */
    private record Name(String last, String first, long rows) {}

    /**
     * The page at the request's offset in the patient order ({@code ascending} or not) of the named doctors' rows: from
     * their kept rows per group of buckets (V0041), or with a date range (the kept rows have no days) by their rows
     * per name.
     */
    List<Long> byPatient(NamedDoctorPages.Request request) {
        if (request.filter().from() != null || request.filter().to() != null) {
            List<Name> names = rowsWithinDays(request) <= maxRowsByDay ? namesWithinDays(request) : names(request);
            return walk(request, names, Name::rows, this::patients);
        }
        List<long[]> buckets = DoctorNameBucketRows.buckets(jdbc, request, DoctorNameBucketRows.Order.PATIENT);
        if (buckets != null) {
            // a spelling's rows per bucket (V0062; the last day's: every bucket from it on)
            return walk(
                    request,
                    buckets,
                    bucket -> bucket[1],
                    (part, bucket) -> spellingsPatientsBetween(
                            part,
                            (int) bucket[0],
                            bucket[0] >= DoctorNameBucketRows.LAST_BUCKET ? -1 : (int) bucket[0] + 1));
        }
        return walk(request, groups(request), group -> group[1], this::groupPatients);
    }

    /**
     * Skips whole parts ({@code rows} each) until the one holding the offset, then walks its patients
     * ({@code patients}) and the next parts' until the page is full, and reads the page from the patients it spans.
     */
    private <T> List<Long> walk(
            NamedDoctorPages.Request request,
            List<T> parts,
            ToLongFunction<T> rows,
            BiFunction<NamedDoctorPages.Request, T, List<long[]>> patients) {
        long skip = request.offset();
        PeopleWalk walk = null;
        for (T part : parts) {
            if (walk == null) {
                if (skip >= rows.applyAsLong(part)) {
                    skip -= rows.applyAsLong(part);
                    continue;
                }
                walk = new PeopleWalk(skip, request.limit());
            }
            walk.pass(patients.apply(request, part));
            if (walk.full()) {
                break;
            }
        }
        if (walk == null || walk.chosen.isEmpty()) {
            return List.of();
        }
        var params = new LinkedHashMap<String, Object>();
        return request.reader()
                .along(PATIENT_DAY_INDEX)
                .page(
                        request.filter(),
                        walk.chosenRows("a.patient_id", params),
                        walk.chosenOrder("a.patient_id", request.ascending()),
                        walk.firstSkip,
                        request.limit(),
                        params);
    }

    /**
     * The named doctors' kept rows per group of buckets of the patient order (V0041), {group, rows} in the order's
     * direction: a range of keys per doctor on the sentinel day (~20 rows each at 1,000,000).
     */
    private List<long[]> groups(NamedDoctorPages.Request request) {
        return keptGroups(jdbc, request, DoctorPatientGroups.ROW, DoctorPatientGroups.PER_DOCTOR);
    }

    /**
     * The named doctors' kept rows per group ({@code row} + doctor id × {@code perDoctor} + group on the sentinel day:
     * V0041's, V0047's), {group, rows} summed over the doctors in the order's direction, the request's status counted.
     */
    static List<long[]> keptGroups(JdbcClient jdbc, NamedDoctorPages.Request request, long row, long perDoctor) {
        String dir = request.ascending() ? "ASC" : "DESC";
        String ranges = request.doctors().stream()
                .map(id -> {
                    long first = row + id * perDoctor;
                    return "c.doctor_id BETWEEN " + first + " AND " + (first + perDoctor - 1);
                })
                .collect(Collectors.joining(" OR "));
        return jdbc.sql("SELECT (c.doctor_id - " + row + ") MOD " + perDoctor + " AS grp, SUM("
                        + AppointmentSummaries.countedColumns(request.filter().status())
                        // forced: the sentinel day's ref on the primary key read all its ~43,000 kept rows (the
                        // statistics counted the day before V0041 filled it); this index's doctor ranges read ~2,000
                        + ") FROM appointment_daily_counts c FORCE INDEX (ix_appointment_daily_counts_doctor_status)"
                        + " WHERE c.count_date = ? AND (" + ranges + ")"
                        + " GROUP BY grp ORDER BY grp " + dir)
                .param(DoctorAndTimeJumps.SENTINEL)
                .query((rs, rowNum) -> new long[] {rs.getLong(1), rs.getLong(2)})
                .list();
    }

    /**
     * One group's patients among the named doctors' rows (patient, rows) in the order (name, then user id): a range of
     * last names per doctor on {@code ix_appointment_doctor_patient_name}, index only (V0043: the copied user id),
     * keeping the keys between the group's bounds (its first bucket's and the next group's: at or above the one and
     * below the other). The bounds are row comparisons, which neither server turns into ranges: written out as ORs of
     * name and user id (until round 18) they made three ranges per doctor, and the optimizer estimated each by two
     * dives into this index and every other that starts with the doctor or the name, ~20,000 page requests before the
     * first row at 1,000,000 ('Klara': 100 doctors); one last-name range per doctor in the one index forced, ~300
     * (issue 18).
     */
    private List<long[]> groupPatients(NamedDoctorPages.Request request, long[] group) {
        return patientsBetween(
                request, DoctorPatientGroups.firstBucket(group[0]), DoctorPatientGroups.firstBucket(group[0] + 1));
    }

    /**
     * The patients among the named doctors' rows from the bound of bucket {@code lower} to that of {@code upper} (-1:
     * to the last), as {@link #groupPatients} reads them. When both bounds have one last name (most buckets: a common
     * last name spans several), each doctor's range is also bounded by the bounds' first names, which the row
     * comparisons imply: the range then holds the bucket's entries, not every entry of the last name (round 50).
     */
    private List<long[]> patientsBetween(NamedDoctorPages.Request request, int lower, int upper) {
        var params = new HashMap<String, Object>();
        params.put("ids", request.doctors());
        String where = bounds(lower, upper, "a.patient_last_name", "a.patient_first_name", "a.patient_user_id", params);
        String dir = request.ascending() ? "ASC" : "DESC";
        String sql = "SELECT a.patient_id, COUNT(*) FROM appointments a FORCE INDEX (" + PATIENT_NAME_INDEX + ")"
                + " WHERE a.doctor_id IN (:ids)" + where
                + AppointmentRowRepository.statusAndDays(request.filter(), "a.status", "a.appointment_date", params)
                + " GROUP BY a.patient_last_name, a.patient_first_name, a.patient_user_id, a.patient_id"
                + " ORDER BY a.patient_last_name " + dir + ", a.patient_first_name " + dir + ", a.patient_user_id "
                + dir;
        return jdbc.sql(sql)
                .params(params)
                .query((rs, row) -> new long[] {rs.getLong(1), rs.getLong(2)})
                .list();
    }

    /**
     * {@link #patientsBetween} for a name of one word without days (round 52): from its spellings' rows per patient
     * (V0065), a range of their key per spelling, in the key's order (one spelling, 'Klara''s case: the index's order,
     * ~1,000 rows where the named doctors' ranges held ~4,000 entries to group). A patient of two of the name's
     * spellings' doctors has a row in each (no doctor has both, or the buckets would not have been read): such rows
     * are next to each other in the order and summed here. Rows that count none of the request's status are left out.
     */
    private List<long[]> spellingsPatientsBetween(NamedDoctorPages.Request request, int lower, int upper) {
        var params = new HashMap<String, Object>();
        params.put(
                "spellings",
                Objects.requireNonNull(request.names()).spellings().stream()
                        .map(key -> key - DoctorNameRows.ROW)
                        .toList());
        String counted = AppointmentSummaries.countedColumns(request.filter().status());
        String dir = request.ascending() ? "ASC" : "DESC";
        var where = new StringBuilder(" WHERE c.spelling_id IN (:spellings) AND " + counted + " > 0");
        readBounds(lower, upper, params).forEach(bound -> where.append(" AND ").append(keptKeyWithin(bound)));
        var patients = new ArrayList<long[]>();
        jdbc.sql("SELECT c.patient_id, " + counted + " FROM doctor_name_patients c" + where + " ORDER BY c.last_name "
                        + dir + ", c.first_name " + dir + ", c.user_id " + dir)
                .params(params)
                .query(rs -> {
                    long patient = rs.getLong(1);
                    if (!patients.isEmpty() && patients.getLast()[0] == patient) {
                        patients.getLast()[1] += rs.getLong(2);
                    } else {
                        patients.add(new long[] {patient, rs.getLong(2)});
                    }
                });
        return patients;
    }

    /**
     * "The kept row {@code c}'s key is at or above the lower bound" ({@code bound} "lo") or "below the upper" ("hi"),
     * written out name by name (the last name beyond the bound's, or equal and the first name beyond, or both equal
     * and the user id at or beyond), so that both servers read it as a few ranges of the key. A row comparison, which
     * neither turns into ranges, read every row of the bounds' last names (1,903 rows for a bucket of 999 patients of
     * 'Klara''s, by hand).
     */
    private static String keptKeyWithin(String bound) {
        boolean lower = bound.equals("lo");
        String beyond = lower ? " > :" : " < :";
        String b = ":" + bound;
        return "(c.last_name" + beyond + bound + "Last OR (c.last_name = " + b + "Last AND (c.first_name" + beyond
                + bound + "First OR (c.first_name = " + b + "First AND c.user_id " + (lower ? ">= " : "< ") + b
                + "User))))";
    }

    /**
     * The conditions (each after an AND) that keep the keys ({@code last}, {@code first}, {@code user}: columns) from
     * the bound of bucket {@code lower} to that of {@code upper} (-1: to the last), their values put in {@code params}.
     */
    private String bounds(int lower, int upper, String last, String first, String user, Map<String, Object> params) {
        var where = new StringBuilder();
        for (String bound : readBounds(lower, upper, params)) {
            boolean isLower = bound.equals("lo");
            String b = ":" + bound;
            where.append(" AND " + last + (isLower ? " >= " : " <= ") + b + "Last AND (" + last + ", " + first + ", "
                    + user + ") " + (isLower ? ">= (" : "< (") + b + "Last, " + b + "First, " + b + "User)");
        }
        if (params.get("hiLast") != null && params.get("hiLast").equals(params.get("loLast"))) {
            where.append(" AND " + last + " = :loLast AND " + first + " >= :loFirst AND " + first + " <= :hiFirst");
        }
        return where.toString();
    }

    /**
     * The bounds of buckets {@code lower} and {@code upper} that exist ("lo", "hi": bucket 0 and -1 have none), their
     * names and user id put in {@code params} as {@code loLast}, {@code loFirst}, {@code loUser} and the same for hi.
     */
    private List<String> readBounds(int lower, int upper, Map<String, Object> params) {
        var found = new ArrayList<String>();
        jdbc.sql("SELECT bucket, last_name, first_name, user_id FROM appointment_patient_buckets"
                        + " WHERE bucket IN (?, ?) ORDER BY bucket")
                .params(lower, upper)
                .query(rs -> {
                    String bound = rs.getInt(1) == lower ? "lo" : "hi";
                    params.put(bound + "Last", rs.getString(2));
                    params.put(bound + "First", rs.getString(3));
                    params.put(bound + "User", rs.getLong(4));
                    found.add(bound);
                });
        return found;
    }

    /** The named doctors' rows per patient's name, in the order: counted per doctor and name along the index. */
    private List<Name> names(NamedDoctorPages.Request request) {
        String dir = request.ascending() ? "ASC" : "DESC";
        var params = new HashMap<String, Object>();
        params.put("ids", request.doctors());
        // SQL_BIG_RESULT: the names summed by sorting the per-doctor groups, not in a temporary table keyed on the
        // 800-byte name (with 50,000 different names that table went to disk: 300-700 ms against 83; with 58, 17 to 19)
        // FORCE INDEX: the index the optimizer chose anyway, after dives for 100 doctors' ranges into every index that
        // starts with the doctor (3-4 ms of the statement's ~20 at 1,000,000, round 22)
        String sql = "SELECT SQL_BIG_RESULT g.last_name, g.first_name, SUM(g.n_rows) FROM (SELECT a.doctor_id,"
                + " a.patient_last_name AS last_name, a.patient_first_name AS first_name, COUNT(*) AS n_rows"
                + " FROM appointments a FORCE INDEX (" + PATIENT_NAME_INDEX + ") WHERE a.doctor_id IN (:ids)"
                + AppointmentRowRepository.statusAndDays(request.filter(), "a.status", "a.appointment_date", params)
                + " GROUP BY a.doctor_id, a.patient_last_name, a.patient_first_name) g"
                + " GROUP BY g.last_name, g.first_name ORDER BY g.last_name " + dir + ", g.first_name " + dir;
        return readNames(sql, params);
    }

    /** The names a statement selects as (last name, first name, rows). */
    private List<Name> readNames(String sql, Map<String, Object> params) {
        return jdbc.sql(sql)
                .params(params)
                .query((rs, row) -> new Name(rs.getString(1), rs.getString(2), rs.getLong(3)))
                .list();
    }

    /**
     * The named doctors' rows in the filter's days and status (the rows {@link #namesWithinDays} would group), from
     * their kept rows per day, or since round 51 their name's (V0057: 30 rows for 'Klara''s last 30 days, where its
     * 100 doctors' were 3,000).
     */
    private long rowsWithinDays(NamedDoctorPages.Request request) {
        var params = new HashMap<String, Object>();
        String keptRows = request.keptRows(false, params);
        if (keptRows == null) {
            return 0;
        }
        return jdbc.sql("SELECT COALESCE(SUM("
                        + request.counted(AppointmentSummaries.countedColumns(
                                request.filter().status()))
                        + "), 0) FROM appointment_daily_counts c WHERE 1 = 1" + keptRows
                        + AppointmentRowRepository.days(request.filter(), "c.count_date", params))
                .params(params)
                .query(Long.class)
                .single();
    }

    /**
     * {@link #names} from the days' entries only (round 29): V0051's doctor's day index carries the status and the
     * names, so a range of a few weeks reads its own entries (7,000 for 'Klara' and 30 days at 1,000,000, 8 ms by
     * hand, against the 50,000 of every day along the names' index, 27 ms). The names are grouped in a temporary
     * table keyed on them, bounded by {@link #MAX_ROWS_BY_DAY}.
     */
    private List<Name> namesWithinDays(NamedDoctorPages.Request request) {
        String dir = request.ascending() ? "ASC" : "DESC";
        var params = new HashMap<String, Object>();
        params.put("ids", request.doctors());
        String sql = "SELECT a.patient_last_name, a.patient_first_name, COUNT(*) FROM appointments a FORCE INDEX ("
                + DAY_INDEX + ") WHERE a.doctor_id IN (:ids)"
                + AppointmentRowRepository.statusAndDays(request.filter(), "a.status", "a.appointment_date", params)
                + " GROUP BY a.patient_last_name, a.patient_first_name"
                + " ORDER BY a.patient_last_name " + dir + ", a.patient_first_name " + dir;
        return readNames(sql, params);
    }

    /** One name's patients among the named doctors' rows (patient, rows), by user id in the order's direction. */
    private List<long[]> patients(NamedDoctorPages.Request request, Name name) {
        String dir = request.ascending() ? "ASC" : "DESC";
        var params = new HashMap<String, Object>();
        params.put("ids", request.doctors());
        params.put("last", name.last());
        params.put("first", name.first());
        String sql = "SELECT a.patient_id, COUNT(*) FROM appointments a FORCE INDEX (" + PATIENT_NAME_INDEX + ")"
                + " WHERE a.doctor_id IN (:ids) AND a.patient_last_name = :last AND a.patient_first_name = :first"
                + AppointmentRowRepository.statusAndDays(request.filter(), "a.status", "a.appointment_date", params)
                + " GROUP BY a.patient_user_id, a.patient_id ORDER BY a.patient_user_id " + dir;
        return jdbc.sql(sql)
                .params(params)
                .query((rs, row) -> new long[] {rs.getLong(1), rs.getLong(2)})
                .list();
    }
}
