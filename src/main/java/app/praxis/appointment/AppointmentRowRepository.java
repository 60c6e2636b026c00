package app.praxis.appointment;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Period;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Appointment lists in one query each (doctor and patient joined; paged in the database). Only appointment's
 * tables and those of the features below it: the payment of each row is payment's to read.
 */
@Repository
class AppointmentRowRepository {

    private static final String SELECT = """
            SELECT a.appointment_id, a.doctor_id, CONCAT(du.first_name, ' ', du.last_name) AS doctor_name,
                   s.name AS specialization, a.patient_id, CONCAT(pu.first_name, ' ', pu.last_name) AS patient_name,
                   pu.date_of_birth, a.appointment_date, a.start_time, a.end_time, a.status, a.reason_for_visit,
                   a.cancellation_reason,
                   (SELECT COUNT(*) FROM appointment_reschedules r WHERE r.appointment_id = a.appointment_id)
                       AS reschedules
            """;

    private static final String FROM = """
            FROM appointments a
            JOIN doctors d ON d.doctor_id = a.doctor_id
            JOIN users du ON du.user_id = d.user_id
            LEFT JOIN specializations s ON s.specialization_id = d.specialization_id
            JOIN patients p ON p.patient_id = a.patient_id
            JOIN users pu ON pu.user_id = p.user_id
            """;

    private final JdbcClient jdbc;

    AppointmentRowRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<AppointmentRow> find(AppointmentFilter filter, boolean newestFirst, long offset, int limit, LocalDate today) {
        return find(filter, newestFirst(newestFirst), offset, limit, today);
    }

    /**
     * One page in {@code orderBy}, an ORDER BY list from {@link AppointmentSort} (never from outside), in two steps
     * (a deferred join): first the page's ids alone, from appointments and only the users whose names the filter or
     * the order reads, so that skipping to a deep page walks an index of appointments (V0014) instead of building
     * every joined row before it; then the page's rows by id. The default order, {@link AppointmentSort#TODAY_FIRST},
     * is read as its three parts (today, upcoming, past), each an index range in its own order. One doctor's or one
     * patient's appointments (their lists, the grid filtered to one of them) are few and found by their own index:
     * those stay one query.
     */
    List<AppointmentRow> find(AppointmentFilter filter, String orderBy, long offset, int limit, LocalDate today) {
        if (filter.doctorId() != null || filter.patientId() != null) {
            return findInOneQuery(filter, orderBy, offset, limit, today);
        }
        if (offset == 0) {
            for (boolean ascending : new boolean[] {true, false}) {
                for (Owner owner : Owner.values()) {
                    if (owner.sort.orderBy(ascending).equals(orderBy)) {
                        return byIds(ownerWalk(filter, owner, ascending, null, limit, today), today);
                    }
                }
            }
        }
        List<Long> ids = orderBy.equals(AppointmentSort.TODAY_FIRST.orderBy(true))
                ? todayFirstIds(filter, offset, limit, today)
                : pageIds(filter, "", orderBy, offset, limit, today);
        return byIds(ids, today);
    }

    /**
     * The {@code limit} rows that follow {@code previous} (the last row of the page before) in {@code orderBy}, read
     * as a seek from that row's sort key instead of skipping every row before it: the grid's sequential scrolling
     * costs one page of index entries at any depth (V0016). Only the orders that an index of appointments reads in
     * full (today first, date, time, status; both directions) seek; for the others, and for one doctor's or one
     * patient's appointments (few, by their own index), this returns {@code null} and the caller pages by offset.
     * Equal to {@link #find} at the offset just after {@code previous} as long as the rows have not changed since.
     */
    @Nullable
    List<AppointmentRow> findAfter(
            AppointmentFilter filter, String orderBy, AppointmentRow previous, int limit, LocalDate today) {
        if (filter.doctorId() != null || filter.patientId() != null) {
            return null;
        }
        if (orderBy.equals(AppointmentSort.TODAY_FIRST.orderBy(true))) {
            return byIds(todayFirstIdsAfter(filter, previous, limit, today), today);
        }
        for (boolean ascending : new boolean[] {true, false}) {
            for (Owner owner : Owner.values()) {
                if (owner.sort.orderBy(ascending).equals(orderBy)) {
                    return byIds(ownerWalk(filter, owner, ascending, previous, limit, today), today);
                }
            }
        }
        for (boolean ascending : new boolean[] {true, false}) {
            List<SeekKey> keys = seekKeys(orderBy, ascending);
            if (keys != null) {
                var params = new LinkedHashMap<String, Object>();
                String after = after(keys, previous, params);
                return byIds(pageIds(filter, after, orderBy, 0, limit, today, params), today);
            }
        }
        return null;
    }

