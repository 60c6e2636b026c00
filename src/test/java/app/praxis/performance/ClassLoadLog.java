package app.praxis.performance;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The application's class-load log ({@code -Xlog:class+load=info:file=…}, on with {@code -Dbenchmark.classLog=true}):
 * one line per class the JVM loads, in order. The benchmark notes the number of lines at the baseline and at the
 * reading; the lines between are the classes loaded while the sessions were opened, which no session holds but which
 * the live heap counts (their {@code Class} objects, reflection data, method handles, lambda forms).
 */
final class ClassLoadLog {

    static final String FILE = "class-load.log";

    private static final Pattern LINE = Pattern.compile("\\[[^]]*]\\[[^]]*]\\[class,load\\s*] (\\S+)(.*)");

    private final Path file;

    ClassLoadLog(Path folder) {
        this.file = folder.resolve(FILE);
    }

    boolean on() {
        return Files.exists(file);
    }

    /** The lines logged so far (the JVM writes each line as the class loads). */
    List<String> lines() throws IOException {
        if (!on()) {
            return List.of();
        }
        List<String> loaded = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (LINE.matcher(line).matches()) {
                loaded.add(line);
            }
        }
        return loaded;
    }

    /** The class name of a log line. */
    static String className(String line) {
        Matcher matcher = LINE.matcher(line);
        return matcher.matches() ? matcher.group(1) : line;
    }

    /**
     * Classes grouped by what made them: the JDK's method-handle forms and species, lambdas (by their host's package),
     * proxies, Spring's CGLIB classes, reflection accessors, and otherwise by their first three package segments.
     */
    static String group(String className) {
        if (className.startsWith("java.lang.invoke.LambdaForm$")) {
            return "java.lang.invoke.LambdaForm$* (method handles' compiled forms)";
        }
        if (className.startsWith("java.lang.invoke.BoundMethodHandle$Species")) {
            return "java.lang.invoke.BoundMethodHandle$Species_* (method handles' species)";
        }
        if (className.contains("$$Lambda")) {
            return "lambdas of " + packageOf(className.substring(0, className.indexOf("$$Lambda")), 3);
        }
        if (className.contains("$$SpringCGLIB$$")) {
            return "Spring CGLIB proxies";
        }
        if (className.startsWith("jdk.proxy") || className.contains("$Proxy")) {
            return "JDK dynamic proxies";
        }
        if (className.startsWith("jdk.internal.reflect.Generated")) {
            return "reflection accessors";
        }
        return packageOf(className, 3);
    }

    private static String packageOf(String className, int segments) {
        String[] parts = className.split("\\.");
        int n = Math.min(segments, parts.length - 1);
        return n <= 0
                ? className
                : String.join(".", java.util.Arrays.asList(parts).subList(0, n));
    }

    /** The groups of these lines' classes, most first, as report lines. */
    static List<String> summary(List<String> lines, int limit) {
        Map<String, Integer> groups = new TreeMap<>();
        for (String line : lines) {
            groups.merge(group(className(line)), 1, Integer::sum);
        }
        return groups.entrySet().stream()
                .sorted((a, b) -> Integer.compare(b.getValue(), a.getValue()))
                .limit(limit)
                .map(entry -> String.format(Locale.ROOT, "  %6d classes  %s", entry.getValue(), entry.getKey()))
                .toList();
    }
}
