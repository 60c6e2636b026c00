package app.praxis.appointment;

import app.praxis.user.UserRenamed;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The appointment feature's daily summaries for the admin dashboard (V0013), kept in step by the transactions that
 * change appointments:
 *
 * <ul>
 *   <li>{@code appointment_daily_counts}: per visit day and doctor, the appointments by status (cancellations by
 *       the patient or by the practice) and the ones not cancelled by the hour they start. A change takes the
 *       appointment's contribution out ({@link #retract}) before it and puts it back ({@link #add}) after it: signed
 *       deltas, written at the transaction's commit in one order by {@link SummaryDeltas} (each an
 *       {@code INSERT … ON DUPLICATE KEY UPDATE}), so concurrent changes of one day add up (the row lock of the
 *       upsert orders them), none is lost and no two changes deadlock on these rows.
 *   <li>{@code appointment_first_visits} and {@code appointment_doctor_first_visits}: each patient's earliest
 *       appointment that is not cancelled, over all doctors and per doctor (new patients). A booking can only move
 *       it earlier ({@link #booked}, {@code LEAST}); a cancellation or a move recomputes the patient's rows
 *       ({@link #refreshFirstVisits}) under the patient's lock, from a locking read that sees the latest committed
 *       appointments.
 *   <li>{@code appointment_day_totals} (V0019): per visit day and status, how many appointments there are, from the
 *       same deltas: the admins' grid counts and finds the day of its n-th row from these few rows. Since V0020 also
 *       the cancellations by the patient and the hour columns, so that the dashboard reads the whole clinic's day
 *       from these rows instead of a row per doctor.
 * </ul>
 *
 * {@link #rebuild} fills them from the appointments (the migration's backfill), for data written by plain SQL (the
 * demo clinic, benchmarks).
 */
@Component
public class AppointmentSummaries {

    /** The hours of a day, as the hour columns h00 … h23 count them. */
    static final int HOURS = 24;

    private static final String HOUR_COLUMNS =
            IntStream.range(0, HOURS).mapToObj(AppointmentSummaries::hourColumn).collect(Collectors.joining(", "));

    /** The count columns by status (the first {@link #STATUS_TERMS}), as {@code doctor_name_patients} has them too. */
    static final String STATUS_COLUMNS = "scheduled, completed, no_shows, cancelled_by_patient, cancelled_by_practice";

    /**
     * One appointment row's contribution to its day's row, one term (0 or 1) per column: {@code a} the appointment,
     * {@code p} its patient. A cancellation is the patient's when the patient's user cancelled; anyone else's
     * (the doctor, an admin, time off, a deactivation) is the practice's.
     */
    /** The terms before the hours' ones: one per status column. */
    static final int STATUS_TERMS = 5;

    private static final List<String> TERMS = Stream.concat(
                    Stream.of(
                            "a.status = 'SCHEDULED'",
                            "a.status = 'COMPLETED'",
                            "a.status = 'NO_SHOW'",
                            "a.status = 'CANCELLED' AND a.cancelled_by <=> p.user_id",
                            "a.status = 'CANCELLED' AND NOT (a.cancelled_by <=> p.user_id)"),
                    IntStream.range(0, HOURS).mapToObj(h -> "a.status <> 'CANCELLED' AND HOUR(a.start_time) = " + h))
            .toList();

    private static final String INSERT_COUNTS = "INSERT INTO appointment_daily_counts (count_date, doctor_id, "
            + STATUS_COLUMNS + ", " + HOUR_COLUMNS + ") SELECT a.appointment_date, a.doctor_id, ";

    /** The count columns of {@code appointment_daily_counts}, one per term, in the terms' order. */
    static final String COUNT_COLUMNS = STATUS_COLUMNS + ", " + HOUR_COLUMNS;

    static final int COUNT_TERMS = TERMS.size();

    /**
     * The rows a filter's {@code status} selects (null: every status), as a sum of the count columns of a kept row
     * {@code c}: a cancellation is counted in one of two columns, by who cancelled.
     */
    static String countedColumns(@Nullable AppointmentStatus status) {
        if (status == null) {
            return "c.scheduled + c.completed + c.no_shows + c.cancelled_by_patient + c.cancelled_by_practice";
        }
        return switch (status) {
            case SCHEDULED -> "c.scheduled";
            case COMPLETED -> "c.completed";
            case NO_SHOW -> "c.no_shows";
            case CANCELLED -> "c.cancelled_by_patient + c.cancelled_by_practice";
        };
    }

    static final String ADD_UP = " ON DUPLICATE KEY UPDATE "
            + Stream.concat(Arrays.stream(STATUS_COLUMNS.split(", ")), Arrays.stream(HOUR_COLUMNS.split(", ")))
                    .map(column -> column + " = " + column + " + VALUES(" + column + ")")
                    .collect(Collectors.joining(", "));

    /** One sum per count term (of {@code a} and its patient {@code p}), in the count columns' order. */
    static final String SUMS = TERMS.stream().map(term -> "SUM(" + term + ")").collect(Collectors.joining(", "));

    /** {@link #SUMS}, each named as its count column (for a derived table whose sums are summed again). */
    static final String NAMED_SUMS = namedSums(COUNT_COLUMNS.split(", "));

    /** The first terms' sums, each named as its column of {@code columns}. */
    private static String namedSums(String[] columns) {
        return IntStream.range(0, columns.length)
                .mapToObj(i -> "SUM(" + TERMS.get(i) + ") AS " + columns[i])
                .collect(Collectors.joining(", "));
    }

    /** The sums of the status terms only, each named as its column of {@link #STATUS_COLUMNS}. */
    static final String STATUS_NAMED_SUMS = namedSums(STATUS_COLUMNS.split(", "));

    /** The sums of a derived table {@code g}'s {@link #NAMED_SUMS}, in the count columns' order. */
    static final String SUMS_OF_NAMED_SUMS = Arrays.stream(COUNT_COLUMNS.split(", "))
            .map(column -> "SUM(g." + column + ")")
            .collect(Collectors.joining(", "));

    private final JdbcClient jdbc;
    private final SummaryDeltas deltas;

    AppointmentSummaries(JdbcClient jdbc, SummaryDeltas deltas) {
        this.jdbc = jdbc;
        this.deltas = deltas;
    }

    static String hourColumn(int hour) {
        return "h%02d".formatted(hour);
    }

    /** Takes the appointment's current row out of the daily counts (before a change). */
    void retract(long appointmentId) {
        count(appointmentId, -1);
    }

    /** Puts the appointment's current row into the daily counts (after a change, or once inserted). */
    void add(long appointmentId) {
        count(appointmentId, 1);
    }

    /**
     * As {@link #add} for an appointment just booked, without reading it back: a SCHEDULED appointment (not
     * cancelled) counts once among the scheduled ones and once in the hour it starts, which is what the terms above
     * give for such a row ({@code AppointmentSummariesTest} compares the two).
     */
    void addBooked(
            LocalDate day,
            long doctorId,
            long patientId,
            LocalTime start,
            long appointmentId,
            @Nullable String reason) {
        deltas.add(booked(day, doctorId, patientId, start, appointmentId, reason), 1);
    }

    static SummaryDeltas.Contribution booked(
            LocalDate day,
            long doctorId,
            long patientId,
            LocalTime start,
            long appointmentId,
            @Nullable String reason) {
        int[] terms = new int[COUNT_TERMS];
        terms[0] = 1; // a.status = 'SCHEDULED'
        terms[STATUS_TERMS + start.getHour()] = 1; // a.status <> 'CANCELLED' AND HOUR(a.start_time) = h
        return new SummaryDeltas.Contribution(
                day, doctorId, "SCHEDULED", start, terms, patientId, appointmentId, reason);
    }

    /** How many patients a bucket of the grid's patient order holds when {@link #rebuild} chooses them (V0025). */
    static final int PATIENTS_PER_BUCKET = 1_000;

    /** The day of V0025's bucket rows in {@code appointment_daily_counts}: no visit day (V0024's sentinel too). */
    static final LocalDate BUCKET_DAY = DoctorAndTimeJumps.SENTINEL;

    /** A bucket's row in {@code appointment_daily_counts} has {@code doctor_id} = this - the bucket (V0025). */
    static final long BUCKET_ROW = -1_000_000_000L;

    /**
     * The bucket (V0025) of the patient order's key ({@code last}, {@code first}, {@code userId}: SQL expressions):
     * the highest bucket whose lower bound is at or below it, compared in the users' collation; 0 below every bound.
     */
    static String bucketOf(String last, String first, String userId) {
        return BucketCrossing.bucketOf("appointment_patient_buckets", last, first, userId);
    }

    /** "The key is at or above the bound of bucket {@code b}" (a bound's row of appointment_patient_buckets). */
    static String atOrAboveBound(String last, String first, String userId) {
        return boundAtOrBelow("b.last_name", "b.first_name", "b.user_id", last, first, userId);
    }

    /** "The bound ({@code boundLast}, {@code boundFirst}, {@code boundUser}) is at or below the key": SQL terms. */
    static String boundAtOrBelow(
            String boundLast, String boundFirst, String boundUser, String last, String first, String userId) {
        return "(" + boundLast + " < " + last + " OR (" + boundLast + " = " + last + " AND " + boundFirst + " < "
                + first + ") OR (" + boundLast + " = " + last + " AND " + boundFirst + " = " + first + " AND "
                + boundUser + " <= " + userId + "))";
    }

    /**
     * The columns of {@code appointment_day_totals} beyond its key (V0019's total; V0020's cancellations by the
     * patient and the not-cancelled appointments by starting hour, so that the dashboard reads the whole clinic's
     * day from the day's few status rows instead of a row per doctor).
     */
    static final String TOTAL_COLUMNS = "total, cancelled_by_patient, " + HOUR_COLUMNS;

    static final int TOTAL_TERMS = 2 + HOURS;

    static final String TOTALS_ADD_UP = " ON DUPLICATE KEY UPDATE "
            + Arrays.stream(TOTAL_COLUMNS.split(", "))
                    .map(column -> column + " = " + column + " + VALUES(" + column + ")")
                    .collect(Collectors.joining(", "));

    /** A contribution's terms for the day totals: 1 (the appointment), cancelled by the patient, the hours. */
    static int[] totalTerms(int[] countTerms) {
        int[] terms = new int[TOTAL_TERMS];
        terms[0] = 1;
        terms[1] = countTerms[3];
        System.arraycopy(countTerms, 5, terms, 2, HOURS);
        return terms;
    }

    /** V0022's rows per day and specialization: the sums of the doctors' rows by the specialization each has now. */
    private static final String SPECIALIZATION_ROWS = "INSERT INTO appointment_daily_counts (count_date, doctor_id, "
            + COUNT_COLUMNS + ") SELECT c.count_date, " + SummaryDeltas.specializationRow("d.specialization_id")
            + " AS spec_row, "
            + Arrays.stream(COUNT_COLUMNS.split(", "))
                    .map(column -> "SUM(c." + column + ")")
                    .collect(Collectors.joining(", "))
            + " FROM appointment_daily_counts c JOIN doctors d ON d.doctor_id = c.doctor_id WHERE c.doctor_id > 0"
            + " GROUP BY c.count_date, spec_row";

    /**
     * V0024's rows on the sentinel date (the grid's jumps by doctor and by time, {@link DoctorAndTimeJumps}): the
     * key (%1$s, of {@code a}) and the grouping (%2$s), the same columns as a day's row.
     */
    private static final String SENTINEL_ROWS = "INSERT INTO appointment_daily_counts (count_date, doctor_id, "
            + COUNT_COLUMNS + ") SELECT " + DoctorAndTimeJumps.SENTINEL_SQL + ", %1$s, " + SUMS
            + " FROM appointments a JOIN patients p ON p.patient_id = a.patient_id GROUP BY %2$s";

    /** Each doctor's rows per start time (V0049), as the migration wrote them. */
    private static final String DOCTOR_TIME_ROWS = "INSERT INTO appointment_daily_counts (count_date, doctor_id, "
            + COUNT_COLUMNS + ") SELECT " + DoctorTimeRows.DAY_SQL + ", " + DoctorTimeRows.KEY_SQL + ", " + SUMS
            + " FROM appointments a JOIN patients p ON p.patient_id = a.patient_id GROUP BY a.doctor_id, a.start_time";

    /** Each doctor's rows per month (V0050), as the migration wrote them. */
    private static final String DOCTOR_MONTH_ROWS = "INSERT INTO appointment_daily_counts (count_date, doctor_id, "
            + COUNT_COLUMNS + ") SELECT " + DoctorMonthRows.DAY_SQL + " AS d, " + DoctorMonthRows.KEY_SQL + ", " + SUMS
            + " FROM appointments a JOIN patients p ON p.patient_id = a.patient_id GROUP BY a.doctor_id, d";

    /**
     * Moves a doctor's history between the rows of two specializations (V0022): every day's counts of the doctor
     * out of the old specialization's row and into the new one's, in one statement in key order. Run in the
     * transaction that changed the doctor's specialization, which holds the doctor's row: a change of the doctor's
     * appointments commits its counts before it (and is moved with them) or after it (and reads the new
     * specialization, {@link SummaryDeltas}). INSERT … SELECT reads the latest committed rows.
     */
    void specializationChanged(long doctorId, @Nullable Long from, @Nullable Long to) {
        String[] columns = COUNT_COLUMNS.split(", ");
        jdbc.sql("INSERT INTO appointment_daily_counts (count_date, doctor_id, " + COUNT_COLUMNS + ")"
                        + " SELECT r.* FROM (SELECT c.count_date AS d, k.row_key, "
                        + IntStream.range(0, columns.length)
                                .mapToObj(i -> "k.sign * c." + columns[i] + " AS v" + i)
                                .collect(Collectors.joining(", "))
                        + " FROM appointment_daily_counts c JOIN (SELECT " + SummaryDeltas.specializationRow("?")
                        + " AS row_key, -1 AS sign UNION ALL SELECT " + SummaryDeltas.specializationRow("?")
                        + ", 1) k WHERE c.doctor_id = ?) r ORDER BY r.d, r.row_key" + ADD_UP)
                .params(from, to, doctorId)
                .update();
    }

    private static final String COUNT_ONE =
            " FROM appointments a JOIN patients p ON p.patient_id = a.patient_id WHERE a.appointment_id = :id";

    /** An appointment's day, doctor and status, and its term (0 or 1) for each count column. */
    private static final String CONTRIBUTION = "SELECT a.appointment_date, a.doctor_id, a.status, a.start_time,"
            + " a.patient_id, "
            + TERMS.stream().map(term -> "(" + term + ")").collect(Collectors.joining(", ")) + ", a.reason_for_visit"
            + COUNT_ONE;

    static final String FIRST_VISIT = "INSERT INTO appointment_first_visits (patient_id, first_date) VALUES (?, ?)"
            + " ON DUPLICATE KEY UPDATE first_date = LEAST(first_date, VALUES(first_date))";

    static final String DOCTOR_FIRST_VISIT =
            "INSERT INTO appointment_doctor_first_visits (patient_id, doctor_id, first_date) VALUES (?, ?, ?)"
                    + " ON DUPLICATE KEY UPDATE first_date = LEAST(first_date, VALUES(first_date))";

    private void count(long appointmentId, int sign) {
        deltas.add(contribution(appointmentId), sign);
    }

    /** The appointment's row as its contribution to the summaries, read from the database. */
    SummaryDeltas.Contribution contribution(long appointmentId) {
        return jdbc.sql(CONTRIBUTION)
                .param("id", appointmentId)
                .query((rs, n) -> {
                    int[] terms = new int[COUNT_TERMS];
                    for (int i = 0; i < terms.length; i++) {
                        terms[i] = rs.getInt(6 + i);
                    }
                    return new SummaryDeltas.Contribution(
                            rs.getObject(1, LocalDate.class),
                            rs.getLong(2),
                            rs.getString(3),
                            rs.getObject(4, LocalTime.class),
                            terms,
                            rs.getLong(5),
                            appointmentId,
                            rs.getString(6 + COUNT_TERMS));
                })
                .single();
    }

    /**
     * A new appointment (not cancelled) of the patient with the doctor on {@code date}: the first visits can only
     * move earlier. The caller holds the patient's lock.
     */
    void booked(long patientId, long doctorId, LocalDate date) {
        jdbc.sql(FIRST_VISIT).params(patientId, date).update();
        jdbc.sql(DOCTOR_FIRST_VISIT).params(patientId, doctorId, date).update();
    }

    /**
     * Recomputes the patient's first visits (overall and with the doctor) after one of their appointments was
     * cancelled or moved. The caller holds the patient's lock, so no other change of this patient's appointments
     * runs meanwhile; INSERT … SELECT reads the latest committed rows (a locking read), not an older snapshot.
     */
    void refreshFirstVisits(long patientId, long doctorId) {
        jdbc.sql("DELETE FROM appointment_first_visits WHERE patient_id = ?")
                .param(patientId)
                .update();
        jdbc.sql("INSERT INTO appointment_first_visits (patient_id, first_date)"
                        + " SELECT a.patient_id, MIN(a.appointment_date) FROM appointments a"
                        + " WHERE a.patient_id = ? AND a.status <> 'CANCELLED' GROUP BY a.patient_id")
                .param(patientId)
                .update();
        jdbc.sql("DELETE FROM appointment_doctor_first_visits WHERE patient_id = ? AND doctor_id = ?")
                .params(patientId, doctorId)
                .update();
        jdbc.sql("INSERT INTO appointment_doctor_first_visits (patient_id, doctor_id, first_date)"
                        + " SELECT a.patient_id, a.doctor_id, MIN(a.appointment_date) FROM appointments a"
                        + " WHERE a.patient_id = ? AND a.doctor_id = ? AND a.status <> 'CANCELLED'"
                        + " GROUP BY a.patient_id, a.doctor_id")
                .params(patientId, doctorId)
                .update();
    }

    /**
     * Empties the summaries and fills them again from every appointment: for rows written by plain SQL (the demo
     * clinic's seeder, the benchmarks' generators) and to repair a summary found out of step (docs/PERFORMANCE.md).
     * The same statements as V0013's backfill. Not for a live clinic's busy hours: it rewrites every row.
     */
    @Transactional
    public void rebuild() {
        jdbc.sql("DELETE FROM appointment_daily_counts").update();
        jdbc.sql(INSERT_COUNTS + SUMS
                        + " FROM appointments a JOIN patients p ON p.patient_id = a.patient_id"
                        + " GROUP BY a.appointment_date, a.doctor_id")
                .update();
        jdbc.sql(SPECIALIZATION_ROWS).update();
        jdbc.sql(SENTINEL_ROWS.formatted(DoctorAndTimeJumps.DOCTOR_KEY_SQL, "a.doctor_id"))
                .update();
        jdbc.sql(SENTINEL_ROWS.formatted(DoctorAndTimeJumps.TIME_DAY_KEY_SQL, "a.start_time, a.appointment_date"))
                .update();
        jdbc.sql(DOCTOR_TIME_ROWS).update();
        jdbc.sql(DOCTOR_MONTH_ROWS).update();
        DoctorNameRows.rebuild(jdbc);
        jdbc.sql("DELETE FROM appointment_day_totals").update();
        jdbc.sql("INSERT INTO appointment_day_totals (count_date, status, " + TOTAL_COLUMNS + ")"
                        + " SELECT a.appointment_date, a.status, COUNT(*), "
                        + TERMS.stream()
                                .skip(3)
                                .limit(1)
                                .map(term -> "SUM(" + term + ")")
                                .collect(Collectors.joining())
                        + ", "
                        + TERMS.stream()
                                .skip(5)
                                .map(term -> "SUM(" + term + ")")
                                .collect(Collectors.joining(", "))
                        + " FROM appointments a JOIN patients p ON p.patient_id = a.patient_id"
                        + " GROUP BY a.appointment_date, a.status")
                .update();
        jdbc.sql("DELETE FROM appointment_first_visits").update();
        jdbc.sql("INSERT INTO appointment_first_visits (patient_id, first_date) SELECT a.patient_id,"
                        + " MIN(a.appointment_date) FROM appointments a WHERE a.status <> 'CANCELLED'"
                        + " GROUP BY a.patient_id")
                .update();
        jdbc.sql("DELETE FROM appointment_doctor_first_visits").update();
        jdbc.sql("INSERT INTO appointment_doctor_first_visits (patient_id, doctor_id, first_date) SELECT a.patient_id,"
                        + " a.doctor_id, MIN(a.appointment_date) FROM appointments a WHERE a.status <> 'CANCELLED'"
                        + " GROUP BY a.patient_id, a.doctor_id")
                .update();
        rebuildPatientBuckets(PATIENTS_PER_BUCKET);
        rebuildDoctorBuckets(DoctorOrderBuckets.DOCTORS_PER_BUCKET);
        rebuildReasonBuckets(ReasonOrderJumps.ROWS_PER_BUCKET);
        PatientTotals.rebuild(jdbc);
        PatientNameCounts.rebuild(jdbc);
        // both orders' spellings' rows per bucket are written again (V0061, V0062): none is stale
        DoctorNameBucketRows.clearStale(jdbc);
    }

    /**
     * Chooses the doctor order's buckets again (V0027), {@code perBucket} doctors each, and sums their all-time rows.
     * Within {@link #rebuild}; alone for tests that want many buckets.
     */
    @Transactional
    void rebuildDoctorBuckets(int perBucket) {
        new DoctorOrderBuckets(jdbc).rebuild(perBucket);
    }

    /**
     * Chooses the reason order's buckets again (V0027), {@code perBucket} rows each, and counts their rows. Within
     * {@link #rebuild}; alone for tests that want many buckets.
     */
    @Transactional
    void rebuildReasonBuckets(int perBucket) {
        new ReasonOrderJumps(jdbc).rebuild(perBucket, COUNT_COLUMNS, SUMS);
    }

    /**
     * Chooses the patient order's buckets again (V0025), {@code perBucket} consecutive patients in name order each,
     * and counts their appointments from the rows. Within {@link #rebuild}; alone for tests that want many buckets.
     */
    @Transactional
    void rebuildPatientBuckets(int perBucket) {
        jdbc.sql("DELETE FROM appointment_patient_buckets").update();
        jdbc.sql("INSERT INTO appointment_patient_buckets (bucket, last_name, first_name, user_id)"
                        + " SELECT (r.n - 1) DIV :per, r.last_name, r.first_name, r.user_id FROM (" + NUMBERED_PATIENTS
                        + ") r WHERE r.n > 1 AND (r.n - 1) MOD :per = 0")
                .param("per", perBucket)
                .update();
        // the patients' buckets' rows and the doctors' rows of their groups (V0041), not the reason order's (V0047)
        jdbc.sql("DELETE FROM appointment_daily_counts WHERE count_date = ?"
                        + " AND (doctor_id <= ? OR (doctor_id >= ? AND doctor_id < ?))")
                .params(BUCKET_DAY, BUCKET_ROW, DoctorPatientGroups.ROW, DoctorReasonGroups.ROW)
                .update();
        countPerBucket(":row - pb.bucket", perBucket);
        // each doctor's rows per group of buckets (V0041)
        countPerBucket(DoctorPatientGroups.rowOf("a.doctor_id", "pb.bucket"), perBucket);
        // each spelling of a doctor's name's rows per bucket (V0062)
        DoctorNameBucketRows.rebuild(
                jdbc,
                DoctorNameBucketRows.Order.PATIENT,
                "SELECT a.doctor_id, a.status, a.cancelled_by, a.start_time, a.patient_id, pb.bucket FROM"
                        + BUCKETED_APPOINTMENTS,
                perBucket);
        // and each spelling's rows per patient (V0065), its spellings added just above
        DoctorNamePatients.rebuild(jdbc);
    }

    /** The appointments counted into the rows keyed {@code key}, of the patient's bucket {@code pb.bucket}. */
    private void countPerBucket(String key, int perBucket) {
        jdbc.sql(INSERT_COUNTS.replace(
                                "SELECT a.appointment_date, a.doctor_id, ", "SELECT :day, " + key + " AS row_key, ")
                        + SUMS + " FROM" + BUCKETED_APPOINTMENTS + " JOIN patients p ON p.patient_id = a.patient_id"
                        + " GROUP BY row_key")
                .param("day", BUCKET_DAY)
                .param("row", BUCKET_ROW)
                .param("per", perBucket)
                .update();
    }

    /** Every patient with their place (1, 2, …) in the grid's patient order. */
    private static final String NUMBERED_PATIENTS = "SELECT p2.patient_id, u.last_name, u.first_name, u.user_id,"
            + " ROW_NUMBER() OVER (ORDER BY u.last_name, u.first_name, u.user_id) AS n"
            + " FROM patients p2 JOIN users u ON u.user_id = p2.user_id";

    /**
     * Each patient's bucket {@code pb.bucket} ({@code :per} patients a bucket in the order) and their appointments
     * {@code a}, read by patient from the numbered patients (STRAIGHT_JOIN: as the test suite's data grew, MariaDB
     * sometimes joined every appointment to every numbered patient, a derived table without an index: 1-3 s a rebuild,
     * docs/PERFORMANCE.md round 49). Signed: MySQL's ROW_NUMBER() is unsigned, and :row - an unsigned value is out of
     * range.
     */
    private static final String BUCKETED_APPOINTMENTS = " (SELECT r.patient_id, CAST((r.n - 1) DIV :per AS SIGNED)"
            + " AS bucket FROM (" + NUMBERED_PATIENTS + ") r) pb STRAIGHT_JOIN appointments a"
            + " ON a.patient_id = pb.patient_id";

    /**
     * A user was renamed (or their account closed): if they are a patient whose key crossed a bucket's bound
     * (V0025), their appointments' counts move from the old name's bucket to the new one's, in one statement in key
     * order, read from the appointments with a locking read (the latest committed rows). Run in the renaming
     * transaction, which holds the user's row: a change of the patient's appointments commits its bucket delta
     * before it (and is moved with it) or after it (and reads the new name, {@link SummaryDeltas}).
     */
    @EventListener
    void patientRenamed(UserRenamed renamed) {
        BucketCrossing crossing =
                BucketCrossing.of(jdbc, renamed, "patients", "patient_id", "appointment_patient_buckets");
        if (crossing == null) {
            return;
        }
        moveCounts("k.row_key", BUCKET_ROW - crossing.from(), BUCKET_ROW - crossing.to(), crossing);
        int fromGroup = DoctorPatientGroups.groupOf(crossing.from());
        int toGroup = DoctorPatientGroups.groupOf(crossing.to());
        if (fromGroup != toGroup) { // each doctor's rows of the patient's group of buckets (V0041)
            moveCounts(
                    "k.row_key + a.doctor_id * " + DoctorPatientGroups.PER_DOCTOR,
                    DoctorPatientGroups.ROW + fromGroup,
                    DoctorPatientGroups.ROW + toGroup,
                    crossing);
        }
        moveSpellingsCounts(crossing);
    }

    /**
     * The patient's counts out of their doctors' names' spellings' rows of the former bucket and into those of the new
     * one (V0062), read as {@link #moveCounts} reads them.
     */
    private void moveSpellingsCounts(BucketCrossing crossing) {
        jdbc.sql("INSERT INTO appointment_daily_counts (count_date, doctor_id, " + COUNT_COLUMNS + ")"
                        + " SELECT r.* FROM (SELECT k.d, " + DoctorNameBucketRows.Order.PATIENT.row
                        + " + s.spelling_id AS moved_key, "
                        + SIGNED_SUMS
                        + " FROM appointments a JOIN patients p ON p.patient_id = a.patient_id"
                        + " JOIN doctors d ON d.doctor_id = a.doctor_id JOIN users u ON u.user_id = d.user_id"
                        + " JOIN (SELECT 0 AS which UNION ALL SELECT 1) n JOIN doctor_name_spellings s"
                        + " ON s.spelling = CAST(IF(n.which = 0, u.first_name, u.last_name) AS BINARY)"
                        + " JOIN (SELECT :fromDay AS d, -1 AS sign UNION ALL SELECT :toDay, 1) k"
                        + " WHERE a.patient_id = :patient GROUP BY k.d, moved_key) r ORDER BY r.d, r.moved_key"
                        + ADD_UP)
                .param("fromDay", DoctorNameBucketRows.day(crossing.from()))
                .param("toDay", DoctorNameBucketRows.day(crossing.to()))
                .param("patient", crossing.personId())
                .update();
    }

    /** Each count term of {@code a} and {@code p} summed times {@code k.sign}, as columns {@code v0}, {@code v1}, … */
    private static final String SIGNED_SUMS = IntStream.range(0, TERMS.size())
            .mapToObj(i -> "SUM(k.sign * (" + TERMS.get(i) + ")) AS v" + i)
            .collect(Collectors.joining(", "));

    /** The patient's counts out of the rows keyed {@code key} from {@code fromRow} and into those from {@code toRow}. */
    private void moveCounts(String key, long fromRow, long toRow, BucketCrossing crossing) {
        jdbc.sql("INSERT INTO appointment_daily_counts (count_date, doctor_id, " + COUNT_COLUMNS + ")"
                        + " SELECT r.* FROM (SELECT :day AS d, " + key + " AS moved_key, "
                        + SIGNED_SUMS
                        + " FROM appointments a JOIN patients p ON p.patient_id = a.patient_id"
                        + " JOIN (SELECT :fromRow AS row_key, -1 AS sign UNION ALL SELECT :toRow, 1) k"
                        + " WHERE a.patient_id = :patient GROUP BY moved_key) r ORDER BY r.d, r.moved_key"
                        + ADD_UP)
                .param("day", BUCKET_DAY)
                .param("fromRow", fromRow)
                .param("toRow", toRow)
                .param("patient", crossing.personId())
                .update();
    }
}
