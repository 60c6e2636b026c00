package app.praxis.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends the session of an account an admin has deactivated, or whose password changed after the session signed in
 * (a change or reset elsewhere), at its next request, on whichever node it arrives:
 * every signed-in request asks the database (one primary-key read), nothing is kept in one node's memory. The
 * request then goes on signed out: a page is redirected to sign-in, and an open UI (which polls, see
 * MainLayout) learns that its session has expired and reloads onto the sign-in page.
 */
class DeactivatedAccountFilter extends OncePerRequestFilter {

    private final ActiveAccounts accounts;

    DeactivatedAccountFilter(ActiveAccounts accounts) {
        this.accounts = accounts;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        SecurityContextHolderStrategy holder = SecurityContextHolder.getContextHolderStrategy();
        Authentication authentication = holder.getContext().getAuthentication();
        if (authentication != null
                && authentication.getPrincipal() instanceof PraxisUser user
                && !accounts.acceptsSession(user.userId(), user.signedInAt())) {
            var session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
            holder.clearContext();
        }
        chain.doFilter(request, response);
    }
}
