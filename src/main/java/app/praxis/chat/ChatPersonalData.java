package app.praxis.chat;

import app.praxis.user.PersonalDataSection;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** A patient's conversations with their doctors, every message, for their download. */
@Component
class ChatPersonalData implements PersonalDataSection {

    private final JdbcClient jdbc;

    ChatPersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String name() {
        return "messages";
    }

    @Override
    public List<Map<String, Object>> export(long userId) {
        return PersonalDataSection.plain(
                jdbc.sql("""
                        SELECT m.message_id, CONCAT(du.first_name, ' ', du.last_name) AS doctor,
                               CASE WHEN m.sender_id = :userId THEN 'me' ELSE 'doctor' END AS sender,
                               m.message_text, m.sent_at, m.read_at
                        FROM chat_messages m
                        JOIN chats c ON c.chat_id = m.chat_id
                        JOIN patients p ON p.patient_id = c.patient_id
                        JOIN doctors d ON d.doctor_id = c.doctor_id
                        JOIN users du ON du.user_id = d.user_id
                        WHERE p.user_id = :userId
                        ORDER BY m.message_id""").param("userId", userId).query().listOfRows());
    }
}
