package app.praxis.performance;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The production jar ({@code ./mvnw -Pproduction -DskipTests package}) running in its own JVM with a fixed heap,
 * Vaadin's production mode, a fresh embedded database with the demo clinic and a free port. Its heap is read from
 * outside with {@code jcmd} (two full GCs, then the class histogram of what is still reachable), so nothing in the
 * application serves measurements.
 */
final class ProductionApp implements AutoCloseable {

    static final String HEAP = System.getProperty("benchmark.heap", "1g");

    /**
     * The collector, {@code -Dbenchmark.gc=g1|zgc} (one flag chosen here: a second collector flag in
     * {@code benchmark.jvmArgs} would make the JVM refuse to start).
     */
    static final String COLLECTOR = System.getProperty("benchmark.gc", "g1");

    /**
     * {@code -Dbenchmark.warmup=representative} (see SessionMemoryBenchmarkTest; it needs the class-load log) is the
     * default since round 10, the figures being read with it;
     * {@code -Dbenchmark.warmup=single} gives round 8's method (one warm-up browser) for comparison.
     */
    static final boolean REPRESENTATIVE_WARMUP =
            !"single".equals(System.getProperty("benchmark.warmup", "representative"));

    private final Process process;
    final int port;
    final Path folder;

    private ProductionApp(Process process, int port, Path folder) {
        this.process = process;
        this.port = port;
        this.folder = folder;
    }

