package app.praxis.chat.ui;

import app.praxis.chat.ChatService;
import app.praxis.chat.ChatUpdates;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One UI's unread count, shown by each of its {@link UnreadBadge}s. It asks the database once when its first badge
 * appears (later badges of the same UI show the same figure), and again only for an update that can change it: a
 * message the viewer sent themselves cannot (issue 18: each badge asked on every event of the viewer's chats, their
 * own messages included). It listens while at least one badge is on screen. UI thread only.
 */
final class UnreadCount {

    private final UI ui;
    private final ChatService chats;
    private final ChatUpdates updates;
    private final long userId;
    private final List<UnreadBadge> badges = new ArrayList<>();
    private ChatUpdates.@Nullable Subscription subscription;
    private long unread;

    private UnreadCount(UI ui, ChatService chats, ChatUpdates updates, long userId) {
        this.ui = ui;
        this.chats = chats;
        this.updates = updates;
        this.userId = userId;
    }

    /** The UI's count for {@code userId} (a new one after sign-in as someone else in the same UI). */
    static UnreadCount of(UI ui, ChatService chats, ChatUpdates updates, long userId) {
        UnreadCount count = ComponentUtil.getData(ui, UnreadCount.class);
        if (count == null || count.userId != userId) {
            count = new UnreadCount(ui, chats, updates, userId);
            ComponentUtil.setData(ui, UnreadCount.class, count);
        }
        return count;
    }

    void add(UnreadBadge badge) {
        if (badges.isEmpty()) {
            // An update queued just before the last badge left finds none and asks nothing.
            subscription = updates.subscribe(userId, update -> {
                if (!update.isMessageFrom(userId)) {
                    ui.access(() -> {
                        if (!badges.isEmpty()) {
                            refresh();
                        }
                    });
                }
            });
            unread = chats.unreadTotal();
        }
        badges.add(badge);
        badge.show(unread);
    }

    void remove(UnreadBadge badge) {
        badges.remove(badge);
        if (badges.isEmpty() && subscription != null) {
            subscription.cancel();
            subscription = null;
        }
    }

    void refresh() {
        unread = chats.unreadTotal();
        badges.forEach(badge -> badge.show(unread));
    }
}
