package app.praxis.chat.ui;

import app.praxis.base.ClinicProperties;
import app.praxis.base.Formats;
import app.praxis.base.NotFoundException;
import app.praxis.base.ui.LivePush;
import app.praxis.chat.ChatService;
import app.praxis.chat.ChatUpdate;
import app.praxis.chat.ChatUpdates;
import app.praxis.chat.ConversationRow;
import app.praxis.security.CurrentUser;
import app.praxis.security.Roles;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;

/**
 * "Messages": the signed-in doctor's or patient's conversations (a doctor's unread ones first, with a filter for
 * unread only) and the open conversation beside them (on a phone, instead of them). Other screens link here by path:
 * {@code messages?chat=<id>}, or {@code messages?doctor=<doctorId>} (a patient) and {@code
 * messages?patient=<patientId>} (a doctor) to open or start the chat with that person.
 */
@Route("messages")
@Menu(title = "Messages", order = 5, icon = "vaadin:comments")
@RolesAllowed({Roles.DOCTOR, Roles.PATIENT})
class MessagesView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    static final String CHAT = "chat";
    static final String DOCTOR = "doctor";
    static final String PATIENT = "patient";

    /** The conversations, drawn in the browser from one JSON property (issue 18). */
    final ChatInbox inbox = new ChatInbox();
    /**
     * Doctors' filter; made only for them (issue 18: a hidden check box was about 3.5 KB in every patient's open
     * Messages).
     */
    final @Nullable Checkbox unreadOnly;

    final Div side = new Div();

    @Nullable
    ChatPanel panel;

    private final ChatService chats;
    private final ChatUpdates updates;
    private final ClinicProperties clinic;
    private final Clock clock;
    private final long userId;
    private ChatUpdates.@Nullable Subscription subscription;

    MessagesView(
            ChatService chats, ChatUpdates updates, CurrentUser currentUser, ClinicProperties clinic, Clock clock) {
        this.chats = chats;
        this.updates = updates;
        this.clinic = clinic;
        this.clock = clock;
        this.userId = currentUser.require().userId();
        setId("messages");
        addClassNames("chat-page");
        var list = new Div(new H2(getTranslation("chat.title")));
        if (currentUser.require().hasRole(Roles.DOCTOR)) {
            unreadOnly = new Checkbox(getTranslation("chat.unreadOnly"));
            unreadOnly.setId("unread-only");
            unreadOnly.addValueChangeListener(event -> refreshInbox());
            list.add(unreadOnly);
        } else {
            unreadOnly = null;
        }
        list.add(inbox);
        list.addClassNames("chat-list");
        side.addClassNames("chat-side");
        add(list, side);
        refreshInbox();
        // The open conversation shows the other person's messages and read receipts at once: push is on while this
        // page is (elsewhere the unread badge follows with the layout's poll).
        LivePush.whileAttached(this);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("chat.pageTitle");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        QueryParameters query = event.getLocation().getQueryParameters();
        try {
            Optional<Long> start = number(query, DOCTOR)
                    .map(chats::chatWithDoctor)
                    .or(() -> number(query, PATIENT).map(chats::chatWithPatient));
            if (start.isPresent()) {
                event.forwardTo("messages", QueryParameters.of(CHAT, String.valueOf(start.get())));
                return;
            }
            number(query, CHAT).ifPresentOrElse(this::open, this::close);
        } catch (AccessDeniedException | NotFoundException refused) {
            close();
            Notification.show(refused.getMessage(), 6000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    @Override
    protected void onAttach(AttachEvent event) {
        UI ui = event.getUI();
        subscription = updates.subscribe(
                userId,
                update -> ui.access(() -> {
                    if (isAttached()) {
                        onUpdate(update);
                    }
                }));
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (subscription != null) {
            subscription.cancel();
            subscription = null;
        }
    }

    /**
     * A message or read receipt in one of the viewer's chats: the inbox, and the open panel if it is that chat. The
     * viewer's own message sent from the open panel is shown and in the inbox already: nothing to ask (issue 18).
     */
    void onUpdate(ChatUpdate update) {
        if (panel != null && panel.chatId == update.chatId()) {
            if (panel.shows(update)) {
                return;
            }
            panel.update(update.kind());
        }
        refreshInbox();
    }

    void open(long chatId) {
        var opened = new ChatPanel(chats.conversation(chatId), chats, this::times, this::refreshInbox);
        chats.markRead(chatId);
        panel = opened;
        side.removeAll();
        side.add(opened);
        addClassNames("chat-open");
        refreshInbox();
    }

    private void close() {
        panel = null;
        side.removeAll();
        var hint = new Paragraph(getTranslation("chat.choose"));
        hint.addClassNames("chat-hint");
        side.add(hint);
        removeClassNames("chat-open");
    }

    void refreshInbox() {
        boolean onlyUnread = unreadOnly != null && unreadOnly.getValue();
        List<ConversationRow> rows = chats.inbox(onlyUnread);
        inbox.show(
                rows,
                times(),
                panel == null ? null : panel.chatId,
                onlyUnread ? getTranslation("chat.noUnread") : getTranslation("chat.noConversations"));
    }

    private ChatTimes times() {
        return new ChatTimes(
                clinic.timeZone(),
                clock.instant(),
                Formats.current(),
                getTranslation("chat.today"),
                getTranslation("chat.yesterday"));
    }

    private static Optional<Long> number(QueryParameters query, String name) {
        return query.getSingleParameter(name).flatMap(value -> {
            try {
                return Optional.of(Long.parseLong(value));
            } catch (NumberFormatException notANumber) {
                return Optional.empty();
            }
        });
    }
}
