package app.praxis.appointment;

import app.praxis.appointment.PatientNamePairs.Span;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The admins' grid with a patient's name that selects many patients, in the reason order (reason, date, time, id;
 * issue 18, round 15). Each named row's {@code reason_sort} was a key look-up and the name's 50,000 rows were sorted by
 * the 700-character key (230 ms for 'Klara' at 1,000,000). V0037's {@code reason_key}, at the end of the names' two
 * indexes, sorts as {@code reason_sort} does in its first 32 bytes (its collation weights), and its last byte says
 * whether it holds the whole reason. The groups are the keys' first 32 bytes, not the whole keys: a reason of those
 * 32 bytes whole and a longer one that starts with them tie there, and the longer one sorts first when its next weight
 * is below the space's (a newline: the shorter one is compared as if padded with spaces), so only the reasons tell
 * them apart. So:
 *
 * <ol>
 *   <li>the name's two ranges grouped by the key, index only; a running sum over the groups in the order picks the
 *       groups the page spans (a few rows back, however many groups);
 *   <li>the page read from the ranges' rows of those groups, sorted by the key, then date, time and id: index only
 *       when each key holds its whole reason (its rows tie on the reason); else {@code reason_sort} is read for those
 *       groups' rows alone and sorts within the key.
 * </ol>
 *
 * A missing reason has a NULL key: it sorts below every key, as NULL below every reason; its group is read by
 * {@code IS NULL}. Round 16 ({@link #pageByDay}, V0038) reads the groups per key and day along indexes that hold the
 * key right after the names, and a page within whole keys name by name; the above is what it falls back to.
 */
final class NamedPatientReasonPages {

    /** The key's last byte when the key does not hold its whole reason (V0037), and when it does. */
    private static final byte[] PARTIAL = {1}, WHOLE = {0};

    /**
     * V0038's indexes (round 16): a name's rows in the reason key's order, then date, time and id, so that a name's
     * rows per key and day are grouped as the index is read and a page within one key's days is a tight range.
     */
    static final String FIRST_INDEX = "ix_appointment_patient_first_reason",
            LAST_INDEX = "ix_appointment_patient_last_reason";

    private final JdbcClient jdbc;

    NamedPatientReasonPages(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * A group of rows with one key's first 32 bytes (null: no reason): those bytes, its rows, the rows up to and
     * including it in the order, and whether each of its keys holds its whole reason (its rows then tie on the reason).
     */
    private record Group(byte @Nullable [] prefix, long rows, long through, boolean wholeReasons) {}

    /**
     * The page at {@code offset} in the reason order ({@code ascending} or not) of the rows of {@code ranges} (the
     * name's two disjoint " FORCE INDEX (…) WHERE …", their parameters in {@code params}).
     */
    List<Long> page(List<String> ranges, Map<String, Object> params, boolean ascending, long offset, int limit) {
        List<Group> spanned = spanned(ranges, params, ascending, offset, limit);
        if (spanned.isEmpty()) {
            return List.of();
        }
        Group first = spanned.getFirst();
        return read(ranges, params, ascending, spanned, offset - (first.through() - first.rows()), limit);
    }

    /**
     * The page {@code skip} rows into the first of the {@code spanned} groups (in the order): their rows of
     * {@code ranges}, sorted by the key, then date, time and id, with {@code reason_sort} within the key where a group
     * holds a key that does not hold its reason.
     */
    private List<Long> read(
            List<String> ranges,
            Map<String, Object> params,
            boolean ascending,
            List<Group> spanned,
            long skip,
            int limit) {
        Group first = spanned.getFirst();
        byte @Nullable [] low = (ascending ? first : spanned.getLast()).prefix();
        byte @Nullable [] high = (ascending ? spanned.getLast() : first).prefix();
        boolean whole = spanned.stream().allMatch(Group::wholeReasons);
        String dir = ascending ? " ASC" : " DESC";
        var all = new LinkedHashMap<String, Object>(params);
        all.put("limit", limit);
        all.put("skip", skip);
        String keys = keys(low, high, all);
        // the reason itself only where a key does not hold it (a look-up per row of those groups)
        String columns =
                "a.appointment_id, a.appointment_date, a.start_time, a.reason_key" + (whole ? "" : ", a.reason_sort");
        String union = ranges.stream()
                .map(range -> "SELECT " + columns + " FROM appointments a" + range + keys)
                .collect(Collectors.joining(" UNION ALL "));
        return jdbc.sql("SELECT u.appointment_id FROM (" + union + ") u ORDER BY LEFT(u.reason_key, 32)" + dir
                        + (whole ? "" : ", u.reason_sort" + dir) + ", u.appointment_date" + dir + ", u.start_time"
                        + dir + ", u.appointment_id" + dir + " LIMIT :limit OFFSET :skip")
                .params(all)
                .query(Long.class)
                .list();
    }

    /**
     * " AND …": the rows whose keys' first 32 bytes lie from {@code low} to {@code high} (null: no reason, below every
     * key), as a range of the whole keys: from low's whole key to high's partial one.
     */
    private static String keys(byte @Nullable [] low, byte @Nullable [] high, Map<String, Object> params) {
        if (high == null) {
            return " AND a.reason_key IS NULL";
        }
        params.put("highKey", concat(high, PARTIAL));
        if (low == null) {
            return " AND (a.reason_key IS NULL OR a.reason_key <= :highKey)";
        }
        params.put("lowKey", concat(low, WHOLE));
        return " AND a.reason_key >= :lowKey AND a.reason_key <= :highKey";
    }

    private static byte[] concat(byte[] prefix, byte[] last) {
        byte[] key = Arrays.copyOf(prefix, prefix.length + last.length);
        System.arraycopy(last, 0, key, prefix.length, last.length);
        return key;
    }

    /**
     * The groups (by key, in the order) that hold the rows from {@code offset} to {@code offset + limit}: each range
     * grouped by the key from its index, the groups summed as they come in the order, only the spanned returned.
     */
    private List<Group> spanned(
            List<String> ranges, Map<String, Object> params, boolean ascending, long offset, int limit) {
        String dir = ascending ? " ASC" : " DESC";
        var all = new LinkedHashMap<String, Object>(params);
        all.put("offset", offset);
        all.put("end", offset + limit);
        String counted = ranges.stream()
                .map(range -> "SELECT a.reason_key AS k, COUNT(*) AS n FROM appointments a" + range
                        + " GROUP BY a.reason_key")
                .collect(Collectors.joining(" UNION ALL "));
        // the keys' groups (few rows) merged by their first 32 bytes: whole and partial keys of one prefix are one
        // group
        String sql = "SELECT w.k, w.n, w.through, w.partial FROM (SELECT s.k, s.n, s.partial, SUM(s.n) OVER (ORDER BY"
                + " s.k" + dir + ") AS through FROM (SELECT LEFT(g.k, 32) AS k, SUM(g.n) AS n, MAX(RIGHT(g.k, 1)) AS"
                + " partial FROM (" + counted + ") g GROUP BY LEFT(g.k, 32)) s) w"
                + " WHERE w.through > :offset AND w.through - w.n < :end ORDER BY w.k" + dir;
        var groups = new ArrayList<Group>();
        jdbc.sql(sql).params(all).query(rs -> {
            byte[] partial = rs.getBytes(4);
            groups.add(new Group(
                    rs.getBytes(1), rs.getLong(2), rs.getLong(3), partial == null || partial[0] != PARTIAL[0]));
        });
        return groups;
    }

    /** A day's rows of a key group (prefix, as {@link Group}), and the rows before the whole key group in the order. */
    private record Day(
            byte @Nullable [] prefix, LocalDate day, long rows, long through, boolean wholeReasons, long beforeGroup) {}

    /**
     * Round 16: the page at {@code offset} from {@code ranges} along V0038's indexes ({@link #FIRST_INDEX},
     * {@link #LAST_INDEX}), their names within {@code names}' cap. With {@code countedRanges} (round 20, one range per
     * name, their parameters in {@code params} too) the groups are counted from those instead: the same rows within
     * the filter's days along the names' day-led indexes (a few thousand entries, not the names' every day), or the
     * rows of a few whole keys along V0038's ({@link #pageFromKeys}: {@code offset} then counts from their first row).
     * Each range is grouped by name, key and day as its index is read (no temporary table of 50,000 rows; the few thousand groups merged by the keys' first 32 bytes
     * and day), and only the days the page spans come back. Where each key group spanned holds its whole reasons, its
     * rows tie on the reason and follow date, time and id, which is the index's order after the key: the page is then
     * read name by name within each key group's spanned days (a few hundred index entries instead of the key group's
     * 16,000). Else (a key that does not hold its reason, or too many branches) the spanned key groups are read whole
     * as {@link #page} does ({@code before}: the first key group's rows before those counted, where the counted
     * rows start within it). Without {@code names} (round 35: ranges along the doctors' index, where name by name
     * reads the same entries in a range per name and doctor) each range is read within the spanned days as it is.
     */
    List<Long> pageByDay(
            @Nullable PatientNamePairs names,
            List<String> ranges,
            Map<String, Object> params,
            @Nullable List<String> countedRanges,
            boolean ascending,
            long offset,
            long before,
            int limit) {
        List<Day> days = spannedDays(ranges, params, countedRanges, ascending, offset, limit);
        if (days.isEmpty()) {
            return List.of();
        }
        Day first = days.getFirst();
        if (days.stream().allMatch(Day::wholeReasons)) {
            // one span per key group: its whole key (or no reason) and its spanned days
            var spans = new ArrayList<Span>();
            var spanned = new ArrayList<Day>();
            for (Day day : days) {
                Day last = spanned.isEmpty() ? null : spanned.getLast();
                if (last != null && Arrays.equals(last.prefix(), day.prefix())) {
                    spans.set(spans.size() - 1, spans.getLast().with(day.day()));
                } else {
                    byte[] key = day.prefix() == null ? null : concat(day.prefix(), WHOLE);
                    spans.add(new Span("a.reason_key", key, day.day(), day.day()));
                }
                spanned.add(day);
            }
            List<Long> page = pageInSpans(
                    names, ranges, params, spans, ascending, offset - (first.through() - first.rows()), limit);
            if (page != null) {
                return page;
            }
        }
        // the key groups spanned, read whole from the start of the first
        var groups = new ArrayList<Group>();
        for (Day day : days) {
            if (groups.isEmpty() || !Arrays.equals(groups.getLast().prefix(), day.prefix())) {
                groups.add(new Group(day.prefix(), 0, 0, day.wholeReasons()));
            }
        }
        return read(ranges, params, ascending, groups, offset + before - first.beforeGroup(), limit);
    }

    /**
     * The page {@code skip} rows into the first of {@code spans} (whole keys, or no reason, in the order, each with its
     * days), read name by name along V0038's indexes ({@code ranges}): within a whole key the rows tie on the reason and
     * follow date, time and id, the index's own order after the key. Null with too many names × spans. Without
     * {@code names}, each range within each span: one branch per range and span, not per name (round 35: along the
     * doctors' index the six names of 'Koch' × 100 doctors 'Klara' were 600 ranges to estimate: 9.8 ms by hand
     * for a page, 2.6 as the one range that holds its rows).
     */
    private @Nullable List<Long> pageInSpans(
            @Nullable PatientNamePairs names,
            List<String> ranges,
            Map<String, Object> params,
            List<Span> spans,
            boolean ascending,
            long skip,
            int limit) {
        var all = new LinkedHashMap<String, Object>(params);
        List<String> branches = names != null ? names.byName(ranges, spans, all) : rangesInSpans(ranges, spans, all);
        if (branches == null) {
            return null;
        }
        if (branches.isEmpty()) {
            return List.of();
        }
        String dir = ascending ? " ASC" : " DESC";
        all.put("limit", limit);
        all.put("skip", skip);
        String union = branches.stream()
                .map(range -> "SELECT a.appointment_id, a.appointment_date, a.start_time, a.reason_key"
                        + " FROM appointments a" + range)
                .collect(Collectors.joining(" UNION ALL "));
        return jdbc.sql("SELECT u.appointment_id FROM (" + union + ") u ORDER BY u.reason_key" + dir
                        + ", u.appointment_date" + dir + ", u.start_time" + dir + ", u.appointment_id" + dir
                        + " LIMIT :limit OFFSET :skip")
                .params(all)
                .query(Long.class)
                .list();
    }

    /**
     * Each range with each span's condition added after its own: the rows of the spans, range by range. Null with too
     * many ranges × spans, as name by name.
     */
    private static @Nullable List<String> rangesInSpans(
            List<String> ranges, List<Span> spans, Map<String, Object> params) {
        if (ranges.size() * spans.size() > PatientNamePairs.MAX_BRANCHES) {
            return null;
        }
        var branches = new ArrayList<String>();
        for (int s = 0; s < spans.size(); s++) {
            String within = spans.get(s).condition(s, params);
            ranges.forEach(range -> branches.add(range + within));
        }
        return branches;
    }

    /**
     * Round 20: the page at {@code offset} from the name's rows per reason key and week ({@code keys}: the kept
     * rows, V0053; the keys as lower-case hex in byte order, "" for no reason; the weeks by their Mondays). The keys
     * merged by their first 32 bytes are the groups, summed in the order until the sum passes the offset (no read of
     * the name's entries). Where each spanned group holds its whole reasons, the weeks that hold the page are found the
     * same way within them (round 32); their rows are counted per day name by name within the keys and weeks along
     * V0038's indexes ({@code ranges}), and the page read within the spanned days ({@link #pageByDay}); else the groups
     * are read as {@link #page} reads them.
     */
    List<Long> pageFromKeys(
            @Nullable PatientNamePairs names,
            List<String> ranges,
            Map<String, Object> params,
            NavigableMap<String, ? extends NavigableMap<LocalDate, Long>> keys,
            boolean ascending,
            long offset,
            int limit) {
        var groups = new ArrayList<Group>();
        var weeks = new ArrayList<NavigableMap<LocalDate, Long>>(); // each group's rows per week, as the groups
        for (var key : (ascending ? keys : keys.descendingMap()).entrySet()) {
            String hex = key.getKey();
            byte @Nullable [] prefix = hex.isEmpty() ? null : HexFormat.of().parseHex(hex, 0, 64);
            boolean whole = hex.isEmpty() || hex.endsWith("00");
            long rows =
                    key.getValue().values().stream().mapToLong(Long::longValue).sum();
            long before = groups.isEmpty() ? 0 : groups.getLast().through();
            Group last = groups.isEmpty() ? null : groups.getLast();
            if (last != null && Arrays.equals(last.prefix(), prefix)) {
                groups.set(
                        groups.size() - 1,
                        new Group(prefix, last.rows() + rows, before + rows, last.wholeReasons() && whole));
                key.getValue().forEach((week, n) -> weeks.getLast().merge(week, n, Long::sum));
            } else {
                groups.add(new Group(prefix, rows, before + rows, whole));
                weeks.add(new TreeMap<>(key.getValue()));
            }
        }
        int firstSpanned = IntStream.range(0, groups.size())
                .filter(g -> groups.get(g).through() > offset)
                .findFirst()
                .orElse(groups.size());
        List<Group> spanned = groups.subList(firstSpanned, groups.size()).stream()
                .takeWhile(group -> group.through() - group.rows() < offset + limit)
                .toList();
        if (spanned.isEmpty()) {
            return List.of();
        }
        Group first = spanned.getFirst();
        long skip = offset - (first.through() - first.rows());
        if (names != null && spanned.stream().allMatch(Group::wholeReasons)) {
            // round 32: within the spanned groups, the weeks the page spans: each group's span from the Monday of its
            // first such week to the Sunday of its last, the skip then from the first such week's first row
            var spans = new ArrayList<Span>();
            long at = first.through() - first.rows();
            long weeksBefore = -1;
            for (int g = 0; g < spanned.size(); g++) {
                Group group = spanned.get(g);
                NavigableMap<LocalDate, Long> groupWeeks = weeks.get(firstSpanned + g);
                Span span = null;
                for (var week : (ascending ? groupWeeks : groupWeeks.descendingMap()).entrySet()) {
                    if (at + week.getValue() > offset && at < offset + limit) {
                        if (weeksBefore < 0) {
                            weeksBefore = at - (first.through() - first.rows());
                        }
                        Span days = new Span(
                                "a.reason_key",
                                group.prefix() == null ? null : concat(group.prefix(), WHOLE),
                                week.getKey(),
                                week.getKey().plusDays(6));
                        span = span == null ? days : span.with(days.low()).with(days.high());
                    }
                    at += week.getValue();
                }
                if (span != null) {
                    spans.add(span);
                }
            }
            // the spanned weeks' rows per day, counted name by name within the keys and weeks (their index entries,
            // not the rows sorted), then the page name by name within the spanned days: round 16's path within them
            var all = new LinkedHashMap<String, Object>(params);
            List<String> weekRanges = names.byName(ranges, spans, all);
            if (weekRanges != null) {
                return weekRanges.isEmpty()
                        ? List.of()
                        : pageByDay(names, ranges, all, weekRanges, ascending, skip - weeksBefore, weeksBefore, limit);
            }
        }
        return read(ranges, params, ascending, spanned, skip, limit);
    }

    /**
     * Round 32: days cut into the whole weeks within them (Monday to Sunday; null where the days are open at that end)
     * and the days of the weeks they cut at either end ({@code cut}, as spans of days). No whole week: the days are one
     * cut span.
     *
     * <p>Round 37: a cut week with more of its days within the range than outside it is read whole from the kept rows
     * too, less its days outside the range ({@code outside}, counted to be subtracted): at most three days of a cut
     * week are counted, where up to six were ('Klara' in the last 30 days, Tuesday to Wednesday: 4 days, not 9).
     * {@code whole}: whether any week is read from the kept rows ({@code from} to {@code to}).
     */
    record Weeks(
            boolean whole,
            @Nullable LocalDate from,
            @Nullable LocalDate to,
            List<Span> cut,
            List<Span> outside) {

        static Weeks within(@Nullable LocalDate from, @Nullable LocalDate to) {
            var cut = new ArrayList<Span>();
            var outside = new ArrayList<Span>();
            LocalDate firstMonday = from == null ? null : monday(from);
            LocalDate lastMonday = to == null ? null : monday(to);
            boolean firstWhole = firstMonday == null || readWhole(firstMonday, from, to, cut, outside);
            boolean lastWhole = lastMonday == null
                    || (lastMonday.equals(firstMonday) ? firstWhole : readWhole(lastMonday, from, to, cut, outside));
            LocalDate keptFrom = firstMonday == null ? null : firstWhole ? firstMonday : firstMonday.plusWeeks(1);
            LocalDate keptTo = lastMonday == null ? null : lastWhole ? lastMonday.plusDays(6) : lastMonday.minusDays(1);
            boolean whole = keptFrom == null || keptTo == null || keptFrom.isBefore(keptTo);
            return whole ? new Weeks(true, keptFrom, keptTo, cut, outside) : new Weeks(false, null, null, cut, outside);
        }

        private static LocalDate monday(LocalDate day) {
            return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        }

        /**
         * Whether the week of {@code monday} is read from the kept rows: when {@code from} to {@code to} hold it whole,
         * or more of its days than not (its days outside them added to {@code outside}); else its days within them are
         * added to {@code cut}.
         */
        private static boolean readWhole(
                LocalDate monday,
                @Nullable LocalDate from,
                @Nullable LocalDate to,
                List<Span> cut,
                List<Span> outside) {
            LocalDate sunday = monday.plusDays(6);
            LocalDate low = from == null || from.isBefore(monday) ? monday : from;
            LocalDate high = to == null || to.isAfter(sunday) ? sunday : to;
            long within = low.until(high).getDays() + 1;
            if (2 * within < 7) {
                cut.add(new Span(null, null, low, high));
                return false;
            }
            if (low.isAfter(monday)) {
                outside.add(new Span(null, null, monday, low.minusDays(1)));
            }
            if (high.isBefore(sunday)) {
                outside.add(new Span(null, null, high.plusDays(1), sunday));
            }
            return true;
        }
    }

    /**
     * Round 32: adds to {@code keys} (as {@link #pageFromKeys} takes them) the rows of {@code ranges} (each a name's
     * branch within some days) per reason key and week, read from their index entries; round 37: the rows of the
     * ranges from index {@code firstSubtracted} on are taken out (days outside a range whose week was read whole), and
     * the weeks and keys left without rows dropped.
     */
    void addCounted(
            NavigableMap<String, TreeMap<LocalDate, Long>> keys,
            List<String> ranges,
            int firstSubtracted,
            Map<String, Object> params) {
        String union = IntStream.range(0, ranges.size())
                .mapToObj(r -> "SELECT a.reason_key AS k, " + PatientNameCounts.weekOf("a.appointment_date") + " AS w, "
                        + (r < firstSubtracted ? "" : "-") + "COUNT(*) AS n FROM appointments a" + ranges.get(r)
                        + " GROUP BY a.reason_key, w")
                .collect(Collectors.joining(" UNION ALL "));
        jdbc.sql("SELECT g.k, g.w, SUM(g.n) FROM (" + union + ") g GROUP BY g.k, g.w")
                .params(params)
                .query(rs -> {
                    byte[] key = rs.getBytes(1);
                    keys.computeIfAbsent(key == null ? "" : HexFormat.of().formatHex(key), k -> new TreeMap<>())
                            .merge(rs.getObject(2, LocalDate.class), rs.getLong(3), Long::sum);
                });
        keys.values().forEach(weeks -> weeks.values().removeIf(rows -> rows == 0));
        keys.values().removeIf(Map::isEmpty);
    }

    /**
     * The (key group, day) groups, in the order, that hold the rows from {@code offset} to {@code offset + limit}: each
     * range grouped by name, key and day as its index is read (or each of {@code countedRanges} by key and day),
     * merged by the keys' first 32 bytes and day, summed in the order; with each key group's rows before it and whether
     * all its keys (every day's) hold their reasons.
     */
    private List<Day> spannedDays(
            List<String> ranges,
            Map<String, Object> params,
            @Nullable List<String> countedRanges,
            boolean ascending,
            long offset,
            int limit) {
        String dir = ascending ? " ASC" : " DESC";
        var all = new LinkedHashMap<String, Object>(params);
        all.put("offset", offset);
        all.put("end", offset + limit);
        List<String> groupBys = List.of(
                "a.patient_first_name, a.patient_last_name, a.reason_key, a.appointment_date",
                "a.patient_last_name, a.patient_first_name, a.reason_key, a.appointment_date");
        String select = "SELECT a.reason_key AS k, a.appointment_date AS d, COUNT(*) AS n FROM appointments a";
        String counted = countedRanges != null
                ? countedRanges.stream()
                        .map(range -> select + range + " GROUP BY a.reason_key, a.appointment_date")
                        .collect(Collectors.joining(" UNION ALL "))
                : IntStream.range(0, ranges.size())
                        .mapToObj(r -> select + ranges.get(r) + " GROUP BY " + groupBys.get(r))
                        .collect(Collectors.joining(" UNION ALL "));
        String sql = "SELECT w.k, w.d, w.n, w.through, w.partial, w.before_group FROM (SELECT s.k, s.d, s.n,"
                + " SUM(s.n) OVER (ORDER BY s.k" + dir + ", s.d" + dir + ") AS through,"
                + " MAX(s.partial) OVER (PARTITION BY s.k) AS partial,"
                + " SUM(s.n) OVER (ORDER BY s.k" + dir + ") - SUM(s.n) OVER (PARTITION BY s.k) AS before_group"
                + " FROM (SELECT LEFT(g.k, 32) AS k, g.d, SUM(g.n) AS n, MAX(RIGHT(g.k, 1)) AS partial FROM ("
                + counted + ") g GROUP BY LEFT(g.k, 32), g.d) s) w"
                + " WHERE w.through > :offset AND w.through - w.n < :end ORDER BY w.k" + dir + ", w.d" + dir;
        var days = new ArrayList<Day>();
        jdbc.sql(sql).params(all).query(rs -> {
            byte[] partial = rs.getBytes(5);
            days.add(new Day(
                    rs.getBytes(1),
                    rs.getObject(2, LocalDate.class),
                    rs.getLong(3),
                    rs.getLong(4),
                    partial == null || partial[0] != PARTIAL[0],
                    rs.getLong(6)));
        });
        return days;
    }
}
