package app.praxis.waitlist;

import java.time.LocalDate;
import java.time.LocalTime;
import org.jspecify.annotations.Nullable;

/** What a patient asks for: any time of this doctor on these days, starting within these times of day. */
public record NewWaitlistEntry(
        long doctorId,
        @Nullable LocalDate firstDay,
        @Nullable LocalDate lastDay,
        @Nullable LocalTime fromTime,
        @Nullable LocalTime toTime) {

    public static final String FIRST_DAY = "firstDay";
    public static final String LAST_DAY = "lastDay";
    public static final String FROM_TIME = "fromTime";
    public static final String TO_TIME = "toTime";
}
