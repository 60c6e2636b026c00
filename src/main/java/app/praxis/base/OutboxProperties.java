package app.praxis.base;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The e-mail outbox ({@link OutgoingMail} writes, {@link MailOutbox} sends).
 *
 * @param from the sender of every e-mail
 * @param senderEnabled whether this node runs the sender (every node may: a row is claimed by one node at a time)
 * @param sendInterval how often the sender looks for due e-mails
 * @param batchSize how many e-mails one node claims at a time
 * @param lease how long a claimed e-mail is left to its node before another node may try it (a node that died)
 * @param retryDelays the waits after the first, second, … failed attempt (the last one repeats)
 * @param maxAttempts after this many failed attempts an e-mail is FAILED until an admin retries it
 */
@ConfigurationProperties("praxis.mail")
public record OutboxProperties(
        @DefaultValue("Praxis <no-reply@praxis.local>") String from,
        @DefaultValue("true") boolean senderEnabled,
        @DefaultValue("PT5S") Duration sendInterval,
        @DefaultValue("50") int batchSize,
        @DefaultValue("PT2M") Duration lease,

        @DefaultValue({"PT1M", "PT5M", "PT15M", "PT1H", "PT4H"})
        List<Duration> retryDelays,

        @DefaultValue("6") int maxAttempts) {

    public OutboxProperties {
        if (retryDelays.isEmpty()) {
            throw new IllegalArgumentException("praxis.mail.retry-delays needs at least one delay");
        }
        if (maxAttempts < 1 || batchSize < 1) {
            throw new IllegalArgumentException("praxis.mail.max-attempts and batch-size must be at least 1");
        }
    }

    /** The wait after the given number of failed attempts (1 for the first). */
    public Duration delayAfter(int failedAttempts) {
        return retryDelays.get(Math.min(Math.max(failedAttempts, 1), retryDelays.size()) - 1);
    }
}
