package app.praxis.appointment;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The admins' grid with a doctor's name alone in its filter (no patient), in the orders a day's kept counts serve
 * (issue 18, round 12): the named doctors' rows of {@code appointment_daily_counts} per day give the day that holds
 * a page, which is then read within its few days ({@link NameFilterPages} resolves the names and reads the page).
 *
 * <ul>
 *   <li><b>by date</b> (and today first's upcoming and past parts): the named doctors' kept rows per day, summed in
 *       the order until the sum passes the offset;
 *   <li><b>by status</b> (then date, time, id): each status's rows of the named doctors from their kept totals, the
 *       statuses skipped whole until the one holding the offset, then the order by date within that status.
 * </ul>
 *
 * The rows per day are their kept rows' ({@code appointment_daily_counts}, index only since V0031: 15,600 entries
 * for 100 doctors, faster than counting their 50,000 entries of {@code ix_appointment_doctor_day}, round 13). Since
 * round 44 a name of one word (no doctor chosen by id) sums its spellings' kept rows per day and month instead
 * ({@link DoctorNameRows}, V0057): one spelling's rows for 'Klara' where its 100 doctors' were read.
 */
final class NamedDoctorPages {

    /** Reads the page among the named doctors' rows: {@code andWhere} added, in {@code orderBy}, skipping. */
    @FunctionalInterface
    interface PageReader {
        List<Long> page(
                AppointmentFilter filter,
                String andWhere,
                String orderBy,
                long offset,
                int limit,
                Map<String, Object> params);

        /** This reader reading along {@code index} alone ({@code FORCE INDEX}) where it can; else itself. */
        default PageReader along(String index) {
            return this;
        }
    }

    /**
     * The index the page within its days is read along (round 15): with 100 doctors in the statement the optimizer
     * estimated each doctor's range by a dive into every index that starts with the doctor (2,981 pages for a page of
     * 451: 100 ranges in five indexes); forced, it dives into this one only (1,053 pages), the plan it chose anyway.
     * With a status too since round 25: the dives cost more than any other plan could save (by hand, a page of 'Klara'
     * within one to five days took 6.4-13.8 ms unforced against 2.2-4.8 forced, for SCHEDULED, COMPLETED and NO_SHOW;
     * for NO_SHOW the optimizer chose the status's index of all doctors, for the others this one).
     */
    static final String DAY_INDEX = "ix_appointment_doctor_day";

    /** V0048's index of each doctor's rows by status and start time (then date, id), which the time order reads. */
    private static final String STATUS_TIME_INDEX = "ix_appointment_doctor_status_time";

    /**
     * V0063's index of each doctor's rows by start time (then date, id), which the time order's page reads without a
     * status (round 50): one range per doctor, where {@link #STATUS_TIME_INDEX} needs one per doctor and status.
     */
    private static final String TIME_INDEX = "ix_appointment_doctor_time";

    /**
     * A page of the named doctors' rows: the filter (no patient), the doctors it names, the order's direction, the
     * offset and size of the page, how the page is read once its days are known, and the keys of the name's kept rows
     * per spelling (V0057; null: the doctors' own rows are summed).
     */
    record Request(
            AppointmentFilter filter,
            List<Long> doctors,
            boolean ascending,
            long offset,
            int limit,
            PageReader reader,
            DoctorNameRows.@Nullable Keys names) {

        /** The same doctors and direction, for another filter, offset and size (a part of the page). */
        Request part(AppointmentFilter otherFilter, long otherOffset, int otherLimit) {
            return new Request(otherFilter, doctors, ascending, otherOffset, otherLimit, reader, names);
        }

        /**
         * The kept rows of the named doctors' visit days ({@code months} false) or months: " AND c.doctor_id IN
         * (:keys)" with the keys put into {@code params}, or null when there are none (no row).
         */
        @Nullable
        String keptRows(boolean months, Map<String, Object> params) {
            List<Long> keys = names == null
                    ? months ? doctors.stream().map(DoctorMonthRows::key).toList() : doctors
                    : months ? names.months() : names.days();
            if (keys.isEmpty()) {
                return null;
            }
            params.put("keys", keys);
            // a spelling's rows of months are keyed as its days' (a range open at its start would reach them)
            return " AND c.doctor_id IN (:keys)"
                    + (names != null && !months ? " AND " + DoctorMonthRows.visitDays("c.count_date") : "");
        }

        /** {@code counted} (a sum of {@code c}'s count columns) as each kept row adds it up ({@link #keptRows}). */
        String counted(String counted) {
            return names == null ? counted : DoctorNameRows.Keys.signed(counted);
        }
    }

