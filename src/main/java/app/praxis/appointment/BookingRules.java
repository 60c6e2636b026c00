package app.praxis.appointment;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Period;
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

    /** The earliest start a booking made at {@code now} may have. */
    public LocalDateTime earliestStart(LocalDateTime now) {
        return now.plus(minimumNotice);
    }

    /** The last day a booking made at {@code now} may fall on. */
    public LocalDate lastDay(LocalDateTime now) {
        return now.toLocalDate().plus(horizon);
    }

    /** Whether a patient may still cancel or move an appointment that starts at {@code start}. */
    public boolean patientMayChange(LocalDateTime start, LocalDateTime now) {
        return !now.isAfter(start.minus(cancellationCutoff));
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
        }
        return trimmed;
    }

    static String describe(Duration duration) {
        long minutes = duration.toMinutes();
        if (minutes % 60 == 0) {
            long hours = minutes / 60;
            return hours == 1 ? "1 hour" : hours + " hours";
        }
        return minutes + " minutes";
    }

    static String describe(Period period) {
        int days = period.getDays() + period.getMonths() * 30 + period.getYears() * 365;
        return days % 7 == 0 ? days / 7 + " weeks" : days + " days";
    }
}
