package app.praxis.chat.ui;

import app.praxis.base.ui.Avatars;
import app.praxis.chat.ConversationRow;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.json.JsonWriteFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Messages' list of conversations, drawn in the browser ({@code frontend/chat/praxis-chat-inbox.js}) from one JSON
 * property (issue 18: each entry was eight to nine server components: avatar, spans, divs, badge, click listener).
 * Each entry is a link to {@code messages?chat=<id>}, which the view opens only for a chat the signed-in person takes
 * part in (the service checks it); the server keeps no component and no listener per entry.
 */
@Tag("praxis-chat-inbox")
@JsModule("./chat/praxis-chat-inbox.js")
class ChatInbox extends Component {

    /** Texts beyond ASCII sent as JSON escapes, so the property's string stays at one byte a character. */
    static final JsonMapper JSON =
            JsonMapper.builder().enable(JsonWriteFeature.ESCAPE_NON_ASCII).build();

    /** One conversation as shown. */
    record Entry(
            long id,
            String href,
            String name,
            String initials,
            @Nullable String photo,
            String when,
            String preview,
            int unread,
            String unreadLabel,
            boolean selected) {}

    /** What the list shows: its entries, or the text for none. */
    record Shown(String empty, List<Entry> entries) {}

    ChatInbox() {
        setId("chat-inbox");
        getElement().getClassList().add("chat-inbox");
        getElement().setProperty("inbox", "{}");
    }

    /** Shows these conversations ({@code empty} when there are none); {@code selected} is the open chat's id. */
    void show(List<ConversationRow> rows, ChatTimes times, @Nullable Long selected, String empty) {
        List<Entry> entries = rows.stream()
                .map(row -> new Entry(
                        row.chatId(),
                        "messages?" + MessagesView.CHAT + "=" + row.chatId(),
                        row.partyName(),
                        row.partyInitials(),
                        row.partyPhoto() == null || row.partyPhoto().isBlank() ? null : Avatars.url(row.partyPhoto()),
                        row.lastMessageAt() == null ? "" : times.when(row.lastMessageAt()),
                        row.lastMessage() == null ? getTranslation("chat.noMessages") : preview(row.lastMessage()),
                        row.unread(),
                        row.unread() > 0 ? getTranslation("chat.unreadCount", row.unread()) : "",
                        selected != null && selected == row.chatId()))
                .toList();
        getElement().setProperty("inbox", JSON.writeValueAsString(new Shown(entries.isEmpty() ? empty : "", entries)));
    }

    /** What the browser was sent last (tests read the list from it as the browser does). */
    Shown shown() {
        return JSON.readValue(getElement().getProperty("inbox", "{}"), Shown.class);
    }

    private static String preview(String text) {
        String line = text.replaceAll("\\s+", " ");
        return line.length() > 90 ? line.substring(0, 89) + "…" : line;
    }
}
