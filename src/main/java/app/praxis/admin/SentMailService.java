package app.praxis.admin;

import app.praxis.base.MailOutbox;
import app.praxis.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The admin's view of the e-mail outbox: what Praxis sent, is sending or gave up on; a retry for the last. */
@Service
public class SentMailService {

    private final MailOutbox outbox;

    SentMailService(MailOutbox outbox) {
        this.outbox = outbox;
    }

    /** One page, newest first, optionally of one status and with text in the recipient or subject. */
    @Transactional(readOnly = true)
    @RolesAllowed(Roles.ADMIN)
    public List<MailOutbox.Entry> search(
            MailOutbox.@Nullable Status status, @Nullable String text, int offset, int limit) {
        return outbox.list(status, text, offset, limit);
    }

    @Transactional(readOnly = true)
    @RolesAllowed(Roles.ADMIN)
    public int count(MailOutbox.@Nullable Status status, @Nullable String text) {
        return outbox.count(status, text);
    }

    @Transactional(readOnly = true)
    @RolesAllowed(Roles.ADMIN)
    public Optional<MailOutbox.Details> details(long mailId) {
        return outbox.details(mailId);
    }

    /** Sends a FAILED e-mail again (with a fresh count of attempts); false if it is not FAILED (any more). */
    @Transactional
    @RolesAllowed(Roles.ADMIN)
    public boolean retry(long mailId) {
        return outbox.retry(mailId);
    }
}
