package app.praxis.availability;

import java.time.LocalDate;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param horizonWeeks how far ahead weekly hours are turned into bookable slots
 * @param previewDays how many days the "what patients see" preview covers
 */
@ConfigurationProperties("praxis.availability")
public record AvailabilityProperties(
        @DefaultValue("8") int horizonWeeks,
        @DefaultValue("14") int previewDays) {

    /** The last day that gets slots from weekly hours, seen from {@code today}. */
    public LocalDate horizonEnd(LocalDate today) {
        return today.plusWeeks(horizonWeeks).minusDays(1);
    }
}
