package app.praxis.appointment;

/**
 * Each doctor's appointments per group of consecutive buckets of the grid's patient order (V0041, issue 18, round
 * 17): a row of {@code appointment_daily_counts} on the sentinel day keyed {@link #ROW} + doctor id ×
 * {@link #PER_DOCTOR} + the patient's bucket (V0025) DIV {@link #BUCKETS_PER_GROUP}. A page of a doctor's name alone
 * in the patient order sums the named doctors' groups until its offset and reads one group's rows
 * ({@link NamedDoctorPatientPages}). Groups of 10 buckets (10,000 patients at 1,000 a bucket): ~20 kept rows per
 * doctor to sum instead of ~200, and ~2,500 named rows in the spanned group instead of ~250 (docs/PERFORMANCE.md).
 */
final class DoctorPatientGroups {

    /** The first key of these rows: above every other kept key of the sentinel day. */
    static final long ROW = 1_000_000_000_000_000L;

    /** The keys of one doctor's groups: this many from {@link #ROW} + doctor id × this. */
    static final long PER_DOCTOR = 1_000_000L;

    /** The patient order's buckets (V0025) in one group. */
    static final int BUCKETS_PER_GROUP = 10;

    private DoctorPatientGroups() {}

    /** The group's row of the doctor ({@code doctorId}, SQL) for the patient's bucket ({@code bucket}, SQL). */
    static String rowOf(String doctorId, String bucket) {
        return ROW + " + " + doctorId + " * " + PER_DOCTOR + " + (" + bucket + ") DIV " + BUCKETS_PER_GROUP;
    }

    /** {@link #rowOf} computed here: the group's row of the doctor for the patient's bucket. */
    static long row(long doctorId, long bucket) {
        return ROW + doctorId * PER_DOCTOR + bucket / BUCKETS_PER_GROUP;
    }

    /** The group of a bucket. */
    static int groupOf(int bucket) {
        return bucket / BUCKETS_PER_GROUP;
    }

    /** The first bucket of a group (its lower bound is that bucket's; 0: below every name). */
    static int firstBucket(long group) {
        return Math.toIntExact(group * BUCKETS_PER_GROUP);
    }
}
