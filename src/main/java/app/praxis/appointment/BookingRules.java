package app.praxis.appointment;

import app.praxis.base.FreeText;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Period;
import java.time.ZonedDateTime;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The clinic's booking rules (praxis.booking.*): how early a slot must be booked, how far ahead, how late a
 * patient may still cancel or reschedule, and how long a reason for the visit may be.
 */
@ConfigurationProperties("praxis.booking")
public record BookingRules(
        @DefaultValue("PT2H") Duration minimumNotice,
        @DefaultValue("P8W") Period horizon,
        @DefaultValue("PT2H") Duration cancellationCutoff,
        @DefaultValue("1000") int reasonMaxLength) {

    /*
     * "now" comes with the clinic's zone: notice and cut-off are real hours, so on the night the clocks change
     * "2 hours ahead" is two hours of elapsed time, not two hours on the wall clock.
     */

    /** The earliest wall-clock start a booking made at {@code now} may have. */
    public LocalDateTime earliestStart(ZonedDateTime now) {
        return now.plus(minimumNotice).toLocalDateTime();
    }

    /** The last day a booking made at {@code now} may fall on. */
    public LocalDate lastDay(ZonedDateTime now) {
        return now.toLocalDate().plus(horizon);
    }

    /** Whether a patient may still cancel or move an appointment that starts at {@code start} (wall clock). */
    public boolean patientMayChange(LocalDateTime start, ZonedDateTime now) {
        return !now.isAfter(start.atZone(now.getZone()).minus(cancellationCutoff));
    }

    /**
     * A reason or message a person typed: stripped, required, at most {@link #reasonMaxLength()} characters. A
     * refusal goes into {@code errors} under {@code field}; returns the stripped text.
     */
    String checkText(@Nullable String text, String field, String whenMissing, Map<String, String> errors) {
        String trimmed = text == null ? "" : text.strip();
        if (trimmed.isEmpty()) {
            errors.put(field, whenMissing);
        } else if (trimmed.length() > reasonMaxLength) {
            errors.put(field, "Please keep it under " + reasonMaxLength + " characters.");
        } else {
            FreeText.problem(trimmed, "The reason").ifPresent(problem -> errors.put(field, problem));
        }
        return trimmed;
    }

    public static String describe(Duration duration) {
        long minutes = duration.toMinutes();
        if (minutes % 60 == 0) {
            long hours = minutes / 60;
            return hours == 1 ? "1 hour" : hours + " hours";
        }
        return minutes + " minutes";
    }

    public static String describe(Period period) {
        int days = period.getDays() + period.getMonths() * 30 + period.getYears() * 365;
        return days % 7 == 0 ? days / 7 + " weeks" : days + " days";
    }
}
