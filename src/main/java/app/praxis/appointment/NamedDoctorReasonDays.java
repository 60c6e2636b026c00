package app.praxis.appointment;

import java.nio.ByteBuffer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The admins' grid with a doctor's name and a date range in the reason order (reason, date, time, id; issue 18, round
 * 51). Round 29 listed the named doctors' reasons by a loose scan of V0032's reason index, counted the range's rows
 * with each reason an equality there (a range per doctor and reason: 500 for 'Klara' at 1,000,000) and then the days of
 * the reason holding the offset: three statements, 9.4 ms by hand for the last 30 days. V0064's index holds each
 * doctor's rows by day and then V0037's reason key, so one statement groups the range's entries (a range per doctor)
 * by key and day (2.8 ms), and the page is read from the spanned keys' days along it.
 *
 * <p>The key's first 32 bytes sort as the reason does, and its last byte says whether it holds the whole reason. The
 * groups are those 32 bytes: when a group the page spans holds a key that does not (a long reason, which may tie there
 * with another, or sort before a shorter one it starts with: {@link NamedPatientReasonPages}), this gives way (null)
 * to the reasons' own count. So does a range of more than {@code maxGroups} groups.
 */
final class NamedDoctorReasonDays {

    /** V0064's index of each doctor's rows by day, reason key, start time and status. */
    static final String INDEX = "ix_appointment_doctor_day_reason";

    /** The key's bytes that sort as the reason; the byte after them is 0 when the key holds its whole reason. */
    private static final int SORTED_BYTES = 32;

    /** The rows of one group of keys: its days (date, rows), and its one key when that holds its whole reason. */
    private static final class Group {

        final byte @Nullable [] sorted;

        final NavigableMap<LocalDate, Long> days = new TreeMap<>();

        /** Its key when every row's is that one and it holds the whole reason (null for rows without a reason). */
        byte @Nullable [] key;

        boolean whole = true;

        Group(byte @Nullable [] sorted) {
            this.sorted = sorted;
        }

        long rows() {
            return days.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    /** Groups without a reason first, then by their sorted bytes, unsigned (as the column sorts them). */
    private static final Comparator<Group> ORDER =
            Comparator.comparing(group -> group.sorted, Comparator.nullsFirst(Arrays::compareUnsigned));

    private final JdbcClient jdbc;

    private final int maxGroups;

    NamedDoctorReasonDays(JdbcClient jdbc, int maxGroups) {
        this.jdbc = jdbc;
        this.maxGroups = maxGroups;
    }

    /**
     * The page at the request's offset among the named doctors' rows within the filter's days (and status), or null
     * when a group of keys it spans does not hold one whole reason, or beyond {@code maxGroups} groups.
     */
    @Nullable
    List<Long> page(NamedDoctorPages.Request request) {
        List<Group> groups = groups(request);
        if (groups == null) {
            return null;
        }
        PageSpan span =
                PageSpan.of(groups.stream().mapToLong(Group::rows).toArray(), request.offset(), request.limit());
        if (span == null) {
            return List.of();
        }
        List<Group> spanned = groups.subList(span.first(), span.last() + 1);
        if (spanned.stream().anyMatch(group -> !group.whole)) {
            return null;
        }
        boolean ascending = request.ascending();
        String dir = ascending ? "ASC" : "DESC";
        String dateOrder = "a.appointment_date " + dir + ", a.start_time " + dir + ", a.appointment_id " + dir;
        NamedDoctorPages.PageReader reader = request.reader().along(INDEX);
        var ids = new ArrayList<Long>();
        long skip = request.offset() - span.before();
        for (Group group : spanned) {
            if (ids.size() >= request.limit()) {
                break;
            }
            var params = new HashMap<String, Object>();
            params.put("reasonKey", group.key);
            NavigableMap<LocalDate, Long> days = ascending ? group.days : group.days.descendingMap();
            ids.addAll(NamedDoctorPages.pageFromDays(
                    request.filter(),
                    days.entrySet().stream()
                            .map(day -> new Object[] {day.getKey(), day.getValue()})
                            .toList(),
                    " AND a.reason_key <=> :reasonKey",
                    ascending,
                    dateOrder,
                    skip,
                    request.limit() - ids.size(),
                    params,
                    reader));
            skip = 0;
        }
        return ids;
    }

    /** The range's rows per group of keys and day in the order, from the index alone; null beyond the bound. */
    @Nullable
    private List<Group> groups(NamedDoctorPages.Request request) {
        var params = new HashMap<String, Object>();
        params.put("ids", request.doctors());
        String sql = "SELECT a.reason_key, a.appointment_date, COUNT(*) FROM appointments a FORCE INDEX (" + INDEX
                + ") WHERE a.doctor_id IN (:ids)"
                + AppointmentRowRepository.statusAndDays(request.filter(), "a.status", "a.appointment_date", params)
                + " GROUP BY a.reason_key, a.appointment_date";
        // keyed by the sorted bytes' contents (null: no reason)
        Map<@Nullable ByteBuffer, Group> groups = new HashMap<>();
        jdbc.sql(sql).params(params).query(rs -> {
            byte[] key = rs.getBytes(1);
            byte[] sorted = key == null ? null : Arrays.copyOf(key, SORTED_BYTES);
            Group group = groups.computeIfAbsent(
                    sorted == null ? null : ByteBuffer.wrap(sorted), unused -> new Group(sorted));
            if (group.days.isEmpty()) {
                group.key = key;
            }
            group.whole &= key == null || key[SORTED_BYTES] == 0 && Arrays.equals(key, group.key);
            group.days.merge(rs.getObject(2, LocalDate.class), rs.getLong(3), Long::sum);
        });
        if (groups.size() > maxGroups) {
            return null;
        }
        List<Group> ordered = groups.values().stream().sorted(ORDER).toList();
        return request.ascending() ? ordered : ordered.reversed();
    }
}
