package app.praxis.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.Lock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Closes the UIs of tabs that went away without saying so (issue 18: memory per session). A closed tab's UI normally
 * ends at once, by the page's unload beacon; a tab whose beacon never arrived (a crashed browser, a phone that lost
 * its network, a browser quit right after leaving a page) stops sending heartbeats, and Vaadin closes its UI after
 * three missed heartbeats, but only while handling a later request of the same session. A signed-in person whose
 * only tab vanished sends none, so that UI (its whole component tree: ≈ 75 KB for a patient's home page) stayed until the session's idle
 * timeout, 30 minutes. Here every session this node holds is looked at every half minute, and its UIs without a
 * heartbeat for that long are closed and removed, as Vaadin itself does on a request. The sessions are this node's own
 * (a Vaadin session lives in one node's memory), so nothing here is shared between nodes.
 */
@Component
public class AbandonedTabs implements VaadinServiceInitListener {

    private final Set<VaadinSession> sessions = ConcurrentHashMap.newKeySet();

    @Override
    public void serviceInit(ServiceInitEvent event) {
        VaadinService service = event.getSource();
        service.addSessionInitListener(init -> sessions.add(init.getSession()));
        service.addSessionDestroyListener(destroy -> sessions.remove(destroy.getSession()));
    }

    /** Looks after {@code session}'s UIs too (sessions made while the service starts are added by its listener). */
    void track(VaadinSession session) {
        sessions.add(session);
    }

    /** Closes and removes every tracked session's UIs whose heartbeats stopped; returns how many. */
    @Scheduled(fixedDelayString = "${praxis.ui.abandoned-tab-check:PT30S}", initialDelayString = "PT30S")
    public int closeAbandoned() {
        int closed = 0;
        for (VaadinSession session : List.copyOf(sessions)) {
            closed += closeAbandoned(session);
        }
        return closed;
    }

    private static int closeAbandoned(VaadinSession session) {
        VaadinService service = session.getService();
        Lock lock = session.getLockInstance();
        // A session busy with a request is skipped: Vaadin's own clean-up runs at that request's end. Never waiting
        // for a lock also keeps the scheduler's thread (shared with the mail outbox's jobs) free.
        if (service == null || lock == null || !lock.tryLock()) {
            return 0;
        }
        int[] closed = {0};
        try {
            session.accessSynchronously(() -> {
                for (UI ui : new ArrayList<>(session.getUIs())) {
                    if (!service.isUIActive(ui)) {
                        ui.accessSynchronously(() -> {
                            ui.close();
                            session.removeUI(ui);
                        });
                        closed[0]++;
                    }
                }
            });
        } catch (RuntimeException ended) {
            // the session ended meanwhile (signed out, timed out): nothing of it is left to free
        } finally {
            session.unlock();
        }
        return closed[0];
    }
}
