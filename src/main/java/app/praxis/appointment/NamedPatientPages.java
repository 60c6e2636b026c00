package app.praxis.appointment;

import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The admins' grid with a patient's name in its filter, alone or with a doctor's (issue 18, round 12; the doctor's
 * name alone stays with {@link NameFilterPages}). The name resolves to its patients by the two prefix ranges of the
 * users' name indexes (first names, last names: a {@code UNION}, no walk over every name in name order); then:
 *
 * <ul>
 *   <li><b>count</b>: the named patients' rows by their own index;
 *   <li><b>by date, today first, by status, by time</b>: one grouped read of the named patients' rows from their own
 *       index (per day; per status and day; per time and day), summed in the order until the sum passes the offset,
 *       then the page read within the groups it spans, by the order's own index;
 *   <li><b>by patient</b>: the patients in name order (the matched few sorted, not the whole name index) with their
 *       rows counted in batches, then the page from the few patients it spans;
 *   <li><b>by doctor</b>: the named patients' rows grouped by doctor, in the doctors' name order;
 *   <li><b>by reason</b>: one read of the named patients' rows in that order (no index holds a patient's reasons).
 * </ul>
 *
 * Not served (null: the caller reads with the names as a condition): a name that selects more people than the limit.
 */
final class NamedPatientPages {

    /** How many patients a step of the walk in name order counts at once. */
    private static final int BATCH = 1_024;

    private final JdbcClient jdbc;

    private final int maxPeople;

    NamedPatientPages(JdbcClient jdbc, int maxPeople) {
        this.jdbc = jdbc;
        this.maxPeople = maxPeople;
    }

    /** Whether the filter names a patient (what this class serves). */
    static boolean serves(AppointmentFilter filter) {
        return NameWords.typed(filter.patientName()) != null;
    }

    /** The named patients, and the named doctors where a doctor's name is given too (else null). */
    private record Named(List<Long> patients, @Nullable List<Long> doctors) {

        boolean nobody() {
            return patients.isEmpty() || (doctors != null && doctors.isEmpty());
        }
    }

    /** The people the filter's names select, null beyond the limit; patients in name order if asked. */
    private @Nullable Named resolve(AppointmentFilter filter, boolean patientsInNameOrder) {
        NameWords patientWords = NameWords.typed(filter.patientName());
        NameWords doctorWords = NameWords.typed(filter.doctorName());
        List<Long> patients = people("patients", "patient_id", patientWords, filter.patientId(), patientsInNameOrder);
        List<Long> doctors =
                doctorWords == null ? null : people("doctors", "doctor_id", doctorWords, filter.doctorId(), false);
        if (patients.size() > maxPeople || (doctors != null && doctors.size() > maxPeople)) {
            return null;
        }
        return new Named(patients, doctors);
    }

    /**
     * The people whose names match, at most one more than the limit: the users whose first name starts with the
     * longest word, and those whose last name does ({@code UNION}: each a range of its own index), the other words
     * tested on those. In name order (last, first, user id) only if asked: a sort of the few matched, not a walk
     * over the whole index in that order.
     */
    private List<Long> people(
            String table, String idColumn, NameWords words, @Nullable Long only, boolean inNameOrder) {
        var params = new LinkedHashMap<String, Object>();
        String others = words.conditionBesidesLongest("u", "name", params);
        params.put("longest", words.longestPattern());
        // the names only where they are sorted: the union's rows (and its duplicate check) stay small otherwise
        String select =
                "SELECT o." + idColumn + " AS id" + (inNameOrder ? ", u.last_name, u.first_name, u.user_id" : "")
                        + " FROM " + table + " o JOIN users u ON u.user_id = o.user_id WHERE ";
        String rest = others;
        if (only != null) {
            rest += " AND o." + idColumn + " = :only";
            params.put("only", only);
        }
        params.put("cap", (long) maxPeople + 1);
        String sql = "SELECT n.id FROM (" + select + "u.first_name LIKE :longest" + rest + " UNION " + select
                + "u.last_name LIKE :longest" + rest + ") n"
                + (inNameOrder ? " ORDER BY n.last_name, n.first_name, n.user_id" : "") + " LIMIT :cap";
        return jdbc.sql(sql).params(params).query(Long.class).list();
    }

    /** " WHERE …" of appointments {@code a}: the named people and the filter's other parts. */
    private static String where(AppointmentFilter filter, Named named, Map<String, Object> params) {
        var where = new StringBuilder(" WHERE a.patient_id IN (:namedPatients)");
        params.put("namedPatients", named.patients());
        if (named.doctors() != null) {
            where.append(" AND a.doctor_id IN (:namedDoctors)");
            params.put("namedDoctors", named.doctors());
        } else if (filter.doctorId() != null) {
            where.append(" AND a.doctor_id = :doctorId");
            params.put("doctorId", filter.doctorId());
        }
        where.append(AppointmentRowRepository.statusAndDays(filter, "a.status", "a.appointment_date", params));
        return where.toString();
    }

