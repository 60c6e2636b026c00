package app.praxis.chat.ui;

import app.praxis.chat.ChatService;
import app.praxis.chat.ChatUpdates;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import org.jspecify.annotations.Nullable;

/** The number of unread messages, kept up to date live while it is on screen. */
class UnreadBadge extends Span {

    private final ChatService chats;
    private final ChatUpdates updates;
    private final long userId;
    private ChatUpdates.@Nullable Subscription subscription;

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
        refresh();
        // An update queued just before this badge left the screen finds it detached and asks nothing.
        subscription = updates.subscribe(
                userId,
                update -> ui.access(() -> {
                    if (isAttached()) {
                        refresh();
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

    void refresh() {
        long unread = chats.unreadTotal();
        setText(unread > 99 ? "99+" : String.valueOf(unread));
        getElement().setAttribute("aria-label", getTranslation("chat.unreadMessages", unread));
        setVisible(unread > 0);
    }
}
