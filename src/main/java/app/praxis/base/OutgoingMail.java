package app.praxis.base;

import java.sql.Timestamp;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The clinic's e-mails to a person: one text, optionally with one attached file, from {@code praxis.mail.from}.
 * {@code send} writes the e-mail to the outbox ({@code mail_outbox}) in the transaction of the change it reports,
 * which it requires: the e-mail exists exactly when the change does. {@link MailOutbox} delivers it (retrying
 * with growing delays), so a mail server that is down delays an e-mail and never loses it nor fails the change.
 */
@Component
public class OutgoingMail {

    /** A file to attach. */
    public record Attachment(String fileName, byte[] content, String mediaType) {}

    private final JdbcClient jdbc;
    private final java.time.Clock clock;

    OutgoingMail(JdbcClient jdbc, java.time.Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Queues a text without attachment; {@code about} names what the e-mail was for (the log, the admin page). */
    public boolean send(String to, String subject, String text, String about) {
        return send(to, subject, text, null, about);
    }

    /**
     * Queues it in the current transaction (there must be one); {@code about} names what the e-mail was for in the
     * log and on the admin page. Returns true: the e-mail will be sent once the transaction commits.
     */
    public boolean send(String to, String subject, String text, @Nullable Attachment attachment, String about) {
        CallersTransaction.require();
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.sql("""
                        INSERT INTO mail_outbox (recipient, subject, body, about, attachment_name, attachment_type,
                                                 attachment, status, attempts, next_attempt_at, created_at)
                        VALUES (:to, :subject, :body, :about, :name, :type, :content, 'PENDING', 0, :now, :now)""")
                .param("to", to)
                .param("subject", abbreviated(subject, 500))
                .param("body", text)
                .param("about", abbreviated(about, 255))
                .param("name", attachment == null ? null : attachment.fileName())
                .param("type", attachment == null ? null : attachment.mediaType())
                .param("content", attachment == null ? null : attachment.content())
                .param("now", now)
                .update();
        return true;
    }

    private static String abbreviated(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
