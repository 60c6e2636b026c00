package app.praxis.chat;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A conversation opened by one of its participants: who the other person is and the latest messages, oldest
 * first.
 *
 * @param hasOlder whether earlier messages exist ({@link ChatService#olderMessages})
 */
public record Conversation(
        long chatId,
        String partyName,
        String partyInitials,
        String myName,
        List<MessageView> messages,
        boolean hasOlder,
        @Nullable String partyPhoto) {}
