package app.praxis.base.db;

import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

/**
 * The default profile's database: started by the application itself, so a fresh machine needs no set-up. The
 * DataSource depends on the server, so it is up before Flyway and JPA. Connector/J talks to it as it talks to
 * MySQL in production.
 */
@Configuration(proxyBeanMethods = false)
@Profile("embedded")
class EmbeddedDatabaseConfig {

    @Bean(destroyMethod = "")
    EmbeddedMariaDb embeddedMariaDb(EmbeddedDatabaseProperties properties) {
        return EmbeddedMariaDb.acquire(properties);
    }

    @Bean
    DataSource dataSource(EmbeddedMariaDb server, EmbeddedDatabaseProperties properties) {
        var dataSource = new EmbeddedServerDataSource();
        dataSource.setJdbcUrl(server.jdbcUrl(properties.database()));
        dataSource.setUsername(EmbeddedMariaDb.USER);
        dataSource.setPassword(server.password());
        dataSource.setPoolName("praxis-embedded");
        dataSource.setMaximumPoolSize(20);
        // A database that goes away: requests wait at most a few seconds for a connection and are then refused
        // (the pages say "temporarily unavailable"); broken connections are found by validation and keepalive and
        // replaced, so the pool serves again within seconds of the database's return, without a restart.
        dataSource.setConnectionTimeout(3_000);
        dataSource.setValidationTimeout(1_000);
        dataSource.setKeepaliveTime(30_000);
        dataSource.setMaxLifetime(600_000);
        return dataSource;
    }

    /** Closes the pool first, then gives the server back (it stops when no context uses it any more). */
    static class EmbeddedServerDataSource extends HikariDataSource {
        @Override
        public void close() {
            boolean wasOpen = !isClosed();
            super.close();
            if (wasOpen) {
                EmbeddedMariaDb.release();
            }
        }
    }
}
