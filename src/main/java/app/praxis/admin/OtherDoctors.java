package app.praxis.admin;

import org.jspecify.annotations.Nullable;

/** The doctors with published slots in the period that the utilization chart does not name, summed. */
public record OtherDoctors(int doctors, long bookedMinutes, long publishedMinutes) {

    public @Nullable Double utilization() {
        return publishedMinutes == 0 ? null : (double) bookedMinutes / publishedMinutes;
    }
}
