package app.praxis.appointment;

import app.praxis.base.TransactionPending;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Writes {@link AppointmentSummaries}' signed deltas to {@code appointment_daily_counts} (per day and doctor) and
 * {@code appointment_day_totals} (per day and status, the whole clinic: the total, and since V0020 the cancellations
 * by the patient and the hour columns, what the dashboard shows for the whole clinic): gathered in the changing transaction and
 * written just before it commits, in one order for every transaction (the counts by day and doctor, then the totals
 * by day and status). Written at once, each change would hold its rows until its commit, so every booking of a day
 * would wait for the last one's commit on that day's total, and two moves between the same two days in opposite
 * directions would deadlock, each holding the row the other needs next. Written last and in order, a row is held
 * only for the commit and two transactions never wait on each other's rows. Deltas that cancel out (a change within
 * one row) write nothing.
 *
 * <p>Since V0022 each day-and-doctor row's delta also goes to the day's row of the doctor's specialization (the
 * bookings by specialization of the whole clinic read a row per day and specialization): all of a transaction's
 * count rows are written in one {@code INSERT … SELECT}, the specialization read from the doctor's row in the same
 * statement, so a booking writes what it wrote before in as many statements.
 */
@Component
class SummaryDeltas {

    /**
     * A row of {@code appointment_daily_counts} that sums the doctors with one specialization (V0022): its
     * {@code doctor_id} is -1 - the specialization's id (-1: doctors without one).
     */
    static String specializationRow(String specializationId) {
        return "-1 - COALESCE(" + specializationId + ", 0)";
    }

    /**
     * The doctor's specialization row, read with a shared lock so that it is the latest committed (also in a
     * READ COMMITTED transaction) and a change of the doctor's specialization, which holds the doctor's row until
     * it commits, is waited for: the delta lands in the rows the moved history is in.
     */
    private static final String SPECIALIZATION_OF = specializationRow(
            "(SELECT sd.specialization_id FROM doctors sd WHERE sd.doctor_id = ? LOCK IN SHARE MODE)");

    private static final String VALUES =
            Stream.generate(() -> "?").limit(AppointmentSummaries.COUNT_TERMS).collect(Collectors.joining(", "));

    private static final String NAMED_VALUES = IntStream.range(0, AppointmentSummaries.COUNT_TERMS)
            .mapToObj(i -> "? AS v" + i)
            .collect(Collectors.joining(", "));

    private static final String COUNTS_INSERT = "INSERT INTO appointment_daily_counts (count_date, doctor_id, "
            + AppointmentSummaries.COUNT_COLUMNS + ") SELECT r.d, r.k, "
            + IntStream.range(0, AppointmentSummaries.COUNT_TERMS)
                    .mapToObj(i -> "r.v" + i)
                    .collect(Collectors.joining(", "))
            + " FROM (";

    private static final String TOTALS_UPSERT = "INSERT INTO appointment_day_totals (count_date, status, "
            + AppointmentSummaries.TOTAL_COLUMNS + ") VALUES (?, ?, "
            + Stream.generate(() -> "?").limit(AppointmentSummaries.TOTAL_TERMS).collect(Collectors.joining(", "))
            + ")" + AppointmentSummaries.TOTALS_ADD_UP;

    private final JdbcClient jdbc;

    SummaryDeltas(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The row of {@code appointment_daily_counts} that counts the patient's bucket of the grid's patient order (V0025):
     * the bucket of the patient's name, read with a shared lock so that it is the latest committed name and a rename,
     * which holds the user's row until it commits (and moves the patient's counts), is waited for.
     */
    private static final String BUCKET_OF = ofPatientsBucket(AppointmentSummaries.BUCKET_ROW + " - ", "");

    /**
     * The doctor's row of the patient's group of buckets (V0041): as {@link #BUCKET_OF}, its parameters the doctor's
     * id, then the patient's.
     */
    private static final String GROUP_OF = ofPatientsBucket(
            DoctorPatientGroups.ROW + " + ? * " + DoctorPatientGroups.PER_DOCTOR + " + ",
            " DIV " + DoctorPatientGroups.BUCKETS_PER_GROUP);

