package app.praxis.base;

import jakarta.mail.MessagingException;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * The clinic's e-mails to a person: one text with one attached file, from {@code praxis.mail.from}. Sent after the
 * change it reports has committed, so a failure is logged, never thrown back into that change.
 */
@Component
public class OutgoingMail {

    static {
        // Jakarta Mail 2.1 finds its StreamProvider through ServiceLoader, a scan of the whole class path, for
        // every body part it builds (jakartaee/mail-api#699 and #861, cached only from 2.2 on); that was half the
        // CPU of a confirmation e-mail. Named here, the lookup is one Class.forName.
        System.getProperties()
                .putIfAbsent("jakarta.mail.util.StreamProvider", "org.eclipse.angus.mail.util.MailStreamProvider");
    }

    /** A file to attach. */
    public record Attachment(String fileName, byte[] content, String mediaType) {}

    private static final Logger log = LoggerFactory.getLogger(OutgoingMail.class);

    private final JavaMailSender mailSender;
    private final String from;

    OutgoingMail(JavaMailSender mailSender, @Value("${praxis.mail.from:Praxis <no-reply@praxis.local>}") String from) {
        this.mailSender = mailSender;
        this.from = from;
    }

    /** Sends a text without attachment; {@code about} names what the e-mail was for in the log line of a failure. */
    public boolean send(String to, String subject, String text, String about) {
        return send(to, subject, text, null, about);
    }

    /** Sends it; {@code about} names what the e-mail was for in the log line of a failure. */
    public boolean send(String to, String subject, String text, @Nullable Attachment attachment, String about) {
        try {
            var message = mailSender.createMimeMessage();
            var helper = new MimeMessageHelper(message, true, StandardCharsets.UTF_8.name());
            helper.setFrom(from);
            helper.setTo(to);
            helper.setSubject(subject);
            helper.setText(text);
            if (attachment != null) {
                helper.addAttachment(
                        attachment.fileName(), new ByteArrayResource(attachment.content()), attachment.mediaType());
            }
            mailSender.send(message);
            return true;
        } catch (MailException | MessagingException e) {
            log.warn("Could not e-mail {}: {}", about, firstLine(e)); // no address: the log is not the place
            return false;
        }
    }

    private static String firstLine(Exception e) {
        String message = String.valueOf(e.getMessage());
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
