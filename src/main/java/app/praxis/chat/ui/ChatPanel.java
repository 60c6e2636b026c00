package app.praxis.chat.ui;

import app.praxis.base.InvalidInputException;
import app.praxis.base.NotFoundException;
import app.praxis.base.ui.Avatars;
import app.praxis.chat.ChatService;
import app.praxis.chat.ChatUpdate;
import app.praxis.chat.Conversation;
import app.praxis.chat.MessageView;
import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;

/**
 * One open conversation: the latest messages grouped by day, earlier ones on demand, "Read" under the viewer's
 * last message once the other person has read it, and a field to write. Text is always shown as text (the
 * message list renders no HTML and no Markdown).
 *
 * <p>Drawn in the browser as one element ({@code frontend/chat/praxis-chat-panel.js}) fed by two JSON properties,
 * {@code texts} (constant, sent once) and {@code state} (issue 18: the panel was about twenty server components, a
 * {@code MessageList} per day with its items, a {@code MessageInput}, a button, header and receipt, each with its
 * state node). The browser's calls ({@link #send}, {@link #loadOlder}) carry no id: the panel
 * knows its chat, and the service checks that the signed-in person takes part in it.
 */
@Tag("praxis-chat-panel")
@JsModule("./chat/praxis-chat-panel.js")
class ChatPanel extends Component {

    /** The constant texts, in the page's language. */
    record Texts(String back, String backHref, String older, String empty, String message, String send, String log) {}

    /** One message as Vaadin's message list draws it ({@code MessageListItem}'s fields). */
    record Item(
            String text,
            String userName,
            String userAbbr,
            int userColorIndex,
            @Nullable String theme) {}

    /** A day's heading ("Today", "Yesterday", a date) and its messages. */
    record Day(String label, List<Item> items) {}

    /**
     * What the panel shows: the other person, the days, whether earlier messages exist, the read receipt and the
     * refusal of the last message ("" when none), and a number that changes when the newest must come into view.
     */
    record State(
            String name,
            String initials,
            @Nullable String photo,
            boolean hasOlder,
            List<Day> days,
            String receipt,
            String error,
            int scroll) {}

    final long chatId;

    private final String partyName;
    private final String partyInitials;
    private final @Nullable String partyPhoto;
    private final ChatService chats;
    private final Supplier<ChatTimes> times;
    private final Runnable onSent;
    private final List<MessageView> shown = new ArrayList<>();
    private boolean hasOlder;
    private String receipt = "";
    private String error = "";
    private int scroll;

    /** {@code onSent} runs after the viewer's own message is stored (the inbox shows it at once). */
    ChatPanel(Conversation conversation, ChatService chats, Supplier<ChatTimes> times, Runnable onSent) {
        this.chatId = conversation.chatId();
        this.partyName = conversation.partyName();
        this.partyInitials = conversation.partyInitials();
        this.partyPhoto =
                conversation.partyPhoto() == null || conversation.partyPhoto().isBlank()
                        ? null
                        : Avatars.url(conversation.partyPhoto());
        this.chats = chats;
        this.times = times;
        this.onSent = onSent;
        this.hasOlder = conversation.hasOlder();
        setId("chat-panel");
        getElement().getClassList().add("chat-panel");
        getElement()
                .setProperty(
                        "texts",
                        ChatInbox.JSON.writeValueAsString(new Texts(
                                getTranslation("chat.back"),
                                "messages",
                                getTranslation("chat.older"),
                                getTranslation("chat.empty"),
                                getTranslation("chat.input.message"),
                                getTranslation("chat.input.send"),
                                getTranslation("chat.title"))));
        shown.addAll(conversation.messages());
        showReceipt();
        scroll++;
        publish();
    }

    /** The browser's composer submitted {@code text} (Enter or "Send"). */
    @ClientCallable
    void send(@Nullable String text) {
        try {
            MessageView sent = chats.send(chatId, text == null ? "" : text);
            error = "";
            // Just sent, so not read yet: no receipt to ask for (its READ event brings one when it is read).
            append(List.of(sent), false);
            onSent.run();
        } catch (InvalidInputException refusal) {
            showError(refusal.fieldErrors().getOrDefault(ChatService.MESSAGE, refusal.getMessage()));
        } catch (AccessDeniedException | NotFoundException refusal) {
            showError(refusal.getMessage());
        }
    }

