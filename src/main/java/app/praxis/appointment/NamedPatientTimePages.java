package app.praxis.appointment;

import app.praxis.appointment.PatientNamePairs.Span;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The admins' grid with a patient's name alone in the time order (start time, day, id; issue 18, round 20). The name's
 * rows per start time come from V0045's kept rows ({@link PatientNameCounts#perTime}); summed in the order until the
 * sum passes the offset, they give the start times the page spans and the rows before the first. Those times' rows
 * are then read along V0045's indexes, which hold the start time right after the names: one tight range per copied
 * name and time ({@link PatientNamePairs}), already in the order (a few thousand entries for 'Klara' at 1,000,000,
 * not the name's ~50,000). With more names than the cap, the spanned times are one range of those indexes per name
 * prefix, read whole.
 */
final class NamedPatientTimePages {

    /** V0045's indexes: the names, then the time order's columns, then what every filter tests. */
    static final String FIRST_INDEX = "ix_appointment_patient_first_time",
            LAST_INDEX = "ix_appointment_patient_last_time";

    private final JdbcClient jdbc;

    NamedPatientTimePages(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The page at {@code offset} in the time order ({@code ascending} or not) of the rows of {@code ranges} (the
     * name's two disjoint " FORCE INDEX (…) WHERE …" along {@link #FIRST_INDEX} and {@link #LAST_INDEX}, their
     * parameters in {@code params}), whose rows per start time are {@code times} (in time order; times without rows
     * left out). {@code names}: the ranges' copied names, null to read the ranges whole.
     */
    List<Long> page(
            @Nullable PatientNamePairs names,
            List<String> ranges,
            Map<String, Object> params,
            NavigableMap<LocalTime, Long> times,
            boolean ascending,
            long offset,
            int limit) {
        var ordered = new ArrayList<>((ascending ? times : times.descendingMap()).entrySet());
        PageSpan span =
                PageSpan.of(ordered.stream().mapToLong(Map.Entry::getValue).toArray(), offset, limit);
        if (span == null) {
            return List.of();
        }
        List<LocalTime> spanned = ordered.subList(span.first(), span.last() + 1).stream()
                .map(Map.Entry::getKey)
                .toList();
        var all = new LinkedHashMap<String, Object>(params);
        List<String> reads = names == null ? null : names.byName(ranges, spans(spanned), all);
        if (reads == null) {
            // the spanned times as one range per name prefix, read whole
            all = new LinkedHashMap<>(params);
            all.put("lowTime", ascending ? spanned.getFirst() : spanned.getLast());
            all.put("highTime", ascending ? spanned.getLast() : spanned.getFirst());
            reads = ranges.stream()
                    .map(range -> range + " AND a.start_time >= :lowTime AND a.start_time <= :highTime")
                    .toList();
        }
        if (reads.isEmpty()) {
            return List.of();
        }
        String dir = ascending ? " ASC" : " DESC";
        all.put("limit", limit);
        all.put("skip", offset - span.before());
        String union = reads.stream()
                .map(range -> "SELECT a.appointment_id, a.appointment_date, a.start_time FROM appointments a" + range)
                .collect(Collectors.joining(" UNION ALL "));
        return jdbc.sql("SELECT u.appointment_id FROM (" + union + ") u ORDER BY u.start_time" + dir
                        + ", u.appointment_date" + dir + ", u.appointment_id" + dir + " LIMIT :limit OFFSET :skip")
                .params(all)
                .query(Long.class)
                .list();
    }

    /**
     * The rows of {@code ranges} (the names' own, day-led indexes, {@code ix_appointment_patient_first_name} and
     * {@code ix_appointment_patient_last_name}) per start time, in time order, read name by name: each name's range
     * within the filter's days is tight there ('Klara' with the last 30 days: ~7,000 entries, not ~50,000). Null above
     * the names' cap.
     */
    @Nullable
    NavigableMap<LocalTime, Long> perTime(PatientNamePairs names, List<String> ranges, Map<String, Object> params) {
        var all = new LinkedHashMap<String, Object>(params);
        List<String> byName = names.byName(ranges, List.of(Span.ANY), all);
        if (byName == null) {
            return null;
        }
        var times = new TreeMap<LocalTime, Long>();
        if (byName.isEmpty()) {
            return times;
        }
        String union = byName.stream()
                .map(range -> "SELECT a.start_time AS t, COUNT(*) AS n FROM appointments a" + range
                        + " GROUP BY a.start_time")
                .collect(Collectors.joining(" UNION ALL "));
        jdbc.sql("SELECT g.t, SUM(g.n) FROM (" + union + ") g GROUP BY g.t")
                .params(all)
                .query(rs -> {
                    times.put(rs.getObject(1, LocalTime.class), rs.getLong(2));
                });
        return times;
    }

    /** One span per start time, every day. */
    private static List<Span> spans(List<LocalTime> times) {
        return times.stream()
                .map(time -> new Span("a.start_time", time, null, null))
                .toList();
    }
}
