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
import java.util.Optional;
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

    /** Jumps in the orders by doctor and by time from maintained totals (V0024). */
    private final DoctorAndTimeJumps doctorAndTimeJumps;

    /** Jumps in the order by patient from buckets of their names (V0025). */
    private final PatientOrderJumps patientOrderJumps;

    /** Pages and counts with a doctor's or patient's name in the filter, from the people it names (V0028). */
    private final NameFilterPages nameFilterPages;
    /** Jumps in the order by reason from buckets of its key (V0027). */
    private final ReasonOrderJumps reasonOrderJumps;

    AppointmentRowRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.doctorAndTimeJumps = new DoctorAndTimeJumps(jdbc);
        this.patientOrderJumps = new PatientOrderJumps(jdbc);
        this.nameFilterPages = new NameFilterPages(jdbc);
        this.reasonOrderJumps = new ReasonOrderJumps(jdbc);
    }

    /** The patient record of a user, if they have one. */
    Optional<Long> patientIdOfUser(long userId) {
        return jdbc.sql("SELECT patient_id FROM patients WHERE user_id = ?")
                .param(userId)
                .query(Long.class)
                .optional();
    }

    /** A patient's id and reminders setting, read in one statement (My appointments shows both). */
    record PatientOfUser(long patientId, boolean remindersOn) {}

    Optional<PatientOfUser> patientOfUser(long userId) {
        return jdbc.sql("SELECT patient_id, reminders_enabled FROM patients WHERE user_id = ?")
                .param(userId)
                .query((rs, rowNum) -> new PatientOfUser(rs.getLong(1), rs.getBoolean(2)))
                .optional();
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
        return find(filter, orderBy, offset, limit, today, true);
    }

    /** {@link #find}; {@code dayTotals} false skips by offset as before V0019 (for the benchmark's "before"). */
    List<AppointmentRow> find(
            AppointmentFilter filter, String orderBy, long offset, int limit, LocalDate today, boolean dayTotals) {
        if (filter.doctorId() != null || filter.patientId() != null) {
            return findInOneQuery(filter, orderBy, offset, limit, today);
        }
        if (dayTotals && NameFilterPages.names(filter)) {
            List<Long> named = nameFilterPages.ids(filter, orderBy, offset, limit, today);
            if (named != null) {
                return byIds(named, today);
            }
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
        if (offset > 0 && dayTotals) {
            List<Long> jumped = doctorAndTimeJumps.ids(filter, orderBy, offset, limit);
            if (jumped == null) {
                jumped = patientOrderJumps.jump(filter, orderBy, offset, limit);
            }
            if (jumped == null) {
                jumped = reasonOrderJumps.jump(filter, orderBy, offset, limit);
            }
            if (jumped != null) {
                return byIds(jumped, today);
            }
        }
        if (offset > 0 && dayTotals && byDayTotals(filter)) {
            List<Long> jumped = jumpIds(filter, orderBy, offset, limit, today);
            if (jumped != null) {
                return byIds(jumped, today);
            }
        }
        List<Long> ids = orderBy.equals(AppointmentSort.TODAY_FIRST.orderBy(true))
                ? todayFirstIds(filter, offset, limit, today, dayTotals && byDayTotals(filter))
                : pageIds(filter, "", orderBy, offset, limit, today);
        return byIds(ids, today);
    }

    /**
     * Whether {@code appointment_day_totals} (V0019: appointments per day and status, kept in step by every change)
     * answers for this filter: it holds the status and the date, not the doctor or the patient, so a filter by a
     * name (or one person) is counted and skipped by a query of appointments.
     */
    private static boolean byDayTotals(AppointmentFilter filter) {
        return filter.doctorId() == null
                && filter.patientId() == null
                && !hasText(filter.doctorName())
                && !hasText(filter.patientName());
    }

    /** " WHERE …" of the day totals ({@code t}) for the filter's status and dates, then {@code andWhere}. */
    private static String totalsWhere(AppointmentFilter filter, String andWhere, Map<String, Object> params) {
        var where = new StringBuilder(" WHERE 1 = 1");
        where.append(statusAndDays(filter, "t.status", "t.count_date", params));
        return where + andWhere;
    }

    /** How many appointments the filter (without names) selects, {@code andWhere} on the day: a sum of day totals. */
    private long total(AppointmentFilter filter, String andWhere, @Nullable LocalDate today) {
        var params = new LinkedHashMap<String, Object>();
        if (today != null) {
            params.put("today", today);
        }
        return jdbc.sql("SELECT COALESCE(SUM(t.total), 0) FROM appointment_day_totals t"
                        + totalsWhere(filter, andWhere, params))
                .params(params)
                .query(Long.class)
                .single();
    }

    /**
     * Where a page at an offset starts, found from the day totals: {@code before} rows precede the rows that
     * {@code andWhere} (a condition on {@code a}, its values in the caller's parameters) selects, in the order; the
     * page is those rows skipped by {@code offset - before}, within one day (or one status's day) of the order.
     */
    private record Start(long before, String andWhere) {}

    /**
     * The day that holds the row at {@code offset} in an order by date ({@code ascending} or not) among the rows
     * of the filter and {@code totalsAnd} (a condition on the day totals' {@code t.count_date}): the days' totals in
     * that order, summed until the sum passes the offset. Null when the offset is at or past the last row.
     */
    private @Nullable Start dayHolding(
            AppointmentFilter filter,
            String totalsAnd,
            boolean ascending,
            long offset,
            @Nullable LocalDate today,
            Map<String, Object> params) {
        var totalsParams = new LinkedHashMap<String, Object>();
        if (today != null) {
            totalsParams.put("today", today);
        }
        String dir = ascending ? "ASC" : "DESC";
        List<Object[]> days = jdbc.sql("SELECT t.count_date, SUM(t.total) FROM appointment_day_totals t"
                        + totalsWhere(filter, totalsAnd, totalsParams) + " GROUP BY t.count_date ORDER BY t.count_date "
                        + dir)
                .params(totalsParams)
                .query((rs, row) -> new Object[] {rs.getObject(1, LocalDate.class), rs.getLong(2)})
                .list();
        long before = 0;
        for (Object[] day : days) {
            long total = (Long) day[1];
            if (before + total > offset) {
                params.put("jumpDay", day[0]);
                return new Start(before, " AND a.appointment_date " + (ascending ? ">=" : "<=") + " :jumpDay");
            }
            before += total;
        }
        return null;
    }

    /**
     * The status and day that hold the row at {@code offset} in the order by status (then date, time, id): the
     * totals per status and day in that order, summed until the sum passes the offset. Null past the last row.
     */
    private @Nullable Start statusDayHolding(
            AppointmentFilter filter, boolean ascending, long offset, Map<String, Object> params) {
        var totalsParams = new LinkedHashMap<String, Object>();
        String dir = ascending ? "ASC" : "DESC";
        List<Object[]> groups = jdbc.sql("SELECT t.status, t.count_date, SUM(t.total) FROM appointment_day_totals t"
                        + totalsWhere(filter, "", totalsParams) + " GROUP BY t.status, t.count_date ORDER BY t.status "
                        + dir + ", t.count_date " + dir)
                .params(totalsParams)
                .query((rs, row) -> new Object[] {rs.getString(1), rs.getObject(2, LocalDate.class), rs.getLong(3)})
                .list();
        long before = 0;
        String op = ascending ? ">" : "<";
        for (Object[] group : groups) {
            long total = (Long) group[2];
            if (before + total > offset) {
                params.put("jumpStatus", group[0]);
                params.put("jumpDay", group[1]);
                return new Start(
                        before,
                        " AND (a.status " + op + " :jumpStatus OR (a.status = :jumpStatus AND a.appointment_date " + op
                                + "= :jumpDay))");
            }
            before += total;
        }
        return null;
    }

    /**
     * A page at an offset (a jump: dragging the grid's scrollbar) in the date or status order, or the default
     * order, without skipping every row before it: the day totals give the day that holds its first row and how
     * many rows precede that day, and the page is read from that day's first index entry, skipping only within the
     * day. Null for the other orders (time, reason, a person's name: read by offset).
     */
    private @Nullable List<Long> jumpIds(
            AppointmentFilter filter, String orderBy, long offset, int limit, LocalDate today) {
        if (orderBy.equals(AppointmentSort.TODAY_FIRST.orderBy(true))) {
            return todayFirstIds(filter, offset, limit, today, true);
        }
        for (boolean ascending : new boolean[] {true, false}) {
            var params = new LinkedHashMap<String, Object>();
            Start start;
            if (AppointmentSort.DATE.orderBy(ascending).equals(orderBy)) {
                start = dayHolding(filter, "", ascending, offset, null, params);
            } else if (AppointmentSort.STATUS.orderBy(ascending).equals(orderBy)) {
                start = statusDayHolding(filter, ascending, offset, params);
            } else {
                continue;
            }
            return start == null
                    ? List.of()
                    : pageIds(filter, start.andWhere(), orderBy, offset - start.before(), limit, today, params);
        }
        return null;
    }

    /**
     * The {@code limit} rows that follow {@code previous} (the last row of the page before) in {@code orderBy}, read
     * as a seek from that row's sort key instead of skipping every row before it: the grid's sequential scrolling
     * costs one page of index entries at any depth (V0016). Only the orders that an index of appointments reads in
     * full (today first, date, time, status, reason by V0019's {@code reason_sort}; both directions) seek, and
     * those by a person's name walk the people; for one doctor's or one patient's appointments (few, by their own
     * index), this returns {@code null} and the caller pages by offset.
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
            if (AppointmentSort.REASON.orderBy(ascending).equals(orderBy)) {
                var params = new LinkedHashMap<String, Object>();
                String after = reasonAfter(previous, ascending, params);
                return byIds(pageIds(filter, after, orderBy, 0, limit, today, params), today);
            }
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
                people.append(NameWords.of(name).condition("u", "ownerName", params));
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

    /**
     * " AND (rows after {@code previous} in the order by reason)": {@code reason_sort} (V0019, the reason's first
     * 700 characters), then date, time and id. A missing reason (NULL) sorts first ascending and last descending.
     */
    private static String reasonAfter(AppointmentRow previous, boolean ascending, Map<String, Object> params) {
        List<SeekKey> rest = List.of(DATE, TIME, ID).stream()
                .map(key -> new SeekKey(key.column(), ascending, key.value()))
                .toList();
        String restAfter = after(rest, previous, params);
        if (previous.reason() == null) {
            return ascending
                    ? " AND (a.reason_sort IS NOT NULL OR (a.reason_sort IS NULL" + restAfter + "))"
                    : " AND a.reason_sort IS NULL" + restAfter;
        }
        params.put("seekReason", previous.reason());
        String reason = "LEFT(:seekReason, " + REASON_SORT_LENGTH + ")";
        return " AND (a.reason_sort " + (ascending ? ">" : "<") + " " + reason + " OR (a.reason_sort = " + reason
                + restAfter + ")" + (ascending ? "" : " OR a.reason_sort IS NULL") + ")";
    }

    /** How many characters of the reason {@code reason_sort} holds (V0019). */
    private static final int REASON_SORT_LENGTH = 700;

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
        {" AND a.appointment_date = :today", "a.start_time, a.appointment_id", " AND t.count_date = :today"},
        {
            " AND a.appointment_date > :today",
            "a.appointment_date, a.start_time, a.appointment_id",
            " AND t.count_date > :today"
        },
        {
            " AND a.appointment_date < :today",
            "a.appointment_date DESC, a.start_time DESC, a.appointment_id",
            " AND t.count_date < :today"
        }
    };

    /**
     * Today (by time), then upcoming (soonest first), then past (latest first): each part skipped by its count.
     * Where the day totals answer for the filter, a part's count is their sum, and a page deep in the upcoming or
     * past part starts at the day that holds its first row ({@link #dayHolding}), skipping only within that day.
     */
    private List<Long> todayFirstIds(
            AppointmentFilter filter, long offset, int limit, LocalDate today, boolean byTotals) {
        String[][] parts = TODAY_FIRST_PARTS;
        var ids = new ArrayList<Long>();
        long skip = offset;
        for (int p = 0; p < parts.length; p++) {
            String[] part = parts[p];
            int wanted = limit - ids.size();
            if (wanted <= 0) {
                break;
            }
            var params = new LinkedHashMap<String, Object>();
            String andWhere = part[0];
            if (skip > 0) {
                long size = byTotals ? total(filter, part[2], today) : count(filter, part[0], today);
                if (skip >= size) {
                    skip -= size;
                    continue;
                }
                if (byTotals && p > 0) {
                    Start start = dayHolding(filter, part[2], p == 1, skip, today, params);
                    if (start != null) {
                        andWhere += start.andWhere();
                        skip -= start.before();
                    }
                }
            }
            ids.addAll(pageIds(filter, andWhere, part[1], skip, wanted, today, params));
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
    List<AppointmentRow> byIds(List<Long> ids, LocalDate today) {
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
     * The joins a query of appointment ids needs for this order: the doctor's or patient's user only where their
     * name is sorted on (a name in the filter is a condition on the people, {@link #where}). Every appointment has
     * both (foreign keys, inner joins), so leaving a join out changes no count.
     */
    private static String joinsFor(AppointmentFilter filter, String orderBy) {
        var joins = new StringBuilder();
        if (orderBy.contains("du.")) {
            joins.append(" JOIN doctors d ON d.doctor_id = a.doctor_id JOIN users du ON du.user_id = d.user_id");
        }
        if (orderBy.contains("pu.")) {
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

    /**
     * How many appointments the filter selects: without a name, doctor or patient in the filter, the sum of the
     * day totals of its status and dates (V0019: a few hundred rows a year instead of an index scan of every
     * appointment); otherwise a query of appointments' indexes (and users' where a name is filtered).
     */
    long count(AppointmentFilter filter) {
        if (NameFilterPages.names(filter)) {
            Long named = nameFilterPages.count(filter);
            if (named != null) {
                return named;
            }
        }
        return byDayTotals(filter) ? total(filter, "", null) : count(filter, "", null);
    }

    /** {@link #count} as a query of appointments, whatever the filter (to compare with the day totals). */
    long countRows(AppointmentFilter filter) {
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

    /**
     * " AND …" for the filter's status and dates, on the columns {@code status} and {@code day} (of appointments or
     * of kept totals), their values put in {@code params}.
     */
    static String statusAndDays(AppointmentFilter filter, String status, String day, Map<String, Object> params) {
        var and = new StringBuilder();
        if (filter.status() != null) {
            and.append(" AND ").append(status).append(" = :status");
            params.put("status", filter.status().name());
        }
        return and + days(filter, day, params);
    }

    /** " AND …" for the filter's dates on the column {@code day}, their values put in {@code params}. */
    static String days(AppointmentFilter filter, String day, Map<String, Object> params) {
        String and = "";
        if (filter.from() != null) {
            and += " AND " + day + " >= :from";
            params.put("from", filter.from());
        }
        if (filter.to() != null) {
            and += " AND " + day + " <= :to";
            params.put("to", filter.to());
        }
        return and;
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
        if (hasText(filter.doctorName())) {
            where.append(" AND a.doctor_id IN (SELECT nd.doctor_id FROM doctors nd JOIN users ndu"
                            + " ON ndu.user_id = nd.user_id WHERE 1 = 1")
                    .append(NameWords.of(filter.doctorName()).condition("ndu", "doctorName", params))
                    .append(")");
        }
        if (hasText(filter.patientName())) {
            where.append(" AND a.patient_id IN (SELECT np.patient_id FROM patients np JOIN users npu"
                            + " ON npu.user_id = np.user_id WHERE 1 = 1")
                    .append(NameWords.of(filter.patientName()).condition("npu", "patientName", params))
                    .append(")");
        }
        where.append(statusAndDays(filter, "a.status", "a.appointment_date", params));
        return where.toString();
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
