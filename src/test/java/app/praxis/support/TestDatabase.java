package app.praxis.support;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfilesResolver;

/**
 * Which database a test context runs on: the embedded MariaDB (the {@code embedded} profile), or, when the build
 * sets {@code -Dpraxis.test.database=mysql}, a real MySQL server reached through the production {@code mysql}
 * profile ({@link MySqlTestServer}). The schema is the one the context names in {@code
 * praxis.embedded-db.database}, so contexts keep their own data on either server.
 */
public class TestDatabase
        implements ActiveProfilesResolver, ApplicationContextInitializer<ConfigurableApplicationContext> {

    public static final String PROPERTY = "praxis.test.database";

    /** Whether this test JVM runs on MySQL. */
    public static boolean isMySql() {
        return "mysql".equals(System.getProperty(PROPERTY));
    }

    /**
     * Whether the server keeps CHECK constraints: MariaDB and MySQL 8.0.16+ do; MySQL 8.0.15 (the MySQL the tests
     * run on) parses and ignores them, so there only the services' own validation refuses such input.
     */
    public static boolean enforcesCheckConstraints(JdbcClient jdbc) {
        return jdbc.sql("SELECT COUNT(*) FROM information_schema.TABLES"
                                + " WHERE TABLE_SCHEMA = 'information_schema' AND TABLE_NAME = 'CHECK_CONSTRAINTS'")
                        .query(Long.class)
                        .single()
                > 0;
    }

    @Override
    public String[] resolve(Class<?> testClass) {
        return new String[] {isMySql() ? "mysql" : "embedded", "test"};
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        if (isMySql()) {
            var environment = context.getEnvironment();
            String database = environment.getProperty("praxis.embedded-db.database", "praxis");
            environment
                    .getPropertySources()
                    .addFirst(new MapPropertySource(
                            "mysql-test-server", MySqlTestServer.get().connectionProperties(database)));
        }
    }
}
