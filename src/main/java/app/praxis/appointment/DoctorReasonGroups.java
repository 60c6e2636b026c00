package app.praxis.appointment;

/**
 * Each doctor's appointments per group of consecutive buckets of the grid's reason order (V0047, issue 18, round 21):
 * a row of {@code appointment_daily_counts} on the sentinel day keyed {@link #ROW} + doctor id × {@link #PER_DOCTOR} +
 * the row's bucket (V0027's, {@link ReasonOrderJumps}) DIV {@link #BUCKETS_PER_GROUP}. A page of a doctor's name alone
 * in the reason order sums the named doctors' groups until its offset and reads the spanned groups' rows only
 * ({@link NamedDoctorReasonPages}), as {@link DoctorPatientGroups} does for the patient order. Groups of 20 buckets
 * (40,000 rows of the whole clinic at 2,000 a bucket): ~25 kept rows per doctor at 1,000,000, and ~2,000 named rows in
 * a group for 'Klara' (100 doctors) instead of the ~50,000 read per page before.
 */
final class DoctorReasonGroups {

    /** The first key of these rows: above {@link DoctorPatientGroups}' (doctor ids below 10^9). */
    static final long ROW = 2_000_000_000_000_000L;

    /** The keys of one doctor's groups: this many from {@link #ROW} + doctor id × this. */
    static final long PER_DOCTOR = 1_000_000L;

    /** The reason order's buckets (V0027) in one group. */
    static final int BUCKETS_PER_GROUP = 20;

    private DoctorReasonGroups() {}

    /** The group's row of the doctor ({@code doctorId}, SQL) for the row's bucket ({@code bucket}, SQL). */
    static String rowOf(String doctorId, String bucket) {
        return ROW + " + " + doctorId + " * " + PER_DOCTOR + " + (" + bucket + ") DIV " + BUCKETS_PER_GROUP;
    }

    /** The group's row of the doctor ({@code doctorId}, SQL) for a row whose bucket's row is {@code bucketRow} (SQL). */
    static String ofBucketRow(String doctorId, String bucketRow) {
        return rowOf(doctorId, bucketRow + " - " + ReasonOrderJumps.ROW);
    }

    /** {@link #ofBucketRow} computed here: the group's row of the doctor for a row whose bucket's row is given. */
    static long ofBucketRow(long doctorId, long bucketRow) {
        return ROW + doctorId * PER_DOCTOR + (bucketRow - ReasonOrderJumps.ROW) / BUCKETS_PER_GROUP;
    }

    /** The first bucket of a group (its lower bound is that bucket's; bucket 0 has none: below every key). */
    static long firstBucket(long group) {
        return group * BUCKETS_PER_GROUP;
    }
}
