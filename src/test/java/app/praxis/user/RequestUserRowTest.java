package app.praxis.user;

import static org.assertj.core.api.Assertions.assertThat;

import app.praxis.patient.PatientService;
import app.praxis.patient.PatientSummary;
import app.praxis.security.ActiveAccounts;
import app.praxis.security.Roles;
import app.praxis.support.IntegrationTest;
import app.praxis.support.SignIn;
import app.praxis.support.StatementCounter;
import app.praxis.support.TestAccounts;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The layout's photo after a navigation comes from the account check's read of the same HTTP request (no statement
 * of its own), is read again when the photo changes in that request, and is never another person's or another
 * request's.
 */
@IntegrationTest
class RequestUserRowTest {

    @Autowired
    ActiveAccounts accounts;

    @Autowired
    ProfilePhotos photos;

    @Autowired
    PatientService patients;

    @Autowired
    JdbcClient jdbc;

    PatientSummary owner;

    @BeforeEach
    void signIn() {
        owner = patients.register(TestAccounts.newAccount("Row", "Owner"));
        SignIn.as(owner.userId(), Roles.PATIENT);
        setPhoto(owner.userId(), "first.jpg");
    }

    @AfterEach
    void signOut() {
        RequestContextHolder.resetRequestAttributes();
        SignIn.out();
    }

    @Test
    void thePhotoAfterTheAccountCheckOfTheSameRequestNeedsNoStatement() {
        newRequest();
        assertThat(accounts.acceptsSession(owner.userId(), Instant.EPOCH)).isTrue();
        try (var statements = StatementCounter.record()) {
            assertThat(photos.signedInPhoto()).contains("first.jpg");
            assertThat(statements.count()).as(statements.listing()).isZero();
        }

        // changed elsewhere (another node) after the check: the next request's check reads it
        setPhoto(owner.userId(), "second.jpg");
        newRequest();
        accounts.acceptsSession(owner.userId(), Instant.EPOCH);
        assertThat(photos.signedInPhoto()).contains("second.jpg");

        setPhoto(owner.userId(), null);
        newRequest();
        accounts.acceptsSession(owner.userId(), Instant.EPOCH);
        assertThat(photos.signedInPhoto()).isEmpty();
    }

    @Test
    void withoutACheckInThisRequestOrForAnotherPersonThePhotoIsRead() {
        // no request at all (a push message, a test): read, one statement
        try (var statements = StatementCounter.record()) {
            assertThat(photos.signedInPhoto()).contains("first.jpg");
            assertThat(statements.count()).isOne();
        }
        // a request whose check was for someone else: never their photo
        PatientSummary other = patients.register(TestAccounts.newAccount("Row", "Other"));
        setPhoto(other.userId(), "other.jpg");
        newRequest();
        accounts.acceptsSession(other.userId(), Instant.EPOCH);
        assertThat(photos.signedInPhoto()).contains("first.jpg");
        // a new request without a check: nothing left over from the last one
        newRequest();
        try (var statements = StatementCounter.record()) {
            assertThat(photos.signedInPhoto()).contains("first.jpg");
            assertThat(statements.count()).isOne();
        }
    }

    @Test
    void aRefusedSessionRemembersNothingAndAChangedPhotoIsReadAgain() throws Exception {
        jdbc.sql("UPDATE users SET is_active = FALSE WHERE user_id = ?")
                .param(owner.userId())
                .update();
        newRequest();
        assertThat(accounts.acceptsSession(owner.userId(), Instant.EPOCH)).isFalse();
        assertThat(RequestUserRow.of(owner.userId())).isEmpty();
        jdbc.sql("UPDATE users SET is_active = TRUE WHERE user_id = ?")
                .param(owner.userId())
                .update();

        newRequest();
        accounts.acceptsSession(owner.userId(), Instant.EPOCH);
        photos.remove(owner.userId()); // in the same request, as on the profile page
        assertThat(RequestUserRow.of(owner.userId())).isEmpty();
        assertThat(photos.signedInPhoto()).isEmpty();
    }

    private static void newRequest() {
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(new MockHttpServletRequest()));
    }

    private void setPhoto(long userId, @Nullable String photo) {
        jdbc.sql("UPDATE users SET profile_photo = ? WHERE user_id = ?")
                .params(photo, userId)
                .update();
    }
}
