package app.praxis.chat;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The chat's statements in SQL: every read is one indexed query (the inbox with its unread counts, a page of
 * messages by id, the unread total), every write a handful of short statements.
 */
@Repository
class ChatStore {

    /** A chat with both participants' accounts and names. */
    record Parties(
            long chatId,
            long doctorId,
            long patientId,
            long doctorUserId,
            long patientUserId,
            String doctorName,
            String doctorInitials,
            String patientName,
            String patientInitials,
            @Nullable String doctorPhoto,
            @Nullable String patientPhoto) {}

    private static final String PARTIES = """
            SELECT c.chat_id, c.doctor_id, c.patient_id, du.user_id AS doctor_user_id, pu.user_id AS patient_user_id,
                   du.first_name AS doctor_first, du.last_name AS doctor_last,
                   pu.first_name AS patient_first, pu.last_name AS patient_last,
                   du.profile_photo AS doctor_photo, pu.profile_photo AS patient_photo
            FROM chats c
            JOIN doctors d ON d.doctor_id = c.doctor_id JOIN users du ON du.user_id = d.user_id
            JOIN patients p ON p.patient_id = c.patient_id JOIN users pu ON pu.user_id = p.user_id
            """;

    /** The other party's name and the unread count of one chat, for the viewer :me. */
    private static final String INBOX = """
            SELECT c.chat_id, u.first_name, u.last_name, u.profile_photo, c.last_message, c.updated_at, c.last_message_id,
                   (SELECT COUNT(*) FROM chat_messages m
                    WHERE m.chat_id = c.chat_id AND m.read_at IS NULL AND m.sender_id <> :me) AS unread
            FROM chats c
            """;

    private final JdbcClient jdbc;

    ChatStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Long> doctorIdOfUser(long userId) {
        return jdbc.sql("SELECT doctor_id FROM doctors WHERE user_id = ?")
                .param(userId)
                .query(Long.class)
                .optional();
    }

    Optional<Long> patientIdOfUser(long userId) {
        return jdbc.sql("SELECT patient_id FROM patients WHERE user_id = ?")
                .param(userId)
                .query(Long.class)
                .optional();
    }

    Optional<Parties> parties(long chatId) {
        return jdbc.sql(PARTIES + " WHERE c.chat_id = ?")
                .param(chatId)
                .query(ChatStore::parties)
                .optional();
    }

    /** A plain read: enough when the chat already existed when this transaction began. */
    Optional<Long> findChat(long doctorId, long patientId) {
        return jdbc.sql("SELECT chat_id FROM chats WHERE doctor_id = ? AND patient_id = ?")
                .params(doctorId, patientId)
                .query(Long.class)
                .optional();
    }

    /** A locking read sees the newest committed row, also one created by a rival after this transaction began. */
    Optional<Long> findChatCommitted(long doctorId, long patientId) {
        return jdbc.sql("SELECT chat_id FROM chats WHERE doctor_id = ? AND patient_id = ? FOR UPDATE")
                .params(doctorId, patientId)
                .query(Long.class)
                .optional();
    }

    /** Throws a DuplicateKeyException (uk_chats_pair) when the pair already has its chat. */
    long insertChat(long doctorId, long patientId, Instant now) {
        var key = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO chats (doctor_id, patient_id, created_at, updated_at) VALUES (?, ?, ?, ?)")
                .params(doctorId, patientId, Timestamp.from(now), Timestamp.from(now))
                .update(key);
        return key.getKey().longValue();
    }

    List<ConversationRow> doctorInbox(long doctorId, long doctorUserId, boolean unreadOnly, int limit) {
        return jdbc.sql(INBOX + """
                        JOIN patients p ON p.patient_id = c.patient_id JOIN users u ON u.user_id = p.user_id
                        WHERE c.doctor_id = :party
                        """ + (unreadOnly ? " HAVING unread > 0" : "")
                        + " ORDER BY unread > 0 DESC, c.last_message_id DESC, c.chat_id DESC LIMIT :limit")
                .param("me", doctorUserId)
                .param("party", doctorId)
                .param("limit", limit)
                .query((rs, row) -> conversation(rs, ""))
                .list();
    }

