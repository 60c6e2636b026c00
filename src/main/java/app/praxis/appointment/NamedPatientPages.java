package app.praxis.appointment;

import app.praxis.appointment.PatientNamePairs.Span;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The admins' grid with a patient's name in its filter, alone or with a doctor's (issue 18; the doctor's name alone
 * stays with {@link NameFilterPages}). Since round 13 the name is matched on the appointment's own copies of the
 * patient's names (V0033, {@link AppointmentPatientNames}): the rows whose patient's first name starts with the
 * longest word typed are one range of {@code ix_appointment_patient_first_name}, those whose last name does (and
 * first name does not) one range of {@code ix_appointment_patient_last_name}, two disjoint ranges read index only
 * (the indexes hold date, time, status, doctor and patient). Then:
 *
 * <ul>
 *   <li><b>count</b>: the two ranges counted (round 16: from V0040's narrow indexes of the names and the day when
 *       the filter adds only days, name by name with days; along the doctors' index with a doctor's name);
 *   <li><b>by date, today first, by status</b> (and by time where round 20's path below does not serve): the two
 *       ranges grouped by the order's leading columns (per day; per status and day; per time and day), summed in the
 *       order until the sum passes the offset, then the page read within the groups it spans, one tight range per
 *       copied name and span of days ({@link PatientNamePairs}, round 14); with days, the groups counted name by name
 *       within them (round 20); the first pages by date and today first from each name's first days
 *       ({@link #NEAR_START}), without the groups; a patient's one word alone or with a status (and days, by date,
 *       today first and status) takes its groups from the names' kept rows ({@link PatientNameCounts}, round 19), a
 *       name of several words from its pairs' (V0056, round 36);
 *   <li><b>by time</b> since round 20 ({@link NamedPatientTimePages}): the rows per start time from the names' kept
 *       rows (a patient's name, nothing else but a status; several words from their pairs' since round 36), or else
 *       name by name within the filter's days (within the names' cap, no doctor's name), and the spanned times' rows
 *       along V0045's indexes (the start time right after the names), one tight range per copied name and time;
 *   <li><b>by doctor</b>: the ranges grouped by doctor, in the doctors' name order, summed until the offset
 *       ({@link PeopleWalk}), then the page from the few doctors it spans; <b>by patient</b>: grouped by the copied
 *       names, and only within the names the page spans by patient in user id order;
 *   <li><b>by reason</b>: from V0037's reason key ({@link NamedPatientReasonPages}): grouped per key and day along
 *       V0038's indexes (the key right after the names) and the page read name by name (round 16); above the names'
 *       cap grouped per key from the names' indexes (round 15); a patient's one word alone or with a status summed
 *       per key from the names' kept rows (V0046, round 20), a name of several words from its pairs' (V0056, round
 *       36).
 * </ul>
 *
 * A name that selects at most {@link #FEW_PATIENTS} patients is read by their ids and their own index instead.
 *
 * Not served (null: the caller reads with the names as a condition): a doctor's name that selects more doctors than
 * the limit.
 */
final class NamedPatientPages {

    private static final String FIRST = "a.patient_first_name";

    private static final String LAST = "a.patient_last_name";

    /** The copied names' indexes (V0033, V0037: first name, last name, date, ...; and the last name first). */
    private static final String FIRST_NAME_INDEX = "ix_appointment_patient_first_name",
            LAST_NAME_INDEX = "ix_appointment_patient_last_name";

    /** (patient, date, time): the index a page of chosen patients is read along. */
    private static final String PATIENT_DAY_INDEX = "ix_appointment_patient_day";

    /**
     * Up to this many patients a name is resolved to their ids (two short ranges of the users' name indexes) and
     * their rows read by their own index: fewer entries than the name's range when a second word narrows it.
     */
    static final int FEW_PATIENTS = 200;

    /**
     * Up to this many ranges of {@code ix_appointment_doctor_patient_name} (named doctors × last names) a statement
     * reads a doctor's and a patient's name along that index ({@link Rows#reads}); beyond, the names' own ranges.
     */
    static final int ALONG_DOCTORS = 4_096;

    private final JdbcClient jdbc;

    private final int maxPeople;

    /** Up to how many patients a name is read by their ids ({@link #FEW_PATIENTS}; tests choose 0 too). */
    private final int fewPatients;

    /** Up to how many names per range a page is read name by name ({@link PatientNamePairs#MAX_NAMES}). */
    private final int maxNames;

    /** Up to how many rows from a part's start its page is found without its days' counts ({@link #NEAR_START}). */
    private final int nearStart;

    /** The patients' kept rows (V0042): a patient's name alone, or with a status, counted and walked by patient. */
    private final PatientTotals totals;

    /** The names' kept rows (V0044): a patient's name's groups by day, by status and day, by doctor. */
    private final PatientNameCounts nameCounts;

    NamedPatientPages(JdbcClient jdbc, int maxPeople) {
        this(jdbc, maxPeople, FEW_PATIENTS);
    }

    NamedPatientPages(JdbcClient jdbc, int maxPeople, int fewPatients) {
        this(jdbc, maxPeople, fewPatients, PatientNamePairs.MAX_NAMES);
    }

    NamedPatientPages(JdbcClient jdbc, int maxPeople, int fewPatients, int maxNames) {
        this(jdbc, maxPeople, fewPatients, maxNames, NEAR_START);
    }

    NamedPatientPages(JdbcClient jdbc, int maxPeople, int fewPatients, int maxNames, int nearStart) {
        this.jdbc = jdbc;
        this.maxPeople = maxPeople;
        this.fewPatients = fewPatients;
        this.maxNames = maxNames;
        this.nearStart = nearStart;
        this.totals = new PatientTotals(jdbc);
        this.nameCounts = new PatientNameCounts(jdbc);
    }

    /** Whether the filter names a patient (what this class serves). */
    static boolean serves(AppointmentFilter filter) {
        return NameWords.typed(filter.patientName()) != null;
    }

    /**
     * The rows a filter with a patient's name selects: the words, the named patients if they are few (else null), the
     * named doctors (or null), the rest.
     */
    private record Rows(
            AppointmentFilter filter,
            NameWords patient,
            @Nullable List<Long> few,
            @Nullable List<Long> doctors,
            @Nullable PatientNamePairs names) {

        boolean nobody() {
            return (few != null && few.isEmpty()) || (doctors != null && doctors.isEmpty());
        }

        /** " WHERE …" of appointments {@code a}: every word starts either copied name, and the filter's other parts. */
        String where(Map<String, Object> params) {
            return " WHERE 1 = 1" + patient.conditionOn(FIRST, LAST, "pname", params) + others(params, true);
        }

        /** Whether the name selects more than a few patients: its rows are then read from the names' ranges. */
        boolean manyPatients() {
            return few == null;
        }

        /**
         * The same rows as two disjoint " WHERE …" each led by an index range: the first name starts with the longest
         * word; else the last name does. The other words are tested in the index entries.
         */
        List<String> ranges(Map<String, Object> params) {
            return ranges(params, FIRST_NAME_INDEX, LAST_NAME_INDEX);
        }

        /** {@link #ranges(Map)} along the given first-name-led and last-name-led indexes (many patients only). */
        List<String> ranges(Map<String, Object> params, String firstIndex, String lastIndex) {
            return ranges(params, firstIndex, lastIndex, true);
        }

        /**
         * {@link #ranges(Map)} on every day, not only the filter's (round 37: days outside them, counted to be taken
         * out of a week read whole; each such read bounds its days itself).
         */
        List<String> rangesOnAnyDay(Map<String, Object> params) {
            return ranges(params, FIRST_NAME_INDEX, LAST_NAME_INDEX, false);
        }

        private List<String> ranges(Map<String, Object> params, String firstIndex, String lastIndex, boolean days) {
            params.put("longest", patient.longestPattern());
            String rest = patient.conditionBesidesLongestOn(FIRST, LAST, "pname", params) + others(params, days);
            String firstNarrowed = narrowing(0, FIRST, LAST, params);
            String lastNarrowed = narrowing(1, LAST, FIRST, params);
            // many patients: the names' own indexes, which hold every column grouped or sorted (the order's index
            // would test each of its entries in the row); few: their patients' index
            String first = few == null ? " FORCE INDEX (" + firstIndex + ")" : "";
            String last = few == null ? " FORCE INDEX (" + lastIndex + ")" : "";
            return List.of(
                    first + " WHERE " + FIRST + " LIKE :longest" + rest + firstNarrowed,
                    last + " WHERE " + LAST + " LIKE :longest AND " + FIRST + " NOT LIKE :longest" + rest
                            + lastNarrowed);
        }

        /**
         * A name of several words: range {@code range} bounded to its leading names (round 30, {@link NameLeads}):
         * 'Klara Braun' reads the ~7,000 entries of ('Klara', 'Braun…'), not the ~50,000 of 'Klara'. Else "".
         */
        private String narrowing(int range, String lead, String second, Map<String, Object> params) {
            List<String> leads = names == null || patient.oneWord() ? null : names.leads(range);
            return leads == null
                    ? ""
                    : patient.besidesLongestNarrowedOn(lead, second, leads, "nlead" + range + "_", params);
        }

        /**
         * The rows of {@link #ranges} as they are read (round 16): with named doctors, along V0035's
         * {@code ix_appointment_doctor_patient_name} (doctor, last name, first name, …) instead of the names' own
         * indexes, which hold every named doctor's and every other doctor's rows of the name (35,552 entries of
         * 'Koch' to find the 2,383 of the doctors 'Klara'). The last names' range is then one short range per doctor
         * (doctor, the last name's prefix); the first names' one short range per doctor and last name of its
         * distinct names ({@link PatientNamePairs}: {@code last IN (…)} keeps every row of the range, whose own
         * {@code LIKE} stays, so none is added). That index has no start time nor reason key: the rows read look
         * them up (a few thousand at most). Over {@link #ALONG_DOCTORS} ranges per statement, or without the names,
         * as {@link #ranges}.
         */
        List<String> reads(Map<String, Object> params) {
            List<String> ranges = ranges(params);
            if (!alongDoctors()) {
                return ranges;
            }
            List<String> lasts = Objects.requireNonNull(names).seconds(0);
            String along = " FORCE INDEX (ix_appointment_doctor_patient_name) WHERE ";
            String first = ranges.getFirst();
            if (!lasts.isEmpty()) {
                // no names in the first names' range: it is empty, its own index reads nothing
                params.put("firstRangeLasts", lasts);
                first = along + LAST + " IN (:firstRangeLasts) AND " + first.substring(whereEnd(first));
            }
            return List.of(first, along + ranges.getLast().substring(whereEnd(ranges.getLast())));
        }

        /** Whether the filter bounds the days. */
        boolean withDays() {
            return filter.from() != null || filter.to() != null;
        }

        /** Whether {@link #reads} reads along the doctors' index. */
        boolean alongDoctors() {
            if (few != null || doctors == null || names == null || doctors.size() > ALONG_DOCTORS) {
                return false;
            }
            List<String> lasts = names.seconds(0);
            return lasts != null && doctors.size() * (long) Math.max(1, lasts.size()) <= ALONG_DOCTORS;
        }

        private static int whereEnd(String range) {
            return range.indexOf(" WHERE ") + " WHERE ".length();
        }

        private String others(Map<String, Object> params, boolean days) {
            var sql = new StringBuilder();
            if (few != null) {
                sql.append(" AND a.patient_id IN (:fewPatients)");
                params.put("fewPatients", few);
            }
            if (doctors != null) {
                sql.append(" AND a.doctor_id IN (:namedDoctors)");
                params.put("namedDoctors", doctors);
            } else if (filter.doctorId() != null) {
                sql.append(" AND a.doctor_id = :doctorId");
                params.put("doctorId", filter.doctorId());
            }
            if (filter.patientId() != null) {
                sql.append(" AND a.patient_id = :patientId");
                params.put("patientId", filter.patientId());
            }
            AppointmentFilter within = days
                    ? filter
                    : new AppointmentFilter(
                            filter.doctorId(),
                            filter.patientId(),
                            filter.doctorName(),
                            filter.patientName(),
                            filter.status(),
                            null,
                            null);
            sql.append(AppointmentRowRepository.statusAndDays(within, "a.status", "a.appointment_date", params));
            return sql.toString();
        }
    }

    /** The filter's rows, null when the doctor's name given with it selects more doctors than the limit. */
    private @Nullable Rows rows(AppointmentFilter filter) {
        NameWords patientWords = NameWords.typed(filter.patientName());
        NameWords doctorWords = NameWords.typed(filter.doctorName());
        if (patientWords == null) {
            return null;
        }
        List<Long> doctors =
                doctorWords == null ? null : NameFilterPages.doctors(jdbc, doctorWords, filter.doctorId(), maxPeople);
        if (doctors != null && doctors.size() > maxPeople) {
            return null;
        }
        List<Long> few = fewPatients(patientWords);
        return new Rows(
                filter,
                patientWords,
                few,
                doctors,
                few == null ? new PatientNamePairs(jdbc, patientWords, maxNames) : null);
    }

    /**
     * The patients whose names match if there are at most {@link #fewPatients}, else null: the users whose first
     * name starts with the longest word and those whose last name does, each a range of its own index cut off past
     * the limit (a name such as 'Klara' reads 201 entries, not its 10,000); a name of several words bounded to each
     * range's leading names (round 30, {@link NameLeads}).
     */
    private @Nullable List<Long> fewPatients(NameWords words) {
        var found = new LinkedHashSet<Long>();
        var leadParams = new LinkedHashMap<String, Object>();
        List<String> names = List.of("u.first_name", "u.last_name");
        List<String> narrowed = NameLeads.narrowings(
                jdbc,
                words,
                List.of(
                        new NameLeads.Range("users u FORCE INDEX (ix_users_first_name)", names.get(0), names.get(1)),
                        new NameLeads.Range("users u FORCE INDEX (ix_users_name)", names.get(1), names.get(0))),
                "lead",
                leadParams);
        for (int n = 0; n < names.size(); n++) {
            var params = new LinkedHashMap<String, Object>(leadParams);
            params.put("longest", words.longestPattern());
            params.put("cap", fewPatients + 1);
            found.addAll(jdbc.sql("SELECT o.patient_id FROM users u JOIN patients o ON o.user_id = u.user_id WHERE "
                            + names.get(n) + " LIKE :longest"
                            + words.conditionBesidesLongestOn("u.first_name", "u.last_name", "name", params)
                            + narrowed.get(n) + " LIMIT :cap")
                    .params(params)
                    .query(Long.class)
                    .list());
            if (found.size() > fewPatients) {
                return null;
            }
        }
        return List.copyOf(found);
    }

    /**
     * " … FROM (…) g": {@code select} ({@code a}'s columns, aliased) and {@code COUNT(*) AS n} of each range, grouped
     * by {@code groupBy}, one after the other ({@code UNION ALL}: the ranges are disjoint).
     */
    private static String counted(
            Rows rows, String select, String groupBy, String andWhere, Map<String, Object> params) {
        return counted(rows, select, List.of(groupBy, groupBy), andWhere, params);
    }

    /**
     * {@link #counted}, each range grouped by its own {@code groupBys} (the same groups, in its index's order). With
     * days (round 20), one range per copied name within the days where the names are within the cap: tight ranges of
     * the names' day-led indexes ('Klara' with the last 30 days: ~7,000 entries, not the name's ~50,000), each grouped
     * by the first of {@code groupBys} (one name each: either order is the index's).
     */
    private static String counted(
            Rows rows, String select, List<String> groupBys, String andWhere, Map<String, Object> params) {
        List<String> ranges = rows.reads(params);
        List<String> byName = rows.withDays() && rows.names() != null && !rows.alongDoctors()
                ? rows.names().byName(ranges, List.of(Span.ANY), params)
                : null;
        if (byName != null && !byName.isEmpty()) {
            return byName.stream()
                    .map(range -> "SELECT " + select + ", COUNT(*) AS n FROM appointments a" + range + andWhere
                            + " GROUP BY " + groupBys.getFirst())
                    .collect(Collectors.joining(" UNION ALL ", " FROM (", ") g"));
        }
        return IntStream.range(0, ranges.size())
                .mapToObj(r -> "SELECT " + select + ", COUNT(*) AS n FROM appointments a" + ranges.get(r) + andWhere
                        + " GROUP BY " + groupBys.get(r))
                .collect(Collectors.joining(" UNION ALL ", " FROM (", ") g"));
    }

    /** How many appointments the filter selects, or null when the names are not served here. */
    @Nullable
    Long count(AppointmentFilter filter) {
        if (PatientTotals.serves(filter)
                && !Objects.requireNonNull(NameWords.typed(filter.patientName()))
                        .oneWord()) {
            // round 17: the matching patients' kept rows (V0042); since round 33 their pairs' (V0054), one per pair
            return totals.count(filter);
        }
        if (PatientNameCounts.serves(filter)) {
            // round 23: one word's kept rows per start time (V0045); with days (round 32), per day (V0044); several
            // words with days (round 36): their pairs' per day (V0056)
            return nameCounts.count(filter);
        }
        Rows rows = rows(filter);
        if (rows == null) {
            return null;
        }
        if (rows.nobody()) {
            return 0L;
        }
        // a doctor's name, a doctor or a patient besides the patient's name: its rows counted as the pages read them
        // (round 45: V0040's narrow indexes of the names and the day, for a name with days alone, went with V0059)
        var params = new LinkedHashMap<String, Object>();
        List<String> counted = rows.reads(params);
        if (counted.isEmpty()) {
            return 0L;
        }
        String sum = counted.stream()
                .map(range -> "(SELECT COUNT(*) FROM appointments a" + range + ")")
                .collect(Collectors.joining(" + "));
        return jdbc.sql("SELECT " + sum).params(params).query(Long.class).single();
    }

    /** The ids of the page at {@code offset} in {@code orderBy}, or null when the names are not served here. */
    @Nullable
    List<Long> ids(AppointmentFilter filter, String orderBy, long offset, int limit, LocalDate today) {
        Rows rows = rows(filter);
        if (rows == null) {
            return null;
        }
        if (rows.nobody() || limit <= 0) {
            return List.of();
        }
        if (AppointmentSort.TODAY_FIRST.orderBy(true).equals(orderBy)) {
            return todayFirst(rows, offset, limit, today);
        }
        for (boolean ascending : new boolean[] {true, false}) {
            if (AppointmentSort.PATIENT.orderBy(ascending).equals(orderBy)) {
                return byPatient(rows, ascending, offset, limit);
            }
            if (AppointmentSort.DOCTOR.orderBy(ascending).equals(orderBy)) {
                return byDoctor(rows, ascending, offset, limit);
            }
            var part = new Part("", Map.of(), orderBy);
            if (AppointmentSort.DATE.orderBy(ascending).equals(orderBy)) {
                List<Long> near = nearStart(rows, part, ascending, offset, limit);
                if (near != null) {
                    return near;
                }
                return inGroups(rows, DAY, groups(rows, DAY, ascending, part), ascending, part, offset, limit);
            }
            if (AppointmentSort.STATUS.orderBy(ascending).equals(orderBy)) {
                List<Long> near = statusNearStart(rows, ascending, offset, limit);
                if (near != null) {
                    return near;
                }
                List<Group> groups = keptDays(rows)
                        ? groups(rows, STATUS_DAY, ascending, part)
                        : statusGroups(rows, ascending, part);
                return inGroups(
                        rows,
                        STATUS_DAY,
                        groups != null ? groups : groups(rows, STATUS_DAY, ascending, part),
                        ascending,
                        part,
                        offset,
                        limit);
            }
            if (AppointmentSort.TIME.orderBy(ascending).equals(orderBy)) {
                List<Long> page = byTime(rows, ascending, offset, limit);
                if (page != null) {
                    return page;
                }
                return inGroups(
                        rows, TIME_DAY, groups(rows, TIME_DAY, ascending, part), ascending, part, offset, limit);
            }
        }
        for (boolean ascending : new boolean[] {true, false}) {
            if (rows.manyPatients() && AppointmentSort.REASON.orderBy(ascending).equals(orderBy)) {
                var reasons = new NamedPatientReasonPages(jdbc);
                PatientNamePairs names = rows.names();
                if (PatientNameCounts.servesWithoutDays(rows.filter())) {
                    // round 20: the rows per key from the names' kept rows (V0046; per week too since V0053), the
                    // page read name by name
                    var params = new LinkedHashMap<String, Object>();
                    List<String> ranges = rows.ranges(
                            params, NamedPatientReasonPages.FIRST_INDEX, NamedPatientReasonPages.LAST_INDEX);
                    return reasons.pageFromKeys(
                            names != null && names.withinCap() ? names : null,
                            ranges,
                            params,
                            nameCounts.perReasonAndWeek(rows.filter()),
                            ascending,
                            offset,
                            limit);
                }
                if (PatientNameCounts.serves(rows.filter()) && names != null && names.withinCap()) {
                    // round 32: one word with days: the whole weeks within them from the kept rows (V0053), the
                    // weeks they cut at either end counted name by name along the names' day-led indexes (round 37:
                    // or read whole too, less their days outside the range, where those are fewer)
                    AppointmentFilter days = rows.filter();
                    var weeks = NamedPatientReasonPages.Weeks.within(days.from(), days.to());
                    var params = new LinkedHashMap<String, Object>();
                    var counted = new ArrayList<>(weeks.cut());
                    counted.addAll(weeks.outside());
                    List<String> cut =
                            counted.isEmpty() ? List.of() : names.byName(rows.rangesOnAnyDay(params), counted, params);
                    if (cut != null) {
                        var keys = weeks.whole()
                                ? nameCounts.perReasonAndWeek(new AppointmentFilter(
                                        null, null, null, days.patientName(), days.status(), weeks.from(), weeks.to()))
                                : new TreeMap<String, TreeMap<LocalDate, Long>>();
                        if (!cut.isEmpty()) {
                            // byName gives each span's branches in turn, as many for each
                            reasons.addCounted(
                                    keys,
                                    cut,
                                    cut.size() / counted.size() * weeks.cut().size(),
                                    params);
                        }
                        List<String> ranges = rows.ranges(
                                params, NamedPatientReasonPages.FIRST_INDEX, NamedPatientReasonPages.LAST_INDEX);
                        return reasons.pageFromKeys(names, ranges, params, keys, ascending, offset, limit);
                    }
                }
                if (names != null && names.withinCap()) {
                    // round 16: grouped per reason key and day from V0038's indexes, the page read name by name;
                    // round 23: with named doctors along theirs, as the other orders (2,383 entries for 'Klara' /
                    // 'Koch' and their rows looked up, where the names' reason indexes held 33,340: 15 → 11 ms)
                    var params = new LinkedHashMap<String, Object>();
                    List<String> ranges = rows.alongDoctors()
                            ? rows.reads(params)
                            : rows.ranges(
                                    params, NamedPatientReasonPages.FIRST_INDEX, NamedPatientReasonPages.LAST_INDEX);
                    // round 20: with days, the groups counted name by name within them
                    List<String> dayRanges =
                            rows.withDays() ? names.byName(rows.ranges(params), List.of(Span.ANY), params) : null;
                    // round 35: along the doctors' index the page is read range by range (name by name reads the
                    // same entries, in a range per name and doctor, each estimated by the optimizer)
                    return reasons.pageByDay(
                            rows.alongDoctors() ? null : names,
                            ranges,
                            params,
                            dayRanges == null || dayRanges.isEmpty() ? null : dayRanges,
                            ascending,
                            offset,
                            0,
                            limit);
                }
                // round 15: grouped by V0037's reason key from the names' indexes
                var params = new LinkedHashMap<String, Object>();
                return reasons.page(rows.ranges(params), params, ascending, offset, limit);
            }
        }
        return page(rows, new Part("", Map.of(), orderBy), "", new LinkedHashMap<>(), null, offset, limit);
    }

    /**
     * Round 20, the time order of many patients ({@link NamedPatientTimePages}): the rows per start time from the
     * names' kept rows (a patient's name alone or with a status; several words from their pairs' since round 36),
     * else name by name within the filter's days; then the spanned times' rows along V0045's indexes. Null where
     * neither serves (more names than the cap, or a doctor's name: the rows are read along the doctors' index).
     */
    private @Nullable List<Long> byTime(Rows rows, boolean ascending, long offset, int limit) {
        if (!rows.manyPatients()) {
            return null;
        }
        var timePages = new NamedPatientTimePages(jdbc);
        NavigableMap<LocalTime, Long> times = null;
        if (PatientNameCounts.servesWithoutDays(rows.filter())) {
            times = nameCounts.perTime(rows.filter());
        } else if (rows.names() != null && !rows.alongDoctors()) {
            // a name of several words too since round 34 (with days since round 36): its pairs are only those that can
            // match it (before, each pair of its leading name read its whole range: 'Klara Braun', 49,970 entries to
            // count 7,138 rows)
            var params = new LinkedHashMap<String, Object>();
            times = timePages.perTime(rows.names(), rows.ranges(params), params);
        }
        if (times == null) {
            return null;
        }
        var params = new LinkedHashMap<String, Object>();
        List<String> ranges = rows.ranges(params, NamedPatientTimePages.FIRST_INDEX, NamedPatientTimePages.LAST_INDEX);
        return timePages.page(rows.names(), ranges, params, times, ascending, offset, limit);
    }

    /**
     * A part of the rows read in an order: {@code andWhere} (its parameters in {@code params}) added to the filter,
     * read in {@code orderBy}.
     */
    private record Part(String andWhere, Map<String, Object> params, String orderBy) {}

    /**
     * One read of the part's rows, {@code andWhere} added too, skipping {@code offset}: for many patients from the
     * names' two ranges (index only but for a reason), sorted; else by the order's or the patients' index.
     */
    private List<Long> page(
            Rows rows,
            Part part,
            String andWhere,
            Map<String, Object> params,
            @Nullable List<Span> spans,
            long offset,
            int limit) {
        if (!rows.manyPatients()) {
            return pageByIndex(rows, part, andWhere, params, offset, limit);
        }
        var all = new LinkedHashMap<String, Object>(part.params());
        all.putAll(params);
        all.put("limit", limit);
        all.put("offset", offset);
        // the columns any order reads, named as the table's, so the order applies to the union as it is
        String columns = "a.appointment_id, a.appointment_date, a.start_time, a.status, a.doctor_id, a.patient_id"
                + (part.orderBy().contains("a.reason_sort") ? ", a.reason_sort" : "");
        List<String> ranges = rows.reads(all);
        if (spans != null && rows.names() != null && !rows.alongDoctors()) {
            // within a few days: one tight range per name instead of the name's whole range (round 14)
            List<String> byName = rows.names().byName(ranges, spans, all);
            if (byName != null) {
                ranges = byName;
            }
        }
        if (ranges.isEmpty()) {
            return List.of();
        }
        String union = ranges.stream()
                .map(range -> "SELECT " + columns + " FROM appointments a" + range + part.andWhere() + andWhere)
                .collect(Collectors.joining(" UNION ALL "));
        return jdbc.sql("SELECT a.appointment_id FROM (" + union + ") a ORDER BY " + part.orderBy()
                        + " LIMIT :limit OFFSET :offset")
                .params(all)
                .query(Long.class)
                .list();
    }

    /** {@link #page} by the index the optimizer picks: the order's, the patients' or the doctors'. */
    private List<Long> pageByIndex(
            Rows rows, Part part, String andWhere, Map<String, Object> params, long offset, int limit) {
        var all = new LinkedHashMap<String, Object>(part.params());
        all.putAll(params);
        return NameFilterPages.idsPage(
                jdbc, rows.where(all) + part.andWhere() + andWhere, part.orderBy(), offset, limit, all);
    }

    /** The leading columns of an order whose groups are counted: by date; status and date; time and date. */
    private static final List<String> DAY = List.of("a.appointment_date");

    private static final List<String> STATUS_DAY = List.of("a.status", "a.appointment_date");

    private static final List<String> TIME_DAY = List.of("a.start_time", "a.appointment_date");

    /** A group of rows with one value of the order's leading columns, and how many rows it holds. */
    private record Group(List<Object> key, long rows) {}

    /**
     * Whether the rows' groups by day, or by status and day, are read from the names' kept rows (V0044, round 19): a
     * patient's name selecting many patients, with nothing else but a status and days (one word since round 19,
     * several since round 36: their pairs' kept rows, V0056).
     */
    private static boolean keptDays(Rows rows) {
        return rows.manyPatients() && PatientNameCounts.serves(rows.filter());
    }

    /**
     * The part's rows grouped by {@code keys}, in the keys' order (ascending or not): by day, or by status and day, of
     * a whole filter from the names' kept rows ({@link #keptDays}); else the two ranges, index only.
     */
    private List<Group> groups(Rows rows, List<String> keys, boolean ascending, Part part) {
        var kept = (keys == DAY || keys == STATUS_DAY) && part.andWhere().isEmpty() && keptDays(rows)
                ? nameCounts.perDay(rows.filter(), keys == STATUS_DAY)
                : null;
        if (kept != null) {
            return (ascending ? kept : kept.descendingMap())
                    .entrySet().stream()
                            .map(group -> new Group(List.<Object>copyOf(group.getKey()), group.getValue()))
                            .toList();
        }
        var params = new LinkedHashMap<String, Object>(part.params());
        String dir = ascending ? " ASC" : " DESC";
        List<String> aliases =
                IntStream.range(0, keys.size()).mapToObj(i -> "g.k" + i).toList();
        String select = IntStream.range(0, keys.size())
                .mapToObj(i -> keys.get(i) + " AS k" + i)
                .collect(Collectors.joining(", "));
        // each range grouped with the day first: the index's own order after the names, about half the temporary
        // table's cost of (status, day) measured in round 14; the outer grouping puts the groups in the order
        var dayFirst = new ArrayList<>(keys);
        if (dayFirst.remove(DAY.getFirst())) {
            dayFirst.addFirst(DAY.getFirst());
        }
        String sql = "SELECT " + String.join(", ", aliases) + ", SUM(g.n)"
                + counted(rows, select, String.join(", ", dayFirst), part.andWhere(), params)
                + " GROUP BY " + String.join(", ", aliases) + " ORDER BY "
                + aliases.stream().map(alias -> alias + dir).collect(Collectors.joining(", "));
        return jdbc.sql(sql)
                .params(params)
                .query((rs, row) -> {
                    var key = new ArrayList<Object>();
                    for (int i = 1; i <= keys.size(); i++) {
                        // dates and times as java.time: bound again as they were read, whatever the zones
                        key.add(
                                switch (rs.getMetaData().getColumnType(i)) {
                                    case Types.DATE -> rs.getObject(i, LocalDate.class);
                                    case Types.TIME -> rs.getObject(i, LocalTime.class);
                                    default -> rs.getString(i);
                                });
                    }
                    return new Group(key, rs.getLong(keys.size() + 1));
                })
                .list();
    }

    /**
     * The page at {@code offset} of a part whose order starts with {@code keys}: the groups' sizes (in the order)
     * summed until the sum passes the offset, then the page read from the groups it spans.
     */
    private List<Long> inGroups(
            Rows rows, List<String> keys, List<Group> groups, boolean ascending, Part part, long offset, int limit) {
        long before = 0;
        for (int first = 0; first < groups.size(); first++) {
            long size = groups.get(first).rows();
            if (before + size > offset) {
                int last = first;
                long through = before + size;
                while (through < offset + limit && last + 1 < groups.size()) {
                    through += groups.get(++last).rows();
                }
                var params = new LinkedHashMap<String, Object>();
                List<Object> low = groups.get(ascending ? first : last).key();
                List<Object> high = groups.get(ascending ? last : first).key();
                return page(
                        rows,
                        part,
                        between(keys, low, high, params),
                        params,
                        spans(keys, groups.subList(first, last + 1)),
                        offset - before,
                        limit);
            }
            before += size;
        }
        return List.of();
    }

    /**
     * " AND …": the rows whose keys lie from {@code low} to {@code high} (both included) in the keys' order: the
     * leading key as a range (the order's index serves it), the second key bounded at the two ends.
     */
    private static String between(List<String> keys, List<Object> low, List<Object> high, Map<String, Object> params) {
        String lead = keys.getFirst();
        params.put("lowKey0", low.getFirst());
        params.put("highKey0", high.getFirst());
        var sql = new StringBuilder(" AND " + lead + " >= :lowKey0 AND " + lead + " <= :highKey0");
        if (keys.size() > 1) {
            String second = keys.get(1);
            params.put("lowKey1", low.get(1));
            params.put("highKey1", high.get(1));
            sql.append(" AND (" + lead + " > :lowKey0 OR " + second + " >= :lowKey1)")
                    .append(" AND (" + lead + " < :highKey0 OR " + second + " <= :highKey1)");
        }
        return sql.toString();
    }

    /**
     * The spans of days the groups a page spans lie within: by day one span; by status (time) and day one span per
     * status (time), its value and its days. Null for groups without the day among their keys.
     */
    private static @Nullable List<Span> spans(List<String> keys, List<Group> spanned) {
        int day = keys.indexOf(DAY.getFirst());
        if (day < 0) {
            return null;
        }
        var spans = new ArrayList<Span>();
        for (Group group : spanned) {
            Object lead = day == 0 ? null : group.key().getFirst();
            LocalDate date = (LocalDate) group.key().get(day);
            Span last = spans.isEmpty() ? null : spans.getLast();
            if (last != null && Objects.equals(last.lead(), lead)) {
                spans.set(spans.size() - 1, last.with(date));
            } else {
                spans.add(new Span(day == 0 ? null : keys.getFirst(), lead, date, date));
            }
        }
        return spans;
    }

    /**
     * The statuses in the order of {@code ORDER BY a.status}: upper-case names that first differ at a letter, so
     * their {@code String} order is the collation's too (the status tests compare every page with the single query).
     */
    private static final List<String> STATUSES =
            Arrays.stream(AppointmentStatus.values()).map(Enum::name).sorted().toList();

    /**
     * The part's rows per status and day, in the status order (round 16), or null if a row's status is none of
     * {@link #STATUSES}: each range grouped by (day, the status's place in {@link #STATUSES}), a small number instead
     * of the status's 200-byte key in the temporary table, and the two ranges' groups added up here rather than
     * regrouped in a second temporary table. The {@code CASE} compares in the column's collation, as the order does,
     * so spellings equal in it are one group; the most frequent statuses are tested first.
     */
    private @Nullable List<Group> statusGroups(Rows rows, boolean ascending, Part part) {
        var params = new LinkedHashMap<String, Object>(part.params());
        var place = new StringBuilder("CASE a.status");
        var testedFirst =
                new LinkedHashSet<>(List.of(AppointmentStatus.COMPLETED.name(), AppointmentStatus.SCHEDULED.name()));
        testedFirst.addAll(STATUSES);
        for (String status : testedFirst) {
            place.append(" WHEN '").append(status).append("' THEN ").append(STATUSES.indexOf(status));
        }
        place.append(" ELSE -1 END");
        String sql = "SELECT g.k0, g.k1, g.n"
                + counted(
                        rows,
                        place + " AS k0, a.appointment_date AS k1",
                        "a.appointment_date, k0",
                        part.andWhere(),
                        params);
        var counts = new TreeMap<Integer, TreeMap<LocalDate, Long>>();
        jdbc.sql(sql).params(params).query(rs -> {
            counts.computeIfAbsent(rs.getInt(1), k -> new TreeMap<>())
                    .merge(rs.getObject(2, LocalDate.class), rs.getLong(3), Long::sum);
        });
        if (counts.containsKey(-1)) {
            return null;
        }
        var groups = new ArrayList<Group>();
        for (var status : (ascending ? counts : counts.descendingMap()).entrySet()) {
            for (var day : (ascending ? status.getValue() : status.getValue().descendingMap()).entrySet()) {
                groups.add(new Group(List.of(STATUSES.get(status.getKey()), day.getKey()), day.getValue()));
            }
        }
        return groups;
    }

    /** Today first: today by time, then the days after (soonest first), then the days before (latest first). */
    private List<Long> todayFirst(Rows rows, long offset, int limit, LocalDate today) {
        if (offset + limit <= nearStart) {
            List<Long> near = todayFirstNearStart(rows, offset, limit, today);
            if (near != null) {
                return near;
            }
        }
        var todayParam = Map.<String, Object>of("today", today);
        List<Group> days = groups(rows, DAY, true, new Part("", Map.of(), ""));
        long todays = 0;
        var after = new ArrayList<Group>();
        var beforeToday = new ArrayList<Group>();
        for (Group day : days) {
            LocalDate date = (LocalDate) day.key().getFirst();
            if (date.equals(today)) {
                todays = day.rows();
            } else if (date.isAfter(today)) {
                after.add(day);
            } else {
                beforeToday.add(day);
            }
        }
        var ids = new ArrayList<Long>();
        long skip = offset;
        if (skip < todays) {
            var todayPart = new Part(" AND a.appointment_date = :today", todayParam, "a.start_time, a.appointment_id");
            ids.addAll(page(rows, todayPart, "", Map.of(), List.of(new Span(null, null, today, today)), skip, limit));
            skip = 0;
        } else {
            skip -= todays;
        }
        if (ids.size() < limit) {
            long afterRows = after.stream().mapToLong(Group::rows).sum();
            if (skip < afterRows) {
                var afterPart = new Part(
                        " AND a.appointment_date > :today",
                        todayParam,
                        "a.appointment_date, a.start_time, a.appointment_id");
                ids.addAll(inGroups(rows, DAY, after, true, afterPart, skip, limit - ids.size()));
                skip = 0;
            } else {
                skip -= afterRows;
            }
        }
        if (ids.size() < limit) {
            var beforePart = new Part(
                    " AND a.appointment_date < :today",
                    todayParam,
                    "a.appointment_date DESC, a.start_time DESC, a.appointment_id");
            ids.addAll(inGroups(rows, DAY, beforeToday.reversed(), false, beforePart, skip, limit - ids.size()));
        }
        return ids;
    }

    /**
     * Up to this many rows from a part's start in day order, its page is found from each name's first rows (read in
     * the names' index order, stopping early) instead of counting the rows of every day (round 14): the grid's first
     * pages, scrolled or today first, read a few hundred index entries instead of the name's whole range.
     */
    static final int NEAR_START = 1_000;

    /** How many of a part's first rows there are (at most as many as asked), and the day of the last of them. */
    private record FirstRows(long rows, @Nullable LocalDate lastDay) {}

    /**
     * A part's first {@code wanted} rows in day order (ascending or not), counted, and the day of the last: each name's
     * first {@code wanted} days in its index's order, the first {@code wanted} of them all. Null when the rows are not
     * read name by name (few patients, or too many names).
     */
    private @Nullable FirstRows firstRows(Rows rows, Part part, boolean ascending, long wanted) {
        PatientNamePairs names = rows.names();
        if (names == null || rows.alongDoctors()) {
            // along the doctors' index the names' rows are not in day order: the days' counts are a short read there
            return null;
        }
        var params = new LinkedHashMap<String, Object>(part.params());
        List<String> byName = names.byName(rows.reads(params), List.of(Span.ANY), params);
        if (byName == null) {
            return null;
        }
        if (byName.isEmpty()) {
            return new FirstRows(0, null);
        }
        String dir = ascending ? " ASC" : " DESC";
        params.put("wanted", wanted);
        String union = byName.stream()
                .map(range -> "(SELECT a.appointment_date AS d FROM appointments a" + range + part.andWhere()
                        + " ORDER BY a.appointment_date" + dir + " LIMIT :wanted)")
                .collect(Collectors.joining(" UNION ALL "));
        return jdbc.sql("SELECT COUNT(*), " + (ascending ? "MAX" : "MIN") + "(f.d) FROM (SELECT u.d FROM (" + union
                        + ") u ORDER BY u.d" + dir + " LIMIT :wanted) f")
                .params(params)
                .query((rs, row) -> new FirstRows(rs.getLong(1), rs.getObject(2, LocalDate.class)))
                .single();
    }

    /**
     * The page at {@code offset} of a part in day order, read through the day of its last row ({@link #firstRows});
     * null when that is not how it is read (deeper than {@link #NEAR_START}, or not name by name).
     */
    private @Nullable List<Long> nearStart(Rows rows, Part part, boolean ascending, long offset, int limit) {
        if (offset + limit > nearStart) {
            return null;
        }
        FirstRows first = firstRows(rows, part, ascending, offset + limit);
        if (first == null) {
            return null;
        }
        if (first.rows() <= offset || first.lastDay() == null) {
            return List.of();
        }
        return page(rows, part, "", Map.of(), List.of(Span.through(first.lastDay(), ascending)), offset, limit);
    }

    /**
     * Today first near its start: each part (today, the days after, the days before) skipped by its first rows'
     * count (fewer than asked: that is its size), then read through the day of its last row. Null when the rows are
     * not read name by name.
     */
    private @Nullable List<Long> todayFirstNearStart(Rows rows, long offset, int limit, LocalDate today) {
        var todayParam = Map.<String, Object>of("today", today);
        Part[] parts = {
            new Part(" AND a.appointment_date = :today", todayParam, "a.start_time, a.appointment_id"),
            new Part(
                    " AND a.appointment_date > :today",
                    todayParam,
                    "a.appointment_date, a.start_time, a.appointment_id"),
            new Part(
                    " AND a.appointment_date < :today",
                    todayParam,
                    "a.appointment_date DESC, a.start_time DESC, a.appointment_id")
        };
        boolean[] ascending = {true, true, false};
        var ids = new ArrayList<Long>();
        long skip = offset;
        for (int p = 0; p < parts.length && ids.size() < limit; p++) {
            int wanted = limit - ids.size();
            FirstRows first = firstRows(rows, parts[p], ascending[p], skip + wanted);
            if (first == null) {
                return null;
            }
            if (first.rows() <= skip || first.lastDay() == null) {
                skip -= first.rows();
                continue;
            }
            ids.addAll(page(
                    rows, parts[p], "", Map.of(), List.of(Span.through(first.lastDay(), ascending[p])), skip, wanted));
            skip = 0;
        }
        return ids;
    }

    /**
     * The status order near its start (round 16): each status in the order a part read by date, skipped by its first
     * rows' count (fewer than asked: that is its size), then read through the day of its last row, as today first's
     * parts are. Walks only the filter's status if it has one (another status's part would read each name's whole
     * range to find nothing). Relies on {@code ck_appointment_status} (no row has another status; MariaDB and MySQL
     * from 8.0.16 enforce it). Null when deeper than {@link #NEAR_START} or not read name by name.
     */
    private @Nullable List<Long> statusNearStart(Rows rows, boolean ascending, long offset, int limit) {
        if (offset + limit > nearStart) {
            return null;
        }
        String dir = ascending ? " ASC" : " DESC";
        String dayOrder = "a.appointment_date" + dir + ", a.start_time" + dir + ", a.appointment_id" + dir;
        List<String> statuses = rows.filter().status() != null
                ? List.of(rows.filter().status().name())
                : ascending ? STATUSES : STATUSES.reversed();
        var ids = new ArrayList<Long>();
        long skip = offset;
        for (int s = 0; s < statuses.size() && ids.size() < limit; s++) {
            var part = new Part(" AND a.status = :nearStatus", Map.of("nearStatus", statuses.get(s)), dayOrder);
            int wanted = limit - ids.size();
            FirstRows first = firstRows(rows, part, ascending, skip + wanted);
            if (first == null) {
                return null;
            }
            if (first.rows() <= skip || first.lastDay() == null) {
                skip -= first.rows();
                continue;
            }
            ids.addAll(page(rows, part, "", Map.of(), List.of(Span.through(first.lastDay(), ascending)), skip, wanted));
            skip = 0;
        }
        return ids;
    }

    /**
     * By doctor (name, user id, then date, time, id): the two ranges grouped by doctor, in the doctors' name order,
     * summed until the sum passes the offset; then the page from the doctors it spans.
     */
    private List<Long> byDoctor(Rows rows, boolean ascending, long offset, int limit) {
        String dir = ascending ? " ASC" : " DESC";
        if (rows.manyPatients() && PatientNameCounts.servesWithoutDays(rows.filter())) {
            // round 19: the rows per doctor from the names' kept rows (V0044; a name of several words from its pairs',
            // V0056, round 36), the doctors put in their names' order
            Map<Long, Long> counted = nameCounts.perDoctor(rows.filter());
            var walk = new PeopleWalk(offset, limit);
            if (!counted.isEmpty()) {
                walk.pass(jdbc.sql("SELECT o.doctor_id FROM doctors o JOIN users u ON u.user_id = o.user_id"
                                + " WHERE o.doctor_id IN (:counted) ORDER BY u.last_name" + dir + ", u.first_name"
                                + dir + ", u.user_id" + dir)
                        .param("counted", counted.keySet())
                        .query((rs, row) -> new long[] {rs.getLong(1), counted.get(rs.getLong(1))})
                        .list());
            }
            return chosenPage(rows, walk, "a.doctor_id", ascending, limit);
        }
        var params = new LinkedHashMap<String, Object>();
        List<long[]> doctors = jdbc.sql("SELECT n.id, n.n_rows FROM (SELECT g.id, SUM(g.n) AS n_rows"
                        + counted(rows, "a.doctor_id AS id", "a.doctor_id", "", params) + " GROUP BY g.id) n"
                        + " JOIN doctors o ON o.doctor_id = n.id JOIN users u ON u.user_id = o.user_id"
                        + " ORDER BY u.last_name" + dir + ", u.first_name" + dir + ", u.user_id" + dir)
                .params(params)
                .query((rs, row) -> new long[] {rs.getLong(1), rs.getLong(2)})
                .list();
        var walk = new PeopleWalk(offset, limit);
        walk.pass(doctors);
        return chosenPage(rows, walk, "a.doctor_id", ascending, limit);
    }

    /**
     * By patient (last name, first name, user id, then date, time, id): the two ranges grouped by name (names equal
     * in the users' collation are one group, as they tie in the order), summed until the sum passes the offset; only
     * the patients of the names the page spans are counted and put in user id order; then the page from the patients
     * it spans. (Grouping all 10,000 patients of 'Klara' and reading each one's user id cost more than the rest.)
     */
    private List<Long> byPatient(Rows rows, boolean ascending, long offset, int limit) {
        if (PatientTotals.serves(rows.filter())) {
            // round 17: the matching patients' kept rows (V0042) summed in the order, not their appointments
            return chosenPage(
                    rows, totals.walk(rows.filter(), ascending, offset, limit), "a.patient_id", ascending, limit);
        }
        String dir = ascending ? " ASC" : " DESC";
        var params = new LinkedHashMap<String, Object>();
        List<Group> names = jdbc.sql("SELECT g.k0, g.k1, SUM(g.n)"
                        // each range grouped in its index's order: read as it comes, no temporary table (round 14)
                        + counted(
                                rows,
                                LAST + " AS k0, " + FIRST + " AS k1",
                                List.of(FIRST + ", " + LAST, LAST + ", " + FIRST),
                                "",
                                params)
                        + " GROUP BY g.k0, g.k1 ORDER BY g.k0" + dir + ", g.k1" + dir)
                .params(params)
                .query((rs, row) -> new Group(List.of(rs.getString(1), rs.getString(2)), rs.getLong(3)))
                .list();
        long skipped = 0;
        int name = 0;
        while (name < names.size() && skipped + names.get(name).rows() <= offset) {
            skipped += names.get(name++).rows();
        }
        var walk = new PeopleWalk(offset - skipped, limit);
        for (; name < names.size() && !walk.full(); name++) {
            var named = new LinkedHashMap<String, Object>();
            named.put("nameLast", names.get(name).key().get(0));
            named.put("nameFirst", names.get(name).key().get(1));
            walk.pass(jdbc.sql("SELECT g.id, SUM(g.n)"
                            + counted(
                                    rows,
                                    "a.patient_id AS id",
                                    "a.patient_id",
                                    " AND " + LAST + " = :nameLast AND " + FIRST + " = :nameFirst",
                                    named)
                            + " JOIN patients o ON o.patient_id = g.id GROUP BY g.id, o.user_id ORDER BY o.user_id"
                            + dir)
                    .params(named)
                    .query((rs, row) -> new long[] {rs.getLong(1), rs.getLong(2)})
                    .list());
        }
        return chosenPage(rows, walk, "a.patient_id", ascending, limit);
    }

    /**
     * The page from the people a walk chose, by their own index, skipping only inside the first. Chosen patients' rows
     * are read along {@code ix_appointment_patient_day}, named (round 23): the optimizer chose it anyway, but only after
     * diving into every index that starts with a doctor or a patient for each of their ids; with a doctor's name
     * beside the patient's (100 doctors for 'Klara'), 20–30 ms a page against 1.5–2.6 named.
     */
    private List<Long> chosenPage(Rows rows, PeopleWalk walk, String column, boolean ascending, int limit) {
        if (walk.chosen.isEmpty()) {
            return List.of();
        }
        var params = new LinkedHashMap<String, Object>();
        String andWhere = walk.chosenRows(column, params);
        String hint = column.equals("a.patient_id") ? " FORCE INDEX (" + PATIENT_DAY_INDEX + ")" : "";
        return NameFilterPages.idsPage(
                jdbc,
                hint,
                rows.where(params) + andWhere,
                walk.chosenOrder(column, ascending),
                walk.firstSkip,
                limit,
                params);
    }
}
