package app.praxis.appointment;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** The walk shared by the grid's jumps over kept bucket counts: which bucket holds a row at an offset. */
final class KeptBuckets {

    private KeptBuckets() {}

    /** A bucket's key, its row count, and the rows of the buckets before it in the walk's order. */
    record Holding(long key, long rows, long before) {}

    /**
     * The bucket holding the row at {@code offset}, given each bucket as {@code {key, rows}} in the order's
     * direction: their counts summed until the sum passes the offset. Null when the offset is at or past the end.
     */
    static @Nullable Holding holding(List<long[]> buckets, long offset) {
        long before = 0;
        for (long[] bucket : buckets) {
            if (before + bucket[1] > offset) {
                return new Holding(bucket[0], bucket[1], before);
            }
            before += bucket[1];
        }
        return null;
    }
}
