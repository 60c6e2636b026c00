package app.praxis.chat;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One conversation in an inbox, seen by one of its two participants.
 *
 * @param partyName the other person: "Dr. …" for a doctor, the patient's name for a patient
 * @param lastMessage the newest message's text, or null while nothing has been written
 * @param lastMessageAt when it was sent, or null while nothing has been written
 * @param unread messages from the other person not yet read by the viewer
 * @param partyPhoto the other person's profile photo name, or null for initials
 */
public record ConversationRow(
        long chatId,
        String partyName,
        String partyInitials,
        @Nullable String lastMessage,
        @Nullable Instant lastMessageAt,
        int unread,
        @Nullable String partyPhoto) {}