    /**
     * Whose name an order sorts by ({@link AppointmentSort#DOCTOR}, {@link AppointmentSort#PATIENT}): the order
     * spans two tables, so no index gives it and a database sort would sort every row. Instead the page walks the
     * people in name order (an index of users) and reads only their appointments, by their own index.
     */
    private enum Owner {
        DOCTOR(AppointmentSort.DOCTOR, "doctors", "doctor_id", "a.doctor_id"),
        PATIENT(AppointmentSort.PATIENT, "patients", "patient_id", "a.patient_id");

        final AppointmentSort sort;
        final String table;
        final String id;
        final String column;

        Owner(AppointmentSort sort, String table, String id, String column) {
            this.sort = sort;
            this.table = table;
            this.id = id;
            this.column = column;
        }

        long of(AppointmentRow row) {
            return this == DOCTOR ? row.doctorId() : row.patientId();
        }

        @Nullable
        String nameFilter(AppointmentFilter filter) {
            return this == DOCTOR ? filter.doctorName() : filter.patientName();
        }
    }

    /** The first batch of people a page walks; each next one is four times as many (a filter may skip most). */
    private static final int FIRST_BATCH = 16;

    /**
     * The page's ids in a name order, after {@code previous} (or from the start): first the rest of the previous
     * row's person (their appointments after it, by date and time), then batches of the next people in name order
     * (an index range of users' names, then ids), each batch's appointments sorted among themselves, until the
     * page is full or nobody is left. Reads the rows of the people it passes, never all.
     */
    private List<Long> ownerWalk(
            AppointmentFilter filter,
            Owner owner,
            boolean ascending,
            @Nullable AppointmentRow previous,
            int limit,
            LocalDate today) {
        String dir = ascending ? "ASC" : "DESC";
        var ids = new ArrayList<Long>();
        Object @Nullable [] after = null; // the last person passed: last name, first name, user id
        if (previous != null) {
            long ownerId = owner.of(previous);
            var params = new LinkedHashMap<String, Object>();
            params.put("owner", ownerId);
            List<SeekKey> byDate = List.of(DATE, TIME, ID).stream()
                    .map(key -> new SeekKey(key.column(), ascending, key.value()))
                    .toList();
            String ownRest = " AND " + owner.column + " = :owner" + after(byDate, previous, params);
            ids.addAll(pageIds(
                    filter,
                    ownRest,
                    "a.appointment_date " + dir + ", a.start_time " + dir + ", a.appointment_id " + dir,
                    0,
                    limit,
                    today,
                    params));
            var key = jdbc.sql("SELECT u.last_name, u.first_name, u.user_id FROM " + owner.table + " o"
                            + " JOIN users u ON u.user_id = o.user_id WHERE o." + owner.id + " = ?")
                    .param(ownerId)
                    .query((rs, row) -> new Object[] {rs.getString(1), rs.getString(2), rs.getLong(3)})
                    .optional();
            if (key.isEmpty()) {
                return ids;
            }
            after = key.get();
        }
        String op = ascending ? ">" : "<";
        for (int batch = FIRST_BATCH; ids.size() < limit; batch = (int) Math.min(1 << 20, batch * 4L)) {
            var params = new LinkedHashMap<String, Object>();
            var people = new StringBuilder("SELECT o." + owner.id + " AS owner_id, u.last_name, u.first_name,"
                    + " u.user_id FROM users u JOIN " + owner.table + " o ON o.user_id = u.user_id WHERE 1 = 1");
            if (after != null) {
                people.append(" AND (u.last_name ")
                        .append(op)
                        .append(" :afterLast OR (u.last_name = :afterLast")
                        .append(" AND u.first_name ")
                        .append(op)
                        .append(" :afterFirst) OR (u.last_name = :afterLast")
                        .append(" AND u.first_name = :afterFirst AND u.user_id ")
                        .append(op)
                        .append(" :afterUser))");
                params.put("afterLast", after[0]);
                params.put("afterFirst", after[1]);
                params.put("afterUser", after[2]);
            }
            String name = owner.nameFilter(filter);
            if (hasText(name)) {
                people.append(" AND CONCAT(u.first_name, ' ', u.last_name) LIKE :ownerName");
                params.put("ownerName", contains(name));
            }
            people.append(" ORDER BY u.last_name ")
                    .append(dir)
                    .append(", u.first_name ")
                    .append(dir)
                    .append(", u.user_id ")
                    .append(dir)
                    .append(" LIMIT :batch");
            params.put("batch", batch);
            List<Object[]> batchPeople = jdbc.sql(people.toString())
                    .params(params)
                    .query((rs, row) -> new Object[] {rs.getString(2), rs.getString(3), rs.getLong(4)})
                    .list();
            if (batchPeople.isEmpty()) {
                break;
            }
            params.put("limit", limit - ids.size());
            params.put("today", today);
            ids.addAll(jdbc.sql("SELECT a.appointment_id FROM appointments a JOIN (" + people + ") w ON w.owner_id = "
                            + owner.column + joinsFor(filter, "") + where(filter, params) + " ORDER BY w.last_name "
                            + dir + ", w.first_name " + dir + ", w.user_id " + dir + ", a.appointment_date " + dir
                            + ", a.start_time " + dir + ", a.appointment_id " + dir + " LIMIT :limit")
                    .params(params)
                    .query(Long.class)
                    .list());
            if (batchPeople.size() < batch) {
                break;
            }
            after = batchPeople.getLast();
        }
        return ids;
    }

