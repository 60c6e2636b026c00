package app.praxis.appointment;

import app.praxis.base.FreeText;
import app.praxis.base.Texts;
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
    String checkText(@Nullable String text, String field, String whenMissing, Map<String, String> errors, Texts texts) {
        String trimmed = text == null ? "" : text.strip();
        if (trimmed.isEmpty()) {
            errors.put(field, whenMissing);
        } else if (trimmed.length() > reasonMaxLength) {
            errors.put(field, texts.get("appointment.error.tooLong", reasonMaxLength));
        } else {
            FreeText.problem(trimmed, texts.get("appointment.reason.subject"))
                    .ifPresent(problem -> errors.put(field, problem));
        }
        return trimmed;
    }

    /** "2 hours", "90 minutes" in the page's language. */
    public static String describe(Duration duration, Texts texts) {
        long minutes = duration.toMinutes();
        return minutes % 60 == 0
                ? texts.get("appointment.duration.hours", minutes / 60)
                : texts.get("appointment.duration.minutes", minutes);
    }

    /** "8 weeks", "10 days" in the page's language. */
    public static String describe(Period period, Texts texts) {
        int days = period.getDays() + period.getMonths() * 30 + period.getYears() * 365;
        return days % 7 == 0
                ? texts.get("appointment.duration.weeks", days / 7)
                : texts.get("appointment.duration.days", days);
    }
}
