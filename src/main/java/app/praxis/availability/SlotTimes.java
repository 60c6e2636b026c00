package app.praxis.availability;

import java.time.LocalDateTime;
import org.jspecify.annotations.Nullable;

/** Where a free slot is moved or resized to (same day start and end, clinic-local). */
public record SlotTimes(
        @Nullable LocalDateTime start, @Nullable LocalDateTime end) {}
