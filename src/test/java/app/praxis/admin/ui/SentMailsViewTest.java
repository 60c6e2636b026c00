package app.praxis.admin.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.praxis.admin.SentMailService;
import app.praxis.base.MailOutbox;
import app.praxis.base.OutgoingMail;
import app.praxis.security.Roles;
import app.praxis.support.IntegrationTest;
import app.praxis.support.SignIn;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.data.provider.Query;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.util.AopTestUtils;
import org.springframework.transaction.support.TransactionTemplate;

/** The admin's "Sent e-mails": the outbox's rows, their text and attachment, and "Retry" for a failed one. */
@IntegrationTest
class SentMailsViewTest extends SpringBrowserlessTest {

    @Autowired
    OutgoingMail mail;

    @Autowired
    SentMailService service;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    JdbcClient jdbc;

    String address;
    long failed;

    @BeforeEach
    void twoEMails() {
        address = "sent-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        transaction.executeWithoutResult(status -> {
            mail.send(address, "First note", "Hello,\nthe first.", "a test");
            mail.send(
                    address,
                    "Second note",
                    "Hello,\nthe second.",
                    new OutgoingMail.Attachment("note.txt", "attached".getBytes(StandardCharsets.UTF_8), "text/plain"),
                    "a test");
        });
        failed = jdbc.sql("SELECT MAX(mail_id) FROM mail_outbox WHERE recipient = ?")
                .param(address)
                .query(Long.class)
                .single();
        // as the sender leaves it after its last attempt
        jdbc.sql("UPDATE mail_outbox SET status = 'FAILED', attempts = 6, last_error = 'Connection refused'"
                        + " WHERE mail_id = ?")
                .param(failed)
                .update();
        SignIn.as(1, Roles.ADMIN);
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void anAdminFindsTheEMailsReadsOneWithItsAttachmentAndRetriesTheFailedOne() {
        SentMailsView view = AopTestUtils.getUltimateTargetObject(navigate(SentMailsView.class));
        view.search.setValue(address);
        assertThat(view.rowCount.getText()).isEqualTo("2 e-mails");
        var rows = view.grid.getDataProvider().fetch(new Query<>()).toList();
        assertThat(rows).extracting(MailOutbox.Entry::subject).containsExactly("Second note", "First note");

        MailOutbox.Entry second = rows.getFirst();
        assertThat(second.status()).isEqualTo(MailOutbox.Status.FAILED);
        var details = view.details(second);
        assertThat(details.getChildren().filter(Pre.class::isInstance).map(c -> ((Pre) c).getText()))
                .containsExactly("Hello,\nthe second.");
        assertThat(details.getChildren().filter(Anchor.class::isInstance).map(c -> ((Anchor) c).getText()))
                .containsExactly("Attachment: note.txt");
        assertThat(details.getElement().getTextRecursively()).contains("Last error: Connection refused");

        view.status.setValue(MailOutbox.Status.FAILED);
        assertThat(view.rowCount.getText()).isEqualTo("1 e-mail");
        view.retry(second);
        assertThat(view.rowCount.getText()).isEqualTo("0 e-mails");
        assertThat(jdbc.sql("SELECT status FROM mail_outbox WHERE mail_id = ?")
                        .param(failed)
                        .query(String.class)
                        .single())
                .isIn("PENDING", "SENT");
    }

    @Test
    void onlyAdminsMayReadTheOutbox() {
        SignIn.as(2, Roles.PATIENT);
        assertThatThrownBy(() -> service.count(null, address)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.retry(failed)).isInstanceOf(AccessDeniedException.class);
    }
}
