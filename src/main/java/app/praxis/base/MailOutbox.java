package app.praxis.base;

import jakarta.mail.MessagingException;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Delivers the outbox that {@link OutgoingMail} fills. Every node runs it: a short transaction claims due rows
 * with {@code SELECT … FOR UPDATE SKIP LOCKED} (so two nodes never claim the same row) and moves each row's
 * {@code next_attempt_at} one lease ahead while counting the attempt; the e-mails are then sent outside any
 * transaction, and each is marked SENT, or gets its next attempt after a growing delay, or becomes FAILED after
 * the last one. A node that dies while sending leaves its rows to the next node once the lease has run out (the
 * e-mail may then go out twice, never not at all). The admin page reads and retries through here too.
 */
@Component
public class MailOutbox {

    static {
        // Jakarta Mail 2.1 finds its StreamProvider through ServiceLoader, a scan of the whole class path, for
        // every body part it builds (jakartaee/mail-api#699 and #861, cached only from 2.2 on); that was half the
        // CPU of a confirmation e-mail. Named here, the lookup is one Class.forName.
        System.getProperties()
                .putIfAbsent("jakarta.mail.util.StreamProvider", "org.eclipse.angus.mail.util.MailStreamProvider");
    }

    /** An e-mail's place in the outbox. */
    public enum Status {
        PENDING,
        SENT,
        FAILED
    }

    /** A row of the admin's list (without the body and attachment, see {@link #details}). */
    public record Entry(
            long id,
            String recipient,
            String subject,
            String about,
            Status status,
            int attempts,
            Instant createdAt,
            @Nullable Instant sentAt,
            Instant nextAttemptAt,
            @Nullable String lastError,
            @Nullable String attachmentName) {}

    /** What the e-mail said. */
    public record Details(
            String body,
            @Nullable String attachmentName,
            @Nullable String attachmentType,
            byte[] attachment) {}

    private record Claimed(
            long id,
            int attempt,
            String recipient,
            String subject,
            String body,
            String about,
            @Nullable String attachmentName,
            @Nullable String attachmentType,
            byte @Nullable [] attachment) {}

    private static final Logger log = LoggerFactory.getLogger(MailOutbox.class);
    private static final Pattern ADDRESS = Pattern.compile("[^\\s<>\"',;:()\\[\\]]+@[^\\s<>\"',;:()\\[\\]]+");

    private final JdbcClient jdbc;
    private final JavaMailSender mailSender;
    private final OutboxProperties properties;
    private final java.time.Clock clock;
    private final TransactionTemplate transaction;

    MailOutbox(
            JdbcClient jdbc,
            JavaMailSender mailSender,
            OutboxProperties properties,
            java.time.Clock clock,
            TransactionTemplate transaction) {
        this.jdbc = jdbc;
        this.mailSender = mailSender;
        this.properties = properties;
        this.clock = clock;
        // The claim reads committed rows only: under REPEATABLE READ its locking read would also lock the gaps it
        // scanned, and the changes that insert new e-mails meanwhile deadlocked against it (PaymentRaceTest).
        this.transaction =
                new TransactionTemplate(java.util.Objects.requireNonNull(transaction.getTransactionManager()));
        this.transaction.setIsolationLevel(TransactionDefinition.ISOLATION_READ_COMMITTED);
    }

    @Scheduled(
            fixedDelayString = "${praxis.mail.send-interval:PT5S}",
            initialDelayString = "${praxis.mail.send-interval:PT5S}")
    void onSchedule() {
        if (!properties.senderEnabled()) {
            return;
        }
        try {
            deliverDue();
        } catch (RuntimeException e) {
            log.warn("The e-mail sender failed ({}); it tries again in {}", firstLine(e), properties.sendInterval());
        }
    }

    /**
     * Claims due e-mails batch by batch and sends them until none is due; returns how many this node claimed. One
     * run at a time per node (a caller waits for the scheduled run in progress, then sends what is still due);
     * nodes run side by side.
     */
    public synchronized int deliverDue() {
        int total = 0;
        List<Claimed> claimed;
        do {
            claimed = claim();
            claimed.forEach(this::deliver);
            total += claimed.size();
        } while (claimed.size() == properties.batchSize());
        return total;
    }

    private List<Claimed> claim() {
        Instant now = clock.instant();
        List<Claimed> claimed = transaction.execute(status -> {
            List<Long> ids = jdbc.sql("""
                            SELECT mail_id FROM mail_outbox
                            WHERE status = 'PENDING' AND next_attempt_at <= ?
                            ORDER BY next_attempt_at, mail_id
                            LIMIT ?
                            FOR UPDATE SKIP LOCKED""")
                    .params(Timestamp.from(now), properties.batchSize())
                    .query(Long.class)
                    .list();
            if (ids.isEmpty()) {
                return List.of();
            }
            jdbc.sql("""
                            UPDATE mail_outbox SET attempts = attempts + 1, next_attempt_at = :lease
                            WHERE mail_id IN (:ids)""")
                    .param("lease", Timestamp.from(now.plus(properties.lease())))
                    .param("ids", ids)
                    .update();
            return jdbc.sql("""
                            SELECT mail_id, attempts, recipient, subject, body, about, attachment_name,
                                   attachment_type, attachment
                            FROM mail_outbox WHERE mail_id IN (:ids) ORDER BY mail_id""")
                    .param("ids", ids)
                    .query((rs, row) -> new Claimed(
                            rs.getLong(1),
                            rs.getInt(2),
                            rs.getString(3),
                            rs.getString(4),
                            rs.getString(5),
                            rs.getString(6),
                            rs.getString(7),
                            rs.getString(8),
                            rs.getBytes(9)))
                    .list();
        });
        return claimed == null ? List.of() : claimed;
    }