    /**
     * How the named doctors' rows per day are counted without a status: from their kept rows (round 11, again since
     * round 13) or the appointments' index (round 12, the benchmark's "before").
     */
    enum DayRead {
        INDEX_WITHOUT_STATUS,
        KEPT_ROWS
    }

    private final JdbcClient jdbc;
    private final DayRead dayRead;

    NamedDoctorPages(JdbcClient jdbc) {
        this(jdbc, DayRead.KEPT_ROWS);
    }

    NamedDoctorPages(JdbcClient jdbc, DayRead dayRead) {
        this.jdbc = jdbc;
        this.dayRead = dayRead;
    }

    /**
     * The statuses in the grid's status order ascending: the database sorts the status names in the column's
     * collation; these are upper-case ASCII words that differ before any underscore, so the collation's order is
     * the names' own.
     */
    private static final List<AppointmentStatus> STATUS_ORDER = Stream.of(AppointmentStatus.values())
            .sorted(Comparator.comparing(AppointmentStatus::name))
            .toList();

    /**
     * The page at {@code offset} in the status order ({@code ascending} or not: status, then date, time and id) of
     * the named doctors' rows.
     */
    List<Long> byStatus(Request request) {
        AppointmentFilter filter = request.filter();
        boolean ascending = request.ascending();
        int limit = request.limit();
        List<AppointmentStatus> statuses =
                filter.status() != null ? List.of(filter.status()) : ascending ? STATUS_ORDER : STATUS_ORDER.reversed();
        Map<AppointmentStatus, Long> sizes = filter.status() == null ? statusSizes(request) : Map.of();
        String dir = ascending ? "ASC" : "DESC";
        String dateOrder = "a.appointment_date " + dir + ", a.start_time " + dir + ", a.appointment_id " + dir;
        var ids = new ArrayList<Long>();
        long skip = request.offset();
        for (AppointmentStatus status : statuses) {
            if (ids.size() >= limit) {
                break;
            }
            if (filter.status() == null) {
                long size = sizes.getOrDefault(status, 0L);
                if (skip >= size) {
                    skip -= size;
                    continue;
                }
            }
            var one = new AppointmentFilter(
                    filter.doctorId(),
                    filter.patientId(),
                    filter.doctorName(),
                    filter.patientName(),
                    status,
                    filter.from(),
                    filter.to());
            ids.addAll(byDay(request.part(one, skip, limit - ids.size()), dateOrder));
            skip = 0;
        }
        return ids;
    }

    /**
     * The named doctors' rows per status (the filter's dates): their kept totals, or their rows per day (or their
     * name's, V0057).
     */
    private Map<AppointmentStatus, Long> statusSizes(Request request) {
        AppointmentFilter filter = request.filter();
        var params = new HashMap<String, Object>();
        String sql;
        if (filter.from() == null && filter.to() == null) {
            params.put(
                    "keys",
                    request.doctors().stream()
                            .map(DoctorAndTimeJumps::doctorKey)
                            .toList());
            sql = "SELECT " + statusSums(AppointmentSummaries::countedColumns)
                    + " FROM appointment_daily_counts c" + NameFilterPages.BY_KEY
                    + " WHERE c.count_date = " + DoctorAndTimeJumps.SENTINEL_SQL + " AND c.doctor_id IN (:keys)";
        } else {
            // the named doctors' own ids (or their name's keys): never a sentinel's, bucket's or specialization's row
            String keptRows = request.keptRows(false, params);
            if (keptRows == null) {
                return Map.of();
            }
            sql = "SELECT " + statusSums(status -> request.counted(AppointmentSummaries.countedColumns(status)))
                    + " FROM appointment_daily_counts c WHERE 1 = 1" + keptRows
                    + AppointmentRowRepository.days(filter, "c.count_date", params);
        }
        var sizes = new HashMap<AppointmentStatus, Long>();
        jdbc.sql(sql).params(params).query(rs -> {
            for (int i = 0; i < STATUS_ORDER.size(); i++) {
                sizes.put(STATUS_ORDER.get(i), rs.getLong(i + 1));
            }
        });
        return sizes;
    }