    List<ConversationRow> patientInbox(long patientId, long patientUserId, int limit) {
        return jdbc.sql(INBOX + """
                        JOIN doctors d ON d.doctor_id = c.doctor_id JOIN users u ON u.user_id = d.user_id
                        WHERE c.patient_id = :party
                        ORDER BY c.last_message_id DESC, c.chat_id DESC LIMIT :limit""")
                .param("me", patientUserId)
                .param("party", patientId)
                .param("limit", limit)
                .query((rs, row) -> conversation(rs, "Dr. "))
                .list();
    }

    /** The newest {@code limit} messages below {@code beforeId}, newest first (the index on chat_id, message_id). */
    List<MessageView> messagesBefore(long chatId, long beforeId, int limit, long viewerUserId) {
        return jdbc.sql("""
                        SELECT m.message_id, m.chat_id, m.sender_id, u.first_name, u.last_name, u.role,
                               m.message_text, m.sent_at, m.read_at
                        FROM chat_messages m JOIN users u ON u.user_id = m.sender_id
                        WHERE m.chat_id = ? AND m.message_id < ? ORDER BY m.message_id DESC LIMIT ?""")
                .params(chatId, beforeId, limit)
                .query((rs, row) -> message(rs, viewerUserId))
                .list();
    }

    List<MessageView> messagesAfter(long chatId, long afterId, int limit, long viewerUserId) {
        return jdbc.sql("""
                        SELECT m.message_id, m.chat_id, m.sender_id, u.first_name, u.last_name, u.role,
                               m.message_text, m.sent_at, m.read_at
                        FROM chat_messages m JOIN users u ON u.user_id = m.sender_id
                        WHERE m.chat_id = ? AND m.message_id > ? ORDER BY m.message_id LIMIT ?""")
                .params(chatId, afterId, limit)
                .query((rs, row) -> message(rs, viewerUserId))
                .list();
    }

    /** The viewer's newest message that the other person has read, as (id, read_at). */
    Optional<MessageView> lastReadOf(long chatId, long senderUserId) {
        return jdbc.sql("""
                        SELECT m.message_id, m.chat_id, m.sender_id, u.first_name, u.last_name, u.role,
                               m.message_text, m.sent_at, m.read_at
                        FROM chat_messages m JOIN users u ON u.user_id = m.sender_id
                        WHERE m.chat_id = ? AND m.sender_id = ? AND m.read_at IS NOT NULL
                        ORDER BY m.message_id DESC LIMIT 1""")
                .params(chatId, senderUserId)
                .query((rs, row) -> message(rs, senderUserId))
                .optional();
    }

    /** Locks the sender's account row until the transaction ends (one sender's sends run one at a time). */
    Optional<Boolean> lockSenderIsActive(long userId) {
        return jdbc.sql("SELECT is_active FROM users WHERE user_id = ? FOR UPDATE")
                .param(userId)
                .query(Boolean.class)
                .optional();
    }

    long sentSince(long senderUserId, Instant since) {
        return jdbc.sql("SELECT COUNT(*) FROM chat_messages WHERE sender_id = ? AND sent_at > ?")
                .params(senderUserId, Timestamp.from(since))
                .query(Long.class)
                .single();
    }

    long insertMessage(long chatId, long senderUserId, String text, Instant sentAt) {
        var key = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO chat_messages (chat_id, sender_id, message_text, sent_at) VALUES (?, ?, ?, ?)")
                .params(chatId, senderUserId, text, Timestamp.from(sentAt))
                .update(key);
        return key.getKey().longValue();
    }

    void updateLastMessage(long chatId, long messageId, String text, Instant at) {
        jdbc.sql("UPDATE chats SET last_message = ?, last_message_id = ?, updated_at = ? WHERE chat_id = ?")
                .params(text, messageId, Timestamp.from(at), chatId)
                .update();
    }

