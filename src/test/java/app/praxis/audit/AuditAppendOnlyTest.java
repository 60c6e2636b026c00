package app.praxis.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** No code path and no later migration updates, deletes or empties audit rows: the trail is append-only. */
class AuditAppendOnlyTest {

    private static final Pattern CHANGES_AUDIT_ROWS = Pattern.compile(
            "(?is)\\b(?:update\\s+`?audit_events`?\\b|delete\\s+from\\s+`?audit_events`?\\b"
                    + "|truncate\\s+(?:table\\s+)?`?audit_events`?\\b|replace\\s+into\\s+`?audit_events`?\\b"
                    + "|drop\\s+table\\s+(?:if\\s+exists\\s+)?`?audit_events`?\\b|alter\\s+table\\s+`?audit_events`?\\b)");

    @Test
    void noSqlInTheCodeOrTheMigrationsChangesAuditRows() throws IOException {
        var offenders = new ArrayList<String>();
        for (Path root : new Path[] {Path.of("src/main/java"), Path.of("src/main/resources/db/migration")}) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    var matcher = CHANGES_AUDIT_ROWS.matcher(Files.readString(file));
                    while (matcher.find()) {
                        offenders.add(file + ": " + matcher.group());
                    }
                }
            }
        }
        assertThat(offenders).isEmpty();
    }

    @Test
    void theCheckWouldSeeSuchStatements() {
        assertThat(CHANGES_AUDIT_ROWS
                        .matcher("DELETE FROM audit_events WHERE 1")
                        .find())
                .isTrue();
        assertThat(CHANGES_AUDIT_ROWS.matcher("update `audit_events` set x = 1").find())
                .isTrue();
        assertThat(CHANGES_AUDIT_ROWS
                        .matcher("INSERT INTO audit_events (at) VALUES (?)")
                        .find())
                .isFalse();
    }
}