    /** One column of an order with its direction, and where a row holds its value. */
    private record SeekKey(
            String column, boolean ascending, java.util.function.Function<AppointmentRow, Object> value) {}

    private static final SeekKey DATE = new SeekKey("a.appointment_date", true, AppointmentRow::date);
    private static final SeekKey TIME = new SeekKey("a.start_time", true, AppointmentRow::startTime);
    private static final SeekKey ID = new SeekKey("a.appointment_id", true, AppointmentRow::id);
    private static final SeekKey STATUS =
            new SeekKey("a.status", true, row -> row.status().name());

    /** The keys of a seekable {@link AppointmentSort} in this direction, or null. */
    private static @Nullable List<SeekKey> seekKeys(String orderBy, boolean ascending) {
        Map<AppointmentSort, List<SeekKey>> seekable = Map.of(
                AppointmentSort.DATE, List.of(DATE, TIME, ID),
                AppointmentSort.TIME, List.of(TIME, DATE, ID),
                AppointmentSort.STATUS, List.of(STATUS, DATE, TIME, ID));
        for (var entry : seekable.entrySet()) {
            if (entry.getKey().orderBy(ascending).equals(orderBy)) {
                return entry.getValue().stream()
                        .map(key -> new SeekKey(key.column(), ascending, key.value()))
                        .toList();
            }
        }
        return null;
    }

