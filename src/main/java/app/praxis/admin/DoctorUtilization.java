package app.praxis.admin;

import java.util.Comparator;
import org.jspecify.annotations.Nullable;

/** One doctor's booked and published slot time in the period. */
public record DoctorUtilization(long doctorId, String doctorName, long bookedMinutes, long publishedMinutes) {

    /** The larger share booked first (compared exactly), then by name and id. */
    public static final Comparator<DoctorUtilization> BUSIEST_FIRST = ((Comparator<DoctorUtilization>)
                    (a, b) -> Long.compare(b.bookedMinutes * a.publishedMinutes, a.bookedMinutes * b.publishedMinutes))
            .thenComparing(DoctorUtilization::doctorName)
            .thenComparingLong(DoctorUtilization::doctorId);

    public @Nullable Double utilization() {
        return publishedMinutes == 0 ? null : (double) bookedMinutes / publishedMinutes;
    }
}
