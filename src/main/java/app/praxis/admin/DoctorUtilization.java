package app.praxis.admin;

import org.jspecify.annotations.Nullable;

/** One doctor's booked and published slot time in the period. */
public record DoctorUtilization(long doctorId, String doctorName, long bookedMinutes, long publishedMinutes) {

    public @Nullable Double utilization() {
        return publishedMinutes == 0 ? null : (double) bookedMinutes / publishedMinutes;
    }
}
