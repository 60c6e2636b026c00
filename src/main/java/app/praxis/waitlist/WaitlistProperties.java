package app.praxis.waitlist;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param hold how long an offered slot is held for the patient it was offered to
 * @param checkInterval how often each node looks for freed slots and lapsed offers (cancellations also trigger it)
 * @param enabled whether this node runs the job (every node may: the database decides every offer)
 * @param maxWeeksAhead how far ahead a patient may wait
 * @param linkBase the address people open Praxis at, for the link in the offer's e-mail
 */
@ConfigurationProperties("praxis.waitlist")
public record WaitlistProperties(
        @DefaultValue("PT30M") Duration hold,
        @DefaultValue("PT30S") Duration checkInterval,
        @DefaultValue("true") boolean enabled,
        @DefaultValue("13") int maxWeeksAhead,
        @DefaultValue("http://localhost:8080") String linkBase) {}
