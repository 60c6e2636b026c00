package app.praxis.security;

import static org.assertj.core.api.Assertions.assertThat;

import app.praxis.base.UserActivity;
import app.praxis.security.ui.LoginView;
import app.praxis.support.TestClock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;

class IdleSessionFilterTest {

    private final TestClock clock = new TestClock(ZoneId.of("Europe/Berlin"), LocalDateTime.of(2026, 12, 2, 10, 0));
    private final IdleSessionFilter filter = new IdleSessionFilter(Duration.ofMinutes(30), clock);
    private final MockHttpSession session = new MockHttpSession();

    @Test
    void aSessionThatOnlyPollsAndSendsHeartbeatsEndsAfterTheIdleTimeWithAReasonForTheSignInPage() throws Exception {
        request("GET", null, false);
        for (int minute = 0; minute < 29; minute++) {
            clock.advance(Duration.ofMinutes(1));
            request("POST", "uidl", true);
            request("POST", "heartbeat", false);
        }
        assertThat(session.isInvalid()).isFalse();

        clock.advance(Duration.ofMinutes(1));
        MockHttpServletResponse response = request("POST", "uidl", true);

        assertThat(session.isInvalid()).isTrue();
        assertThat(response.getCookie(LoginView.SIGNED_OUT_COOKIE)).isNotNull().satisfies(cookie -> {
            assertThat(cookie.getValue()).isEqualTo("idle");
            assertThat(cookie.isHttpOnly()).isTrue();
        });
    }

    @Test
    void aClickNowAndThenKeepsTheSessionAlive() throws Exception {
        request("GET", null, false);
        for (int i = 0; i < 5; i++) {
            clock.advance(Duration.ofMinutes(20));
            request("POST", "uidl", false);
        }

        assertThat(session.isInvalid()).isFalse();
    }

    @Test
    void aSessionWithoutAStampGetsOneAtItsFirstRequestWhateverItIs() throws Exception {
        request("POST", "uidl", true);
        clock.advance(Duration.ofMinutes(31));
        request("POST", "uidl", true);

        assertThat(session.isInvalid()).isTrue();
    }

    private MockHttpServletResponse request(String method, String vaadinRequestType, boolean poll) throws Exception {
        var request = new MockHttpServletRequest(method, "/");
        request.setSession(session);
        if (vaadinRequestType != null) {
            request.setParameter("v-r", vaadinRequestType);
        }
        var response = new MockHttpServletResponse();
        filter.doFilter(request, response, new MockFilterChain() {
            @Override
            public void doFilter(jakarta.servlet.ServletRequest req, jakarta.servlet.ServletResponse res) {
                if (poll) {
                    req.setAttribute(UserActivity.POLL_ATTRIBUTE, Boolean.TRUE);
                }
            }
        });
        return response;
    }
}
