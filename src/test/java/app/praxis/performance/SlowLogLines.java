package app.praxis.performance;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a MariaDB slow log of a {@code LargeClinicBenchmarkTest -Dbenchmark.marks=true} run into the benchmark's
 * lines and prints, per line, the server's time per call and its largest statements (literals folded, so that one
 * statement's calls add up). Run by hand, not a test: {@code java src/test/java/app/praxis/performance/SlowLogLines.java
 * large.log [small.log]} ({@code -Dcalls=36}: calls per line, warm-ups included; {@code -Dtop=3}; {@code -Dline=…}: only
 * lines whose name holds it). With a second log, each line's time there is printed beside. How to record the logs:
 * docs/PERFORMANCE.md, round 46.
 */
public final class SlowLogLines {

    private static final Pattern QUERY_TIME = Pattern.compile("^# Query_time: ([\\d.]+)");
    private static final Pattern MARK = Pattern.compile("SELECT 'benchmark line: (.*)'");
    private static final Pattern JUMP_OFFSET = Pattern.compile("(jump to |\\()\\d+");

    private record Statement(double millis, String sql) {}

    private SlowLogLines() {}

    public static void main(String[] args) throws IOException {
        int calls = Integer.getInteger("calls", 36);
        int top = Integer.getInteger("top", 3);
        String only = System.getProperty("line", "");
        Map<String, List<Statement>> large = lines(Path.of(args[0]));
        Map<String, List<Statement>> small = args.length > 1 ? lines(Path.of(args[1])) : Map.of();
        large.forEach((line, statements) -> {
            if (!line.contains(only)) {
                return;
            }
            var perShape = new LinkedHashMap<String, Double>();
            statements.forEach(s -> perShape.merge(shape(s.sql()), s.millis() / calls, Double::sum));
            System.out.printf(
                    "%s%n  server %.2f ms a call (%.1f statements)%s%n",
                    line,
                    total(statements) / calls,
                    statements.size() / (double) calls,
                    small.containsKey(line) ? String.format(", second log %.2f", total(small.get(line)) / calls) : "");
            perShape.entrySet().stream()
                    .sorted(Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder()))
                    .limit(top)
                    .forEach(e -> System.out.printf(
                            "    %6.2f ms  %s%n",
                            e.getValue(),
                            e.getKey().substring(0, Math.min(160, e.getKey().length()))));
        });
    }

    /** The log's statements per benchmark line (its offsets folded, so that both sets' lines share a name). */
    private static Map<String, List<Statement>> lines(Path log) throws IOException {
        var lines = new LinkedHashMap<String, List<Statement>>();
        List<Statement> current = null;
        Double millis = null;
        var sql = new StringBuilder();
        List<String> text = Files.readAllLines(log, StandardCharsets.UTF_8);
        text.add("# end");
        for (String row : text) {
            if (row.startsWith("#") || row.startsWith("SET timestamp") || row.startsWith("use ")) {
                if (millis != null && !sql.isEmpty()) {
                    String statement = sql.toString().trim();
                    Matcher mark = MARK.matcher(statement);
                    if (mark.find()) {
                        String name = JUMP_OFFSET
                                .matcher(mark.group(1).replace("''", "'").trim())
                                .replaceAll("$1N");
                        current = lines.computeIfAbsent(name, key -> new ArrayList<>());
                    } else if (current != null && counts(statement)) {
                        current.add(new Statement(millis, statement));
                    }
                    millis = null;
                    sql.setLength(0);
                }
                Matcher time = QUERY_TIME.matcher(row);
                if (time.find()) {
                    millis = Double.parseDouble(time.group(1)) * 1000;
                }
            } else if (millis != null) {
                sql.append(row).append(' ');
            }
        }
        return lines;
    }

    /**
     * Not the session's bookkeeping, nor the application's background jobs (mail, chat events) between calls, nor a
     * watcher's reads of the server's variables.
     */
    private static boolean counts(String statement) {
        return !statement.startsWith("SET ")
                && !statement.startsWith("SELECT @@")
                && !statement.startsWith("COMMIT")
                && !statement.startsWith("ROLLBACK")
                && !statement.startsWith("SHOW ")
                && !statement.contains("mail_outbox")
                && !statement.contains("chat_events");
    }

    private static double total(List<Statement> statements) {
        return statements.stream().mapToDouble(Statement::millis).sum();
    }

    /** The statement with its literals folded and its lists of values as one. */
    private static String shape(String sql) {
        return sql.replaceAll("'[^']*'", "?")
                .replaceAll("\\b\\d+(\\.\\d+)?\\b", "N")
                .replaceAll("([?N])(\\s*,\\s*[?N])+", "LIST");
    }
}
