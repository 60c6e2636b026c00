package app.praxis.chat;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One message as a participant sees it.
 *
 * @param mine whether the viewer wrote it
 * @param readAt when the recipient read it, or null while unread
 */
public record MessageView(
        long id,
        long chatId,
        boolean mine,
        String senderName,
        String text,
        Instant sentAt,
        @Nullable Instant readAt) {}
