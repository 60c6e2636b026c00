package app.praxis.availability;

import java.time.LocalDateTime;
import org.jspecify.annotations.Nullable;

/**
 * Time off as typed. Booked slots inside it are never dropped silently: unless {@code keepBookedSlots} says the
 * doctor saw and kept them, the service refuses and names them ({@link AvailabilityService#bookedSlotsIn}).
 */
public record NewTimeOff(
        @Nullable LocalDateTime startsAt,
        @Nullable LocalDateTime endsAt,
        @Nullable String reason,
        boolean keepBookedSlots) {}