    private void deliver(Claimed mail) {
        String error = null;
        try {
            var message = mailSender.createMimeMessage();
            var helper = new MimeMessageHelper(message, true, StandardCharsets.UTF_8.name());
            helper.setFrom(properties.from());
            helper.setTo(mail.recipient());
            helper.setSubject(mail.subject());
            helper.setText(mail.body());
            if (mail.attachment() != null && mail.attachmentName() != null) {
                helper.addAttachment(
                        mail.attachmentName(),
                        new ByteArrayResource(mail.attachment()),
                        mail.attachmentType() == null ? "application/octet-stream" : mail.attachmentType());
            }
            mailSender.send(message);
        } catch (RuntimeException | MessagingException e) {
            error = withoutAddresses(firstLine(e));
        }
        Instant now = clock.instant();
        if (error == null) {
            // Only while the claim is still ours (attempts unchanged): a slower node whose lease ran out changes
            // nothing that a later claim decided.
            jdbc.sql("""
                            UPDATE mail_outbox SET status = 'SENT', sent_at = ?, last_error = NULL
                            WHERE mail_id = ? AND attempts = ? AND status = 'PENDING'""").params(Timestamp.from(now), mail.id(), mail.attempt()).update();
            return;
        }
        boolean last = mail.attempt() >= properties.maxAttempts();
        log.warn(
                "Could not e-mail {} (attempt {} of {}): {}{}",
                mail.about(),
                mail.attempt(),
                properties.maxAttempts(),
                error,
                last ? "; given up, an admin may retry it" : ""); // no address: the log is not the place
        jdbc.sql("""
                        UPDATE mail_outbox SET status = ?, next_attempt_at = ?, last_error = ?
                        WHERE mail_id = ? AND attempts = ? AND status = 'PENDING'""")
                .params(
                        last ? Status.FAILED.name() : Status.PENDING.name(),
                        Timestamp.from(now.plus(properties.delayAfter(mail.attempt()))),
                        abbreviated(error, 500),
                        mail.id(),
                        mail.attempt())
                .update();
    }

    /** A FAILED e-mail goes back to the sender with a fresh count of attempts; false if it was not FAILED. */
    public boolean retry(long mailId) {
        return jdbc.sql("""
                        UPDATE mail_outbox SET status = 'PENDING', attempts = 0, next_attempt_at = ?
                        WHERE mail_id = ? AND status = 'FAILED'""").params(Timestamp.from(clock.instant()), mailId).update() == 1;
    }

    /** The newest e-mails first, optionally only those of one status or whose recipient or subject contains text. */
    public List<Entry> list(@Nullable Status status, @Nullable String search, int offset, int limit) {
        var where = new StringBuilder(" WHERE 1 = 1");
        var params = new ArrayList<Object>();
        filter(status, search, where, params);
        params.add(limit);
        params.add(offset);
        return jdbc.sql("""
                        SELECT mail_id, recipient, subject, about, status, attempts, created_at, sent_at,
                               next_attempt_at, last_error, attachment_name
                        FROM mail_outbox""" + where + " ORDER BY mail_id DESC LIMIT ? OFFSET ?")
                .params(params)
                .query((rs, row) -> new Entry(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        Status.valueOf(rs.getString(5)),
                        rs.getInt(6),
                        rs.getTimestamp(7).toInstant(),
                        Optional.ofNullable(rs.getTimestamp(8))
                                .map(Timestamp::toInstant)
                                .orElse(null),
                        rs.getTimestamp(9).toInstant(),
                        rs.getString(10),
                        rs.getString(11)))
                .list();
    }

    /** How many e-mails {@link #list} would show with the same filter. */
    public int count(@Nullable Status status, @Nullable String search) {
        var where = new StringBuilder(" WHERE 1 = 1");
        var params = new ArrayList<Object>();
        filter(status, search, where, params);
        return jdbc.sql("SELECT COUNT(*) FROM mail_outbox" + where)
                .params(params)
                .query(Integer.class)
                .single();
    }

    /** The body and attachment of one e-mail. */
    public Optional<Details> details(long mailId) {
        return jdbc.sql("SELECT body, attachment_name, attachment_type, attachment FROM mail_outbox WHERE mail_id = ?")
                .param(mailId)
                .query((rs, row) -> new Details(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getString(3),
                        Optional.ofNullable(rs.getBytes(4)).orElse(new byte[0])))
                .optional();
    }

    private static void filter(
            @Nullable Status status, @Nullable String search, StringBuilder where, List<Object> params) {
        if (status != null) {
            where.append(" AND status = ?");
            params.add(status.name());
        }
        if (search != null && !search.isBlank()) {
            where.append(" AND (recipient LIKE ? OR subject LIKE ?)");
            String like = "%"
                    + search.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
            params.add(like);
            params.add(like);
        }
    }

    static String withoutAddresses(String text) {
        return ADDRESS.matcher(text).replaceAll("<address>");
    }

    private static String firstLine(Exception e) {
        String message = String.valueOf(e.getMessage());
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }

    private static String abbreviated(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
