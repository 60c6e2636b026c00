package app.praxis.chat;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param maxMessagesPerMinute how many messages one sender may send in any minute (counted in the database, so
 *     it holds across nodes)
 * @param pollInterval how often each node reads new chat events from the database
 * @param eventRetention how long chat events are kept for the nodes to read
 */
@ConfigurationProperties("praxis.chat")
public record ChatProperties(
        @DefaultValue("30") int maxMessagesPerMinute,
        @DefaultValue("PT1S") Duration pollInterval,
        @DefaultValue("PT10M") Duration eventRetention) {}