    static ProductionApp start(Path jar, Path folder) throws Exception {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("No production jar at " + jar.toAbsolutePath()
                    + ": build it first with ./mvnw -Pproduction -DskipTests package");
        }
        Files.createDirectories(folder);
        int port;
        try (var socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        int mailPort;
        try (var socket = new ServerSocket(0)) {
            mailPort = socket.getLocalPort();
        }
        Files.deleteIfExists(folder.resolve(ClassLoadLog.FILE));
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xms" + HEAP,
                "-Xmx" + HEAP,
                "-Dvaadin.productionMode=true"));
        command.addAll(collectorFlags(COLLECTOR, Runtime.version().feature()));
        if (REPRESENTATIVE_WARMUP || Boolean.getBoolean("benchmark.classLog")) {
            // Every class the JVM loads, one line each, in order: the harness notes the line count at the baseline
            // and at the reading, and names the classes loaded between them (ClassLoadLog).
            command.add("-Xlog:class+load=info:file="
                    + folder.resolve(ClassLoadLog.FILE).toAbsolutePath());
        }
        command.addAll(List.of(System.getProperty("benchmark.jvmArgs", "").split(" ")).stream()
                .filter(arg -> !arg.isBlank())
                .toList());
        command.addAll(List.of(
                "-jar",
                jar.toAbsolutePath().toString(),
                "--server.port=" + port,
                "--praxis.embedded-db.data-dir=" + folder.resolve("db").toAbsolutePath(),
                "--praxis.embedded-db.fresh=true",
                "--praxis.photos.dir=" + folder.resolve("photos").toAbsolutePath(),
                // No SMTP server: nothing these sessions do sends mail; the outbox keeps what it cannot send.
                "--praxis.mail.dev-server.enabled=false",
                "--spring.mail.port=" + mailPort,
                // What the server sends, per request (body bytes after compression, status, session id, request line).
                "--server.tomcat.accesslog.enabled=true",
                "--server.tomcat.accesslog.directory=" + folder.toAbsolutePath(),
                "--server.tomcat.accesslog.prefix=access",
                "--server.tomcat.accesslog.suffix=.log",
                "--server.tomcat.accesslog.rotate=false",
                "--server.tomcat.accesslog.buffered=false",
                "--server.tomcat.accesslog.pattern=%b %s %S %r"));
        command.addAll(List.of(System.getProperty("benchmark.appArgs", "").split(" ")).stream()
                .filter(arg -> !arg.isBlank())
                .toList());
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(folder.resolve("app.log").toFile())
                .start();
        var app = new ProductionApp(process, port, folder);
        app.awaitUp(Duration.ofMinutes(4));
        return app;
    }

    /**
     * The JVM flags of a collector. ZGC is generational by default from JDK 23 on (the only mode from 24, where
     * {@code -XX:+ZGenerational} is ignored with a warning); on JDK 21 and 22 plain {@code -XX:+UseZGC} is the older,
     * non-generational ZGC.
     */
    static List<String> collectorFlags(String collector, int jdkFeature) {
        return switch (collector) {
            // G1 with production's pause goal (docker-compose.yml)
            case "g1" -> List.of("-XX:+UseG1GC", "-XX:MaxGCPauseMillis=25");
            case "zgc" -> jdkFeature < 23 ? List.of("-XX:+UseZGC", "-XX:+ZGenerational") : List.of("-XX:+UseZGC");
            default -> throw new IllegalArgumentException("benchmark.gc is g1 or zgc, not " + collector);
        };
    }

    long pid() {
        return process.pid();
    }

    String url(String path) {
        return "http://localhost:" + port + "/" + path;
    }

    private void awaitUp(Duration timeout) throws Exception {
        long until = System.nanoTime() + timeout.toNanos(); // elapsed time, not the clinic's clock
        while (System.nanoTime() < until) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The application stopped; see " + folder.resolve("app.log"));
            }
            try {
                var connection =
                        (HttpURLConnection) URI.create(url("login")).toURL().openConnection();
                connection.setConnectTimeout(1000);
                connection.setReadTimeout(5000);
                // Tomcat answers before the demo clinic is seeded (on ApplicationReadyEvent, after the start): the
                // seeder's announcement, printed once the data is there, is the sign that the people exist.
                if (connection.getResponseCode() == 200
                        && Files.readString(folder.resolve("app.log"), StandardCharsets.ISO_8859_1)
                                .contains("Praxis demo clinic: http://localhost:" + port)) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(1000);
        }
        throw new IllegalStateException("The application did not answer within " + timeout);
    }

    /** The embedded MariaDB the application started (its port from the server's command line, its password file). */
    Connection database() throws IOException, SQLException {
        Pattern portArgument = Pattern.compile("--port=(\\d+)");
        int dbPort = process.toHandle()
                .descendants()
                .flatMap(child -> child.info().arguments().stream().flatMap(java.util.Arrays::stream))
                .map(portArgument::matcher)
                .filter(Matcher::matches)
                .map(matcher -> Integer.parseInt(matcher.group(1)))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("No embedded MariaDB found under the application"));
        String password = Files.readString(folder.resolve("db").resolve("praxis-app.password"), StandardCharsets.UTF_8)
                .strip();
        return DriverManager.getConnection(
                "jdbc:mysql://127.0.0.1:" + dbPort + "/praxis?allowPublicKeyRetrieval=true&useSSL=false",
                "praxis",
                password);
    }

    /** Two full collections, then the histogram of the live objects (which itself collects once more). */
    Histogram liveHeap() throws Exception {
        jcmd("GC.run");
        jcmd("GC.run");
        return Histogram.parse(jcmd("GC.class_histogram"));
    }

    String jcmd(String command) throws Exception {
        Process jcmd = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                        Long.toString(process.pid()),
                        command)
                .redirectErrorStream(true)
                .start();
        String out = new String(jcmd.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (jcmd.waitFor() != 0) {
            throw new IllegalStateException("jcmd " + command + " failed: " + out);
        }
        return out;
    }

    @Override
    public void close() throws Exception {
        process.destroy();
        if (!process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }

    /** {@code GC.class_histogram}: bytes and instances per class, and the total (the live heap). */
    record Histogram(long totalBytes, Map<String, long[]> classes) {

        private static final Pattern ROW = Pattern.compile("\\s*\\d+:\\s+(\\d+)\\s+(\\d+)\\s+(\\S+).*");
        private static final Pattern TOTAL = Pattern.compile("Total\\s+(\\d+)\\s+(\\d+).*");

        static Histogram parse(String text) {
            Map<String, long[]> classes = new HashMap<>();
            long total = -1;
            for (String line : text.split("\n")) {
                Matcher row = ROW.matcher(line);
                if (row.matches()) {
                    classes.merge(
                            row.group(3),
                            new long[] {Long.parseLong(row.group(1)), Long.parseLong(row.group(2))},
                            (a, b) -> new long[] {a[0] + b[0], a[1] + b[1]});
                    continue;
                }
                Matcher sum = TOTAL.matcher(line.strip());
                if (sum.matches()) {
                    total = Long.parseLong(sum.group(2));
                }
            }
            if (total < 0) {
                throw new IllegalStateException("No total in the class histogram:\n" + text);
            }
            return new Histogram(total, classes);
        }

        /**
         * G1's filler objects ({@code jdk.internal.vm.FillerElement} arrays and {@code FillerObject}s): dead space
         * that G1 formats as objects to keep a region parsable (e.g. the unused rest of a thread's allocation
         * buffer at a collection, the tail of a humongous region). The class histogram counts them as live, but
         * they hold nothing and belong to no session.
         */
        long fillerBytes() {
            return classes.entrySet().stream()
                    .filter(entry -> entry.getKey().contains("jdk.internal.vm.Filler"))
                    .mapToLong(entry -> entry.getValue()[1])
                    .sum();
        }

        /** The live heap without G1's filler objects. */
        long bytesWithoutFillers() {
            return totalBytes - fillerBytes();
        }

        long instances(String className) {
            long[] row = classes.get(className);
            return row == null ? 0 : row[0];
        }

        /** The classes that grew most from {@code before} to this, in bytes per session. */
        List<String> grownFrom(Histogram before, int sessions, int limit) {
            record Growth(String name, long bytes, long instances) {}
            return classes.entrySet().stream()
                    .map(entry -> {
                        long[] then = before.classes.getOrDefault(entry.getKey(), new long[2]);
                        return new Growth(entry.getKey(), entry.getValue()[1] - then[1], entry.getValue()[0] - then[0]);
                    })
                    .sorted((a, b) -> Long.compare(b.bytes, a.bytes))
                    .limit(limit)
                    .map(growth -> String.format(
                            java.util.Locale.ROOT,
                            "  %,10d B/session  %,8.1f instances/session  %s",
                            growth.bytes / sessions,
                            growth.instances / (double) sessions,
                            growth.name))
                    .toList();
        }
    }
}
