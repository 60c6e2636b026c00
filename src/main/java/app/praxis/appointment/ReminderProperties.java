package app.praxis.appointment;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * E-mail reminders before appointments.
 *
 * @param enabled whether this node runs the reminder job (every node may: a unique key sends each reminder once)
 * @param before how long before the start each reminder goes out (each is one kind of reminder)
 * @param checkInterval how often the job looks for due reminders
 * @param linkBase the address people open Praxis at, for the links to reschedule or cancel
 */
@ConfigurationProperties("praxis.reminders")
public record ReminderProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue({"PT24H", "PT2H"}) List<Duration> before,
        @DefaultValue("PT1M") Duration checkInterval,
        @DefaultValue("http://localhost:8080") String linkBase) {

    public ReminderProperties {
        if (before.stream().anyMatch(lead -> lead.isNegative() || lead.isZero())) {
            throw new IllegalArgumentException("praxis.reminders.before: every lead must be positive");
        }
        before = before.stream().distinct().sorted(Comparator.reverseOrder()).toList();
    }
}