    /**
     * " AND (rows after {@code previous} in the order of {@code keys})", flattened so that the range optimizer reads
     * it as one range of the order's index: k1 > v1 OR (k1 = v1 AND k2 > v2) OR … ({@code <} where descending).
     */
    private static String after(List<SeekKey> keys, AppointmentRow previous, Map<String, Object> params) {
        var terms = new ArrayList<String>();
        for (int i = 0; i < keys.size(); i++) {
            var term = new StringBuilder("(");
            for (int j = 0; j < i; j++) {
                term.append(keys.get(j).column()).append(" = :seek").append(j).append(" AND ");
            }
            SeekKey key = keys.get(i);
            term.append(key.column())
                    .append(key.ascending() ? " > :seek" : " < :seek")
                    .append(i)
                    .append(")");
            terms.add(term.toString());
            params.put("seek" + i, key.value().apply(previous));
        }
        return " AND (" + String.join(" OR ", terms) + ")";
    }

    /** The default order's parts after {@code previous}: the rest of its part by a seek, then the next parts. */
    private List<Long> todayFirstIdsAfter(
            AppointmentFilter filter, AppointmentRow previous, int limit, LocalDate today) {
        List<List<SeekKey>> keys = List.of(
                List.of(TIME, ID),
                List.of(DATE, TIME, ID),
                List.of(
                        new SeekKey(DATE.column(), false, DATE.value()),
                        new SeekKey(TIME.column(), false, TIME.value()),
                        ID));
        int part = previous.date().equals(today) ? 0 : previous.date().isAfter(today) ? 1 : 2;
        var ids = new ArrayList<Long>();
        for (int p = part; p < TODAY_FIRST_PARTS.length && ids.size() < limit; p++) {
            var params = new LinkedHashMap<String, Object>();
            String andWhere = TODAY_FIRST_PARTS[p][0] + (p == part ? after(keys.get(p), previous, params) : "");
            ids.addAll(pageIds(filter, andWhere, TODAY_FIRST_PARTS[p][1], 0, limit - ids.size(), today, params));
        }
        return ids;
    }

    /** The page as one query of all joined rows sorted and skipped (the only shape before V0014). */
    List<AppointmentRow> findInOneQuery(
            AppointmentFilter filter, String orderBy, long offset, int limit, LocalDate today) {
        var params = new LinkedHashMap<String, Object>();
        params.put("limit", limit);
        params.put("offset", offset);
        return jdbc.sql(SELECT + FROM + where(filter, params) + orderBy(orderBy, today, params)
                        + " LIMIT :limit OFFSET :offset")
                .params(params)
                .query((rs, row) -> row(rs, today))
                .list();
    }

    /** The default order's parts: a condition on the date and the part's own order (each an index range). */
    private static final String[][] TODAY_FIRST_PARTS = {
        {" AND a.appointment_date = :today", "a.start_time, a.appointment_id"},
        {" AND a.appointment_date > :today", "a.appointment_date, a.start_time, a.appointment_id"},
        {" AND a.appointment_date < :today", "a.appointment_date DESC, a.start_time DESC, a.appointment_id"}
    };

    /** Today (by time), then upcoming (soonest first), then past (latest first): each part skipped by its count. */
    private List<Long> todayFirstIds(AppointmentFilter filter, long offset, int limit, LocalDate today) {
        String[][] parts = TODAY_FIRST_PARTS;
        var ids = new ArrayList<Long>();
        long skip = offset;
        for (String[] part : parts) {
            int wanted = limit - ids.size();
            if (wanted <= 0) {
                break;
            }
            if (skip > 0) {
                long size = count(filter, part[0], today);
                if (skip >= size) {
                    skip -= size;
                    continue;
                }
            }
            ids.addAll(pageIds(filter, part[0], part[1], skip, wanted, today));
            skip = 0;
        }
        return ids;
    }

    private List<Long> pageIds(
            AppointmentFilter filter, String andWhere, String orderBy, long offset, int limit, LocalDate today) {
        return pageIds(filter, andWhere, orderBy, offset, limit, today, new LinkedHashMap<>());
    }