    /** Each status's sum of {@code counted} over the rows, in {@link #STATUS_ORDER}. */
    private static String statusSums(Function<AppointmentStatus, String> counted) {
        return STATUS_ORDER.stream()
                .map(status -> "COALESCE(SUM(" + counted.apply(status) + "), 0)")
                .collect(Collectors.joining(", "));
    }

    /**
     * The page at {@code offset} in the order by date ({@code ascending} or not, then time and id) of the named
     * doctors' rows: their kept rows per month (without days) or per day summed in that order until the sum passes
     * the offset, a month's days read when the page is in it, then the page from the days it spans (its first and
     * last day from the kept rows: the read sorts those days' rows only).
     */
    List<Long> byDay(Request request, String orderBy) {
        AppointmentFilter filter = request.filter();
        boolean ascending = request.ascending();
        List<Run> runs = byMonths(filter) ? months(request, ascending) : Run.ofDays(days(request, filter, ascending));
        return pageFromRuns(
                request,
                runs,
                "",
                ascending,
                orderBy,
                request.offset(),
                request.limit(),
                Map.of(),
                request.reader().along(DAY_INDEX));
    }

    /**
     * The default order (today by time, then upcoming soonest first, then past latest first) of the named doctors'
     * rows: their kept rows per month and today's month's per day (or without months, every day's) give each
     * part's size and the months or days of the part that holds the page (the request's direction is not used).
     */
    List<Long> todayFirst(Request request, LocalDate today) {
        AppointmentFilter filter = request.filter();
        int limit = request.limit();
        PageReader reader = request.reader().along(DAY_INDEX);
        List<Run> runs;
        if (byMonths(filter)) {
            YearMonth todaysMonth = YearMonth.from(today);
            List<Run> months = months(request, true);
            runs = new ArrayList<>();
            for (Run month : months) {
                if (month.month() && YearMonth.from(month.first()).equals(todaysMonth)) {
                    runs.addAll(Run.ofDays(days(request, within(filter, todaysMonth, todaysMonth), true)));
                } else {
                    runs.add(month);
                }
            }
        } else {
            runs = Run.ofDays(days(request, filter, true));
        }
        List<Run> upcoming =
                runs.stream().filter(run -> run.first().isAfter(today)).toList();
        List<Run> past = runs.stream()
                .filter(run -> run.first().isBefore(today))
                .toList()
                .reversed();
        long todays = runs.stream()
                .filter(run -> !run.month() && run.first().equals(today))
                .mapToLong(Run::rows)
                .sum();
        var ids = new ArrayList<Long>();
        long skip = request.offset();
        if (skip < todays) {
            var params = new LinkedHashMap<String, Object>();
            params.put("today", today);
            ids.addAll(reader.page(
                    filter, " AND a.appointment_date = :today", "a.start_time, a.appointment_id", skip, limit, params));
            skip = 0;
        } else {
            skip -= todays;
        }
        for (boolean later : new boolean[] {true, false}) {
            List<Run> part = later ? upcoming : past;
            long size = part.stream().mapToLong(Run::rows).sum();
            if (ids.size() >= limit) {
                break;
            }
            if (skip >= size) {
                skip -= size;
                continue;
            }
            ids.addAll(pageFromRuns(
                    request,
                    part,
                    later ? " AND a.appointment_date > :today" : " AND a.appointment_date < :today",
                    later,
                    later
                            ? "a.appointment_date, a.start_time, a.appointment_id"
                            : "a.appointment_date DESC, a.start_time DESC, a.appointment_id",
                    skip,
                    limit - ids.size(),
                    Map.of("today", today),
                    reader));
            skip = 0;
        }
        return ids;
    }

