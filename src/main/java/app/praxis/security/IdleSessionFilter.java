package app.praxis.security;

import app.praxis.base.UserActivity;
import app.praxis.security.ui.LoginView;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a session after {@code server.servlet.session.timeout} without the person doing anything, even while a tab
 * stays open: the servlet container's own timeout never fires then, because the open UI polls (MainLayout, every
 * few seconds) and sends heartbeats, and Vaadin's closeIdleSessions counts polls as activity. Here only other
 * requests count: each stamps the session; a request that finds the stamp too old invalidates the session
 * (the open page's next poll does, so it reloads onto the sign-in page) and leaves a short-lived cookie for the
 * sign-in page to say why.
 */
class IdleSessionFilter extends OncePerRequestFilter {

    static final String LAST_ACTIVITY = IdleSessionFilter.class.getName() + ".lastActivity";

    static final String IDLE = "idle";

    private final Duration timeout;
    private final Clock clock;

    IdleSessionFilter(Duration timeout, Clock clock) {
        this.timeout = timeout;
        this.clock = clock;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long now = clock.millis();
        HttpSession session = request.getSession(false);
        if (session != null
                && session.getAttribute(LAST_ACTIVITY) instanceof Long last
                && now - last >= timeout.toMillis()) {
            session.invalidate();
            var cookie = new Cookie(LoginView.SIGNED_OUT_COOKIE, IDLE);
            cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
            cookie.setHttpOnly(true);
            cookie.setMaxAge(300);
            cookie.setSecure(request.isSecure());
            cookie.setAttribute("SameSite", "Lax");
            response.addCookie(cookie);
        }
        try {
            chain.doFilter(request, response);
        } finally {
            HttpSession current = request.getSession(false);
            if (current != null && (isActivity(request) || !(current.getAttribute(LAST_ACTIVITY) instanceof Long))) {
                try {
                    current.setAttribute(LAST_ACTIVITY, now);
                } catch (IllegalStateException invalidated) {
                    // signed out during this request: nothing to stamp
                }
            }
        }
    }

    /** Not a heartbeat, not a poll; a new session (just signed in) gets its first stamp whatever the request. */
    static boolean isActivity(HttpServletRequest request) {
        if ("heartbeat".equals(request.getParameter("v-r"))) {
            return false;
        }
        return !Boolean.TRUE.equals(request.getAttribute(UserActivity.POLL_ATTRIBUTE));
    }
}
