package app.praxis.chat;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * "E-mail when away": when a message has stayed unread for {@link ChatProperties#noticeAfter()}, its recipient
 * gets one short e-mail naming the sender, without the message (it is health data), with a link to the
 * conversation; no second one for that conversation until they have read it. Every node may run the job: a node
 * claims an e-mail by a conditional UPDATE, so exactly one sends it; a failed send gives the claim back.
 */
@Component
class ChatNotices {

    private static final Logger log = LoggerFactory.getLogger(ChatNotices.class);
    private static final int BATCH = 200;

    /** A conversation whose {@code side} ("doctor" or "patient") has a message unread for long enough. */
    record Due(long chatId, String side, String recipientEmail, String recipientName, String senderName) {}

    private static final String DUE = """
            SELECT DISTINCT c.chat_id, %1$s
            FROM chat_messages m
            JOIN chats c ON c.chat_id = m.chat_id
            JOIN doctors d ON d.doctor_id = c.doctor_id JOIN users du ON du.user_id = d.user_id
            JOIN patients p ON p.patient_id = c.patient_id JOIN users pu ON pu.user_id = p.user_id
            WHERE m.read_at IS NULL AND m.sent_at <= ? AND %2$s
            LIMIT %3$d""";

    private final JdbcClient jdbc;
    private final JavaMailSender mail;
    private final ChatProperties properties;
    private final java.time.Clock clock;
    private final String from;

    ChatNotices(
            JdbcClient jdbc,
            JavaMailSender mail,
            ChatProperties properties,
            java.time.Clock clock,
            @Value("${praxis.mail.from:Praxis <no-reply@praxis.local>}") String from) {
        this.jdbc = jdbc;
        this.mail = mail;
        this.properties = properties;
        this.clock = clock;
        this.from = from;
    }

    @Scheduled(fixedDelayString = "${praxis.chat.notice-check:PT1M}", initialDelayString = "PT1M")
    void onSchedule() {
        if (properties.noticesEnabled()) {
            try {
                sendDue();
            } catch (RuntimeException e) {
                log.warn("The chat's e-mail job failed; it runs again in a minute", e);
            }
        }
    }

    /** Sends what is due now; returns how many e-mails this node sent. */
    int sendDue() {
        Instant now = clock.instant();
        Timestamp cutoff = Timestamp.from(now.minus(properties.noticeAfter()));
        int sent = 0;
        for (Due due : due(cutoff)) {
            if (claim(due, now) && send(due, now)) {
                sent++;
            }
        }
        return sent;
    }

    private List<Due> due(Timestamp cutoff) {
        String toDoctors = DUE.formatted(
                "'doctor' AS side, du.email, CONCAT('Dr. ', du.first_name, ' ', du.last_name) AS recipient,"
                        + " CONCAT(pu.first_name, ' ', pu.last_name) AS sender",
                "m.sender_id = pu.user_id AND c.doctor_notice_at IS NULL AND du.is_active",
                BATCH);
        String toPatients = DUE.formatted(
                "'patient' AS side, pu.email, CONCAT(pu.first_name, ' ', pu.last_name) AS recipient,"
                        + " CONCAT('Dr. ', du.first_name, ' ', du.last_name) AS sender",
                "m.sender_id = du.user_id AND c.patient_notice_at IS NULL AND pu.is_active",
                BATCH);
        return java.util.stream.Stream.of(toDoctors, toPatients)
                .flatMap(sql -> jdbc
                        .sql(sql)
                        .param(cutoff)
                        .query((rs, row) -> new Due(
                                rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)))
                        .list()
                        .stream())
                .toList();
    }

    /** Only one node's UPDATE finds the column still empty. */
    private boolean claim(Due due, Instant now) {
        return jdbc.sql("UPDATE chats SET " + due.side() + "_notice_at = ? WHERE chat_id = ? AND " + due.side()
                                + "_notice_at IS NULL")
                        .params(Timestamp.from(now), due.chatId())
                        .update()
                == 1;
    }

    private boolean send(Due due, Instant claimedAt) {
        try {
            var message = new SimpleMailMessage();
            message.setFrom(from);
            message.setTo(due.recipientEmail());
            message.setSubject("New message from " + due.senderName());
            message.setText("Hello " + due.recipientName() + ",\n\n" + due.senderName()
                    + " has written to you in Praxis. For your privacy this e-mail does not contain the message;"
                    + " read it here:\n\n" + properties.linkBase() + "/messages?chat=" + due.chatId() + "\n");
            mail.send(message);
            return true;
        } catch (RuntimeException e) {
            log.warn("Could not e-mail {} about chat {}; it will be tried again", due.side(), due.chatId(), e);
            jdbc.sql("UPDATE chats SET " + due.side() + "_notice_at = NULL WHERE chat_id = ? AND " + due.side()
                            + "_notice_at = ?")
                    .params(due.chatId(), Timestamp.from(claimedAt))
                    .update();
            return false;
        }
    }
}
