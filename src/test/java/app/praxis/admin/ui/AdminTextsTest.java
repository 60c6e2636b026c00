package app.praxis.admin.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.praxis.admin.DashboardPeriod;
import app.praxis.appointment.AppointmentStatus;
import app.praxis.base.MailOutbox;
import app.praxis.user.Role;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * The admin screens name some texts by an enum's value ({@code "admin.period." + period.name()}), which
 * TranslationsTest's scan of literals cannot see: every value of each such family has its text in both languages.
 */
class AdminTextsTest {

    @Test
    void everyEnumValueTheAdminScreensNameHasATextInEnglishAndGerman() {
        for (String suffix : List.of("", "_de")) {
            Properties texts = bundle("admin" + suffix);
            assertHasAll(texts, suffix, "admin.period.", DashboardPeriod.values());
            assertHasAll(texts, suffix, "admin.role.", Role.values());
            assertHasAll(texts, suffix, "admin.users.activity.", UsersView.Activity.values());
            assertHasAll(texts, suffix, "admin.dashboard.status.", AppointmentStatus.values());
            assertHasAll(texts, suffix, "admin.mails.status.", MailOutbox.Status.values());
        }
    }

    @Test
    void germanTextsAreGerman() {
        Properties german = bundle("admin_de");
        assertThat(german.getProperty("admin.period.THIS_MONTH")).isEqualTo("Dieser Monat");
        assertThat(german.getProperty("admin.dashboard.status.NO_SHOW")).isEqualTo("Nicht erschienen");
        assertThat(german.getProperty("admin.mails.status.FAILED")).isEqualTo("Fehlgeschlagen");
    }

    private static void assertHasAll(Properties texts, String suffix, String prefix, Enum<?>[] values) {
        assertThat(Arrays.stream(values).map(value -> prefix + value.name()))
                .as("%s* in admin%s.properties", prefix, suffix)
                .allSatisfy(key -> assertThat(texts.getProperty(key)).as(key).isNotBlank());
    }

    static Properties bundle(String name) {
        try (InputStream in = AdminTextsTest.class.getResourceAsStream("/i18n/" + name + ".properties")) {
            assertThat(in).as(name).isNotNull();
            var properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
