package app.praxis.chat.ui;

import app.praxis.base.ui.MenuBadge;
import app.praxis.chat.ChatService;
import app.praxis.chat.ChatUpdates;
import app.praxis.security.CurrentUser;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.shared.Registration;
import java.util.function.Consumer;

/** Puts the unread count beside "Messages" in the main menu (base's layout knows only {@link MenuBadge}). */
@org.springframework.stereotype.Component
class UnreadMenuBadge implements MenuBadge {

    private final ChatService chats;
    private final ChatUpdates updates;
    private final CurrentUser currentUser;

    UnreadMenuBadge(ChatService chats, ChatUpdates updates, CurrentUser currentUser) {
        this.chats = chats;
        this.updates = updates;
        this.currentUser = currentUser;
    }

    @Override
    public String path() {
        return "messages";
    }

    @Override
    public Registration watch(UI ui, Consumer<Count> show) {
        UnreadCount count =
                UnreadCount.of(ui, chats, updates, currentUser.require().userId());
        return count.add(unread -> show.accept(new Count(
                unread,
                unread > 99 ? "99+" : String.valueOf(unread),
                ui.getTranslation("chat.unreadMessages", unread))));
    }
}
