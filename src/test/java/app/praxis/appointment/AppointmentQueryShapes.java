package app.praxis.appointment;

import java.time.LocalDate;
import java.util.List;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * For benchmarks outside this package: the admins' grid page as one query of every joined row sorted and skipped,
 * the shape {@link AppointmentRowRepository#find} had before V0014, to time both on the same data.
 */
public final class AppointmentQueryShapes {

    private final AppointmentRowRepository rows;
    private final JdbcClient jdbc;

    public AppointmentQueryShapes(ApplicationContext context) {
        this.rows = context.getBean(AppointmentRowRepository.class);
        this.jdbc = context.getBean(JdbcClient.class);
    }

    /** The grid's count as a query of appointments (before V0019's day totals). */
    public long countInQuery(AppointmentFilter filter) {
        return rows.countRows(filter);
    }

    /** A page at an offset skipped by offset as before V0019 (no day totals). */
    public List<AppointmentRow> pageByOffset(
            AppointmentFilter filter, Sort sort, long offset, int limit, LocalDate today) {
        return rows.find(filter, AppointmentSort.orderBy(sort), offset, limit, today, false);
    }

    /**
     * A page's ids sorted by the reason as before V0019: the TEXT column itself, a sort of every row (no filter).
     */
    public List<Long> reasonPageIdsBefore(boolean ascending, long offset, int limit) {
        String dir = ascending ? "ASC" : "DESC";
        return jdbc.sql("SELECT a.appointment_id FROM appointments a ORDER BY a.reason_for_visit " + dir
                        + ", a.appointment_date " + dir + ", a.start_time " + dir + ", a.appointment_id " + dir
                        + " LIMIT ? OFFSET ?")
                .params(limit, offset)
                .query(Long.class)
                .list();
    }

    /** A page with a name filter read from the named people however many a name selects (round 11). */
    public List<AppointmentRow> namedPage(
            AppointmentFilter filter, Sort sort, long offset, int limit, LocalDate today) {
        return rows.byIds(
                new NameFilterPages(jdbc, Integer.MAX_VALUE)
                        .ids(filter, AppointmentSort.orderBy(sort), offset, limit, today),
                today);
    }

    /**
     * A page with a doctor's name as round 12 read it: the named doctors' rows per day counted from the appointments'
     * doctor index, the reason order as one sorted read of their rows (the "before" of round 13).
     */
    public List<AppointmentRow> namedPageRound12(
            AppointmentFilter filter, Sort sort, long offset, int limit, LocalDate today) {
        return rows.byIds(
                new NameFilterPages(
                                jdbc,
                                NameFilterPages.MAX_PEOPLE,
                                new NamedDoctorPages(jdbc, NamedDoctorPages.DayRead.INDEX_WITHOUT_STATUS),
                                true,
                                null,
                                new NamedDoctorPatientPages(jdbc))
                        .ids(filter, AppointmentSort.orderBy(sort), offset, limit, today),
                today);
    }

    /**
     * A page with a doctor's name as round 13 read it in the patient order: the named doctors' rows grouped per
     * patient, every patient looked up for the name and sorted (the "before" of round 14).
     */
    public List<AppointmentRow> namedPageRound13(
            AppointmentFilter filter, Sort sort, long offset, int limit, LocalDate today) {
        return rows.byIds(
                new NameFilterPages(
                                jdbc,
                                NameFilterPages.MAX_PEOPLE,
                                new NamedDoctorPages(jdbc),
                                true,
                                new NamedDoctorReasonPages(jdbc),
                                null)
                        .ids(filter, AppointmentSort.orderBy(sort), offset, limit, today),
                today);
    }

    /** The count with a name filter from the named people however many a name selects (round 11). */
    public long namedCount(AppointmentFilter filter) {
        return new NameFilterPages(jdbc, Integer.MAX_VALUE).count(filter);
    }

    /**
     * A jump's ids by doctor, from V0027's buckets ({@code buckets}) or as round 10 read them (V0024: every doctor's
     * total in name order; with a date range round 13's read, every doctor's rows of the days): the ids alone, to
     * time both the same way. Null when that read does not serve the filter (the grid reads by offset).
     */
    public @org.jspecify.annotations.Nullable List<Long> doctorJumpIds(
            AppointmentFilter filter, Sort sort, long offset, int limit, boolean buckets) {
        return new DoctorAndTimeJumps(jdbc, buckets).ids(filter, AppointmentSort.orderBy(sort), offset, limit);
    }

    /** The reason bucket's row of a key (SQL expressions), as a booking's count statement reads it (V0027). */
    public static String reasonBucketRowOf(String reason, String date, String time, String id) {
        return ReasonOrderJumps.bucketRowOf(reason, date, time, id);
    }

    /** The doctor bucket's row of a doctor (an SQL expression), as a booking's count statement reads it (V0027). */
    public static String doctorBucketRowOf(String doctorId) {
        return DoctorOrderBuckets.bucketRowOf(doctorId);
    }

    public List<AppointmentRow> pageInOneQuery(
            AppointmentFilter filter, Sort sort, long offset, int limit, LocalDate today) {
        return rows.findInOneQuery(filter, AppointmentSort.orderBy(sort), offset, limit, today);
    }
}