    /** A row key from the patient's bucket ({@code before} it, {@code after} it), the patient's id its parameter. */
    private static String ofPatientsBucket(String before, String after) {
        return "(SELECT " + before + "COALESCE(MAX(b.bucket), 0)" + after
                + " FROM appointment_patient_buckets b JOIN patients bp ON bp.patient_id = ?"
                + " JOIN users bu ON bu.user_id = bp.user_id WHERE "
                + AppointmentSummaries.atOrAboveBound("bu.last_name", "bu.first_name", "bu.user_id")
                + " LOCK IN SHARE MODE)";
    }

    /** The row of {@code appointment_daily_counts} that counts the doctor's bucket of the grid's doctor order (V0027). */
    private static final String DOCTOR_BUCKET_OF = DoctorOrderBuckets.bucketRowOf("?");

    /**
     * An appointment row's contribution: its day, doctor, status and start time, one 0/1 term per count column, its
     * patient (whose bucket of the patient order counts it too, V0025), and its id and reason (its bucket of the reason
     * order counts it, V0027; its doctor's bucket of the doctor order too).
     */
    record Contribution(
            LocalDate day,
            long doctorId,
            String status,
            LocalTime start,
            int[] terms,
            long patientId,
            long appointmentId,
            @Nullable String reason) {}

    /** A row's key in the grid's reason order (V0027): its reason (whole: cut in SQL), date, start time and id. */
    private record ReasonKey(@Nullable String reason, LocalDate day, LocalTime start, long appointmentId) {}

    /** A row's doctor and key in the reason order: the key of the doctor's row of its group of buckets (V0047). */
    private record DoctorReason(long doctorId, ReasonKey key) {}

    /** The doctor's row of the group of the row's bucket of the reason order (V0047): the doctor's id, then the key. */
    private static final String DOCTOR_REASON_GROUP_OF =
            DoctorReasonGroups.ofBucketRow("?", ReasonOrderJumps.BUCKET_ROW_OF);