    /** Something happened in this chat (seen by the node's poller): new messages, or a read receipt. */
    void update(ChatUpdate.Kind kind) {
        if (kind == ChatUpdate.Kind.MESSAGE) {
            List<MessageView> newer = chats.newerMessages(
                    chatId, shown.isEmpty() ? 0 : shown.getLast().id());
            if (newer.stream().anyMatch(message -> !message.mine())) {
                chats.markRead(chatId);
            }
            append(newer, true);
        } else {
            showReceipt();
            if (!receipt.isEmpty()) {
                scroll++;
            }
            publish();
        }
    }

    /** The browser's "Earlier messages" (nothing when there are none). */
    @ClientCallable
    void loadOlder() {
        if (shown.isEmpty() || !hasOlder) {
            return;
        }
        List<MessageView> earlier = chats.olderMessages(chatId, shown.getFirst().id());
        shown.addAll(0, earlier);
        hasOlder = earlier.size() == ChatService.PAGE_SIZE;
        publish();
    }

    /** Whether this is a message this panel already shows (the viewer's own, sent here): nothing to ask. */
    boolean shows(ChatUpdate update) {
        Long message = update.messageId();
        return update.kind() == ChatUpdate.Kind.MESSAGE
                && message != null
                && shown.stream().anyMatch(view -> view.id() == message);
    }

    /** The messages shown, oldest first. */
    List<MessageView> messages() {
        return List.copyOf(shown);
    }

    /** What the browser was sent last (tests read the panel from it as the browser does). */
    State state() {
        return ChatInbox.JSON.readValue(getElement().getProperty("state", "{}"), State.class);
    }

    /** The constant texts the browser was sent. */
    Texts texts() {
        return ChatInbox.JSON.readValue(getElement().getProperty("texts", "{}"), Texts.class);
    }

    private void append(List<MessageView> messages, boolean askForReceipt) {
        long last = shown.isEmpty() ? 0 : shown.getLast().id();
        messages.stream().filter(message -> message.id() > last).forEach(shown::add);
        if (askForReceipt) {
            showReceipt();
        } else {
            receipt = "";
        }
        scroll++;
        publish();
    }

    private void showError(String message) {
        error = message;
        publish();
    }

    /** "Read 10:42" when the newest message is the viewer's and the other person has read it. */
    private void showReceipt() {
        Optional<MessageView> readMine = shown.isEmpty() || !shown.getLast().mine()
                ? Optional.empty()
                : chats.lastReadOfMine(chatId)
                        .filter(read -> read.id() == shown.getLast().id());
        receipt = readMine.map(read -> getTranslation("chat.read", times.get().when(read.readAt())))
                .orElse("");
    }

    /** Day headings ("Today", "Yesterday", a date), each followed by that day's messages, sent as one property. */
    private void publish() {
        ChatTimes clock = times.get();
        Map<LocalDate, List<Item>> byDay = new LinkedHashMap<>();
        for (MessageView message : shown) {
            byDay.computeIfAbsent(clock.dayOf(message.sentAt()), day -> new ArrayList<>())
                    .add(item(message, clock));
        }
        List<Day> days = new ArrayList<>();
        byDay.forEach((day, items) -> days.add(new Day(clock.dayLabel(day), items)));
        getElement()
                .setProperty(
                        "state",
                        ChatInbox.JSON.writeValueAsString(new State(
                                partyName, partyInitials, partyPhoto, hasOlder, days, receipt, error, scroll)));
    }

    private static Item item(MessageView message, ChatTimes clock) {
        return new Item(
                message.text(),
                message.senderName() + " · " + clock.time(message.sentAt()),
                initials(message.senderName()),
                message.mine() ? 1 : 2,
                message.mine() ? "current-user" : null);
    }

    private static String initials(String name) {
        String[] words = name.replace("Dr. ", "").trim().split("\\s+");
        return words.length == 0 || words[0].isEmpty()
                ? "?"
                : words[0].substring(0, 1) + (words.length > 1 ? words[words.length - 1].substring(0, 1) : "");
    }
}
