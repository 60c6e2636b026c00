package app.praxis.appointment;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A jump (a page at an offset without the previous row: dragging the admins' grid's scrollbar) in the order by
 * doctor ({@link AppointmentSort#DOCTOR}) and by time ({@link AppointmentSort#TIME}), both directions, read from
 * maintained totals instead of skipping every row before the page (V0024, issue 18):
 *
 * <ul>
 *   <li><b>by doctor</b>: each doctor's all-time appointments per status, a row of {@code appointment_daily_counts}
 *       on the sentinel date {@link #SENTINEL} keyed {@link #DOCTOR_TOTAL} + the doctor's id. The jump walks the
 *       doctors in name order (last name, first name, user id: the order's own keys, sorted by the database in the
 *       users' collation) summing their totals until the sum passes the offset, then reads that doctor's rows by
 *       {@code ix_appointment_doctor_day} (doctor, date, time, id) skipping only within the doctor;
 *   <li><b>by time</b>: the appointments per start time and day, per status, a row on the sentinel date keyed
 *       {@link #TIME_DAY} + second of the day × 10<sup>7</sup> + days since the sentinel, so the rows in key order
 *       are the time order's (start time, date) groups in order. The jump sums them until the sum passes the offset
 *       and reads that time's and day's rows by {@code ix_appointment_grid_time} (time, date, id, status, …),
 *       skipping only within one time of one day.
 * </ul>
 *
 * A page that runs past its group continues in the next groups with rows (their sizes known from the totals): one
 * statement of one {@code LIMIT}ed range per group, {@code UNION ALL}. The rows are written by
 * {@link SummaryDeltas} in the same statement as the day-and-doctor counts, at commit (no statement more per
 * change), and by {@link AppointmentSummaries#rebuild}.
 *
 * <p>Served: no filter, or a status; the time order also with any date range; the doctor order also with a date
 * range of at most {@link #MAX_BUCKET_RANGE_DAYS} days (an open end: the first or last day with appointments), from
 * the buckets' rows of its days (V0036, {@link DoctorOrderBuckets}). Not served (null: the caller reads by offset as
 * before): the doctor order with a longer date range, and any filter by a name, a doctor or a patient.
 */
class DoctorAndTimeJumps {

    /** The date of the rows that are not a day's: far before any appointment, so no date range reaches them. */
    static final LocalDate SENTINEL = LocalDate.of(1000, 1, 1);

    /** {@code SENTINEL} as SQL. */
    static final String SENTINEL_SQL = "DATE '1000-01-01'";

    /** The key of a doctor's all-time row on the sentinel date: this + the doctor's id (above every doctor's id). */
    static final long DOCTOR_TOTAL = 1_000_000_000_000L;

    /** The key of a start time's and day's row on the sentinel date: this + second × 10^7 + days since the sentinel. */
    static final long TIME_DAY = 2_000_000_000_000L;

    private static final long DAYS = 10_000_000L;

    private final JdbcClient jdbc;

    /** The doctor order's buckets (V0027). */
    private final @Nullable DoctorOrderBuckets buckets;

    DoctorAndTimeJumps(JdbcClient jdbc) {
        this(jdbc, true);
    }

    /** {@code byBuckets} false: the jump by doctor walks every doctor (round 10's read; the benchmark's "before"). */
    DoctorAndTimeJumps(JdbcClient jdbc, boolean byBuckets) {
        this.jdbc = jdbc;
        this.buckets = byBuckets ? new DoctorOrderBuckets(jdbc) : null;
    }

    static long doctorKey(long doctorId) {
        return DOCTOR_TOTAL + doctorId;
    }

    static long timeDayKey(LocalTime start, LocalDate day) {
        return TIME_DAY + start.toSecondOfDay() * DAYS + ChronoUnit.DAYS.between(SENTINEL, day);
    }

    /** {@link #doctorKey} in SQL of an appointment {@code a}. */
    static final String DOCTOR_KEY_SQL = DOCTOR_TOTAL + " + a.doctor_id";

    /** {@link #timeDayKey} in SQL of an appointment {@code a}. */
    static final String TIME_DAY_KEY_SQL = TIME_DAY + " + TIME_TO_SEC(a.start_time) * " + DAYS
            + " + DATEDIFF(a.appointment_date, " + SENTINEL_SQL + ")";

    /**
     * The ids of the page at {@code offset} in {@code orderBy}, or null when this order or filter is not served
     * here (the caller reads by offset). Empty when the offset is at or past the last row.
     */
    @Nullable
    List<Long> ids(AppointmentFilter filter, String orderBy, long offset, int limit) {
        if (filter.doctorId() != null
                || filter.patientId() != null
                || hasText(filter.doctorName())
                || hasText(filter.patientName())
                || limit <= 0) {
            return null;
        }
        for (boolean ascending : new boolean[] {true, false}) {
            if (AppointmentSort.DOCTOR.orderBy(ascending).equals(orderBy)) {
                if (filter.from() == null && filter.to() == null) {
                    return byDoctor(filter, ascending, offset, limit);
                }
                if (buckets != null) {
                    return byDoctorInDays(filter, ascending, offset, limit);
                }
                if (filter.from() != null
                        && filter.to() != null
                        && !filter.to().isBefore(filter.from())
                        && ChronoUnit.DAYS.between(filter.from(), filter.to()) < MAX_RANGE_DAYS) {
                    return byDoctorInRange(
                            new DoctorOrderBuckets.Days(filter.from(), filter.to()), filter, ascending, offset, limit);
                }
                return null;
            }
            if (AppointmentSort.TIME.orderBy(ascending).equals(orderBy)) {
                return byTime(filter, ascending, offset, limit);
            }
        }
        return null;
    }

    /** A run of rows the page reads: one doctor's, or one start time's on one day; {@code size} from the totals. */
    private record Group(String where, List<Object> params, long size) {}

    private List<Long> byDoctor(AppointmentFilter filter, boolean ascending, long offset, int limit) {
        String dir = ascending ? "ASC" : "DESC";
        // V0027: the buckets' counts, then one bucket's doctors (null: its doctors did not add up, walk them all)
        DoctorOrderBuckets.Walk walk = buckets == null
                ? null
                : buckets.walk(AppointmentSummaries.countedColumns(filter.status()), ascending, offset, limit);
        if (walk != null) {
            return walkPage(walk, filter, dir, offset, limit);
        }
        return doctorsPage(
                jdbc.sql("SELECT c.doctor_id - " + DOCTOR_TOTAL + ", "
                        + AppointmentSummaries.countedColumns(filter.status())
                        + " FROM appointment_daily_counts c JOIN doctors d ON d.doctor_id = c.doctor_id - "
                        + DOCTOR_TOTAL + " JOIN users u ON u.user_id = d.user_id WHERE c.count_date = " + SENTINEL_SQL
                        + " AND c.doctor_id > " + DOCTOR_TOTAL + " AND c.doctor_id < " + TIME_DAY
                        + inNameOrder(dir)),
                filter,
                dir,
                offset,
                limit);
    }

    /** The page from a walk of the buckets' doctors ({@link DoctorOrderBuckets}), each doctor's rows in date order. */
    private List<Long> walkPage(
            DoctorOrderBuckets.Walk walk, AppointmentFilter filter, String dir, long offset, int limit) {
        return page(
                walk.doctors().stream()
                        .map(doctor -> new Group(" a.doctor_id = ?", List.of(doctor.doctorId()), doctor.rows()))
                        .toList(),
                filter,
                "a.appointment_date " + dir + ", a.start_time " + dir + ", a.appointment_id " + dir,
                offset - walk.before(),
                limit);
    }

    /** {@code ORDER BY} the doctors' names ({@code u}: their accounts), as the grid's doctor order. */
    private static String inNameOrder(String dir) {
        return " ORDER BY u.last_name " + dir + ", u.first_name " + dir + ", u.user_id " + dir;
    }

    /** The page from the doctors {@code doctors} gives in name order (their id and row count), each in date order. */
    private List<Long> doctorsPage(
            JdbcClient.StatementSpec doctors, AppointmentFilter filter, String dir, long offset, int limit) {
        List<Group> groups = doctors.query(
                        (rs, row) -> new Group(" a.doctor_id = ?", List.of(rs.getLong(1)), rs.getLong(2)))
                .list();
        return page(
                groups,
                filter,
                "a.appointment_date " + dir + ", a.start_time " + dir + ", a.appointment_id " + dir,
                offset,
                limit);
    }

    /**
     * The longest date range (in days) whose jump by doctor sums every doctor's rows per day (days × doctors rows:
     * 2,000 doctors × 31 days = 62,000) when it is read without the buckets (round 13's read, the benchmark's
     * "before"); a longer or open range is then read by offset.
     */
    static final int MAX_RANGE_DAYS = 31;

    /**
     * The longest date range (in days) whose jump by doctor reads the buckets' rows per day (V0036: 40 buckets × 366
     * days and one bucket's 50 doctors × 366 days at most); a longer one is read by offset.
     */
    static final int MAX_BUCKET_RANGE_DAYS = 366;

    /**
     * The jump by doctor within a date range (an open end: the first or last day with appointments), from the buckets'
     * rows of its days (V0036), then the holding bucket's doctors' rows of its days. Null (read by offset) when the
     * range is longer than {@link #MAX_BUCKET_RANGE_DAYS}.
     */
    private @Nullable List<Long> byDoctorInDays(AppointmentFilter filter, boolean ascending, long offset, int limit) {
        LocalDate from = filter.from() != null ? filter.from() : firstOrLastDay("MIN");
        LocalDate to = filter.to() != null ? filter.to() : firstOrLastDay("MAX");
        if (from == null || to == null || to.isBefore(from)) {
            return List.of(); // no appointments at all, or an empty range
        }
        if (ChronoUnit.DAYS.between(from, to) >= MAX_BUCKET_RANGE_DAYS) {
            return null;
        }
        var days = new DoctorOrderBuckets.Days(from, to);
        DoctorOrderBuckets.Walk walk = buckets == null
                ? null
                : buckets.walk(AppointmentSummaries.countedColumns(filter.status()), days, ascending, offset, limit);
        if (walk != null) {
            return walkPage(walk, filter, ascending ? "ASC" : "DESC", offset, limit);
        }
        return byDoctorInRange(days, filter, ascending, offset, limit); // a bucket's doctors did not add up
    }

    /** The first ({@code MIN}) or last ({@code MAX}) day with appointments (V0019's day totals), null without any. */
    private @Nullable LocalDate firstOrLastDay(String minOrMax) {
        return jdbc.sql("SELECT " + minOrMax + "(t.count_date) FROM appointment_day_totals t")
                .query((rs, row) -> rs.getObject(1, LocalDate.class))
                .single();
    }

    /**
     * The jump by doctor within a date range, as round 10 read it: each doctor's rows of {@code
     * appointment_daily_counts} per day of the range summed (the day-and-doctor rows: doctor ids above 0 and below
     * the buckets' keys), in name order.
     */
    private List<Long> byDoctorInRange(
            DoctorOrderBuckets.Days days, AppointmentFilter filter, boolean ascending, long offset, int limit) {
        String dir = ascending ? "ASC" : "DESC";
        return doctorsPage(
                jdbc.sql("SELECT t.doctor_id, t.n FROM (SELECT c.doctor_id, SUM("
                                + AppointmentSummaries.countedColumns(filter.status())
                                + ") AS n FROM appointment_daily_counts c WHERE c.count_date BETWEEN ? AND ?"
                                + " AND c.doctor_id > 0 AND c.doctor_id < " + DoctorOrderBuckets.ROW
                                + " GROUP BY c.doctor_id) t JOIN doctors d ON d.doctor_id = t.doctor_id"
                                + " JOIN users u ON u.user_id = d.user_id" + inNameOrder(dir))
                        .params(days.from(), days.to()),
                filter,
                dir,
                offset,
                limit);
    }

    private List<Long> byTime(AppointmentFilter filter, boolean ascending, long offset, int limit) {
        String dir = ascending ? "ASC" : "DESC";
        var params = new ArrayList<Object>();
        var where = new StringBuilder(" WHERE c.count_date = " + SENTINEL_SQL + " AND c.doctor_id >= " + TIME_DAY
                + " AND c.doctor_id < " + (TIME_DAY + 86_400 * DAYS));
        if (filter.from() != null) {
            where.append(" AND MOD(c.doctor_id - ")
                    .append(TIME_DAY)
                    .append(", ")
                    .append(DAYS)
                    .append(") >= ?");
            params.add(ChronoUnit.DAYS.between(SENTINEL, filter.from()));
        }
        if (filter.to() != null) {
            where.append(" AND MOD(c.doctor_id - ")
                    .append(TIME_DAY)
                    .append(", ")
                    .append(DAYS)
                    .append(") <= ?");
            params.add(ChronoUnit.DAYS.between(SENTINEL, filter.to()));
        }
        List<Group> groups = jdbc.sql(
                        "SELECT c.doctor_id - " + TIME_DAY + ", " + AppointmentSummaries.countedColumns(filter.status())
                                + " FROM appointment_daily_counts c" + where + " ORDER BY c.doctor_id " + dir)
                .params(params)
                .query((rs, row) -> {
                    long key = rs.getLong(1);
                    return new Group(
                            " a.start_time = ? AND a.appointment_date = ?",
                            List.of(LocalTime.ofSecondOfDay(key / DAYS), SENTINEL.plusDays(key % DAYS)),
                            rs.getLong(2));
                })
                .list();
        return page(groups, filter, "a.appointment_id " + dir, offset, limit);
    }

    /**
     * The page from the groups in the order's order: skips whole groups by their sizes until the one holding the
     * row at {@code offset}, then reads that group from within and the following groups with rows until the page is
     * full, each a range of its own index in {@code within} (the order inside a group), in one statement.
     */
    private List<Long> page(List<Group> groups, AppointmentFilter filter, String within, long offset, int limit) {
        var parts = new ArrayList<String>();
        var params = new ArrayList<Object>();
        long before = 0;
        int wanted = limit;
        for (Group group : groups) {
            if (wanted <= 0) {
                break;
            }
            if (group.size() <= 0 || before + group.size() <= offset) {
                before += Math.max(0, group.size());
                continue;
            }
            long skip = Math.max(0, offset - before);
            long take = Math.min(wanted, group.size() - skip);
            var part = new StringBuilder("(SELECT " + parts.size() + " AS part, a.appointment_date, a.start_time,"
                    + " a.appointment_id FROM appointments a WHERE" + group.where());
            params.addAll(group.params());
            if (filter.status() != null) {
                part.append(" AND a.status = ?");
                params.add(filter.status().name());
            }
            if (filter.from() != null) {
                part.append(" AND a.appointment_date >= ?");
                params.add(filter.from());
            }
            if (filter.to() != null) {
                part.append(" AND a.appointment_date <= ?");
                params.add(filter.to());
            }
            part.append(" ORDER BY ").append(within).append(" LIMIT ? OFFSET ?)");
            params.add(take);
            params.add(skip);
            parts.add(part.toString());
            before += group.size();
            wanted -= (int) take;
        }
        if (parts.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT p.appointment_id FROM (" + String.join(" UNION ALL ", parts) + ") p ORDER BY p.part, "
                        + within.replace("a.", "p."))
                .params(params)
                .query(Long.class)
                .list();
    }

    private static boolean hasText(@Nullable String text) {
        return text != null && !text.isBlank();
    }
}
