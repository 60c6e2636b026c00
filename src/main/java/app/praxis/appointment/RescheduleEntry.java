package app.praxis.appointment;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import org.jspecify.annotations.Nullable;

/** One line of an appointment's history: moved from → to, why, by whom, when (clinic time). */
public record RescheduleEntry(
        LocalDate oldDate,
        LocalTime oldTime,
        LocalDate newDate,
        LocalTime newTime,
        @Nullable String reason,
        String rescheduledBy,
        LocalDateTime rescheduledAt) {}
