package app.praxis.chat;

import org.jspecify.annotations.Nullable;

/**
 * Something happened in a chat: a message was sent, or messages were read. It carries no text; a listener asks
 * {@link ChatService} for what it may see. A message's event names the message and its sender, so a screen can tell
 * its own message (already shown) and a badge can tell that its count did not change (issue 18: one message made
 * every screen of both people ask again).
 */
public record ChatUpdate(
        long eventId,
        long chatId,
        Kind kind,
        long doctorUserId,
        long patientUserId,
        @Nullable Long messageId,
        @Nullable Long senderUserId) {

    public enum Kind {
        MESSAGE,
        READ
    }

    public boolean concerns(long userId) {
        return doctorUserId == userId || patientUserId == userId;
    }

    /** Whether this is a message that {@code userId} sent (which changes nothing they have unread). */
    public boolean isMessageFrom(long userId) {
        return kind == Kind.MESSAGE && senderUserId != null && senderUserId == userId;
    }
}
