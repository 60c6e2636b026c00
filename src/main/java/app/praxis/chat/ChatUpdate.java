package app.praxis.chat;

/**
 * Something happened in a chat: a message was sent, or messages were read. It carries no text; a listener asks
 * {@link ChatService} for what it may see.
 */
public record ChatUpdate(long eventId, long chatId, Kind kind, long doctorUserId, long patientUserId) {

    public enum Kind {
        MESSAGE,
        READ
    }

    public boolean concerns(long userId) {
        return doctorUserId == userId || patientUserId == userId;
    }
}