    /** The reader may be e-mailed again about this chat once something new stays unread. */
    void clearNotice(long chatId, boolean doctor) {
        jdbc.sql("UPDATE chats SET " + (doctor ? "doctor_notice_at" : "patient_notice_at")
                        + " = NULL WHERE chat_id = ?")
                .param(chatId)
                .update();
    }

    /** Marks the other person's unread messages read; returns how many. */
    int markRead(long chatId, long readerUserId, Instant at) {
        return jdbc.sql("UPDATE chat_messages SET read_at = ? WHERE chat_id = ? AND read_at IS NULL AND sender_id <> ?")
                .params(Timestamp.from(at), chatId, readerUserId)
                .update();
    }

    long unreadForDoctor(long doctorId, long doctorUserId) {
        return jdbc.sql("""
                        SELECT COUNT(*) FROM chats c JOIN chat_messages m ON m.chat_id = c.chat_id
                        WHERE c.doctor_id = ? AND m.read_at IS NULL AND m.sender_id <> ?""").params(doctorId, doctorUserId).query(Long.class).single();
    }

    long unreadForPatient(long patientId, long patientUserId) {
        return jdbc.sql("""
                        SELECT COUNT(*) FROM chats c JOIN chat_messages m ON m.chat_id = c.chat_id
                        WHERE c.patient_id = ? AND m.read_at IS NULL AND m.sender_id <> ?""").params(patientId, patientUserId).query(Long.class).single();
    }

    void insertEvent(long chatId, ChatUpdate.Kind kind, @Nullable Long messageId, Instant at) {
        jdbc.sql("INSERT INTO chat_events (chat_id, kind, message_id, created_at) VALUES (?, ?, ?, ?)")
                .params(chatId, kind.name(), messageId, Timestamp.from(at))
                .update();
    }

    private static Parties parties(ResultSet rs, int row) throws SQLException {
        String doctorFirst = rs.getString("doctor_first");
        String doctorLast = rs.getString("doctor_last");
        String patientFirst = rs.getString("patient_first");
        String patientLast = rs.getString("patient_last");
        return new Parties(
                rs.getLong("chat_id"),
                rs.getLong("doctor_id"),
                rs.getLong("patient_id"),
                rs.getLong("doctor_user_id"),
                rs.getLong("patient_user_id"),
                "Dr. " + doctorFirst + " " + doctorLast,
                initials(doctorFirst, doctorLast),
                patientFirst + " " + patientLast,
                initials(patientFirst, patientLast),
                rs.getString("doctor_photo"),
                rs.getString("patient_photo"));
    }

    private static ConversationRow conversation(ResultSet rs, String title) throws SQLException {
        String first = rs.getString("first_name");
        String last = rs.getString("last_name");
        boolean hasMessage = rs.getObject("last_message_id") != null;
        return new ConversationRow(
                rs.getLong("chat_id"),
                title + first + " " + last,
                initials(first, last),
                rs.getString("last_message"),
                hasMessage ? rs.getTimestamp("updated_at").toInstant() : null,
                rs.getInt("unread"),
                rs.getString("profile_photo"));
    }

    private static MessageView message(ResultSet rs, long viewerUserId) throws SQLException {
        Timestamp readAt = rs.getTimestamp("read_at");
        String name = rs.getString("first_name") + " " + rs.getString("last_name");
        return new MessageView(
                rs.getLong("message_id"),
                rs.getLong("chat_id"),
                rs.getLong("sender_id") == viewerUserId,
                "DOCTOR".equals(rs.getString("role")) ? "Dr. " + name : name,
                rs.getString("message_text"),
                rs.getTimestamp("sent_at").toInstant(),
                readAt == null ? null : readAt.toInstant());
    }

    static String initials(String first, String last) {
        return (first.isEmpty() ? "" : first.substring(0, 1)) + (last.isEmpty() ? "" : last.substring(0, 1));
    }
}
