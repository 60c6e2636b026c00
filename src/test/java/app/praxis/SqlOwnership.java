package app.praxis;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Which module owns which table, and which tables a module's code names in SQL, for the architecture test: a
 * feature's SQL reads its own tables and those of features below it, never a higher feature's.
 */
final class SqlOwnership {

    /** Tables that no entity maps, with the module that owns them. */
    private static final Map<String, String> TABLES_WITHOUT_ENTITY = Map.ofEntries(
            Map.entry("payment_history", "payment"),
            Map.entry("document_counters", "payment"),
            Map.entry("chat_events", "chat"),
            Map.entry("mail_outbox", "base"),
            Map.entry("appointment_reminders", "appointment"),
            Map.entry("sign_in_failures", "security"),
            Map.entry("rate_limit_counters", "security"),
            Map.entry("audit_events", "audit"),
            Map.entry("waitlist_entries", "waitlist"),
            Map.entry("waitlist_offers", "waitlist"),
            Map.entry("appointment_daily_counts", "appointment"),
            Map.entry("appointment_day_totals", "appointment"),
            Map.entry("appointment_first_visits", "appointment"),
            Map.entry("appointment_doctor_first_visits", "appointment"),
            Map.entry("appointment_patient_buckets", "appointment"),
            Map.entry("appointment_patient_totals", "appointment"),
            Map.entry("appointment_patient_pair_totals", "appointment"),
            Map.entry("doctor_name_spellings", "appointment"),
            Map.entry("doctor_name_stale_spellings", "appointment"),
            Map.entry("doctor_name_patients", "appointment"),
            Map.entry("appointment_patient_name_days", "appointment"),
            Map.entry("appointment_patient_name_doctors", "appointment"),
            Map.entry("appointment_patient_name_times", "appointment"),
            Map.entry("appointment_patient_name_reasons", "appointment"),
            Map.entry("appointment_doctor_buckets", "appointment"),
            Map.entry("appointment_reason_buckets", "appointment"),
            Map.entry("payment_daily_revenue", "payment"),
            Map.entry("availability_daily_minutes", "availability"),
            Map.entry("availability_rolled_windows", "availability"),
            Map.entry("doctor_rating_totals", "doctor"));

    private static final Pattern TEXT_BLOCK = Pattern.compile("\"\"\"(.*?)\"\"\"", Pattern.DOTALL);
    private static final Pattern STRING = Pattern.compile("\"((?:\\\\.|[^\"\\\\\\n])*)\"");
    /** A table (SQL) or entity (JPQL) right after the keywords that name one. */
    private static final Pattern NAMED =
            Pattern.compile("(?i)\\b(?:from|join|into|update|table)\\s+`?([A-Za-z_][A-Za-z0-9_]*)`?");

    /** An index's or key's name, as the migrations name them (ix_, uk_, uq_, fk_). */
    private static final Pattern INDEX_NAME = Pattern.compile("\\b((?:ix|uk|uq|fk)_[a-z0-9_]+)\\b");

    private static final Pattern CREATE_TABLE =
            Pattern.compile("(?i)\\bcreate\\s+table\\s+(?:if\\s+not\\s+exists\\s+)?`?([a-z_][a-z0-9_]*)`?");

    private SqlOwnership() {}

    /** Table names (lower case) and JPQL entity names, each with the module of the entity that maps it. */
    static Map<String, String> tableOwners(JavaClasses classes) {
        var owners = new HashMap<>(TABLES_WITHOUT_ENTITY);
        for (JavaClass entity : classes) {
            if (!entity.isAnnotatedWith(Entity.class)) {
                continue;
            }
            String module = entity.getPackageName().split("\\.")[2];
            owners.put(entity.getSimpleName(), module);
            entity.tryGetAnnotationOfType(Table.class)
                    .ifPresent(table -> owners.put(table.name().toLowerCase(Locale.ROOT), module));
        }
        return owners;
    }

    /** For each Java file below {@code moduleDir}: the names that its string literals put after FROM, JOIN, …. */
    static Map<Path, Set<String>> namedTables(Path moduleDir) {
        return named(moduleDir, NAMED, SqlOwnership::normalized);
    }

    /**
     * For each Java file below {@code sourceDir}: the index and key names in its string literals (FORCE INDEX, a
     * refused row's key), which the schema must hold: MariaDB and MySQL refuse a statement that forces a missing index.
     */
    static Map<Path, Set<String>> namedIndexes(Path sourceDir) {
        return named(sourceDir, INDEX_NAME, name -> name);
    }

    private static Map<Path, Set<String>> named(Path dir, Pattern pattern, UnaryOperator<String> normalized) {
        var named = new TreeMap<Path, Set<String>>();
        if (!Files.isDirectory(dir)) {
            return named;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                var names = new TreeSet<String>();
                literals(Files.readString(file)).forEach(literal -> {
                    Matcher m = pattern.matcher(literal);
                    while (m.find()) {
                        names.add(normalized.apply(m.group(1)));
                    }
                });
                if (!names.isEmpty()) {
                    named.put(file, names);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return named;
    }

    /** The tables the migrations create. */
    static Set<String> migratedTables(Path migrations) throws IOException {
        var tables = new TreeSet<String>();
        try (Stream<Path> files = Files.list(migrations)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".sql")).toList()) {
                Matcher m = CREATE_TABLE.matcher(Files.readString(file).toLowerCase(Locale.ROOT));
                while (m.find()) {
                    tables.add(m.group(1));
                }
            }
        }
        return tables;
    }

    /** Entity names keep their case (JPQL); anything else is a table name, compared in lower case. */
    private static String normalized(String name) {
        return name.chars().anyMatch(Character::isUpperCase) && !name.equals(name.toUpperCase(Locale.ROOT))
                ? name
                : name.toLowerCase(Locale.ROOT);
    }

    private static List<String> literals(String source) {
        var literals = new java.util.ArrayList<String>();
        Matcher blocks = TEXT_BLOCK.matcher(source);
        var rest = new StringBuilder();
        while (blocks.find()) {
            literals.add(blocks.group(1));
            blocks.appendReplacement(rest, "");
        }
        blocks.appendTail(rest);
        Matcher strings = STRING.matcher(rest);
        while (strings.find()) {
            literals.add(strings.group(1));
        }
        return literals;
    }
}
