package app.praxis.base;

import static org.assertj.core.api.Assertions.assertThat;

import app.praxis.support.IntegrationTest;
import app.praxis.support.TestDatabase;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The server the tests ran on, said plainly, and the schema built on it from empty: every migration applied
 * successfully (and, as the context started at all, Hibernate validated every entity against the result).
 */
@IntegrationTest
class DatabaseServerTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void theTestsRunOnTheServerTheBuildChoseWithEveryMigrationApplied() {
        String version = jdbc.sql("SELECT VERSION()").query(String.class).single();
        System.out.println("Database server under test: " + version);
        if (TestDatabase.isMySql()) {
            assertThat(version).startsWith("8.").doesNotContainIgnoringCase("mariadb");
        } else {
            assertThat(version).containsIgnoringCase("mariadb");
        }

        List<String> applied = jdbc.sql("SELECT version FROM flyway_schema_history WHERE version IS NOT NULL"
                        + " AND success = 1 ORDER BY installed_rank")
                .query(String.class)
                .list();
        assertThat(applied).startsWith("0001").contains("0004");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM flyway_schema_history WHERE success = 0")
                        .query(Long.class)
                        .single())
                .isZero();
    }
}
