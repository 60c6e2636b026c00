package app.praxis.appointment;

import app.praxis.base.TransactionPending;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.LongFunction;
import java.util.function.LongUnaryOperator;
import java.util.stream.Collectors;
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
 * bookings by specialization of the whole clinic read a row per day and specialization). All of a transaction's
 * count rows are written in one statement of values, their keys that depend on names or on the specialization read
 * in one statement before it ({@code CountRows}, round 39; one {@code INSERT … SELECT} until then).
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

    private static final String COUNTS_INSERT = "INSERT INTO appointment_daily_counts (count_date, doctor_id, "
            + AppointmentSummaries.COUNT_COLUMNS + ") VALUES ";

    private static final String COUNTS_ROW = "(?, ?" + ", ?".repeat(AppointmentSummaries.COUNT_TERMS) + ")";

    private static final String TOTALS_UPSERT = "INSERT INTO appointment_day_totals (count_date, status, "
            + AppointmentSummaries.TOTAL_COLUMNS + ") VALUES (?, ?, "
            + Stream.generate(() -> "?").limit(AppointmentSummaries.TOTAL_TERMS).collect(Collectors.joining(", "))
            + ")" + AppointmentSummaries.TOTALS_ADD_UP;

    private final SummarySql sql;

    SummaryDeltas(JdbcClient jdbc) {
        this.sql = SummarySql.of(jdbc);
    }

    /**
     * The patient's bucket of the grid's patient order (V0025), whose row of {@code appointment_daily_counts} counts
     * them ({@link AppointmentSummaries#BUCKET_ROW} - bucket) and so does the doctor's row of its group (V0041): read
     * from the patient's name with a shared lock, so that it is the latest committed name and a rename, which holds
     * the user's row until it commits (and moves the patient's counts), is waited for. Its parameter: the patient's id.
     */
    private static final String PATIENTS_BUCKET = "(SELECT COALESCE(MAX(b.bucket), 0)"
            + " FROM appointment_patient_buckets b JOIN patients bp ON bp.patient_id = ?"
            + " JOIN users bu ON bu.user_id = bp.user_id WHERE "
            + AppointmentSummaries.atOrAboveBound("bu.last_name", "bu.first_name", "bu.user_id")
            + " LOCK IN SHARE MODE)";

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

    /** Adds {@code sign} (1 or -1) times the contribution, at the transaction's commit (at once without one). */
    void add(Contribution contribution, int sign) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            pending().add(contribution, sign);
            return;
        }
        writeNow(sql, contribution, sign);
    }

    /**
     * Writes the contribution's rows at once with {@code sql}: outside a transaction, and in the booking benchmark's
     * plain-JDBC reference (issue 18), which so writes the service's statements.
     */
    static void writeNow(SummarySql sql, Contribution contribution, int sign) {
        var now = new Pending(null, sql);
        now.add(contribution, sign);
        now.write();
    }

    private Pending pending() {
        return TransactionPending.of(Pending.class, pending -> pending.owner == this, () -> new Pending(this, sql));
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
        private final @Nullable SummaryDeltas owner;
        private final SummarySql sql;
        private final Map<DayDoctor, int[]> counts = new TreeMap<>(DayDoctor.ORDER);
        private final Map<DayStatus, int[]> totals = new TreeMap<>(DayStatus.ORDER);
        private final Map<Long, int[]> patients = new TreeMap<>();
        private final Map<Long, int[]> doctors = new TreeMap<>();
        private final Map<DoctorPatient, int[]> doctorPatients = new TreeMap<>(DoctorPatient.ORDER);
        private final Map<ReasonKey, int[]> reasons = new HashMap<>();
        private final Map<DoctorReason, int[]> doctorReasons = new HashMap<>();
        private final Map<PatientNameCounts.PatientDelta, Integer> names =
                new TreeMap<>(PatientNameCounts.PatientDelta.ORDER);

        Pending(@Nullable SummaryDeltas owner, SummarySql sql) {
            this.owner = owner;
            this.sql = sql;
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
            // every day-and-doctor row and its specialization's row, in key order, the keys found first (CountRows)
            var rows = new CountRows();
            // each patient's delta to their bucket's row (V0025)
            patients.forEach((patientId, sums) -> {
                if (changed(sums)) {
                    rows.add(
                            AppointmentSummaries.BUCKET_DAY,
                            new Lookup(PATIENTS_BUCKET, List.of(patientId)),
                            bucket -> AppointmentSummaries.BUCKET_ROW - bucket,
                            sums);
                }
            });
            // each doctor's delta to their bucket's row, each row's to its bucket's of the reason order (V0027)
            doctors.forEach((doctorId, sums) -> {
                if (changed(sums)) {
                    rows.add(DoctorAndTimeJumps.SENTINEL, doctorsBucketRow(doctorId), row -> row, sums);
                }
            });
            // each doctor's delta to the row of the patient's group of buckets (V0041), and to their names' spellings'
            // rows of the patient's bucket (V0062)
            doctorPatients.forEach((key, sums) -> {
                if (changed(sums)) {
                    Lookup bucket = new Lookup(PATIENTS_BUCKET, List.of(key.patientId()));
                    rows.add(
                            AppointmentSummaries.BUCKET_DAY,
                            bucket,
                            found -> DoctorPatientGroups.row(key.doctorId(), found),
                            sums);
                    addNameBucketRows(
                            rows, bucket, found -> found, DoctorNameBucketRows.Order.PATIENT, key.doctorId(), sums);
                }
            });
            reasons.forEach((key, sums) -> {
                if (changed(sums)) {
                    rows.add(DoctorAndTimeJumps.SENTINEL, reasonsBucketRow(key), row -> row, sums);
                }
            });
            // each doctor's delta to the row of the group of the row's bucket of the reason order (V0047), and to
            // their names' spellings' rows of that bucket (V0061)
            doctorReasons.forEach((key, sums) -> {
                if (changed(sums)) {
                    Lookup bucketRow = reasonsBucketRow(key.key());
                    rows.add(
                            DoctorAndTimeJumps.SENTINEL,
                            bucketRow,
                            row -> DoctorReasonGroups.ofBucketRow(key.doctorId(), row),
                            sums);
                    addNameBucketRows(
                            rows,
                            bucketRow,
                            row -> row - ReasonOrderJumps.ROW,
                            DoctorNameBucketRows.Order.REASON,
                            key.doctorId(),
                            sums);
                }
            });
            counts.forEach((key, sums) -> {
                if (changed(sums)) {
                    rows.add(key.day(), key.doctorId(), sums);
                    if (DoctorMonthRows.isVisitDay(key.day())) { // the sentinel's, times' and months' have none
                        rows.add(key.day(), new Lookup(SPECIALIZATION_OF, List.of(key.doctorId())), row -> row, sums);
                        // the day's row of the doctor's bucket of the doctor order (V0036)
                        rows.add(key.day(), doctorsBucketRow(key.doctorId()), row -> row, sums);
                        addNameRows(rows, key.day(), key.doctorId(), sums);
                    } else if (DoctorMonthRows.isMonthDay(key.day())) {
                        addNameRows(rows, key.day(), key.doctorId() - DoctorMonthRows.ROW, sums);
                    } else if (DoctorTimeRows.isTimeDay(key.day())) { // V0060
                        addNameRows(rows, key.day(), key.doctorId() - DoctorTimeRows.ROW, sums);
                    }
                }
            });
            rows.write(sql);
            // the names of the patients whose kept rows change, read once for both sets below (round 39)
            var namesRead = PatientNamesAtCommit.read(sql, changedPatients());
            // V0042: each patient's kept row, in patient id order; V0054: their pairs of names', in the pairs' order
            PatientTotals.write(sql, patients, namesRead);
            // V0044-V0046, V0053: the names' rows per day, doctor, time, reason and week
            PatientNameCounts.write(sql, names, namesRead);
            // V0065: each doctor's delta to their names' spellings' rows of the patient
            DoctorNamePatients.write(sql, spellingPatients(rows), namesRead);
            totals.forEach((key, sums) -> {
                if (changed(sums)) {
                    var params = new ArrayList<Object>(sums.length + 2);
                    params.add(key.day());
                    params.add(key.status());
                    Arrays.stream(sums).forEach(params::add);
                    sql.update(TOTALS_UPSERT, params);
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

        /**
         * Each changed doctor-and-patient delta added to both the doctor's names' spellings' deltas of the patient,
         * the spellings' keys found by {@code rows} (a name of both spellings counts twice, as in V0062's rows).
         */
        private Map<DoctorNamePatients.SpellingPatient, int[]> spellingPatients(CountRows rows) {
            var deltas = new HashMap<DoctorNamePatients.SpellingPatient, int[]>();
            doctorPatients.forEach((key, sums) -> {
                if (changed(sums)) {
                    for (String name : List.of(DoctorNameRows.FIRST_NAME_ROW_OF, DoctorNameRows.LAST_NAME_ROW_OF)) {
                        long spelling = rows.found(new Lookup(name, List.of(key.doctorId()))) - DoctorNameRows.ROW;
                        int[] delta = deltas.computeIfAbsent(
                                new DoctorNamePatients.SpellingPatient(spelling, key.patientId()),
                                any -> new int[sums.length]);
                        Arrays.setAll(delta, i -> delta[i] + sums[i]);
                    }
                }
            });
            return deltas;
        }

        /** The patients whose kept rows of their own, of their names or of their doctors' names change. */
        private Set<Long> changedPatients() {
            var changed = new TreeSet<Long>();
            patients.forEach((patientId, sums) -> {
                if (changed(sums)) {
                    changed.add(patientId);
                }
            });
            doctorPatients.forEach((key, sums) -> {
                if (changed(sums)) {
                    changed.add(key.patientId());
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
         * The doctor's row of a visit day, month or start time, added to the rows of both their names' spellings
         * (V0057, V0060).
         */
        private static void addNameRows(CountRows rows, LocalDate day, long doctorId, int[] sums) {
            rows.add(day, new Lookup(DoctorNameRows.FIRST_NAME_ROW_OF, List.of(doctorId)), row -> row, sums);
            rows.add(day, new Lookup(DoctorNameRows.LAST_NAME_ROW_OF, List.of(doctorId)), row -> row, sums);
        }

        /**
         * The doctor's delta to the rows of both their names' spellings (V0061, V0062) of the bucket of {@code order}
         * that {@code bucketOf} computes from {@code lookup}'s value.
         */
        private static void addNameBucketRows(
                CountRows rows,
                Lookup lookup,
                LongUnaryOperator bucketOf,
                DoctorNameBucketRows.Order order,
                long doctorId,
                int[] sums) {
            LongFunction<LocalDate> day = found -> DoctorNameBucketRows.day(bucketOf.applyAsLong(found));
            for (String name : List.of(DoctorNameRows.FIRST_NAME_ROW_OF, DoctorNameRows.LAST_NAME_ROW_OF)) {
                rows.add(lookup, day, new Lookup(name, List.of(doctorId)), order::keyOf, sums);
            }
        }

        private static Lookup doctorsBucketRow(long doctorId) {
            return new Lookup(DOCTOR_BUCKET_OF, List.of(doctorId));
        }

        private static Lookup reasonsBucketRow(ReasonKey key) {
            return new Lookup(
                    ReasonOrderJumps.BUCKET_ROW_OF,
                    ReasonOrderJumps.bucketParams(key.reason(), key.day(), key.start(), key.appointmentId()));
        }

        private static boolean changed(int[] sums) {
            return Arrays.stream(sums).anyMatch(sum -> sum != 0);
        }
    }

    /** An SQL expression of a number and its parameters: a count row's key, or what it is computed from. */
    private record Lookup(String sql, List<?> params) {}

    /** A count row's day and key: the primary key of {@code appointment_daily_counts}, in its order. */
    private record DayKey(LocalDate day, long key) {
        static final Comparator<DayKey> ORDER =
                Comparator.comparing(DayKey::day).thenComparingLong(DayKey::key);
    }

    /**
     * The count rows of one write, each a day, a key and sums. A key that depends on names (a bucket's row, from the
     * patient's, the doctor's or the row's place in an order; the doctor's specialization's) is found by a
     * {@link Lookup}: all of them read in one statement, each once, then every row written in another as values, in
     * key order (round 39: an {@code INSERT … SELECT} of the rows with their lookups cost MariaDB 1.6 times as much:
     * a temporary table and a sort). The lookups' shared locks are taken before any row is written, as before.
     */
    private static final class CountRows {
        /** A lookup's value that was NULL: never a key. */
        private static final long MISSING = Long.MIN_VALUE;

        private final Map<Lookup, Integer> lookups = new LinkedHashMap<>();
        private final List<PendingRow> rows = new ArrayList<>();

        /** Each lookup's value, once {@link #write} has read them. */
        private long[] found = new long[0];

        /**
         * A row's day, {@code day} of {@code dayLookup}'s value (or of 0 without one), and its key, found by
         * {@code lookup}, then computed from its value by {@code key}.
         */
        private record PendingRow(
                @Nullable Lookup dayLookup,
                LongFunction<LocalDate> day,
                @Nullable Lookup lookup,
                LongUnaryOperator key,
                int[] sums) {}

        /** A row whose key is known. */
        void add(LocalDate day, long key, int[] sums) {
            rows.add(new PendingRow(null, none -> day, null, none -> key, sums));
        }

        /** A row whose key is {@code key} of {@code lookup}'s value. */
        void add(LocalDate day, Lookup lookup, LongUnaryOperator key, int[] sums) {
            lookups.putIfAbsent(lookup, lookups.size());
            rows.add(new PendingRow(null, none -> day, lookup, key, sums));
        }

        /** A row whose day is {@code day} of {@code dayLookup}'s value and whose key is {@code key} of {@code lookup}'s. */
        void add(Lookup dayLookup, LongFunction<LocalDate> day, Lookup lookup, LongUnaryOperator key, int[] sums) {
            lookups.putIfAbsent(dayLookup, lookups.size());
            lookups.putIfAbsent(lookup, lookups.size());
            rows.add(new PendingRow(dayLookup, day, lookup, key, sums));
        }

        void write(SummarySql sql) {
            if (rows.isEmpty()) {
                return;
            }
            found = lookups.isEmpty() ? new long[0] : lookUp(sql);
            if (addedMissingSpellings(sql, found)) {
                found = lookUp(sql);
                if (Arrays.stream(found).anyMatch(value -> value == MISSING)) {
                    throw new IllegalStateException("A doctor's name has no spelling's row after adding it");
                }
            }
            var keyed = new TreeMap<DayKey, int[]>(DayKey.ORDER);
            for (PendingRow row : rows) {
                long key = row.key().applyAsLong(valueOf(row.lookup(), found));
                LocalDate day = row.day().apply(valueOf(row.dayLookup(), found));
                int[] sums =
                        keyed.computeIfAbsent(new DayKey(day, key), any -> new int[AppointmentSummaries.COUNT_TERMS]);
                Arrays.setAll(sums, i -> sums[i] + row.sums()[i]);
            }
            var values = new ArrayList<Object>();
            keyed.forEach((dayKey, sums) -> {
                values.add(dayKey.day());
                values.add(dayKey.key());
                Arrays.stream(sums).forEach(values::add);
            });
            sql.update(
                    COUNTS_INSERT
                            + String.join(", ", Collections.nCopies(keyed.size(), COUNTS_ROW))
                            + AppointmentSummaries.ADD_UP,
                    values);
        }

        /** The value of a lookup of a row written by {@link #write}. */
        long found(Lookup lookup) {
            Integer index = lookups.get(lookup);
            if (index == null || found.length <= index || found[index] == MISSING) {
                throw new IllegalStateException("No value of " + lookup);
            }
            return found[index];
        }

        /** The value {@code lookup} found (0 without one). */
        private long valueOf(@Nullable Lookup lookup, long[] found) {
            return lookup == null ? 0 : found[lookups.get(lookup)];
        }

        /**
         * Whether a doctor's name had no spelling's row yet (V0057: a doctor counted for the first time since being
         * named, its lookup NULL): then their spellings are added, to be looked up again.
         */
        private boolean addedMissingSpellings(SummarySql sql, long[] found) {
            var doctors = new TreeSet<Long>();
            lookups.forEach((lookup, index) -> {
                if (found[index] == MISSING) {
                    if (!lookup.sql().equals(DoctorNameRows.FIRST_NAME_ROW_OF)
                            && !lookup.sql().equals(DoctorNameRows.LAST_NAME_ROW_OF)) {
                        throw new IllegalStateException("No value of " + lookup);
                    }
                    doctors.add((Long) lookup.params().getFirst());
                }
            });
            if (doctors.isEmpty()) {
                return false;
            }
            DoctorNameRows.addSpellings(sql, doctors);
            return true;
        }

        /** Every lookup's value, in the order they were first asked for, read in one statement. */
        private long[] lookUp(SummarySql sql) {
            var params = new ArrayList<@Nullable Object>();
            lookups.keySet().forEach(lookup -> params.addAll(lookup.params()));
            long[] values = new long[lookups.size()];
            sql.query(
                    "SELECT " + lookups.keySet().stream().map(Lookup::sql).collect(Collectors.joining(", ")),
                    params,
                    rs -> {
                        for (int i = 0; i < values.length; i++) {
                            values[i] = rs.getLong(i + 1);
                            if (rs.wasNull()) {
                                values[i] = MISSING;
                            }
                        }
                    });
            return values;
        }
    }
}
