-- Chat (issue 9). The inbox orders conversations by their newest message (by id, never by a timestamp that two
-- messages can share); the rate limit counts a sender's messages of the last minute from an index; the "e-mail
-- when away" job finds messages unread for a while from an index and remembers whom it told; and every node
-- reads what happened in chats (a message sent, messages read) by id from chat_events once a second, so a panel
-- open on one node sees what was written on another.

-- doctor_notice_at / patient_notice_at: when that side was last e-mailed about unread messages in this chat (NULL:
-- not since they last read it), so each side gets at most one such e-mail per conversation until they read it; a
-- node claims the e-mail by setting the column only where it is still NULL.
ALTER TABLE chats
    ADD COLUMN last_message_id   BIGINT    NULL AFTER last_message,
    ADD COLUMN doctor_notice_at  TIMESTAMP NULL DEFAULT NULL,
    ADD COLUMN patient_notice_at TIMESTAMP NULL DEFAULT NULL,
    ADD INDEX ix_chats_doctor_recent (doctor_id, last_message_id);

ALTER TABLE chat_messages
    ADD INDEX ix_message_sender_time (sender_id, sent_at),
    ADD INDEX ix_message_unread_since (read_at, sent_at);

-- Append-only, short-lived: a row per message sent or batch of messages read; nodes poll it by id and old rows are
-- deleted after a few minutes. It carries no message text.
CREATE TABLE chat_events (
    event_id   BIGINT AUTO_INCREMENT PRIMARY KEY,
    chat_id    BIGINT      NOT NULL,
    kind       VARCHAR(10) NOT NULL,
    message_id BIGINT      NULL,                          -- the message sent (MESSAGE) or the newest one read (READ)
    created_at TIMESTAMP   NOT NULL DEFAULT CURRENT_TIMESTAMP, -- written from the application's clock
    CONSTRAINT ck_chat_event_kind CHECK (kind IN ('MESSAGE', 'READ')),
    CONSTRAINT fk_chat_event_chat FOREIGN KEY (chat_id) REFERENCES chats (chat_id),
    INDEX ix_chat_events_created (created_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
