package app.praxis.base;

import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The clinic as a whole. Slots, appointments and time off are wall-clock times in {@link #timeZone()}; only
 * technical timestamps (created_at, …) are instants. Phone numbers typed without a country code are read as
 * numbers of {@link #phoneRegion()} (ISO 3166 code).
 */
@ConfigurationProperties("praxis.clinic")
public record ClinicProperties(
        @DefaultValue("Praxis Clinic") String name,
        @DefaultValue("Europe/Berlin") ZoneId timeZone,
        @DefaultValue("DE") String phoneRegion) {}
