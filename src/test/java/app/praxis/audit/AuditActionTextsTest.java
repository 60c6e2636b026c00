package app.praxis.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** Every audit action's label exists in both languages under {@link AuditAction#key()} (built from its name). */
class AuditActionTextsTest {

    @Test
    void everyActionHasItsLabelInEnglishAndGerman() {
        Properties english = bundle("audit");
        Properties german = bundle("audit_de");
        for (AuditAction action : AuditAction.values()) {
            assertThat(action.key()).isEqualTo("audit.action." + action.name());
            assertThat(english.getProperty(action.key()))
                    .as("the English text of %s is its label", action)
                    .isEqualTo(action.label().replace("'", "''"));
            assertThat(german.getProperty(action.key())).as("German %s", action).isNotBlank();
        }
        assertThat(german.getProperty(AuditAction.VIEWED_PATIENT_RECORD.key())).isEqualTo("Patientenakte geöffnet");
    }

    private static Properties bundle(String name) {
        try (InputStream in = AuditActionTextsTest.class.getResourceAsStream("/i18n/" + name + ".properties")) {
            assertThat(in).as(name).isNotNull();
            var properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