    /**
     * The named doctors' rows of a day, or of a whole month (its first day) whose days are read only when a page is
     * in it.
     */
    private record Run(LocalDate first, long rows, boolean month) {

        static List<Run> ofDays(List<Object[]> days) {
            return days.stream()
                    .map(day -> new Run((LocalDate) day[0], (Long) day[1], false))
                    .toList();
        }
    }

    /**
     * Whether the date walks sum the named doctors' kept rows per month (V0050) first: without days. With days the
     * range's own days are read (a range of a few weeks holds fewer rows than its months).
     */
    private boolean byMonths(AppointmentFilter filter) {
        return dayRead == DayRead.KEPT_ROWS && filter.from() == null && filter.to() == null;
    }

    /** The filter narrowed to the days of the months {@code first} to {@code last}. */
    private static AppointmentFilter within(AppointmentFilter filter, YearMonth first, YearMonth last) {
        return new AppointmentFilter(
                filter.doctorId(),
                filter.patientId(),
                filter.doctorName(),
                filter.patientName(),
                filter.status(),
                first.atDay(1),
                last.atEndOfMonth());
    }

    /**
     * The page at {@code offset} among the rows of {@code runs} (in the order's order): the runs summed until the
     * sum passes the offset, the months among the runs that hold the page read as their days (one read of those
     * months' days), then the page from those days ({@link #pageFromDays}).
     */
    private List<Long> pageFromRuns(
            Request request,
            List<Run> runs,
            String andWhere,
            boolean ascending,
            String orderBy,
            long offset,
            int limit,
            Map<String, Object> params,
            PageReader reader) {
        PageSpan span = PageSpan.of(runs.stream().mapToLong(Run::rows).toArray(), offset, limit);
        if (span == null) {
            return List.of();
        }
        List<Run> spanned = runs.subList(span.first(), span.last() + 1);
        List<YearMonth> months = spanned.stream()
                .filter(Run::month)
                .map(run -> YearMonth.from(run.first()))
                .sorted()
                .toList();
        List<Object[]> monthsDays = months.isEmpty()
                ? List.of()
                : days(request, within(request.filter(), months.getFirst(), months.getLast()), ascending);
        var days = new ArrayList<Object[]>();
        for (Run run : spanned) {
            if (run.month()) {
                YearMonth month = YearMonth.from(run.first());
                monthsDays.stream()
                        .filter(day -> YearMonth.from((LocalDate) day[0]).equals(month))
                        .forEach(days::add);
            } else {
                days.add(new Object[] {run.first(), run.rows()});
            }
        }
        return pageFromDays(
                request.filter(), days, andWhere, ascending, orderBy, offset - span.before(), limit, params, reader);
    }

    /**
     * The page at {@code offset} among the rows of {@code days} (day, rows; in the order's order): the days summed
     * until the sum passes the offset, then the page read from its first to its last day, skipping only within the
     * first ({@code andWhere} and its {@code params} added).
     */
    static List<Long> pageFromDays(
            AppointmentFilter filter,
            List<Object[]> days,
            String andWhere,
            boolean ascending,
            String orderBy,
            long offset,
            int limit,
            Map<String, Object> params,
            PageReader reader) {
        return pageFromKeys(
                filter,
                "a.appointment_date",
                days,
                andWhere,
                ascending,
                orderBy,
                offset,
                limit,
                params,
                span -> reader);
    }