    /** Adds {@code sign} (1 or -1) times the contribution, at the transaction's commit (at once without one). */
    void add(Contribution contribution, int sign) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            pending().add(contribution, sign);
            return;
        }
        var now = new Pending(this);
        now.add(contribution, sign);
        now.write();
    }

    private Pending pending() {
        return TransactionPending.of(Pending.class, pending -> pending.owner == this, () -> new Pending(this));
    }

    private record DayDoctor(LocalDate day, long doctorId) {
        static final Comparator<DayDoctor> ORDER =
                Comparator.comparing(DayDoctor::day).thenComparingLong(DayDoctor::doctorId);
    }

    /** A doctor and a patient: the key of the doctor's row of the patient's group of buckets (V0041). */
    private record DoctorPatient(long doctorId, long patientId) {
        static final Comparator<DoctorPatient> ORDER =
                Comparator.comparingLong(DoctorPatient::doctorId).thenComparingLong(DoctorPatient::patientId);
    }

    private record DayStatus(LocalDate day, String status) {
        static final Comparator<DayStatus> ORDER =
                Comparator.comparing(DayStatus::day).thenComparing(DayStatus::status);
    }

    /** One transaction's deltas, held by its synchronization (so a suspended transaction keeps its own). */
    private static final class Pending implements TransactionSynchronization {
        private final SummaryDeltas owner;
        private final Map<DayDoctor, int[]> counts = new TreeMap<>(DayDoctor.ORDER);
        private final Map<DayStatus, int[]> totals = new TreeMap<>(DayStatus.ORDER);
        private final Map<Long, int[]> patients = new TreeMap<>();
        private final Map<Long, int[]> doctors = new TreeMap<>();
        private final Map<DoctorPatient, int[]> doctorPatients = new TreeMap<>(DoctorPatient.ORDER);
        private final Map<ReasonKey, int[]> reasons = new HashMap<>();
        private final Map<DoctorReason, int[]> doctorReasons = new HashMap<>();
        private final Map<PatientNameCounts.PatientDelta, Integer> names =
                new TreeMap<>(PatientNameCounts.PatientDelta.ORDER);

        Pending(SummaryDeltas owner) {
            this.owner = owner;
        }

        void add(Contribution contribution, int sign) {
            // the day-and-doctor row, and (V0024) the doctor's all-time row and the start time's and day's row on
            // the sentinel date, which the grid's jumps by doctor and by time read (DoctorAndTimeJumps), and the
            // doctor's rows of the start time (V0049) and of the month (V0050)
            for (DayDoctor row : List.of(
                    new DayDoctor(contribution.day(), contribution.doctorId()),
                    new DayDoctor(DoctorAndTimeJumps.SENTINEL, DoctorAndTimeJumps.doctorKey(contribution.doctorId())),
                    new DayDoctor(
                            DoctorAndTimeJumps.SENTINEL,
                            DoctorAndTimeJumps.timeDayKey(contribution.start(), contribution.day())),
                    new DayDoctor(
                            DoctorTimeRows.day(contribution.start()), DoctorTimeRows.key(contribution.doctorId())),
                    new DayDoctor(
                            DoctorMonthRows.day(contribution.day()), DoctorMonthRows.key(contribution.doctorId())))) {
                int[] sums = counts.computeIfAbsent(row, key -> new int[AppointmentSummaries.COUNT_TERMS]);
                for (int i = 0; i < sums.length; i++) {
                    sums[i] += sign * contribution.terms()[i];
                }
            }
            // the patient's, the doctor's and the row's buckets (V0025, V0027), the doctor's rows of the patient's
            // and the row's groups of buckets (V0041, V0047): their rows found in the statement
            var reasonKey = new ReasonKey(
                    contribution.reason(), contribution.day(), contribution.start(), contribution.appointmentId());
            for (int[] sums : List.of(
                    patients.computeIfAbsent(
                            contribution.patientId(), key -> new int[AppointmentSummaries.COUNT_TERMS]),
                    doctors.computeIfAbsent(contribution.doctorId(), key -> new int[AppointmentSummaries.COUNT_TERMS]),
                    doctorPatients.computeIfAbsent(
                            new DoctorPatient(contribution.doctorId(), contribution.patientId()),
                            key -> new int[AppointmentSummaries.COUNT_TERMS]),
                    reasons.computeIfAbsent(reasonKey, key -> new int[AppointmentSummaries.COUNT_TERMS]),
                    doctorReasons.computeIfAbsent(
                            new DoctorReason(contribution.doctorId(), reasonKey),
                            key -> new int[AppointmentSummaries.COUNT_TERMS]))) {
                for (int i = 0; i < sums.length; i++) {
                    sums[i] += sign * contribution.terms()[i];
                }
            }
            // the patient's names' rows of the status and the day, the doctor, the start time, the reason (V0044-V0046)
            names.merge(
                    new PatientNameCounts.PatientDelta(
                            contribution.patientId(),
                            contribution.doctorId(),
                            contribution.day(),
                            contribution.start(),
                            contribution.reason(),
                            contribution.status()),
                    sign,
                    Integer::sum);
            int[] total = totals.computeIfAbsent(
                    new DayStatus(contribution.day(), contribution.status()),
                    key -> new int[AppointmentSummaries.TOTAL_TERMS]);
            int[] terms = AppointmentSummaries.totalTerms(contribution.terms());
            for (int i = 0; i < total.length; i++) {
                total[i] += sign * terms[i];
            }
        }

        @Override
        public void beforeCommit(boolean readOnly) {
            write();
        }

        void write() {
            // every day-and-doctor row and its specialization's row in one statement, in key order
            var rows = new CountRows();
            // each patient's delta to their bucket's row (V0025): the bucket read from their name in the statement
            patients.forEach((patientId, sums) -> {
                if (changed(sums)) {
                    rows.add(AppointmentSummaries.BUCKET_DAY, BUCKET_OF, List.of(patientId), sums);
                }
            });
            // each doctor's delta to their bucket's row, each row's to its bucket's of the reason order (V0027)
            doctors.forEach((doctorId, sums) -> {
                if (changed(sums)) {
                    rows.add(DoctorAndTimeJumps.SENTINEL, DOCTOR_BUCKET_OF, List.of(doctorId), sums);
                }
            });
            // each doctor's delta to the row of the patient's group of buckets (V0041)
            doctorPatients.forEach((key, sums) -> {
                if (changed(sums)) {
                    rows.add(AppointmentSummaries.BUCKET_DAY, GROUP_OF, List.of(key.doctorId(), key.patientId()), sums);
                }
            });
            reasons.forEach((key, sums) -> {
                if (changed(sums)) {
                    rows.add(DoctorAndTimeJumps.SENTINEL, ReasonOrderJumps.BUCKET_ROW_OF, reasonParams(key), sums);
                }
            });
            doctorReasons.forEach((key, sums) -> {
                if (changed(sums)) {
                    var keyValues = new ArrayList<@Nullable Object>();
                    keyValues.add(key.doctorId());
                    keyValues.addAll(reasonParams(key.key()));
                    rows.add(DoctorAndTimeJumps.SENTINEL, DOCTOR_REASON_GROUP_OF, keyValues, sums);
                }
            });
            counts.forEach((key, sums) -> {
                if (changed(sums)) {
                    rows.add(key.day(), "?", List.of(key.doctorId()), sums);
                    if (DoctorMonthRows.isVisitDay(key.day())) { // the sentinel's, times' and months' have none
                        rows.add(key.day(), SPECIALIZATION_OF, List.of(key.doctorId()), sums);
                        addDayBucket(rows, key, sums);
                    }
                }
            });
            if (!rows.selects.isEmpty()) {
                owner.jdbc
                        .sql(COUNTS_INSERT + String.join(" UNION ALL ", rows.selects) + ") r ORDER BY r.d, r.k"
                                + AppointmentSummaries.ADD_UP)
                        .params(rows.values)
                        .update();
            }
            // the names of the patients whose kept rows change, read once for both sets below (round 39)
            var namesRead = PatientNamesAtCommit.read(owner.jdbc, changedPatients());
            // V0042: each patient's kept row, in patient id order; V0054: their pairs of names', in the pairs' order
            PatientTotals.write(owner.jdbc, patients, namesRead);
            // V0044-V0046, V0053: the names' rows per day, doctor, time, reason and week
            PatientNameCounts.write(owner.jdbc, names, namesRead);
            totals.forEach((key, sums) -> {
                if (changed(sums)) {
                    var params = new ArrayList<Object>(sums.length + 2);
                    params.add(key.day());
                    params.add(key.status());
                    Arrays.stream(sums).forEach(params::add);
                    owner.jdbc.sql(TOTALS_UPSERT).params(params).update();
                }
            });
            counts.clear();
            totals.clear();
            patients.clear();
            doctors.clear();
            doctorPatients.clear();
            reasons.clear();
            doctorReasons.clear();
            names.clear();
        }

        /** The patients whose kept rows of their own or of their names change. */
        private Set<Long> changedPatients() {
            var changed = new TreeSet<Long>();
            patients.forEach((patientId, sums) -> {
                if (changed(sums)) {
                    changed.add(patientId);
                }
            });
            names.forEach((delta, sum) -> {
                if (sum != 0) {
                    changed.add(delta.patientId());
                }
            });
            return changed;
        }

        /**
         * The day-and-doctor row's delta to its day's row of the doctor's bucket of the doctor order (V0036): the
         * bucket read from the doctor's name in the statement, as for the all-time bucket row.
         */
        private static void addDayBucket(CountRows rows, DayDoctor key, int[] sums) {
            rows.add(key.day(), DOCTOR_BUCKET_OF, List.of(key.doctorId()), sums);
        }

        private static List<Object> reasonParams(ReasonKey key) {
            return ReasonOrderJumps.bucketParams(key.reason(), key.day(), key.start(), key.appointmentId());
        }

        private static boolean changed(int[] sums) {
            return Arrays.stream(sums).anyMatch(sum -> sum != 0);
        }
    }

    /** The rows of the counts' one statement: a {@code SELECT} of the day, the key and the sums each; the first names its columns. */
    private static final class CountRows {
        final List<String> selects = new ArrayList<>();
        final List<Object> values = new ArrayList<>();

        /** A row of {@code day}, the key {@code keySql} (with its {@code keyValues}) and {@code sums}. */
        void add(Object day, String keySql, List<?> keyValues, int[] sums) {
            selects.add(
                    selects.isEmpty()
                            ? "SELECT ? AS d, " + keySql + " AS k, " + NAMED_VALUES
                            : "SELECT ?, " + keySql + ", " + VALUES);
            values.add(day);
            values.addAll(keyValues);
            Arrays.stream(sums).forEach(values::add);
        }
    }
}
