package app.praxis.base.ui;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.shared.Registration;
import com.vaadin.flow.shared.communication.PushMode;
import org.springframework.stereotype.Component;

/**
 * Server push only on the pages that need it at once (issue 18: memory per session). A push connection costs each
 * open tab about 27 KB on the server (the WebSocket's handshake request and buffers, Atmosphere's copy of the
 * request, its resource) and a connection of its own; most pages change only when the person acts, and what
 * changes on its own there (the unread badge) reaches them with the layout's poll, every
 * {@link MainLayout#POLL_MILLIS} ms. So every UI starts without push, and a component that must show other people's
 * actions at once (the open conversation) switches push on while it is attached: the browser opens the connection
 * then, and closes it when the last such component leaves. {@code @Push} on {@link AppShell} stays: it sets the
 * transport. (The client loads its push code only when push turns on: the sign-in page no longer downloads it.)
 */
@Component
public class LivePush implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        // Settled before the UI's first response: the bootstrap applies @Push only after the UI init listeners.
        event.getSource().addUIInitListener(init -> users(init.getUI(), 0));
    }

    /** Push on for {@code component}'s UI while it is attached (and any other component asks for it too). */
    public static Registration whileAttached(com.vaadin.flow.component.Component component) {
        Registration attach = component.addAttachListener(event -> users(event.getUI(), +1));
        Registration detach = component.addDetachListener(event -> users(event.getUI(), -1));
        component.getUI().ifPresent(ui -> users(ui, +1));
        return () -> {
            attach.remove();
            detach.remove();
            component.getUI().ifPresent(ui -> users(ui, -1));
        };
    }

    /** Whether {@code ui} has push on now. */
    public static boolean isOn(UI ui) {
        return ui.getPushConfiguration().getPushMode().isEnabled();
    }

    private static void users(UI ui, int change) {
        Users users = ComponentUtil.getData(ui, Users.class);
        if (users == null) {
            users = new Users();
            ComponentUtil.setData(ui, Users.class, users);
        }
        users.count = Math.max(0, users.count + change);
        if (!users.pending) {
            // Settled once, just before the response: leaving one live page for another in the same round trip
            // (detach, then attach) must not close and reopen the connection.
            users.pending = true;
            Users settled = users;
            ui.beforeClientResponse(ui, context -> {
                settled.pending = false;
                ui.getPushConfiguration().setPushMode(settled.count > 0 ? PushMode.AUTOMATIC : PushMode.DISABLED);
            });
        }
    }

    /** How many attached components of one UI want push. UI thread only. */
    private static final class Users {
        int count;
        boolean pending;
    }
}