    /**
     * {@link #pageFromDays} for any leading column of the order: {@code keys} (value of {@code column}, rows) in the
     * order's order, the page read between the spanned keys' first and last value, by the reader chosen for the span.
     */
    private static List<Long> pageFromKeys(
            AppointmentFilter filter,
            String column,
            List<Object[]> keys,
            String andWhere,
            boolean ascending,
            String orderBy,
            long offset,
            int limit,
            Map<String, Object> params,
            Function<PageSpan, PageReader> reader) {
        PageSpan span =
                PageSpan.of(keys.stream().mapToLong(key -> (Long) key[1]).toArray(), offset, limit);
        if (span == null) {
            return List.of();
        }
        var pageParams = new LinkedHashMap<String, Object>(params);
        pageParams.put("firstKey", keys.get(span.first())[0]);
        pageParams.put("lastKey", keys.get(span.last())[0]);
        String between = ascending
                ? " AND " + column + " >= :firstKey AND " + column + " <= :lastKey"
                : " AND " + column + " <= :firstKey AND " + column + " >= :lastKey";
        return reader.apply(span).page(filter, andWhere + between, orderBy, offset - span.before(), limit, pageParams);
    }

    /**
     * The page at {@code offset} in the time order ({@code ascending} or not: start time, then date and id) of the
     * named doctors' rows: their rows per start time (a few dozen times) summed from their kept rows per time (V0049,
     * round 24: 1,600 rows for 'Klara' at 1,000,000; their name's since V0060, round 47: 16 rows), or with days and a
     * status counted along {@link #STATUS_TIME_INDEX} (the status's entries only: ~11,000 for 'Klara' SCHEDULED), with
     * days alone along {@link #DAY_INDEX} (the range's entries: 7,000 for 30 days; round 29), then the page read from
     * the spanned times' rows along {@link #timeIndex} (round 50: without a status one range per doctor and time;
     * before, every status named on the status index, or with days every entry of the day index's range). Before round
     * 22, one read took all ~50,000 of their entries and sorted them for every page (docs/PERFORMANCE.md, rounds 22 and
     * 24).
     */
    List<Long> byTime(Request request) {
        AppointmentFilter filter = request.filter();
        boolean ascending = request.ascending();
        boolean days = filter.from() != null || filter.to() != null;
        boolean status = filter.status() != null;
        List<Object[]> times = days
                // with days and no status, the range's own entries of the doctor's day index (V0051 carries the
                // status): the five statuses' ranges per doctor of the status index would read every entry (round 29)
                ? countedTimes(filter, request.doctors(), ascending, status ? STATUS_TIME_INDEX : DAY_INDEX)
                : keptTimes(request, ascending);
        return pageFromKeys(
                filter,
                "a.start_time",
                times,
                "",
                ascending,
                AppointmentSort.TIME.orderBy(ascending),
                request.offset(),
                request.limit(),
                Map.of(),
                span -> request.reader().along(timeIndex(status, days, span)));
    }

    /**
     * The index a page of the time order is read along: with a status the status's ({@link #STATUS_TIME_INDEX}),
     * without one {@link #TIME_INDEX}, but with days over more than one time the day index: there a range of times
     * holds every day's entries of those times (a page of one day spans several), where the day index holds only the
     * range's.
     */
    private static String timeIndex(boolean status, boolean days, PageSpan span) {
        if (status) {
            return STATUS_TIME_INDEX;
        }
        return days && span.first() != span.last() ? DAY_INDEX : TIME_INDEX;
    }

    /**
     * The named doctors' rows of the filter's status (any without one) per start time, from their kept rows (V0049),
     * or since V0060 (round 47) their name's (16 rows for 'Klara', where its 100 doctors' were 1,600).
     */
    private List<Object[]> keptTimes(Request request, boolean ascending) {
        DoctorNameRows.Keys names = request.names();
        List<Long> keys = names != null
                ? names.times()
                : request.doctors().stream().map(DoctorTimeRows::key).toList();
        if (keys.isEmpty()) {
            return List.of();
        }
        var times = new ArrayList<Object[]>();
        jdbc.sql("SELECT c.count_date, SUM("
                        + request.counted(AppointmentSummaries.countedColumns(
                                request.filter().status()))
                        + ") FROM appointment_daily_counts c WHERE c.count_date BETWEEN " + DoctorTimeRows.FIRST_DAY_SQL
                        + " AND " + DoctorTimeRows.LAST_DAY_SQL + " AND c.doctor_id IN (:keys)"
                        + " GROUP BY c.count_date ORDER BY c.count_date " + (ascending ? "ASC" : "DESC"))
                .param("keys", keys)
                .query(rs -> {
                    if (rs.getLong(2) > 0) {
                        times.add(new Object[] {DoctorTimeRows.time(rs.getObject(1, LocalDate.class)), rs.getLong(2)});
                    }
                });
        return times;
    }

