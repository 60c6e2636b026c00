package app.praxis.availability;

import java.time.DayOfWeek;
import java.time.LocalTime;
import org.jspecify.annotations.Nullable;

/** One interval of weekly hours, e.g. Monday 09:00–12:00. Times may be missing while typed; the service says so. */
public record WeeklyInterval(
        DayOfWeek day, @Nullable LocalTime start, @Nullable LocalTime end) {}
