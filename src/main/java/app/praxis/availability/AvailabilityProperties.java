package app.praxis.availability;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param horizonWeeks how far ahead weekly hours are turned into bookable slots
 * @param previewDays how many days the "what patients see" preview covers
 */
@ConfigurationProperties("praxis.availability")
public record AvailabilityProperties(
        @DefaultValue("8") int horizonWeeks,
        @DefaultValue("14") int previewDays) {}
