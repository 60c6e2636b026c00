package app.praxis.security;

import static org.assertj.core.api.Assertions.assertThat;

import app.praxis.patient.PatientService;
import app.praxis.support.IntegrationTest;
import app.praxis.support.SignIn;
import app.praxis.support.TestAccounts;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/** The filter asks the database, so a deactivation made through any node ends the session on every node. */
@IntegrationTest
class DeactivatedAccountFilterTest {

    @Autowired
    PatientService patients;

    @Autowired
    ActiveAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void aSignedInSessionOfADeactivatedAccountEndsAtItsNextRequest() throws Exception {
        long userId = patients.register(TestAccounts.newAccount("Sess", "Ion")).userId();
        var filter = new DeactivatedAccountFilter(accounts);

        var stillActive = request(userId);
        filter.doFilter(stillActive, new MockHttpServletResponse(), new MockFilterChain());
        assertThat(((MockHttpSession) stillActive.getSession(false)).isInvalid())
                .isFalse();
        assertThat(SecurityContextHolder.getContext().getAuthentication()).isNotNull();

        // another node (or this one) deactivates the account: only the database knows
        jdbc.sql("UPDATE users SET is_active = FALSE WHERE user_id = ?")
                .param(userId)
                .update();
        var next = request(userId);
        var session = (MockHttpSession) next.getSession(false);
        var chain = new MockFilterChain();
        filter.doFilter(next, new MockHttpServletResponse(), chain);

        assertThat(session.isInvalid()).isTrue();
        assertThat(SecurityContextHolder.getContext().getAuthentication()).isNull();
        assertThat(chain.getRequest()).as("the request goes on, signed out").isSameAs(next);
    }

    @Test
    void aSessionSignedInBeforeThePasswordChangedEndsAndOneSignedInSinceGoesOn() throws Exception {
        long userId =
                patients.register(TestAccounts.newAccount("Pass", "Changed")).userId();
        var filter = new DeactivatedAccountFilter(accounts);
        Instant changedAt = Instant.parse("2026-12-02T09:00:00.123456Z");
        jdbc.sql("UPDATE users SET credentials_changed_at = ? WHERE user_id = ?")
                .params(java.sql.Timestamp.from(changedAt), userId)
                .update();
        Instant stored = jdbc.sql("SELECT credentials_changed_at FROM users WHERE user_id = ?")
                .param(userId)
                .query(java.sql.Timestamp.class)
                .single()
                .toInstant();

        var before = request(userId, stored.minusMillis(1));
        var beforeSession = (MockHttpSession) before.getSession(false);
        filter.doFilter(before, new MockHttpServletResponse(), new MockFilterChain());
        assertThat(beforeSession.isInvalid()).isTrue();
        assertThat(SecurityContextHolder.getContext().getAuthentication()).isNull();

        for (Instant signedIn : new Instant[] {stored, stored.plusSeconds(60)}) {
            var since = request(userId, signedIn);
            var session = (MockHttpSession) since.getSession(false);
            filter.doFilter(since, new MockHttpServletResponse(), new MockFilterChain());
            assertThat(session.isInvalid()).as("signed in at " + signedIn).isFalse();
        }
    }

    /** Signed in at {@code signedInAt}, as the real sign-in records it. */
    private static MockHttpServletRequest request(long userId, Instant signedInAt) {
        var user = new PraxisUser(userId, "u@test.praxis", "", Roles.PATIENT, "Test", true, signedInAt);
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        var request = new MockHttpServletRequest("POST", "/");
        request.setSession(new MockHttpSession());
        return request;
    }

    private static MockHttpServletRequest request(long userId) {
        SignIn.as(userId, Roles.PATIENT);
        var request = new MockHttpServletRequest("POST", "/");
        request.setSession(new MockHttpSession());
        return request;
    }
}
