package app.praxis.availability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** Every verdict's explanation ({@code availability.verdict.<NAME>}, built at run time) exists in both languages. */
class SlotVerdictTextsTest {

    @Test
    void everyVerdictIsExplainedInEnglishAndGerman() throws IOException {
        for (String suffix : List.of("", "_de")) {
            var texts = new Properties();
            try (var in = getClass().getResourceAsStream("/i18n/availability" + suffix + ".properties")) {
                assertThat(in).isNotNull();
                texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
            for (SlotVerdict verdict : SlotVerdict.values()) {
                assertThat(texts.getProperty(verdict.textKey()))
                        .as("%s in availability%s.properties", verdict.textKey(), suffix)
                        .isNotBlank();
            }
        }
    }
}
