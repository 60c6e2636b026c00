package app.praxis.user;

import static org.assertj.core.api.Assertions.assertThat;

import app.praxis.security.Roles;
import app.praxis.support.IntegrationTest;
import app.praxis.support.SignIn;
import app.praxis.support.TestAccounts;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
class UpdatedAtTest {

    @Autowired
    UserService users;

    @Autowired
    UserRepository repository;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void theDatabaseMovesUpdatedAtOnAnUpdateThatJavaDidNotStamp() {
        UserAccount account = users.registerPatientAccount(TestAccounts.newAccount("Ada", "Updated"));
        Instant longAgo = Instant.parse("2020-01-01T00:00:00Z");
        jdbc.sql("UPDATE users SET updated_at = ?, created_at = ? WHERE user_id = ?")
                .params(java.sql.Timestamp.from(longAgo), java.sql.Timestamp.from(longAgo), account.id())
                .update();

        SignIn.as(999_999L, Roles.ADMIN);
        users.setActive(account.id(), false);

        User reloaded = repository.findById(account.id()).orElseThrow();
        assertThat(reloaded.isActive()).isFalse();
        // The database's own clock moved it (the application's "now" is the test clock, days away from it).
        Instant databaseNow = jdbc.sql("SELECT CURRENT_TIMESTAMP")
                .query(java.sql.Timestamp.class)
                .single()
                .toInstant();
        assertThat(reloaded.getUpdatedAt()).isCloseTo(databaseNow, within(Duration.ofMinutes(1)));
        assertThat(reloaded.getCreatedAt()).isEqualTo(longAgo);
    }

    @Test
    void anEntityReadsBackTheTimestampsTheDatabaseWroteOnInsert() {
        UserAccount account = users.registerPatientAccount(TestAccounts.newAccount("Grace", "Inserted"));

        User reloaded = repository.findById(account.id()).orElseThrow();

        assertThat(reloaded.getCreatedAt()).isNotNull();
        assertThat(reloaded.getUpdatedAt()).isEqualTo(reloaded.getCreatedAt());
    }

    private static org.assertj.core.data.TemporalUnitOffset within(Duration duration) {
        return org.assertj.core.api.Assertions.within(duration.toSeconds(), java.time.temporal.ChronoUnit.SECONDS);
    }
}