    private List<Long> pageIds(
            AppointmentFilter filter,
            String andWhere,
            String orderBy,
            long offset,
            int limit,
            LocalDate today,
            Map<String, Object> params) {
        params.put("limit", limit);
        params.put("offset", offset);
        params.put("today", today);
        return jdbc.sql("SELECT a.appointment_id FROM appointments a" + joinsFor(filter, orderBy)
                        + where(filter, params) + andWhere + " ORDER BY " + orderBy + " LIMIT :limit OFFSET :offset")
                .params(params)
                .query(Long.class)
                .list();
    }

    /** The rows of these appointments, in the order of {@code ids}. */
    private List<AppointmentRow> byIds(List<Long> ids, LocalDate today) {
        if (ids.isEmpty()) {
            return List.of();
        }
        var byId = new HashMap<Long, AppointmentRow>();
        jdbc.sql(SELECT + FROM + " WHERE a.appointment_id IN (:ids)")
                .param("ids", ids)
                .query((rs, row) -> row(rs, today))
                .list()
                .forEach(row -> byId.put(row.id(), row));
        return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
    }

    /**
     * The joins a query of appointment ids needs for this filter and order: the doctor's or patient's user only
     * where their name is filtered or sorted on. Every appointment has both (foreign keys, inner joins), so leaving
     * a join out changes no count.
     */
    private static String joinsFor(AppointmentFilter filter, String orderBy) {
        var joins = new StringBuilder();
        if (hasText(filter.doctorName()) || orderBy.contains("du.")) {
            joins.append(" JOIN doctors d ON d.doctor_id = a.doctor_id JOIN users du ON du.user_id = d.user_id");
        }
        if (hasText(filter.patientName()) || orderBy.contains("pu.")) {
            joins.append(" JOIN patients p ON p.patient_id = a.patient_id JOIN users pu ON pu.user_id = p.user_id");
        }
        return joins.toString();
    }

    private static boolean hasText(@Nullable String text) {
        return text != null && !text.isBlank();
    }

    /**
     * Every appointment the filter selects, in {@link #find}'s order, handed over one row at a time as the result
     * set is read (for exports: no list of all rows is built).
     */
    void forEach(AppointmentFilter filter, boolean newestFirst, LocalDate today, Consumer<AppointmentRow> action) {
        forEach(filter, newestFirst(newestFirst), today, action);
    }

    void forEach(AppointmentFilter filter, String orderBy, LocalDate today, Consumer<AppointmentRow> action) {
        var params = new LinkedHashMap<String, Object>();
        jdbc.sql(SELECT + FROM + where(filter, params) + orderBy(orderBy, today, params))
                .params(params)
                .query(rs -> {
                    action.accept(row(rs, today));
                });
    }

    private static String newestFirst(boolean newestFirst) {
        String direction = newestFirst ? "DESC" : "ASC";
        return "a.appointment_date " + direction + ", a.start_time " + direction + ", a.appointment_id";
    }

    private static String orderBy(String orderBy, LocalDate today, Map<String, Object> params) {
        if (orderBy.contains(":today")) {
            params.put("today", today);
        }
        return " ORDER BY " + orderBy;
    }

    /**
     * The appointments that hold a doctor's slots on the days [from, to] (cancelled ones hold none), keyed by
     * the slot's id, in one query.
     */
    Map<Long, AppointmentRow> holdingSlots(long doctorId, LocalDate from, LocalDate to, LocalDate today) {
        var bySlot = new LinkedHashMap<Long, AppointmentRow>();
        jdbc.sql(SELECT + ", a.availability_id " + FROM
                        + " WHERE a.doctor_id = :doctorId AND a.appointment_date BETWEEN :from AND :to"
                        + " AND a.status <> 'CANCELLED' AND a.availability_id IS NOT NULL"
                        + " ORDER BY a.appointment_date, a.start_time")
                .param("doctorId", doctorId)
                .param("from", from)
                .param("to", to)
                .query(rs -> {
                    bySlot.put(rs.getLong("availability_id"), row(rs, today));
                });
        return bySlot;
    }

