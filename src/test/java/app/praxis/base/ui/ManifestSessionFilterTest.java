package app.praxis.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpSession;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;

/** The manifest, fetched without cookies, no longer leaves an empty session behind; nothing else changes. */
class ManifestSessionFilterTest {

    private final ManifestSessionFilter filter = new ManifestSessionFilter();

    /** Runs the filter around a handler that, like Vaadin's, takes (or makes) a session. */
    private HttpSession serve(MockHttpServletRequest request) throws Exception {
        var used = new AtomicReference<HttpSession>();
        filter.doFilter(request, new MockHttpServletResponse(), (req, res) -> {
            used.set(((jakarta.servlet.http.HttpServletRequest) req).getSession(true));
            res.getWriter().write("{}");
        });
        return used.get();
    }

    @Test
    void aSessionMadeOnlyForTheManifestEndsWithIt() throws Exception {
        HttpSession made = serve(new MockHttpServletRequest("GET", "/manifest.webmanifest"));

        assertThat(((MockHttpSession) made).isInvalid()).isTrue();
    }

    @Test
    void aSessionTheRequestCameWithStays() throws Exception {
        var request = new MockHttpServletRequest("GET", "/manifest.webmanifest");
        var signedIn = new MockHttpSession();
        request.setSession(signedIn);

        serve(request);

        assertThat(signedIn.isInvalid()).isFalse();
    }

    @Test
    void otherRequestsKeepTheSessionTheyMake() throws Exception {
        HttpSession made = serve(new MockHttpServletRequest("GET", "/login"));

        assertThat(((MockHttpSession) made).isInvalid()).isFalse();
    }
}
