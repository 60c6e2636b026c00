package app.praxis.chat.ui;

import app.praxis.chat.ChatService;
import app.praxis.chat.ChatUpdates;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.shared.Registration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongConsumer;
import org.jspecify.annotations.Nullable;

/**
 * One UI's unread count, shown by whoever watches it (the layout's menu and top bar, through
 * {@link UnreadMenuBadge}). It asks the database once when its first watcher comes (later ones of the same UI get
 * the same figure), and again only for an update that can change it: a message the viewer sent themselves cannot
 * (issue 18: each badge asked on every event of the viewer's chats, their own messages included). It listens while
 * at least one watcher is there. UI thread only.
 */
final class UnreadCount {

    private final UI ui;
    private final ChatService chats;
    private final ChatUpdates updates;
    private final long userId;
    private final List<LongConsumer> watchers = new ArrayList<>();
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

    /** Shows the count to {@code watcher} now and on each change, until the registration is removed. */
    Registration add(LongConsumer watcher) {
        if (watchers.isEmpty()) {
            // An update queued just before the last watcher left finds none and asks nothing.
            subscription = updates.subscribe(userId, update -> {
                if (!update.isMessageFrom(userId)) {
                    ui.access(() -> {
                        if (!watchers.isEmpty()) {
                            refresh();
                        }
                    });
                }
            });
            unread = chats.unreadTotal();
        }
        watchers.add(watcher);
        watcher.accept(unread);
        return () -> remove(watcher);
    }

    private void remove(LongConsumer watcher) {
        if (watchers.remove(watcher) && watchers.isEmpty() && subscription != null) {
            subscription.cancel();
            subscription = null;
        }
    }

    void refresh() {
        unread = chats.unreadTotal();
        List.copyOf(watchers).forEach(watcher -> watcher.accept(unread));
    }
}
