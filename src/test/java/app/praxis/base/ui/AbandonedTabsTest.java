package app.praxis.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.praxis.security.Roles;
import app.praxis.support.IntegrationTest;
import app.praxis.support.WithPraxisUser;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A tab that vanished without its unload beacon loses its UI without waiting for its session's next request. */
@IntegrationTest
class AbandonedTabsTest extends SpringBrowserlessTest {

    @Autowired
    AbandonedTabs abandonedTabs;

    @Test
    @WithPraxisUser(role = Roles.PATIENT, name = "Paul Patient")
    void aTabThatStillSendsHeartbeatsKeepsItsUi() {
        navigate("patient", Component.class);
        UI ui = UI.getCurrent();
        VaadinSession session = VaadinSession.getCurrent();
        abandonedTabs.track(session);

        assertThat(abandonedTabs.closeAbandoned()).isZero();
        assertThat(session.getUIs()).contains(ui);
        assertThat(ui.isClosing()).isFalse();
    }

    @Test
    @WithPraxisUser(role = Roles.PATIENT, name = "Paul Patient")
    void aSessionBusyWithARequestIsLeftToVaadinAndTheCheckDoesNotWaitForIt() throws Exception {
        navigate("patient", Component.class);
        UI ui = UI.getCurrent();
        VaadinSession session = VaadinSession.getCurrent(); // locked by this thread, as during a request
        abandonedTabs.track(session);
        ui.getInternals().setLastHeartbeatTimestamp(0);

        // On the scheduler's thread (shared with the mail outbox's jobs) the check must not block on the lock.
        int closed =
                CompletableFuture.supplyAsync(abandonedTabs::closeAbandoned).get(10, TimeUnit.SECONDS);

        assertThat(closed).isZero();
        assertThat(session.getUIs()).contains(ui);
    }

    @Test
    @WithPraxisUser(role = Roles.PATIENT, name = "Paul Patient")
    void aTabWithoutHeartbeatsForLongerThanVaadinWaitsIsClosedAndItsLayoutLetsGo() {
        navigate("patient", Component.class);
        UI ui = UI.getCurrent();
        VaadinSession session = VaadinSession.getCurrent();
        abandonedTabs.track(session);
        MainLayout layout = find(MainLayout.class).single();
        assertThat(layout.isAttached()).isTrue();

        ui.getInternals().setLastHeartbeatTimestamp(0); // its last heartbeat long before the timeout

        assertThat(abandonedTabs.closeAbandoned()).isOne();
        assertThat(session.getUIs()).doesNotContain(ui);
        assertThat(ui.isClosing()).isTrue();
        assertThat(layout.isAttached())
                .as("the layout (and the badges' live subscriptions) detached")
                .isFalse();
    }
}
