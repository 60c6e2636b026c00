package app.praxis.chat.ui;

import app.praxis.base.ui.MenuBadge;
import app.praxis.chat.ChatService;
import app.praxis.chat.ChatUpdates;
import app.praxis.security.CurrentUser;
import com.vaadin.flow.component.Component;

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
    public Component create() {
        return new UnreadBadge(chats, updates, currentUser.require().userId());
    }
}
