package app.praxis.security;

import static org.assertj.core.api.Assertions.assertThat;

import app.praxis.patient.PatientService;
import app.praxis.support.IntegrationTest;
import app.praxis.support.SignIn;
import app.praxis.support.TestAccounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
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

    private static MockHttpServletRequest request(long userId) {
        SignIn.as(userId, Roles.PATIENT);
        var request = new MockHttpServletRequest("POST", "/");
        request.setSession(new MockHttpSession());
        return request;
    }
}
