package app.praxis.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;

/** The PWA's files are served without storing a session; every other request keeps its own. */
class SessionlessPwaRequestsTest {

    private final SessionlessPwaRequests filter = new SessionlessPwaRequests();

    /** Runs the filter around a handler that, like Vaadin's, takes (or makes) a session. */
    private HttpSession serve(MockHttpServletRequest request) throws Exception {
        var used = new AtomicReference<HttpSession>();
        filter.doFilter(request, new MockHttpServletResponse(), (req, res) -> {
            HttpServletRequest seen = (HttpServletRequest) req;
            used.set(seen.getSession(true));
            assertThat(seen.getSession(false)).isSameAs(used.get());
            res.getWriter().write("{}");
        });
        return used.get();
    }

    @Test
    void theManifestWithoutACookieGetsADetachedSessionAndStoresNone() throws Exception {
        var request = new MockHttpServletRequest("GET", "/manifest.webmanifest");

        HttpSession used = serve(request);

        assertThat(used).isInstanceOf(DetachedSession.class);
        assertThat(request.getSession(false))
                .as("no session made on the real request")
                .isNull();
    }

    @Test
    void anIconWithAnEndedSessionsCookieLooksCookieless() throws Exception {
        var request = new MockHttpServletRequest("GET", "/icons/icon-192x192.png");
        request.setRequestedSessionId("ended-by-the-sign-in");
        request.setRequestedSessionIdValid(false);
        var seen = new AtomicReference<HttpServletRequest>();

        filter.doFilter(request, new MockHttpServletResponse(), (req, res) -> seen.set((HttpServletRequest) req));

        assertThat(seen.get().getRequestedSessionId()).isNull();
        assertThat(seen.get().getSession(false)).isNull();
        assertThat(request.getSession(false)).isNull();
    }

    @Test
    void aSessionTheRequestCameWithIsUsed() throws Exception {
        var request = new MockHttpServletRequest("GET", "/icons/icon-192x192.png");
        var signedIn = new MockHttpSession();
        request.setSession(signedIn);

        assertThat(serve(request)).isSameAs(signedIn);
    }

    @Test
    void otherRequestsMakeTheirSessionAsBefore() throws Exception {
        var request = new MockHttpServletRequest("GET", "/login");

        HttpSession used = serve(request);

        assertThat(used).isInstanceOf(MockHttpSession.class).isSameAs(request.getSession(false));
    }

    @Test
    void theDetachedSessionKeepsAttributesForItsRequest() {
        var session = new DetachedSession(new org.springframework.mock.web.MockServletContext());

        session.setAttribute("lock", "value");
        assertThat(session.getAttribute("lock")).isEqualTo("value");
        session.setAttribute("lock", null);
        assertThat(session.getAttribute("lock")).isNull();
        assertThat(session.isNew()).isTrue();
    }
}
