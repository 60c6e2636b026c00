package app.praxis.appointment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The rows a patient's name selects, counted per copied name, day and status (round 15): each of the name's two
 * ranges grouped by (its index's two name columns, day), which is the order it is read in (no temporary table), with
 * a sum per status. One read gives what the grid's count and its groups need: the count (the sum), the rows per day
 * (by date, today first), per status and day (by status) and per name (by patient). About 1,400 rows for a name that
 * selects 50,000 appointments (9 names × 156 days).
 *
 * <p>Names equal in the users' collation may come back with different spellings on different days (each group's
 * first row's); the read ranks the names in the collation ({@code DENSE_RANK}), so such spellings are one name here as
 * they are one in the order.
 */
final class PatientNameCensus {

    private static final AppointmentStatus[] STATUSES = AppointmentStatus.values();

    /** One name's rows on one day: the name's rank in (last, first) order, its spelling, and the rows per status. */
    record Line(long rank, String last, String first, LocalDate day, long[] perStatus) {

        long rows() {
            long rows = 0;
            for (long n : perStatus) {
                rows += n;
            }
            return rows;
        }
    }

    private final List<Line> lines;

    PatientNameCensus(List<Line> lines) {
        this.lines = List.copyOf(lines);
    }

    /**
     * The census statement over {@code ranges} (the two ranges' " FORCE INDEX (…) WHERE …", first names' then last
     * names'), read by {@link #line}.
     */
    static String statement(List<String> ranges) {
        var perStatus = new StringBuilder();
        for (int s = 0; s < STATUSES.length; s++) {
            perStatus
                    .append(", SUM(a.status = '")
                    .append(STATUSES[s].name())
                    .append("') AS s")
                    .append(s);
        }
        String select = "SELECT a.patient_last_name AS l, a.patient_first_name AS f, a.appointment_date AS d"
                + perStatus + " FROM appointments a";
        var sums = new StringBuilder();
        for (int s = 0; s < STATUSES.length; s++) {
            sums.append(", g.s").append(s);
        }
        // each range grouped in its own index's order: first names' (first, last, day), last names' (last, first, day)
        return "SELECT DENSE_RANK() OVER (ORDER BY g.l, g.f), g.l, g.f, g.d" + sums + " FROM (" + select
                + ranges.get(0) + " GROUP BY a.patient_first_name, a.patient_last_name, a.appointment_date UNION ALL "
                + select + ranges.get(1) + " GROUP BY a.patient_last_name, a.patient_first_name, a.appointment_date"
                + ") g";
    }

    /** A row of {@link #statement}. */
    static Line line(java.sql.ResultSet rs) throws java.sql.SQLException {
        long[] perStatus = new long[STATUSES.length];
        for (int s = 0; s < STATUSES.length; s++) {
            perStatus[s] = rs.getLong(5 + s);
        }
        return new Line(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getObject(4, LocalDate.class), perStatus);
    }

    /** How many rows the name selects. */
    long rows() {
        return lines.stream().mapToLong(Line::rows).sum();
    }

    /** A group of the order's leading columns: its key and how many rows it holds. */
    record Group(List<Object> key, long rows) {}

    /** The rows per day, in day order (ascending or not). */
    List<Group> perDay(boolean ascending) {
        var days = new TreeMap<LocalDate, Long>();
        for (Line line : lines) {
            days.merge(line.day(), line.rows(), Long::sum);
        }
        return ordered(days, day -> List.of(day), ascending);
    }

    /**
     * The rows per status and day, in (status, day) order: the statuses' names compare in the database's collation as
     * in Java (upper-case letters that differ before any '_').
     */
    List<Group> perStatusAndDay(boolean ascending) {
        var statuses = new TreeMap<String, TreeMap<LocalDate, Long>>();
        for (Line line : lines) {
            for (int s = 0; s < STATUSES.length; s++) {
                if (line.perStatus()[s] > 0) {
                    statuses.computeIfAbsent(STATUSES[s].name(), status -> new TreeMap<>())
                            .merge(line.day(), line.perStatus()[s], Long::sum);
                }
            }
        }
        var ordered = new ArrayList<Group>();
        for (Map.Entry<String, TreeMap<LocalDate, Long>> status : statuses.entrySet()) {
            ordered.addAll(ordered(status.getValue(), day -> List.of(status.getKey(), day), true));
        }
        return ascending ? ordered : ordered.reversed();
    }

    /** The rows per name (last, first: one of its spellings), in the names' order in the collation. */
    List<Group> perName(boolean ascending) {
        var names = new TreeMap<Long, Group>();
        for (Line line : lines) {
            names.merge(
                    line.rank(),
                    new Group(List.of(line.last(), line.first()), line.rows()),
                    (kept, more) -> new Group(kept.key(), kept.rows() + more.rows()));
        }
        var ordered = new ArrayList<>(names.values());
        return ascending ? ordered : ordered.reversed();
    }

    private static <K> List<Group> ordered(TreeMap<K, Long> groups, Function<K, List<Object>> key, boolean ascending) {
        var ordered = new ArrayList<Group>();
        for (Map.Entry<K, Long> group :
                ascending ? groups.entrySet() : groups.descendingMap().entrySet()) {
            ordered.add(new Group(key.apply(group.getKey()), group.getValue()));
        }
        return ordered;
    }
}