    /** How many appointments the filter selects, or null when the name is not served here. */
    @Nullable
    Long count(AppointmentFilter filter) {
        Named named = resolve(filter, false);
        if (named == null) {
            return null;
        }
        if (named.nobody()) {
            return 0L;
        }
        var params = new LinkedHashMap<String, Object>();
        return jdbc.sql("SELECT COUNT(*) FROM appointments a" + where(filter, named, params))
                .params(params)
                .query(Long.class)
                .single();
    }

    /** The ids of the page at {@code offset} in {@code orderBy}, or null when the name is not served here. */
    @Nullable
    List<Long> ids(AppointmentFilter filter, String orderBy, long offset, int limit, LocalDate today) {
        boolean byPatient = AppointmentSort.PATIENT.orderBy(true).equals(orderBy)
                || AppointmentSort.PATIENT.orderBy(false).equals(orderBy);
        Named named = resolve(filter, byPatient);
        if (named == null) {
            return null;
        }
        if (named.nobody() || limit <= 0) {
            return List.of();
        }
        if (AppointmentSort.TODAY_FIRST.orderBy(true).equals(orderBy)) {
            return todayFirst(filter, named, offset, limit, today);
        }
        for (boolean ascending : new boolean[] {true, false}) {
            if (AppointmentSort.PATIENT.orderBy(ascending).equals(orderBy)) {
                return byPatient(filter, named, ascending, offset, limit);
            }
            if (AppointmentSort.DOCTOR.orderBy(ascending).equals(orderBy)) {
                return byDoctor(filter, named, ascending, offset, limit);
            }
            if (AppointmentSort.DATE.orderBy(ascending).equals(orderBy)) {
                return inGroups(filter, named, DAY, ascending, "", Map.of(), orderBy, offset, limit);
            }
            if (AppointmentSort.STATUS.orderBy(ascending).equals(orderBy)) {
                return inGroups(filter, named, STATUS_DAY, ascending, "", Map.of(), orderBy, offset, limit);
            }
            if (AppointmentSort.TIME.orderBy(ascending).equals(orderBy)) {
                return inGroups(filter, named, TIME_DAY, ascending, "", Map.of(), orderBy, offset, limit);
            }
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
        return NameFilterPages.idsPage(jdbc, where(filter, named, params) + andWhere, orderBy, offset, limit, params);
    }

    /** The leading columns of an order whose groups are counted: by date; status and date; time and date. */
    private static final List<String> DAY = List.of("a.appointment_date");

    private static final List<String> STATUS_DAY = List.of("a.status", "a.appointment_date");

    private static final List<String> TIME_DAY = List.of("a.start_time", "a.appointment_date");

    /** A group of rows with one value of the order's leading columns, and how many rows it holds. */
    private record Group(List<Object> key, long rows) {}

    /**
     * The named people's rows grouped by {@code keys} ({@code andWhere} added), in the order of the keys (ascending
     * or not): one read of their own index, which holds the keys.
     */
    private List<Group> groups(
            AppointmentFilter filter,
            Named named,
            List<String> keys,
            boolean ascending,
            String andWhere,
            Map<String, Object> extra) {
        var params = new LinkedHashMap<String, Object>(extra);
        String dir = ascending ? " ASC" : " DESC";
        String columns = String.join(", ", keys);
        return jdbc.sql("SELECT " + columns + ", COUNT(*) FROM appointments a" + where(filter, named, params)
                        + andWhere + " GROUP BY " + columns + " ORDER BY "
                        + keys.stream().map(key -> key + dir).collect(Collectors.joining(", ")))
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
     * The page at {@code offset} of an order that starts with {@code keys} (then the rest of {@code orderBy}): the
     * groups' sizes summed until the sum passes the offset, then the page read from the groups it spans.
     */
    private List<Long> inGroups(
            AppointmentFilter filter,
            Named named,
            List<String> keys,
            boolean ascending,
            String andWhere,
            Map<String, Object> extra,
            String orderBy,
            long offset,
            int limit) {
        return pageOfGroups(
                filter,
                named,
                keys,
                groups(filter, named, keys, ascending, andWhere, extra),
                ascending,
                andWhere,
                extra,
                orderBy,
                offset,
                limit);
    }

    /** {@link #inGroups} over groups already read, in the order. */
    private List<Long> pageOfGroups(
            AppointmentFilter filter,
            Named named,
            List<String> keys,
            List<Group> groups,
            boolean ascending,
            String andWhere,
            Map<String, Object> extra,
            String orderBy,
            long offset,
            int limit) {
        long before = 0;
        for (int first = 0; first < groups.size(); first++) {
            long rows = groups.get(first).rows();
            if (before + rows > offset) {
                int last = first;
                long through = before + rows;
                while (through < offset + limit && last + 1 < groups.size()) {
                    through += groups.get(++last).rows();
                }
                var params = new LinkedHashMap<String, Object>(extra);
                List<Object> low = groups.get(ascending ? first : last).key();
                List<Object> high = groups.get(ascending ? last : first).key();
                return page(
                        filter,
                        named,
                        andWhere + between(keys, low, high, params),
                        orderBy,
                        offset - before,
                        limit,
                        params);
            }
            before += rows;
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

    /** Today first: today by time, then the days after (soonest first), then the days before (latest first). */
    private List<Long> todayFirst(AppointmentFilter filter, Named named, long offset, int limit, LocalDate today) {
        var todayParam = Map.<String, Object>of("today", today);
        List<Group> days = groups(filter, named, DAY, true, "", Map.of());
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
            ids.addAll(page(
                    filter,
                    named,
                    " AND a.appointment_date = :today",
                    "a.start_time, a.appointment_id",
                    skip,
                    limit,
                    new LinkedHashMap<>(todayParam)));
            skip = 0;
        } else {
            skip -= todays;
        }
        if (ids.size() < limit) {
            long afterRows = after.stream().mapToLong(Group::rows).sum();
            if (skip < afterRows) {
                ids.addAll(pageOfGroups(
                        filter,
                        named,
                        DAY,
                        after,
                        true,
                        " AND a.appointment_date > :today",
                        todayParam,
                        "a.appointment_date, a.start_time, a.appointment_id",
                        skip,
                        limit - ids.size()));
                skip = 0;
            } else {
                skip -= afterRows;
            }
        }
        if (ids.size() < limit) {
            ids.addAll(pageOfGroups(
                    filter,
                    named,
                    DAY,
                    beforeToday.reversed(),
                    false,
                    " AND a.appointment_date < :today",
                    todayParam,
                    "a.appointment_date DESC, a.start_time DESC, a.appointment_id",
                    skip,
                    limit - ids.size()));
        }
        return ids;
    }

    /**
     * By patient (name, user id, then date, time, id): the named patients in name order with their rows counted in
     * batches, summed until the sum passes the offset; then the page from the patients it spans.
     */
    private List<Long> byPatient(AppointmentFilter filter, Named named, boolean ascending, long offset, int limit) {
        List<Long> people = ascending ? named.patients() : named.patients().reversed();
        var walk = new PeopleWalk(offset, limit);
        for (int from = 0; from < people.size() && !walk.full(); from += BATCH) {
            List<Long> batch = people.subList(from, Math.min(people.size(), from + BATCH));
            var params = new LinkedHashMap<String, Object>();
            params.put("batch", batch);
            var counts = new HashMap<Long, Long>();
            jdbc.sql("SELECT a.patient_id, COUNT(*) FROM appointments a" + where(filter, named, params)
                            + " AND a.patient_id IN (:batch) GROUP BY a.patient_id")
                    .params(params)
                    .query(rs -> {
                        counts.put(rs.getLong(1), rs.getLong(2));
                    });
            walk.pass(batch.stream()
                    .map(id -> new long[] {id, counts.getOrDefault(id, 0L)})
                    .toList());
        }
        return chosenPage(filter, named, "a.patient_id", walk, ascending, limit);
    }

    /** By doctor: the named patients' rows per doctor (one grouped read), in the doctors' name order. */
    private List<Long> byDoctor(AppointmentFilter filter, Named named, boolean ascending, long offset, int limit) {
        String dir = ascending ? "ASC" : "DESC";
        var params = new LinkedHashMap<String, Object>();
        List<long[]> doctors = jdbc.sql("SELECT n.id, n.n_rows FROM (SELECT a.doctor_id AS id, COUNT(*) AS n_rows"
                        + " FROM appointments a" + where(filter, named, params) + " GROUP BY a.doctor_id) n"
                        + " JOIN doctors o ON o.doctor_id = n.id JOIN users u ON u.user_id = o.user_id"
                        + " ORDER BY u.last_name " + dir + ", u.first_name " + dir + ", u.user_id " + dir)
                .params(params)
                .query((rs, row) -> new long[] {rs.getLong(1), rs.getLong(2)})
                .list();
        var walk = new PeopleWalk(offset, limit);
        walk.pass(doctors);
        return chosenPage(filter, named, "a.doctor_id", walk, ascending, limit);
    }

    /** The page from the people a walk chose, in their order, skipping only inside the first. */
    private List<Long> chosenPage(
            AppointmentFilter filter, Named named, String column, PeopleWalk walk, boolean ascending, int limit) {
        if (walk.chosen.isEmpty()) {
            return List.of();
        }
        var params = new LinkedHashMap<String, Object>();
        return page(
                filter,
                named,
                walk.chosenRows(column, params),
                walk.chosenOrder(column, ascending),
                walk.firstSkip,
                limit,
                params);
    }
}
