package app.praxis.security.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;
import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionIdListener;
import java.util.ArrayList;
import java.util.Collections;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Closes a session's sign-in pages when that session signs in (issue 18: memory per session). The sign-in form posts
 * to Spring Security as a plain form, and the browser then loads the person's home page in a new UI; the sign-in
 * page's UI was meant to end by the page's unload beacon, but the beacon leaves with the session id of before the
 * sign-in, which Spring Security changes (session fixation protection) while handling the same form post: when the
 * beacon arrives after the change, it finds no session and the sign-in page's UI stayed in the signed-in session
 * (≈ 30 KB: its form, language switch and texts) until Vaadin noticed its missing heartbeats, ≈ 93 s later (in the
 * memory benchmark one of ten sign-ins). The id change is the servlet container's event of exactly that moment, so
 * the session's sign-in pages are closed there: a sign-in page in a session that has just signed in has nothing
 * left to do (its form was sent; another tab's stale sign-in page would sign in again). Spring Boot registers a bean
 * of this type as the servlet context's listener.
 */
@Component
class SignInPageUis implements HttpSessionIdListener {

    private static final Logger log = LoggerFactory.getLogger(SignInPageUis.class);

    @Override
    public void sessionIdChanged(HttpSessionEvent event, String oldSessionId) {
        HttpSession session = event.getSession();
        for (String name : Collections.list(session.getAttributeNames())) {
            if (session.getAttribute(name) instanceof VaadinSession vaadin && vaadin.getService() != null) {
                try {
                    // Runs at once when no request of the session holds its lock (the form post holds none), else
                    // just after that request.
                    vaadin.access(() -> closeSignInPages(vaadin));
                } catch (RuntimeException closing) {
                    // Never in the way of the sign-in itself: the page is then freed by its heartbeats' absence.
                    log.debug("The sign-in page's UI was left to Vaadin's own clean-up", closing);
                }
            }
        }
    }

    /** Closes and removes the session's UIs that show the sign-in page; returns how many (the caller holds its lock). */
    static int closeSignInPages(VaadinSession session) {
        int closed = 0;
        for (UI ui : new ArrayList<>(session.getUIs())) {
            boolean signInPage =
                    ui.getInternals().getActiveRouterTargetsChain().stream().anyMatch(LoginView.class::isInstance);
            if (signInPage) {
                // As Vaadin closes a UI without heartbeats (and base.ui.AbandonedTabs does): detach listeners run
                // with the UI as the current one.
                ui.accessSynchronously(() -> {
                    ui.close();
                    session.removeUI(ui);
                });
                closed++;
            }
        }
        return closed;
    }
}
