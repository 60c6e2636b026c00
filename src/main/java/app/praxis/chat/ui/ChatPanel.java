package app.praxis.chat.ui;

import app.praxis.base.InvalidInputException;
import app.praxis.base.NotFoundException;
import app.praxis.base.ui.Avatars;
import app.praxis.chat.ChatService;
import app.praxis.chat.ChatUpdate;
import app.praxis.chat.Conversation;
import app.praxis.chat.MessageView;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.messages.MessageInput;
import com.vaadin.flow.component.messages.MessageInputI18n;
import com.vaadin.flow.component.messages.MessageList;
import com.vaadin.flow.component.messages.MessageListItem;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.security.access.AccessDeniedException;

/**
 * One open conversation: the latest messages grouped by day, earlier ones on demand, "Read" under the viewer's
 * last message once the other person has read it, and a field to write. Text is always shown as text (the
 * message list renders no HTML and no Markdown).
 */
class ChatPanel extends Div {

    final long chatId;
    final Button older = new Button(getTranslation("chat.older"));
    final Div days = new Div();
    final Span receipt = new Span();
    final MessageInput input = new MessageInput();
    final Span error = new Span();
    private final Div scroll = new Div();

    private final ChatService chats;
    private final Supplier<ChatTimes> times;
    private final Runnable onSent;
    private final List<MessageView> shown = new ArrayList<>();

    /** {@code onSent} runs after the viewer's own message is stored (the inbox shows it at once). */
    ChatPanel(Conversation conversation, ChatService chats, Supplier<ChatTimes> times, Runnable onSent) {
        this.chatId = conversation.chatId();
        this.chats = chats;
        this.times = times;
        this.onSent = onSent;
        addClassNames("chat-panel");
        setId("chat-panel");

        var back = new Anchor("messages", getTranslation("chat.back"));
        back.addClassNames("chat-back");
        var avatar = Avatars.of(conversation.partyName(), conversation.partyPhoto());
        avatar.setAbbreviation(conversation.partyInitials());
        var title = new H3(conversation.partyName());
        title.setId("chat-party");
        var header = new Div(back, avatar, title);
        header.addClassNames("chat-header");

        older.addClassNames("chat-older");
        older.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        older.setVisible(conversation.hasOlder());
        older.addClickListener(event -> loadOlder());
        days.addClassNames("chat-days");
        receipt.addClassNames("chat-receipt");
        receipt.setId("chat-receipt");
        scroll.add(older, days, receipt);
        scroll.addClassNames("chat-scroll");

        input.addClassNames("chat-input");
        input.setI18n(new MessageInputI18n()
                .setMessage(getTranslation("chat.input.message"))
                .setSend(getTranslation("chat.input.send")));
        input.addSubmitListener(event -> send(event.getValue()));
        error.addClassNames("chat-error");
        error.setId("chat-error");
        error.getElement().setAttribute("role", "alert");
        error.setVisible(false);

        add(header, scroll, error, input);
        shown.addAll(conversation.messages());
        render();
        scrollToNewest();
    }

    void send(String text) {
        try {
            MessageView sent = chats.send(chatId, text);
            error.setVisible(false);
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
            if (receipt.isVisible()) {
                scrollToNewest();
            }
        }
    }

    void loadOlder() {
        if (shown.isEmpty()) {
            return;
        }
        List<MessageView> earlier = chats.olderMessages(chatId, shown.getFirst().id());
        shown.addAll(0, earlier);
        older.setVisible(earlier.size() == ChatService.PAGE_SIZE);
        render();
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

    private void append(List<MessageView> messages, boolean askForReceipt) {
        long last = shown.isEmpty() ? 0 : shown.getLast().id();
        messages.stream().filter(message -> message.id() > last).forEach(shown::add);
        render(askForReceipt);
        scrollToNewest();
    }

    /** Once the browser has laid out the messages, the newest is in view. */
    private void scrollToNewest() {
        scroll.getElement()
                .executeJs(
                        "const el = this; setTimeout(() => requestAnimationFrame(() => el.scrollTop = el.scrollHeight))");
    }

    private void showError(String message) {
        error.setText(message);
        error.setVisible(true);
    }

    /** Day headings ("Today", "Yesterday", a date), each followed by that day's messages. */
    private void render() {
        render(true);
    }

    private void render(boolean askForReceipt) {
        ChatTimes clock = times.get();
        Map<LocalDate, List<MessageListItem>> byDay = new LinkedHashMap<>();
        for (MessageView message : shown) {
            byDay.computeIfAbsent(clock.dayOf(message.sentAt()), day -> new ArrayList<>())
                    .add(item(message, clock));
        }
        days.removeAll();
        byDay.forEach((day, items) -> {
            var heading = new Div(clock.dayLabel(day));
            heading.addClassNames("chat-day");
            var list = new MessageList(items);
            list.addClassNames("chat-messages");
            days.add(heading, list);
        });
        if (shown.isEmpty()) {
            var empty = new Div(getTranslation("chat.empty"));
            empty.addClassNames("chat-empty");
            days.add(empty);
        }
        if (askForReceipt) {
            showReceipt();
        } else {
            receipt.setText("");
            receipt.setVisible(false);
        }
    }

    /** "Read 10:42" when the newest message is the viewer's and the other person has read it. */
    private void showReceipt() {
        Optional<MessageView> readMine = shown.isEmpty() || !shown.getLast().mine()
                ? Optional.empty()
                : chats.lastReadOfMine(chatId)
                        .filter(read -> read.id() == shown.getLast().id());
        readMine.ifPresentOrElse(
                read -> receipt.setText(getTranslation("chat.read", times.get().when(read.readAt()))),
                () -> receipt.setText(""));
        receipt.setVisible(readMine.isPresent());
    }

    private static MessageListItem item(MessageView message, ChatTimes clock) {
        var item = new MessageListItem();
        item.setText(message.text());
        item.setUserName(message.senderName() + " · " + clock.time(message.sentAt()));
        item.setUserAbbreviation(initials(message.senderName()));
        item.setUserColorIndex(message.mine() ? 1 : 2);
        if (message.mine()) {
            item.addThemeNames("current-user");
        }
        return item;
    }

    private static String initials(String name) {
        String[] words = name.replace("Dr. ", "").trim().split("\\s+");
        return words.length == 0 || words[0].isEmpty()
                ? "?"
                : words[0].substring(0, 1) + (words.length > 1 ? words[words.length - 1].substring(0, 1) : "");
    }
}
