package app.praxis.base.ui;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Vaadin answers the files of {@code @PWA} ({@link AppShell}: the manifest, its icons, the offline page) only after
 * it has found, or made, the request's HTTP session. Two harms followed:
 * <ul>
 *   <li>the manifest is fetched without cookies, so every page load left a new, empty session behind for 30
 *       minutes (issue 18: memory per session);</li>
 *   <li>an icon request sent with the sign-in page's session cookie, arriving just after the sign-in had changed
 *       that session's id, found no session, got a new one, and its cookie replaced the signed-in one: the person
 *       stood signed out right after signing in (seen in a CI run and in the memory benchmark, both on a busy
 *       machine).</li>
 * </ul>
 * None of these files needs a session. A request for one that comes without a live session is given a detached
 * session that lasts only for the request: nothing is stored on the server and no cookie is sent. Runs before
 * Spring Security, so the whole request sees the same.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class SessionlessPwaRequests extends OncePerRequestFilter {

    private static final Set<String> FILES =
            Set.of("/manifest.webmanifest", "/offline.html", "/offline-stub.html", "/sw-runtime-resources-precache.js");
    private static final String ICONS = "/icons/";

    static boolean isPwaFile(String path) {
        return FILES.contains(path) || path.startsWith(ICONS);
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !isPwaFile(request.getRequestURI()
                        .substring(request.getContextPath().length()))
                || request.getSession(false) != null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        chain.doFilter(new WithoutStoredSession(request), response);
    }

    /** The request as if it came without a session cookie, whose session (if one is asked for) is detached. */
    private static final class WithoutStoredSession extends HttpServletRequestWrapper {

        private @Nullable DetachedSession session;

        WithoutStoredSession(HttpServletRequest request) {
            super(request);
        }

        @Override
        public @Nullable HttpSession getSession(boolean create) {
            if (session == null && create) {
                session = new DetachedSession(getServletContext());
            }
            return session;
        }

        @Override
        public HttpSession getSession() {
            return getSession(true);
        }

        @Override
        public @Nullable String getRequestedSessionId() {
            return null;
        }

        @Override
        public boolean isRequestedSessionIdValid() {
            return false;
        }

        @Override
        public String changeSessionId() {
            throw new IllegalStateException("a PWA file's request has no stored session");
        }
    }
}
