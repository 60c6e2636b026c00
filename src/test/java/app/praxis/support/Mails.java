package app.praxis.support;

import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** Reads what GreenMail received as a person would: decoded text, and the link in it. */
public final class Mails {

    private static final Pattern LINK = Pattern.compile("https?://\\S+");

    private Mails() {}

    public static List<MimeMessage> to(TestSmtp smtp, String address) {
        return Arrays.stream(smtp.getReceivedMessages())
                .filter(mail -> recipients(mail).contains(address))
                .toList();
    }

    /** The plain text of a mail (the first text part of a multipart one), decoded. */
    public static String text(MimeMessage mail) {
        try {
            return text(mail.getContent());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The first link in the mail whose path contains {@code path}. */
    public static Optional<String> link(MimeMessage mail, String path) {
        return LINK.matcher(text(mail))
                .results()
                .map(match -> match.group())
                .filter(link -> link.contains(path))
                .findFirst();
    }

    /** The token query parameter of the first link to {@code path}. */
    public static String token(MimeMessage mail, String path) {
        String link =
                link(mail, path).orElseThrow(() -> new AssertionError("No link to " + path + " in " + text(mail)));
        return link.substring(link.indexOf("token=") + "token=".length());
    }

    private static String text(Object content) throws Exception {
        if (content instanceof String text) {
            return text;
        }
        if (content instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart part = multipart.getBodyPart(i);
                String text = text(part.getContent());
                if (!text.isEmpty()) {
                    return text;
                }
            }
        }
        return "";
    }

    private static List<String> recipients(MimeMessage mail) {
        try {
            var to = mail.getRecipients(Message.RecipientType.TO);
            return to == null
                    ? List.of()
                    : Arrays.stream(to).map(Object::toString).toList();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
