package app.praxis.appointment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The admins' grid with a doctor's or a patient's name in its filter (issue 18). A patient's name, alone or with a
 * doctor's, goes to {@link NamedPatientPages}; a doctor's name is served here: it is first resolved to the doctors it
 * selects ({@link NameWords}, an index range of users' names), in the grid's name order, and then counted and paged
 * through their own indexes and kept counts instead of joining and testing every appointment's names:
 *
 * <ul>
 *   <li><b>count</b>: from the named doctors' kept totals ({@code appointment_daily_counts}: the all-time row of
 *       V0024, or their rows per day in a date range, for one word their name's per spelling since V0057); with one
 *       patient chosen, a count of their appointments;
 *   <li><b>the order by doctor or patient</b>: the people in name order with their rows counted (the named doctors'
 *       kept totals; the patients grouped in one read), summed until the sum passes the offset; the page is read from
 *       the few people it spans, skipping only inside the first;
 *   <li><b>today first, by date and by status</b>: the day (status and day) that holds the page, then the page read
 *       within it ({@link NamedDoctorPages});
 *   <li>every other order: one read of the named doctors' appointments in that order.
 * </ul>
 *
 * Not served (null: the caller reads with the names as a condition, the plain indexed read): a name that selects
 * more than {@link #MAX_PEOPLE} people, where listing them would cost more than it saves.
 */
final class NameFilterPages {

    /**
     * How the named doctors' kept all-time rows (V0024) are read: by the table's primary key (day, key), named (round
     * 31). Each key is one row, which the optimizer knows of a unique key without looking. Left to choose, it first
     * estimated each key's range in the two other indexes that start with the day or the key: 0.7 ms of 1.0 by hand
     * for the 100 keys of 'Klara', 0.4 ms named.
     */
    static final String BY_KEY = " FORCE INDEX (PRIMARY)";

    /** Beyond this many people a name selects, the plain read is used (measured: docs/PERFORMANCE.md, round 11). */
    static final int MAX_PEOPLE = 20_000;

    /** How many people a step of a walk in name order counts at once. */
    private static final int BATCH = 1_024;

    private final JdbcClient jdbc;

    /** {@link #MAX_PEOPLE}, or another limit (the benchmark times both shapes beyond it). */
    private final int maxPeople;

    /** A patient's name, alone or with a doctor's (round 12). */
    private final NamedPatientPages namedPatients;

    /** The orders of named doctors alone that their kept rows per day serve (round 12). */
    private final NamedDoctorPages doctorPages;

    private final boolean byStatusDays;

    /** The reason order of named doctors alone (round 13), or null: one sorted read (the benchmark's "before"). */
    private final @Nullable NamedDoctorReasonPages reasonPages;

    /** The patient order of named doctors alone (round 14), or null: every patient by name (the "before"). */
    private final @Nullable NamedDoctorPatientPages patientPages;

    NameFilterPages(JdbcClient jdbc) {
        this(jdbc, MAX_PEOPLE);
    }

    NameFilterPages(JdbcClient jdbc, int maxPeople) {
        this(
                jdbc,
                maxPeople,
                new NamedDoctorPages(jdbc),
                true,
                new NamedDoctorReasonPages(jdbc),
                new NamedDoctorPatientPages(jdbc));
    }

    /**
     * {@code byStatusDays} false: the status order with named doctors as one read; {@code reasonPages} null: the
     * reason order as one read; {@code patientPages} null: the patient order from every patient's name (the
     * benchmark's "before" lines).
     */
    NameFilterPages(
            JdbcClient jdbc,
            int maxPeople,
            NamedDoctorPages doctorPages,
            boolean byStatusDays,
            @Nullable NamedDoctorReasonPages reasonPages,
            @Nullable NamedDoctorPatientPages patientPages) {
        this.jdbc = jdbc;
        this.maxPeople = maxPeople;
        this.namedPatients = new NamedPatientPages(jdbc, maxPeople);
        this.doctorPages = doctorPages;
        this.byStatusDays = byStatusDays;
        this.reasonPages = reasonPages;
        this.patientPages = patientPages;
    }

    /** Whether the filter names a doctor or a patient (what this class serves). */
    static boolean names(AppointmentFilter filter) {
        return NameWords.typed(filter.doctorName()) != null || NameWords.typed(filter.patientName()) != null;
    }

    /**
     * The doctors a filter's doctor's name selects, in name order (ascending), and where asked for the keys of the
     * name's kept rows per spelling (null otherwise). A patient's name is served by {@link NamedPatientPages}, so no
     * patient is named here (one patient may be chosen by id).
     */
    private record Named(List<Long> doctors, DoctorNameRows.@Nullable Keys keys) {

        boolean nobody() {
            return doctors.isEmpty();
        }

        /** Only doctors are selected (no patient chosen by id): their kept counts answer. */
        boolean doctorsAlone(AppointmentFilter filter) {
            return filter.patientId() == null;
        }
    }

    /**
     * The named doctors, or null beyond the limit (or without a doctor's name); {@code withKeys}: with the keys of the
     * name's kept rows per spelling (V0057) where they serve (one word, no doctor or patient chosen by id), read in the
     * same statement (round 47: one round trip fewer for the walks that sum them).
     */
    private @Nullable Named resolve(AppointmentFilter filter, boolean withKeys) {
        NameWords doctorWords = NameWords.typed(filter.doctorName());
        if (doctorWords == null) {
            return null;
        }
        if (withKeys && doctorWords.oneWord() && filter.doctorId() == null && filter.patientId() == null) {
            return doctorsAndKeys(doctorWords);
        }
        List<Long> doctors = doctors(jdbc, doctorWords, filter.doctorId(), maxPeople);
        return doctors.size() > maxPeople ? null : new Named(doctors, null);
    }

    /**
     * {@link #doctors} of a name of one word, and its spellings' keys ({@link DoctorNameRows.Keys}): the doctors in
     * name order (at most one more than the limit), those whose both names the word starts marked, then the spellings.
     */
    private @Nullable Named doctorsAndKeys(NameWords words) {
        var doctors = new ArrayList<Long>();
        var doubleCounted = new ArrayList<Long>();
        var spellings = new ArrayList<Long>();
        jdbc.sql("(SELECT o.doctor_id AS row_key, u.first_name LIKE :p AND u.last_name LIKE :p AS twice, 0 AS kind,"
                        + " u.last_name, u.first_name, u.user_id FROM doctors o JOIN users u ON u.user_id = o.user_id"
                        + " WHERE u.role = 'DOCTOR' AND (u.first_name LIKE :p OR u.last_name LIKE :p)"
                        + " ORDER BY u.last_name, u.first_name, u.user_id LIMIT :cap)"
                        + " UNION ALL (SELECT " + DoctorNameRows.ROW + " + s.spelling_id, 0, 1, NULL, NULL, NULL"
                        + " FROM doctor_name_spellings s WHERE s.name LIKE :p)"
                        + " ORDER BY kind, last_name, first_name, user_id")
                .params(Map.of("p", words.longestPattern(), "cap", (long) maxPeople + 1))
                .query(rs -> {
                    long key = rs.getLong(1);
                    if (rs.getInt(3) == 1) {
                        spellings.add(key);
                    } else {
                        doctors.add(key);
                        if (rs.getBoolean(2)) {
                            doubleCounted.add(key);
                        }
                    }
                });
        return doctors.size() > maxPeople
                ? null
                : new Named(
                        List.copyOf(doctors),
                        new DoctorNameRows.Keys(List.copyOf(spellings), List.copyOf(doubleCounted)));
    }

    /** Whose rows: the doctor's or the patient's. */
    private enum Person {
        /**
         * Doctors' accounts are made with the doctor's role and never change it, so the role narrows the users to
         * the doctors' entries of {@code ix_users_role_name} (role, last and first name): the names are tested in
         * that index (2,000 entries, 7 pages) and only the named doctors are looked up, in name order, instead of
         * every doctor's user by key (6,034 pages; round 15). Since V0052 (round 31) the first names have their
         * own index after the role too, so a word is two short ranges (the named doctors' entries only).
         */
        DOCTOR("doctors", "doctor_id", "a.doctor_id", " AND u.role = 'DOCTOR'"),
        PATIENT("patients", "patient_id", "a.patient_id", "");

        final String table;
        final String id;
        final String column;
        final String usersRole;

        Person(String table, String id, String column, String usersRole) {
            this.table = table;
            this.id = id;
            this.column = column;
            this.usersRole = usersRole;
        }
    }

    /**
     * The doctors whose names match, in name order, at most one more than {@code maxPeople} (and {@code only}, if
     * given); also for a doctor's name beside a patient's ({@link NamedPatientPages}, round 31: there the role was not
     * named, so MariaDB walked every doctor and looked up each one's user, 3.3 ms a call for 'Klara' against 0.5).
     */
    static List<Long> doctors(JdbcClient jdbc, NameWords words, @Nullable Long only, int maxPeople) {
        Person person = Person.DOCTOR;
        var params = new LinkedHashMap<String, Object>();
        String sql = "SELECT o." + person.id + " FROM " + person.table + " o JOIN users u ON u.user_id = o.user_id"
                + " WHERE 1 = 1" + person.usersRole + words.condition("u", "name", params);
        if (only != null) {
            sql += " AND o." + person.id + " = :only";
            params.put("only", only);
        }
        params.put("cap", (long) maxPeople + 1);
        return jdbc.sql(sql + " ORDER BY u.last_name, u.first_name, u.user_id LIMIT :cap")
                .params(params)
                .query(Long.class)
                .list();
    }

    /** " WHERE …" of appointments {@code a}: the named people and the filter's other parts. */
    private static String where(AppointmentFilter filter, Named named, Map<String, Object> params) {
        var where = new StringBuilder(" WHERE a.doctor_id IN (:namedDoctors)");
        params.put("namedDoctors", named.doctors());
        if (filter.patientId() != null) {
            where.append(" AND a.patient_id = :patientId");
            params.put("patientId", filter.patientId());
        }
        where.append(AppointmentRowRepository.statusAndDays(filter, "a.status", "a.appointment_date", params));
        return where.toString();
    }

    /** How many appointments the filter selects, or null when the names are not served here. */
    @Nullable
    Long count(AppointmentFilter filter) {
        if (NamedPatientPages.serves(filter)) {
            return namedPatients.count(filter);
        }
        NameWords doctorWords = NameWords.typed(filter.doctorName());
        if (doctorWords != null && doctorWords.oneWord() && filter.doctorId() == null && filter.patientId() == null) {
            return keptForName(filter, doctorWords);
        }
        Named named = resolve(filter, false);
        if (named == null) {
            return null;
        }
        if (named.nobody()) {
            return 0L;
        }
        if (named.doctorsAlone(filter)) {
            return keptPerDoctor(filter, named.doctors(), "").values().stream()
                    .mapToLong(Long::longValue)
                    .sum();
        }
        return count(filter, named, "");
    }

    /**
     * The appointments of the doctors a name of one word names (no doctor or patient chosen by id), in the filter's
     * status and days, from the name's kept rows (V0057) alone, in one statement: the rows of its visit days with days,
     * else of its months (round 47: a few dozen rows, where the doctors were first resolved and their totals read by
     * key: 100 lookups each for 'Klara'). Needs no list of the doctors, so it counts as many as the name names.
     */
    private long keptForName(AppointmentFilter filter, NameWords words) {
        boolean days = filter.from() != null || filter.to() != null;
        var params = new HashMap<String, Object>();
        params.put("p", words.longestPattern());
        return jdbc.sql("SELECT COALESCE(SUM(k.sign * ("
                        + AppointmentSummaries.countedColumns(filter.status()) + ")), 0) FROM ("
                        + DoctorNameRows.Keys.sql(!days) + ") k JOIN appointment_daily_counts c"
                        + " ON c.doctor_id = k.row_key WHERE "
                        + (days
                                ? DoctorMonthRows.visitDays("c.count_date")
                                        + AppointmentRowRepository.days(filter, "c.count_date", params)
                                : DoctorMonthRows.days("c.count_date")))
                .params(params)
                .query(Long.class)
                .single();
    }

    private long count(AppointmentFilter filter, Named named, String andWhere) {
        var params = new LinkedHashMap<String, Object>();
        return jdbc.sql("SELECT COUNT(*) FROM appointments a" + where(filter, named, params) + andWhere)
                .params(params)
                .query(Long.class)
                .single();
    }

    /**
     * The doctors' appointments that the filter's status and dates select, from kept rows: each doctor's all-time
     * row (V0024) without dates, else their rows per day in the range, and {@code daysAnd} (a condition on the
     * day's {@code c.count_date}). Doctors without rows are left out.
     */
    private Map<Long, Long> keptPerDoctor(AppointmentFilter filter, List<Long> doctors, String daysAnd) {
        var params = new HashMap<String, Object>();
        String sql;
        if (filter.from() == null && filter.to() == null && daysAnd.isEmpty()) {
            params.put(
                    "keys", doctors.stream().map(DoctorAndTimeJumps::doctorKey).toList());
            sql = "SELECT c.doctor_id - " + DoctorAndTimeJumps.DOCTOR_TOTAL + ", "
                    + AppointmentSummaries.countedColumns(filter.status())
                    + " FROM appointment_daily_counts c" + BY_KEY + " WHERE c.count_date = "
                    + DoctorAndTimeJumps.SENTINEL_SQL + " AND c.doctor_id IN (:keys)";
        } else {
            // the named doctors' own ids: never a sentinel's, bucket's or specialization's row
            params.put("ids", doctors);
            sql = "SELECT c.doctor_id, SUM(" + AppointmentSummaries.countedColumns(filter.status())
                    + ") FROM appointment_daily_counts c" + " WHERE c.doctor_id IN (:ids)"
                    + AppointmentRowRepository.days(filter, "c.count_date", params)
                    + daysAnd + " GROUP BY c.doctor_id";
        }
        var counts = new HashMap<Long, Long>();
        jdbc.sql(sql).params(params).query(rs -> {
            counts.put(rs.getLong(1), rs.getLong(2));
        });
        return counts;
    }

    /**
     * The ids of the page at {@code offset} in {@code orderBy} (an {@link AppointmentSort} list), or null when the
     * names are not served here.
     */
    @Nullable
    List<Long> ids(AppointmentFilter filter, String orderBy, long offset, int limit, LocalDate today) {
        if (NamedPatientPages.serves(filter)) {
            return namedPatients.ids(filter, orderBy, offset, limit, today);
        }
        // the walks by day (today first's past its first page: that reads its parts' first rows)
        boolean walksDays = AppointmentSort.TODAY_FIRST.orderBy(true).equals(orderBy) && offset > 0
                || AppointmentSort.DATE.isOrderBy(orderBy)
                || AppointmentSort.STATUS.isOrderBy(orderBy);
        boolean days = filter.from() != null || filter.to() != null;
        // and, without days, the time order's kept rows per start time (V0060) and the reason and patient orders' per
        // bucket (V0061, V0062)
        boolean sumsTimesOrBuckets = !days
                && Stream.of(AppointmentSort.TIME, AppointmentSort.REASON, AppointmentSort.PATIENT)
                        .anyMatch(sort -> sort.isOrderBy(orderBy));
        // and, with days, the patient order's rows within them, which bound its grouping by name (round 51)
        boolean boundsPatientsByDays = days && AppointmentSort.PATIENT.isOrderBy(orderBy);
        // those sum the name's kept rows per spelling (V0057) instead of the named doctors' own
        Named named = resolve(filter, walksDays || sumsTimesOrBuckets || boundsPatientsByDays);
        if (named == null) {
            return null;
        }
        if (named.nobody() || limit <= 0) {
            return List.of();
        }
        DoctorNameRows.Keys names = named.keys();
        for (boolean ascending : new boolean[] {true, false}) {
            var request = new NamedDoctorPages.Request(
                    filter, named.doctors(), ascending, offset, limit, reader(named), names);
            if (AppointmentSort.DOCTOR.orderBy(ascending).equals(orderBy)) {
                return byPerson(filter, named, Person.DOCTOR, ascending, offset, limit);
            }
            if (AppointmentSort.PATIENT.orderBy(ascending).equals(orderBy)) {
                return named.doctorsAlone(filter) && patientPages != null
                        ? patientPages.byPatient(request)
                        : byPerson(filter, named, Person.PATIENT, ascending, offset, limit);
            }
            if (AppointmentSort.DATE.orderBy(ascending).equals(orderBy) && named.doctorsAlone(filter)) {
                return doctorPages.byDay(request, orderBy);
            }
            if (AppointmentSort.TIME.orderBy(ascending).equals(orderBy) && named.doctorsAlone(filter)) {
                return doctorPages.byTime(request);
            }
            if (AppointmentSort.STATUS.orderBy(ascending).equals(orderBy)
                    && named.doctorsAlone(filter)
                    && byStatusDays) {
                return doctorPages.byStatus(request);
            }
            if (AppointmentSort.REASON.orderBy(ascending).equals(orderBy)
                    && named.doctorsAlone(filter)
                    && reasonPages != null) {
                List<Long> ids = reasonPages.byReason(request);
                if (ids != null) {
                    return ids;
                }
            }
        }
        if (AppointmentSort.TODAY_FIRST.orderBy(true).equals(orderBy)) {
            // the first page reads its parts' first rows: no sizes needed
            return named.doctorsAlone(filter) && offset > 0
                    ? doctorPages.todayFirst(
                            new NamedDoctorPages.Request(
                                    filter, named.doctors(), true, offset, limit, reader(named), names),
                            today)
                    : todayFirst(filter, named, offset, limit, today);
        }
        return page(filter, named, "", orderBy, offset, limit, new LinkedHashMap<>());
    }

    /** One read of the named people's rows in {@code orderBy}, {@code andWhere} added, skipping {@code offset}. */
    private List<Long> page(
            AppointmentFilter filter,
            Named named,
            String andWhere,
            String orderBy,
            long offset,
            int limit,
            Map<String, Object> params) {
        return idsPage(jdbc, where(filter, named, params) + andWhere, orderBy, offset, limit, params);
    }

    /** The ids of appointments {@code a} that {@code where} selects, in {@code orderBy}, skipping {@code offset}. */
    static List<Long> idsPage(
            JdbcClient jdbc, String where, String orderBy, long offset, int limit, Map<String, Object> params) {
        return idsPage(jdbc, "", where, orderBy, offset, limit, params);
    }

    /** {@link #idsPage} with an index hint after the table ({@code ""} for none). */
    static List<Long> idsPage(
            JdbcClient jdbc,
            String hint,
            String where,
            String orderBy,
            long offset,
            int limit,
            Map<String, Object> params) {
        params.put("limit", limit);
        params.put("offset", offset);
        return jdbc.sql("SELECT a.appointment_id FROM appointments a" + hint + where + " ORDER BY " + orderBy
                        + " LIMIT :limit OFFSET :offset")
                .params(params)
                .query(Long.class)
                .list();
    }

    /** A part of the default order: its rows' condition, their order and the index they are read along ("": none). */
    private record TodayFirstPart(String condition, String orderBy, String index) {}

    /**
     * The default order's parts: today by time, upcoming soonest first, past latest first (as the repository's).
     * Today's part names the doctors' day index (round 31): a day's entries of the named doctors, a range per doctor.
     * Left to the optimizer it chose that index too, after estimating each doctor's range in seven indexes that start
     * with the doctor or the day: 4.2 ms by hand for 'Klara' (100 doctors) against 1.2 forced. The other parts stay
     * unforced, because the best index depends on how many rows the doctors have: walking the days reads ~1,000
     * entries to fill a page of 'Klara', but ~100,000 for a single doctor.
     */
    private static final List<TodayFirstPart> TODAY_FIRST_PARTS = List.of(
            new TodayFirstPart(
                    " AND a.appointment_date = :today",
                    "a.start_time, a.appointment_id",
                    " FORCE INDEX (" + NamedDoctorPages.DAY_INDEX + ")"),
            new TodayFirstPart(
                    " AND a.appointment_date > :today", "a.appointment_date, a.start_time, a.appointment_id", ""),
            new TodayFirstPart(
                    " AND a.appointment_date < :today",
                    "a.appointment_date DESC, a.start_time DESC, a.appointment_id",
                    ""));

    /** Today first: each part skipped whole by its size (named doctors alone: {@link NamedDoctorPages}). */
    private List<Long> todayFirst(AppointmentFilter filter, Named named, long offset, int limit, LocalDate today) {
        var ids = new ArrayList<Long>();
        long skip = offset;
        for (TodayFirstPart part : TODAY_FIRST_PARTS) {
            if (ids.size() >= limit) {
                break;
            }
            int wanted = limit - ids.size();
            if (skip > 0) {
                long size = partCount(filter, named, part, today);
                if (skip >= size) {
                    skip -= size;
                    continue;
                }
            }
            var params = new LinkedHashMap<String, Object>();
            params.put("today", today);
            ids.addAll(idsPage(
                    jdbc,
                    hint(filter, named, part),
                    where(filter, named, params) + part.condition(),
                    part.orderBy(),
                    skip,
                    wanted,
                    params));
            skip = 0;
        }
        return ids;
    }

    /**
     * The index a part of {@link #TODAY_FIRST_PARTS} is read along: none when a patient is chosen too, whose own index
     * holds a day's rows in one entry or a few.
     */
    private static String hint(AppointmentFilter filter, Named named, TodayFirstPart part) {
        return named.doctorsAlone(filter) ? part.index() : "";
    }

    /** The rows of a part of the default order. */
    private long partCount(AppointmentFilter filter, Named named, TodayFirstPart part, LocalDate today) {
        var params = new LinkedHashMap<String, Object>();
        params.put("today", today);
        return jdbc.sql("SELECT COUNT(*) FROM appointments a" + hint(filter, named, part) + where(filter, named, params)
                        + part.condition())
                .params(params)
                .query(Long.class)
                .single();
    }

    /** The page among the named people's rows, as {@link NamedDoctorPages} asks for it. */
    private NamedDoctorPages.PageReader reader(Named named) {
        return new NamedReader(named, "");
    }

    /** Reads pages among the named people's rows; {@code hint} follows the table ({@code ""}: none). */
    private final class NamedReader implements NamedDoctorPages.PageReader {

        private final Named named;

        private final String hint;

        NamedReader(Named named, String hint) {
            this.named = named;
            this.hint = hint;
        }

        @Override
        public List<Long> page(
                AppointmentFilter filter,
                String andWhere,
                String orderBy,
                long offset,
                int limit,
                Map<String, Object> params) {
            return idsPage(jdbc, hint, where(filter, named, params) + andWhere, orderBy, offset, limit, params);
        }

        @Override
        public NamedDoctorPages.PageReader along(String index) {
            return new NamedReader(named, " FORCE INDEX (" + index + ")");
        }
    }

    /**
     * The order by doctor or by patient (name, user id, then date, time, id): the people in that order with their
     * rows counted, summed until the sum passes the offset; then the page from the people it spans.
     */
    private List<Long> byPerson(
            AppointmentFilter filter, Named named, Person person, boolean ascending, long offset, int limit) {
        var walk = new PeopleWalk(offset, limit);
        if (person == Person.PATIENT) {
            // the doctors' name is filtered: their rows grouped by patient, in name order (one statement)
            walk.pass(countedInNameOrder(filter, named, person, ascending));
        } else {
            List<Long> people = ascending ? named.doctors() : named.doctors().reversed();
            if (named.doctorsAlone(filter)) {
                Map<Long, Long> counts = keptPerDoctor(filter, people, "");
                walk.pass(people.stream()
                        .map(id -> new long[] {id, counts.getOrDefault(id, 0L)})
                        .toList());
            } else {
                for (int from = 0; from < people.size() && !walk.full(); from += BATCH) {
                    List<Long> batch = people.subList(from, Math.min(people.size(), from + BATCH));
                    Map<Long, Long> counts = countsOf(filter, named, person, batch);
                    walk.pass(batch.stream()
                            .map(id -> new long[] {id, counts.getOrDefault(id, 0L)})
                            .toList());
                }
            }
        }
        if (walk.chosen.isEmpty()) {
            return List.of();
        }
        var params = new LinkedHashMap<String, Object>();
        return page(
                filter,
                named,
                walk.chosenRows(person.column, params),
                walk.chosenOrder(person.column, ascending),
                walk.firstSkip,
                limit,
                params);
    }

    /** Each of these people's appointments that the filter selects: one grouped read of their index. */
    private Map<Long, Long> countsOf(AppointmentFilter filter, Named named, Person person, List<Long> batch) {
        var params = new LinkedHashMap<String, Object>();
        params.put("batch", batch);
        var counts = new HashMap<Long, Long>();
        jdbc.sql("SELECT " + person.column + ", COUNT(*) FROM appointments a" + where(filter, named, params) + " AND "
                        + person.column + " IN (:batch) GROUP BY " + person.column)
                .params(params)
                .query(rs -> {
                    counts.put(rs.getLong(1), rs.getLong(2));
                });
        return counts;
    }

    /** The people with rows the filter selects (by the other person's name), with their rows, in name order. */
    private List<long[]> countedInNameOrder(AppointmentFilter filter, Named named, Person person, boolean ascending) {
        String dir = ascending ? "ASC" : "DESC";
        var params = new LinkedHashMap<String, Object>();
        return jdbc.sql("SELECT n.id, n.n_rows FROM (SELECT " + person.column + " AS id, COUNT(*) AS n_rows"
                        + " FROM appointments a" + where(filter, named, params) + " GROUP BY " + person.column
                        + ") n JOIN " + person.table + " o ON o." + person.id + " = n.id"
                        + " JOIN users u ON u.user_id = o.user_id ORDER BY u.last_name " + dir + ", u.first_name "
                        + dir + ", u.user_id " + dir)
                .params(params)
                .query((rs, row) -> new long[] {rs.getLong(1), rs.getLong(2)})
                .list();
    }
}
