package app.praxis.chat;

import app.praxis.appointment.AppointmentService;
import app.praxis.audit.AuditAction;
import app.praxis.audit.AuditTrail;
import app.praxis.base.ConstraintViolations;
import app.praxis.base.InvalidInputException;
import app.praxis.base.NotFoundException;
import app.praxis.base.Texts;
import app.praxis.security.CurrentUser;
import app.praxis.security.PraxisUser;
import app.praxis.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The conversations between doctors and their patients. Only the two participants of a chat may read or write
 * it (admins read none); a patient may start one only with a doctor they have or had an appointment with, and a
 * doctor only with such a patient. Every change is also written to {@code chat_events}, which each node reads
 * ({@link ChatUpdates}) to update open screens.
 */
@Service
public class ChatService {

    public static final String MESSAGE = "message";
    public static final int PAGE_SIZE = 50;
    static final int INBOX_LIMIT = 200;

    private final ChatStore store;
    private final AppointmentService appointments;
    private final CurrentUser currentUser;
    private final ChatUpdates updates;
    private final ChatProperties properties;
    private final Clock clock;
    private final AuditTrail audit;
    private final Texts texts;

    ChatService(
            ChatStore store,
            AppointmentService appointments,
            CurrentUser currentUser,
            ChatUpdates updates,
            ChatProperties properties,
            Clock clock,
            AuditTrail audit,
            Texts texts) {
        this.texts = texts;
        this.audit = audit;
        this.store = store;
        this.appointments = appointments;
        this.currentUser = currentUser;
        this.updates = updates;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * The signed-in patient's chat with a doctor they have or had an appointment with, created on first use. Two
     * requests racing to create it both get the one row the unique key let in.
     */
    @Transactional
    @RolesAllowed(Roles.PATIENT)
    public long chatWithDoctor(long doctorId) {
        long patientId = store.patientIdOfUser(currentUser.require().userId())
                .orElseThrow(() -> new NotFoundException(texts.get("chat.noPatientRecord")));
        if (!appointments.haveMet(doctorId, patientId)) {
            throw new AccessDeniedException(texts.get("chat.doctorNotMet"));
        }
        return openOrCreate(doctorId, patientId);
    }

    /** The signed-in doctor's chat with a patient they have or had an appointment with, created on first use. */
    @Transactional
    @RolesAllowed(Roles.DOCTOR)
    public long chatWithPatient(long patientId) {
        long doctorId = store.doctorIdOfUser(currentUser.require().userId())
                .orElseThrow(() -> new NotFoundException(texts.get("chat.noDoctorRecord")));
        if (!appointments.haveMet(doctorId, patientId)) {
            throw new AccessDeniedException(texts.get("chat.patientNotMet"));
        }
        return openOrCreate(doctorId, patientId);
    }

    private long openOrCreate(long doctorId, long patientId) {
        Optional<Long> existing = store.findChat(doctorId, patientId);
        if (existing.isPresent()) {
            return existing.get();
        }
        try {
            return store.insertChat(doctorId, patientId, clock.instant());
        } catch (DuplicateKeyException raced) {
            return store.findChatCommitted(doctorId, patientId)
                    .orElseThrow(() -> ConstraintViolations.translate(
                            raced,
                            Map.of(
                                    "uk_chats_pair",
                                    new ConstraintViolations.FieldMessage(MESSAGE, texts.get("chat.opening")))));
        }
    }

    /**
     * The signed-in doctor's or patient's conversations, newest first; a doctor's unread ones come first, and
     * {@code unreadOnly} (doctors) leaves out those without unread messages.
     */
    @Transactional(readOnly = true)
    @RolesAllowed({Roles.DOCTOR, Roles.PATIENT})
    public List<ConversationRow> inbox(boolean unreadOnly) {
        PraxisUser user = currentUser.require();
        if (user.hasRole(Roles.DOCTOR)) {
            long doctorId = store.doctorIdOfUser(user.userId())
                    .orElseThrow(() -> new NotFoundException(texts.get("chat.noDoctorRecord")));
            return store.doctorInbox(doctorId, user.userId(), unreadOnly, INBOX_LIMIT);
        }
        long patientId = store.patientIdOfUser(user.userId())
                .orElseThrow(() -> new NotFoundException(texts.get("chat.noPatientRecord")));
        List<ConversationRow> rows = store.patientInbox(patientId, user.userId(), INBOX_LIMIT);
        return unreadOnly ? rows.stream().filter(row -> row.unread() > 0).toList() : rows;
    }

    /** A conversation with its latest {@value #PAGE_SIZE} messages (oldest first); it does not mark them read. */
    @Transactional // not read-only: a doctor's reading is written to the audit trail
    @RolesAllowed({Roles.DOCTOR, Roles.PATIENT})
    public Conversation conversation(long chatId) {
        PraxisUser user = currentUser.require();
        ChatStore.Parties parties = requireParticipant(chatId, user);
        if (parties.doctorUserId() == user.userId()) {
            audit.record(AuditAction.VIEWED_MESSAGES, parties.patientUserId(), "chat", chatId);
        }
        List<MessageView> newestFirst = store.messagesBefore(chatId, Long.MAX_VALUE, PAGE_SIZE + 1, user.userId());
        boolean hasOlder = newestFirst.size() > PAGE_SIZE;
        List<MessageView> page =
                newestFirst.subList(0, Math.min(PAGE_SIZE, newestFirst.size())).reversed();
        boolean doctor = parties.doctorUserId() == user.userId();
        return new Conversation(
                chatId,
                doctor ? parties.patientName() : parties.doctorName(),
                doctor ? parties.patientInitials() : parties.doctorInitials(),
                doctor ? parties.doctorName() : parties.patientName(),
                page,
                hasOlder,
                doctor ? parties.patientPhoto() : parties.doctorPhoto());
    }

    /** Up to {@value #PAGE_SIZE} messages just before {@code beforeId}, oldest first. */
    @Transactional(readOnly = true)
    @RolesAllowed({Roles.DOCTOR, Roles.PATIENT})
    public List<MessageView> olderMessages(long chatId, long beforeId) {
        PraxisUser user = currentUser.require();
        requireParticipant(chatId, user);
        return store.messagesBefore(chatId, beforeId, PAGE_SIZE, user.userId()).reversed();
    }

    /** The messages after {@code afterId}, oldest first (what arrived since a panel last looked). */
    @Transactional(readOnly = true)
    @RolesAllowed({Roles.DOCTOR, Roles.PATIENT})
    public List<MessageView> newerMessages(long chatId, long afterId) {
        PraxisUser user = currentUser.require();
        requireParticipant(chatId, user);
        return store.messagesAfter(chatId, afterId, 500, user.userId());
    }

    /** The signed-in user's newest message in this chat that the other person has read, if any. */
    @Transactional(readOnly = true)
    @RolesAllowed({Roles.DOCTOR, Roles.PATIENT})
    public Optional<MessageView> lastReadOfMine(long chatId) {
        PraxisUser user = currentUser.require();
        requireParticipant(chatId, user);
        return store.lastReadOf(chatId, user.userId());
    }

    /**
     * Sends a message: the row, the chat's last message and its time in one transaction. Refused (nothing stored)
     * for a text outside the rules, a sender over the rate limit, a deactivated account or a stranger to the chat.
     */
    @Transactional
    @RolesAllowed({Roles.DOCTOR, Roles.PATIENT})
    public MessageView send(long chatId, String text) {
        PraxisUser user = currentUser.require();
        String message = MessageText.normalise(text);
        MessageText.problem(message, texts).ifPresent(problem -> {
            throw new InvalidInputException(MESSAGE, problem);
        });
        boolean active = store.lockSenderIsActive(user.userId()).orElse(false);
        if (!active) {
            throw new AccessDeniedException(texts.get("chat.deactivated"));
        }
        requireParticipant(chatId, user);
        Instant now = clock.instant();
        int limit = properties.maxMessagesPerMinute();
        if (store.sentSince(user.userId(), now.minus(Duration.ofMinutes(1))) >= limit) {
            throw new InvalidInputException(MESSAGE, texts.get("chat.tooMany", limit));
        }
        long id = store.insertMessage(chatId, user.userId(), message, now);
        store.updateLastMessage(chatId, id, message, now);
        store.insertEvent(chatId, ChatUpdate.Kind.MESSAGE, id, now);
        wakeUpdatesAfterCommit();
        return new MessageView(id, chatId, true, user.displayName(), message, now, null);
    }

    /** Marks the other person's messages in this chat read, now; returns how many were unread. */
    @Transactional
    @RolesAllowed({Roles.DOCTOR, Roles.PATIENT})
    public int markRead(long chatId) {
        PraxisUser user = currentUser.require();
        ChatStore.Parties parties = requireParticipant(chatId, user);
        Instant now = clock.instant();
        int read = store.markRead(chatId, user.userId(), now);
        if (read > 0) {
            store.clearNotice(chatId, parties.doctorUserId() == user.userId());
            store.insertEvent(chatId, ChatUpdate.Kind.READ, null, now);
            wakeUpdatesAfterCommit();
        }
        return read;
    }

    /** How many messages to the signed-in doctor or patient are unread, over all their chats (the menu's badge). */
    @Transactional(readOnly = true)
    @RolesAllowed({Roles.DOCTOR, Roles.PATIENT})
    public long unreadTotal() {
        PraxisUser user = currentUser.require();
        if (user.hasRole(Roles.DOCTOR)) {
            return store.doctorIdOfUser(user.userId())
                    .map(doctorId -> store.unreadForDoctor(doctorId, user.userId()))
                    .orElse(0L);
        }
        return store.patientIdOfUser(user.userId())
                .map(patientId -> store.unreadForPatient(patientId, user.userId()))
                .orElse(0L);
    }

    /** The chat, if the user is one of its two participants; otherwise as if it did not exist. */
    private ChatStore.Parties requireParticipant(long chatId, PraxisUser user) {
        return store.parties(chatId)
                .filter(parties -> switch (user.role()) {
                    case Roles.DOCTOR -> parties.doctorUserId() == user.userId();
                    case Roles.PATIENT -> parties.patientUserId() == user.userId();
                    default -> false;
                })
                .orElseThrow(() -> new NotFoundException(texts.get("chat.noSuchConversation")));
    }

    private void wakeUpdatesAfterCommit() {
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                updates.pollSoon();
            }
        });
    }
}
