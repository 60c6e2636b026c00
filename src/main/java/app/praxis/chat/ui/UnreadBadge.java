package app.praxis.chat.ui;

import app.praxis.chat.ChatService;
import app.praxis.chat.ChatUpdates;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import org.jspecify.annotations.Nullable;

/**
 * The number of unread messages, kept up to date live while it is on screen. The badges of one UI (the menu's and
 * the top bar's) share one {@link UnreadCount}: one query and one subscription for all of them.
 */
class UnreadBadge extends Span {

    private final ChatService chats;
    private final ChatUpdates updates;
    private final long userId;
    private @Nullable UnreadCount count;

    UnreadBadge(ChatService chats, ChatUpdates updates, long userId) {
        this.chats = chats;
        this.updates = updates;
        this.userId = userId;
        addClassNames("unread-badge");
        getElement().getThemeList().add("badge error primary pill small");
        setVisible(false);
    }

    @Override
    protected void onAttach(AttachEvent event) {
        UI ui = event.getUI();
        count = UnreadCount.of(ui, chats, updates, userId);
        count.add(this);
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (count != null) {
            count.remove(this);
            count = null;
        }
    }

    /** Asks for the count again and shows it on every badge of this UI. */
    void refresh() {
        if (count != null) {
            count.refresh();
        }
    }

    void show(long unread) {
        setText(unread > 99 ? "99+" : String.valueOf(unread));
        getElement().setAttribute("aria-label", getTranslation("chat.unreadMessages", unread));
        setVisible(unread > 0);
    }
}
