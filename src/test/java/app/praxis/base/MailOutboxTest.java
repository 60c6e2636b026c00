package app.praxis.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.praxis.support.IntegrationTest;
import app.praxis.support.TestClock;
import app.praxis.support.TestSmtp;
import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The outbox: an e-mail exists exactly when the change that wrote it commits, and the sender delivers it once,
 * retrying with growing delays while the mail server is down, giving up after the last attempt until an admin
 * retries it.
 */
@IntegrationTest
class MailOutboxTest {

    @Autowired
    OutgoingMail mail;

    @Autowired
    MailOutbox outbox;

    @Autowired
    OutboxProperties properties;

    @Autowired
    JavaMailSenderImpl mailSender;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestClock clock;

    private TestSmtp smtp;
    private String originalHost;
    private int originalPort;
    private String address;

    @BeforeEach
    void setUp() {
        originalHost = mailSender.getHost();
        originalPort = mailSender.getPort();
        address = "outbox-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    }

    @AfterEach
    void tearDown() {
        if (smtp != null) {
            smtp.stop();
        }
        mailSender.setHost(originalHost);
        mailSender.setPort(originalPort);
    }

    @Test
    void anEMailCanOnlyBeWrittenInsideTheTransactionOfAChange() {
        assertThatThrownBy(() -> mail.send(address, "Hello", "Text", "a test"))
                .isInstanceOf(IllegalTransactionStateException.class);
        assertThat(rows()).isZero();
    }

    @Test
    void aChangeThatRollsBackTakesItsEMailWithIt() {
        transaction.executeWithoutResult(status -> {
            mail.send(address, "Hello", "Text", "a test");
            status.setRollbackOnly();
        });
        assertThat(rows()).isZero();
    }

    @Test
    void whileTheMailServerIsDownTheEMailWaitsWithGrowingDelaysThenArrivesOnce() throws Exception {
        serverDown();
        transaction.executeWithoutResult(status -> mail.send(
                address,
                "Your appointment",
                "Hello,\nsee you.",
                new OutgoingMail.Attachment(
                        "visit.ics", "BEGIN:VCALENDAR".getBytes(StandardCharsets.UTF_8), "text/calendar"),
                "a test"));
        long id = id();

        outbox.deliverDue();
        assertThat(row(id)).satisfies(r -> {
            assertThat(r.status()).isEqualTo(MailOutbox.Status.PENDING);
            assertThat(r.attempts()).isEqualTo(1);
            assertThat(r.nextAttemptAt()).isEqualTo(clock.instant().plus(properties.delayAfter(1)));
            assertThat(r.lastError()).isNotBlank().doesNotContain(address);
        });

        clock.advance(properties.delayAfter(1).minusSeconds(1));
        outbox.deliverDue();
        assertThat(row(id).attempts()).as("not due yet").isEqualTo(1);

        clock.advance(java.time.Duration.ofSeconds(1));
        outbox.deliverDue();
        assertThat(row(id).attempts()).isEqualTo(2);
        assertThat(row(id).nextAttemptAt()).isEqualTo(clock.instant().plus(properties.delayAfter(2)));
        assertThat(properties.delayAfter(2)).isGreaterThan(properties.delayAfter(1));

        serverUp();
        clock.advance(properties.delayAfter(2));
        outbox.deliverDue();
        outbox.deliverDue();
        assertThat(row(id).status()).isEqualTo(MailOutbox.Status.SENT);
        assertThat(row(id).sentAt()).isEqualTo(clock.instant());
        assertThat(mailsTo(address)).singleElement().satisfies(message -> {
            assertThat(message.getSubject()).isEqualTo("Your appointment");
            var parts = (Multipart) message.getContent();
            assertThat(GreenMailUtil.getBody(parts.getBodyPart(0))).contains("see you.");
            assertThat(parts.getBodyPart(1).getFileName()).isEqualTo("visit.ics");
        });

        clock.advance(java.time.Duration.ofHours(5));
        outbox.deliverDue();
        assertThat(mailsTo(address)).as("sent once").hasSize(1);
    }

    @Test
    void afterTheLastAttemptTheEMailIsFailedUntilAnAdminRetriesIt() throws Exception {
        serverDown();
        transaction.executeWithoutResult(status -> mail.send(address, "Receipt", "Thanks", "a test"));
        long id = id();
        for (int attempt = 1; attempt <= properties.maxAttempts(); attempt++) {
            outbox.deliverDue();
            assertThat(row(id).attempts()).isEqualTo(attempt);
            clock.advance(properties.delayAfter(attempt));
        }
        assertThat(row(id).status()).isEqualTo(MailOutbox.Status.FAILED);
        assertThat(outbox.list(MailOutbox.Status.FAILED, address, 0, 10))
                .extracting(MailOutbox.Entry::id)
                .containsExactly(id);

        serverUp();
        clock.advance(java.time.Duration.ofDays(1));
        outbox.deliverDue();
        assertThat(mailsTo(address)).as("a failed e-mail waits for the admin").isEmpty();

        assertThat(outbox.retry(id)).isTrue();
        assertThat(outbox.retry(id)).as("only a failed one").isFalse();
        outbox.deliverDue();
        assertThat(row(id).status()).isEqualTo(MailOutbox.Status.SENT);
        assertThat(mailsTo(address)).hasSize(1);
        assertThat(outbox.details(id).orElseThrow().body()).isEqualTo("Thanks");
    }

    @Test
    void addressesAreTakenOutOfErrors() {
        assertThat(MailOutbox.withoutAddresses("550 5.1.1 <jane.doe@example.org>: Recipient address rejected"))
                .isEqualTo("550 5.1.1 <<address>>: Recipient address rejected");
    }

    private void serverDown() throws IOException {
        try (var socket = new ServerSocket(0)) {
            mailSender.setHost("127.0.0.1");
            mailSender.setPort(socket.getLocalPort()); // closed again: connections are refused
        }
    }

    private void serverUp() {
        smtp = new TestSmtp(mailSender);
        smtp.start();
    }

    private int rows() {
        return jdbc.sql("SELECT COUNT(*) FROM mail_outbox WHERE recipient = ?")
                .param(address)
                .query(Integer.class)
                .single();
    }

    private long id() {
        return jdbc.sql("SELECT mail_id FROM mail_outbox WHERE recipient = ?")
                .param(address)
                .query(Long.class)
                .single();
    }

    private MailOutbox.Entry row(long id) {
        return outbox.list(null, address, 0, 10).stream()
                .filter(entry -> entry.id() == id)
                .findFirst()
                .orElseThrow();
    }

    private List<MimeMessage> mailsTo(String to) {
        return Arrays.stream(smtp.getReceivedMessages())
                .filter(message -> {
                    try {
                        return Arrays.stream(message.getRecipients(Message.RecipientType.TO))
                                .anyMatch(r -> r.toString().equalsIgnoreCase(to));
                    } catch (jakarta.mail.MessagingException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .toList();
    }
}
