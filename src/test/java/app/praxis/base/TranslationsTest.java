package app.praxis.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every text exists in both languages: each feature's English and German bundles hold the same keys, every key
 * a source file names exists, and every message is a well-formed pattern (a lone apostrophe would vanish).
 */
class TranslationsTest {

    /** The features, as named in application.properties' spring.messages.basename. */
    static final List<String> FEATURES = List.of(
            "base",
            "security",
            "audit",
            "user",
            "doctor",
            "patient",
            "availability",
            "appointment",
            "payment",
            "chat",
            "review",
            "waitlist",
            "calendar",
            "admin",
            "demo");

    /** String literals that look like keys but are not (system properties). */
    private static final Set<String> NOT_KEYS = Set.of("user.name", "user.home", "user.dir");

    private static final Pattern KEY_LITERAL =
            Pattern.compile("\"((?:" + String.join("|", FEATURES) + "|menu)\\.[a-zA-Z][A-Za-z0-9_.-]*)\"");

    @Test
    void everyFeatureHasTheSameKeysInEnglishAndGerman() {
        for (String feature : FEATURES) {
            Properties english = bundle(feature, "");
            Properties german = bundle(feature, "_de");
            assertThat(german.stringPropertyNames())
                    .as("keys of %s_de.properties", feature)
                    .containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
        }
    }

    @Test
    void everyKeyStartsWithItsFeatureOrIsAMenuTitleAndNoKeyIsInTwoBundles() {
        var seen = new TreeSet<String>();
        for (String feature : FEATURES) {
            for (String key : bundle(feature, "").stringPropertyNames()) {
                assertThat(key).as("a key of %s.properties", feature).matches(feature + "\\..+|menu\\..+");
                assertThat(seen.add(key)).as("%s is defined once", key).isTrue();
            }
        }
    }

    @Test
    void everyMessageIsAPatternWhoseApostrophesAreDoubled() {
        for (String feature : FEATURES) {
            for (String suffix : List.of("", "_de")) {
                Properties texts = bundle(feature, suffix);
                for (String key : texts.stringPropertyNames()) {
                    String message = texts.getProperty(key);
                    assertThat(message.replace("''", ""))
                            .as("%s in %s%s.properties: write '' for an apostrophe", key, feature, suffix)
                            .doesNotContain("'");
                    new MessageFormat(message, Locale.ROOT); // throws on a malformed pattern
                    assertThat(message)
                            .as("%s in %s%s.properties", key, feature, suffix)
                            .isNotBlank();
                }
            }
        }
    }

    @Test
    void everyKeyTheCodeNamesExists() throws IOException {
        var known = new TreeSet<String>();
        FEATURES.forEach(feature -> known.addAll(bundle(feature, "").stringPropertyNames()));
        var missing = new ArrayList<String>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            sources.filter(path -> path.toString().endsWith(".java")).forEach(path -> {
                Matcher keys = KEY_LITERAL.matcher(read(path));
                while (keys.find()) {
                    String key = keys.group(1);
                    if (!known.contains(key) && !NOT_KEYS.contains(key) && !key.endsWith(".")) {
                        missing.add(key + " (" + path.getFileName() + ")");
                    }
                }
            });
        }
        assertThat(missing).as("keys used in src/main/java without a text").isEmpty();
    }

    static Properties bundle(String feature, String suffix) {
        String name = "/i18n/" + feature + suffix + ".properties";
        try (InputStream in = TranslationsTest.class.getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            var properties = new Properties();
            properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path path) {
        try {
            return Files.readString(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