    /** How many appointments the filter selects: from appointments' indexes unless a name is filtered. */
    long count(AppointmentFilter filter) {
        return count(filter, "", null);
    }

    private long count(AppointmentFilter filter, String andWhere, @Nullable LocalDate today) {
        var params = new LinkedHashMap<String, Object>();
        if (today != null) {
            params.put("today", today);
        }
        return jdbc.sql("SELECT COUNT(*) FROM appointments a" + joinsFor(filter, "") + where(filter, params) + andWhere)
                .params(params)
                .query(Long.class)
                .single();
    }

    List<RescheduleEntry> history(long appointmentId, ZoneId clinicZone) {
        return jdbc.sql("""
                        SELECT r.old_date, r.old_time, r.new_date, r.new_time, r.reason,
                               CONCAT(CASE WHEN u.role = 'DOCTOR' THEN 'Dr. ' ELSE '' END,
                                      u.first_name, ' ', u.last_name) AS who, r.rescheduled_at
                        FROM appointment_reschedules r JOIN users u ON u.user_id = r.rescheduled_by
                        WHERE r.appointment_id = ? ORDER BY r.rescheduled_at, r.reschedule_id
                        """)
                .param(appointmentId)
                .query((rs, row) -> new RescheduleEntry(
                        rs.getObject("old_date", LocalDate.class),
                        rs.getObject("old_time", LocalTime.class),
                        rs.getObject("new_date", LocalDate.class),
                        rs.getObject("new_time", LocalTime.class),
                        rs.getString("reason"),
                        rs.getString("who"),
                        LocalDateTime.ofInstant(
                                rs.getTimestamp("rescheduled_at").toInstant(), clinicZone)))
                .list();
    }

    private static String where(AppointmentFilter filter, Map<String, Object> params) {
        var where = new StringBuilder(" WHERE 1 = 1");
        if (filter.doctorId() != null) {
            where.append(" AND a.doctor_id = :doctorId");
            params.put("doctorId", filter.doctorId());
        }
        if (filter.patientId() != null) {
            where.append(" AND a.patient_id = :patientId");
            params.put("patientId", filter.patientId());
        }
        if (filter.doctorName() != null && !filter.doctorName().isBlank()) {
            where.append(" AND CONCAT(du.first_name, ' ', du.last_name) LIKE :doctorName");
            params.put("doctorName", contains(filter.doctorName()));
        }
        if (filter.patientName() != null && !filter.patientName().isBlank()) {
            where.append(" AND CONCAT(pu.first_name, ' ', pu.last_name) LIKE :patientName");
            params.put("patientName", contains(filter.patientName()));
        }
        if (filter.status() != null) {
            where.append(" AND a.status = :status");
            params.put("status", filter.status().name());
        }
        if (filter.from() != null) {
            where.append(" AND a.appointment_date >= :from");
            params.put("from", filter.from());
        }
        if (filter.to() != null) {
            where.append(" AND a.appointment_date <= :to");
            params.put("to", filter.to());
        }
        return where.toString();
    }

    /** A LIKE pattern that finds the text anywhere, with the user's own % and _ taken literally. */
    private static String contains(String text) {
        return "%" + text.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    private static AppointmentRow row(ResultSet rs, LocalDate today) throws SQLException {
        LocalDate birth = rs.getObject("date_of_birth", LocalDate.class);
        return new AppointmentRow(
                rs.getLong("appointment_id"),
                rs.getLong("doctor_id"),
                rs.getString("doctor_name"),
                rs.getString("specialization"),
                rs.getLong("patient_id"),
                rs.getString("patient_name"),
                birth == null ? null : Period.between(birth, today).getYears(),
                rs.getObject("appointment_date", LocalDate.class),
                rs.getObject("start_time", LocalTime.class),
                rs.getObject("end_time", LocalTime.class),
                AppointmentStatus.valueOf(rs.getString("status")),
                rs.getString("reason_for_visit"),
                rs.getString("cancellation_reason"),
                rs.getInt("reschedules"));
    }
}
