package app.praxis.chat;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param maxMessagesPerMinute how many messages one sender may send in any minute (counted in the database, so
 *     it holds across nodes)
 * @param pollInterval how often each node reads new chat events from the database
 * @param eventRetention how long chat events are kept for the nodes to read
 * @param noticeAfter how long a message stays unread before its recipient gets one e-mail about the conversation
 * @param noticesEnabled whether this node runs the e-mail job (every node may: a claim decides who sends)
 * @param linkBase the address people open Praxis at, for the link in the e-mail
 */
@ConfigurationProperties("praxis.chat")
public record ChatProperties(
        @DefaultValue("30") int maxMessagesPerMinute,
        @DefaultValue("PT1S") Duration pollInterval,
        @DefaultValue("PT10M") Duration eventRetention,
        @DefaultValue("PT15M") Duration noticeAfter,
        @DefaultValue("true") boolean noticesEnabled,
        @DefaultValue("http://localhost:8080") String linkBase) {}
