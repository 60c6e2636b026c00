package app.praxis.availability;

import java.time.LocalDateTime;
import org.jspecify.annotations.Nullable;

/** A range a doctor selected on one day, to be cut into one-off slots of {@code slotMinutes}. */
public record NewSlots(
        @Nullable LocalDateTime start,
        @Nullable LocalDateTime end,
        @Nullable Integer slotMinutes) {}