    /** The doctors' rows of the filter's status and days per start time, counted along {@code index}. */
    private List<Object[]> countedTimes(AppointmentFilter filter, List<Long> doctors, boolean ascending, String index) {
        var params = new HashMap<String, Object>();
        params.put("ids", doctors);
        var times = new ArrayList<Object[]>();
        jdbc.sql("SELECT a.start_time, COUNT(*) FROM appointments a FORCE INDEX (" + index + ")"
                        + " WHERE a.doctor_id IN (:ids)"
                        + AppointmentRowRepository.statusAndDays(filter, "a.status", "a.appointment_date", params)
                        + " GROUP BY a.start_time ORDER BY a.start_time " + (ascending ? "ASC" : "DESC"))
                .params(params)
                .query(rs -> {
                    times.add(new Object[] {rs.getObject(1, LocalTime.class), rs.getLong(2)});
                });
        return times;
    }

    /**
     * The named doctors' rows of the filter's status (any without one) per month, from their kept rows (V0050), in
     * date order: 8 rows per doctor at 1,000,000 where their rows per day are 156.
     */
    private List<Run> months(Request request, boolean ascending) {
        var params = new HashMap<String, Object>();
        String keptRows = request.keptRows(true, params);
        if (keptRows == null) {
            return List.of();
        }
        var months = new ArrayList<Run>();
        jdbc.sql("SELECT c.count_date, SUM("
                        + request.counted(AppointmentSummaries.countedColumns(
                                request.filter().status())) + ")"
                        + " FROM appointment_daily_counts c WHERE " + DoctorMonthRows.days("c.count_date")
                        + keptRows + " GROUP BY c.count_date ORDER BY c.count_date " + (ascending ? "ASC" : "DESC"))
                .params(params)
                .query(rs -> {
                    if (rs.getLong(2) > 0) {
                        months.add(new Run(
                                DoctorMonthRows.month(rs.getObject(1, LocalDate.class))
                                        .atDay(1),
                                rs.getLong(2),
                                true));
                    }
                });
        return months;
    }

    /**
     * The named doctors' rows per day (day, rows) in date order, days without rows left out. Without a status: a
     * count of their entries of {@code ix_appointment_doctor_day} (doctor, date, …) grouped by day, from the index
     * alone; with a status (not in that index): the status's column of their kept rows per day.
     */
    private List<Object[]> days(Request request, AppointmentFilter filter, boolean ascending) {
        String dir = ascending ? "ASC" : "DESC";
        var params = new HashMap<String, Object>();
        String sql;
        if (filter.status() == null && dayRead == DayRead.INDEX_WITHOUT_STATUS) {
            params.put("ids", request.doctors());
            sql = "SELECT a.appointment_date, COUNT(*) FROM appointments a WHERE a.doctor_id IN (:ids)"
                    + AppointmentRowRepository.days(filter, "c.count_date", params)
                            .replace("c.count_date", "a.appointment_date")
                    + " GROUP BY a.appointment_date ORDER BY a.appointment_date " + dir;
        } else {
            String keptRows = request.keptRows(false, params);
            if (keptRows == null) {
                return List.of();
            }
            sql = "SELECT c.count_date, SUM(" + request.counted(AppointmentSummaries.countedColumns(filter.status()))
                    + ") FROM appointment_daily_counts c WHERE 1 = 1" + keptRows
                    + AppointmentRowRepository.days(filter, "c.count_date", params)
                    + " GROUP BY c.count_date ORDER BY c.count_date " + dir;
        }
        var days = new ArrayList<Object[]>();
        jdbc.sql(sql).params(params).query(rs -> {
            if (rs.getLong(2) > 0) {
                days.add(new Object[] {rs.getObject(1, LocalDate.class), rs.getLong(2)});
            }
        });
        return days;
    }
}
