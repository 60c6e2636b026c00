package app.praxis.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.praxis.security.Roles;
import app.praxis.support.IntegrationTest;
import app.praxis.support.WithPraxisUser;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedHttpSession;
import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionEvent;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithAnonymousUser;

/**
 * A sign-in page's UI ends when its session signs in (the session id changes), even when its unload beacon is lost;
 * other pages' UIs stay.
 */
@IntegrationTest
class SignInPageUisTest extends SpringBrowserlessTest {

    @Test
    @WithAnonymousUser
    void theSessionsSignInPageIsClosedAndRemovedWhenItsIdChanges() {
        navigate(LoginView.class);
        UI signInPage = UI.getCurrent();
        VaadinSession session = VaadinSession.getCurrent();
        HttpSession httpSession = ((WrappedHttpSession) session.getSession()).getHttpSession();
        String attribute = VaadinSession.class.getName() + ".test";
        httpSession.setAttribute(attribute, session); // where Vaadin keeps it in a real HTTP session
        try {
            new SignInPageUis().sessionIdChanged(new HttpSessionEvent(httpSession), "the id before signing in");
            // The form post holds no lock; here the test's thread does, so the task runs when Vaadin's queue does.
            session.getService().runPendingAccessTasks(session);
        } finally {
            httpSession.removeAttribute(attribute);
        }

        assertThat(session.getUIs()).doesNotContain(signInPage);
        assertThat(signInPage.isClosing()).isTrue();
    }

    @Test
    @WithAnonymousUser
    void onlyTheSignInPagesAreClosed() {
        navigate(LoginView.class);
        UI signInPage = UI.getCurrent();
        VaadinSession session = VaadinSession.getCurrent();

        assertThat(SignInPageUis.closeSignInPages(session)).isOne();
        assertThat(session.getUIs()).doesNotContain(signInPage);
        assertThat(SignInPageUis.closeSignInPages(session)).isZero();
    }

    @Test
    @WithPraxisUser(role = Roles.PATIENT, name = "Paul Patient")
    void aSignedInPageStays() {
        navigate("patient", Component.class);
        UI home = UI.getCurrent();
        VaadinSession session = VaadinSession.getCurrent();

        assertThat(SignInPageUis.closeSignInPages(session)).isZero();
        assertThat(session.getUIs()).contains(home);
        assertThat(home.isClosing()).isFalse();
    }
}
