package app.praxis.chat;

import app.praxis.base.Language;
import app.praxis.base.OutgoingMail;
import app.praxis.base.Texts;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * "E-mail when away": when a message has stayed unread for {@link ChatProperties#noticeAfter()}, its recipient
 * gets one short e-mail naming the sender, without the message (it is health data), with a link to the
 * conversation; no second one for that conversation until they have read it. Every node may run the job: a node
 * claims an e-mail by a conditional UPDATE and writes it to the outbox in the same transaction, so exactly one
 * node queues it; the outbox's sender delivers it (and retries while the mail server is down).
 */
@Component
class ChatNotices {

    private static final Logger log = LoggerFactory.getLogger(ChatNotices.class);
    private static final int BATCH = 200;

    /** A conversation whose {@code side} ("doctor" or "patient") has a message unread for long enough. */
    record Due(
            long chatId,
            String side,
            String recipientEmail,
            String recipientName,
            String senderName,
            Language language) {}

    private static final String DUE = """
            SELECT DISTINCT c.chat_id, %1$s
            FROM chat_messages m
            JOIN chats c ON c.chat_id = m.chat_id
            JOIN doctors d ON d.doctor_id = c.doctor_id JOIN users du ON du.user_id = d.user_id
            JOIN patients p ON p.patient_id = c.patient_id JOIN users pu ON pu.user_id = p.user_id
            WHERE m.read_at IS NULL AND m.sent_at <= ? AND %2$s
            LIMIT %3$d""";

    private final JdbcClient jdbc;
    private final OutgoingMail mail;
    private final ChatProperties properties;
    private final java.time.Clock clock;
    private final TransactionTemplate transaction;
    private final Texts texts;

    ChatNotices(
            JdbcClient jdbc,
            OutgoingMail mail,
            ChatProperties properties,
            java.time.Clock clock,
            TransactionTemplate transaction,
            Texts texts) {
        this.texts = texts;
        this.jdbc = jdbc;
        this.mail = mail;
        this.properties = properties;
        this.clock = clock;
        this.transaction = transaction;
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

    /** Queues what is due now; returns how many e-mails this node queued. */
    int sendDue() {
        Instant now = clock.instant();
        Timestamp cutoff = Timestamp.from(now.minus(properties.noticeAfter()));
        int sent = 0;
        for (Due due : due(cutoff)) {
            // The claim and the outbox row commit together: the e-mail is queued exactly once, by one node.
            if (Boolean.TRUE.equals(transaction.execute(status -> claim(due, now) && send(due)))) {
                sent++;
            }
        }
        return sent;
    }

    private List<Due> due(Timestamp cutoff) {
        String toDoctors = DUE.formatted(
                "'doctor' AS side, du.email, CONCAT('Dr. ', du.first_name, ' ', du.last_name) AS recipient,"
                        + " CONCAT(pu.first_name, ' ', pu.last_name) AS sender, du.language",
                "m.sender_id = pu.user_id AND c.doctor_notice_at IS NULL AND du.is_active",
                BATCH);
        String toPatients = DUE.formatted(
                "'patient' AS side, pu.email, CONCAT(pu.first_name, ' ', pu.last_name) AS recipient,"
                        + " CONCAT('Dr. ', du.first_name, ' ', du.last_name) AS sender, pu.language",
                "m.sender_id = du.user_id AND c.patient_notice_at IS NULL AND pu.is_active",
                BATCH);
        return java.util.stream.Stream.of(toDoctors, toPatients)
                .flatMap(sql -> jdbc
                        .sql(sql)
                        .param(cutoff)
                        .query((rs, row) -> new Due(
                                rs.getLong(1),
                                rs.getString(2),
                                rs.getString(3),
                                rs.getString(4),
                                rs.getString(5),
                                Language.ofTag(String.valueOf(rs.getString(6))).orElse(Language.DEFAULT)))
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

    private boolean send(Due due) {
        return mail.send(
                due.recipientEmail(),
                texts.get(due.language(), "chat.mail.subject", due.senderName()),
                texts.get(
                        due.language(),
                        "chat.mail.body",
                        due.recipientName(),
                        due.senderName(),
                        properties.linkBase() + "/messages?chat=" + due.chatId()),
                "chat " + due.chatId() + " to its " + due.side());
    }
}
