package app.praxis.user;

import static org.assertj.core.api.Assertions.assertThat;

import app.praxis.security.PraxisUser;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * Keys built at run time, which TranslationsTest's scan of literals cannot see: every role's label and every
 * gender's name has its text in English and in German.
 */
class TextFamiliesTest {

    @Test
    void everyRoleHasItsLabelInBothLanguages() {
        for (Role role : Role.values()) {
            String key = new PraxisUser(1, "x@test.praxis", "", role.name(), "X", true).roleLabelKey();
            assertInBothLanguages("security", key);
        }
        assertThat(bundle("security", "_de").getProperty("security.role.doctor"))
                .isEqualTo("Arzt");
    }

    @Test
    void everyGenderHasItsNameInBothLanguages() {
        for (Gender gender : Gender.values()) {
            assertInBothLanguages("user", gender.textKey());
        }
        assertThat(bundle("user", "_de").getProperty(Gender.FEMALE.textKey())).isEqualTo("Weiblich");
    }

    private static void assertInBothLanguages(String feature, String key) {
        for (String suffix : List.of("", "_de")) {
            assertThat(bundle(feature, suffix).getProperty(key))
                    .as("%s in %s%s.properties", key, feature, suffix)
                    .isNotBlank();
        }
    }

    private static Properties bundle(String feature, String suffix) {
        String name = "/i18n/" + feature + suffix + ".properties";
        try (InputStream in = TextFamiliesTest.class.getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            var properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
