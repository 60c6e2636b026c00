package app.praxis.base.ui;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Browsers fetch the web app manifest ({@code @PWA} on {@link AppShell}) without cookies, and Vaadin answers it
 * through its session-bound request handling: every page load left a new, empty HTTP session (with a Vaadin session
 * in it) behind until the 30-minute timeout, two for each sign-in (issue 18: memory per session). A session that
 * the manifest request itself created is ended once the manifest is sent; a request that came with a session
 * keeps it.
 */
@Component
class ManifestSessionFilter extends OncePerRequestFilter {

    static final String MANIFEST = "/manifest.webmanifest";

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !MANIFEST.equals(
                request.getRequestURI().substring(request.getContextPath().length()));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean hadSession = request.getSession(false) != null;
        try {
            chain.doFilter(request, response);
        } finally {
            HttpSession created = hadSession ? null : request.getSession(false);
            if (created != null) {
                created.invalidate();
            }
        }
    }
}
