package app.praxis.availability;

import java.time.LocalDateTime;
import org.jspecify.annotations.Nullable;

/** A stretch of time off as calendars show it (clinic-local). */
public record TimeOffEntry(
        long id,
        LocalDateTime startsAt,
        LocalDateTime endsAt,
        @Nullable String reason) {

    static TimeOffEntry of(TimeOff timeOff) {
        return new TimeOffEntry(timeOff.getId(), timeOff.getStartsAt(), timeOff.getEndsAt(), timeOff.getReason());
    }
}
