package app.praxis.calendar.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.praxis.base.ui.calendar.CalendarViewType;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** Every view type's name ({@code calendar.view.<NAME>}, built at run time) exists in both languages. */
class CalendarViewTypeTextsTest {

    @Test
    void everyViewTypeIsNamedInEnglishAndGerman() throws IOException {
        for (String suffix : List.of("", "_de")) {
            var texts = new Properties();
            try (var in = getClass().getResourceAsStream("/i18n/calendar" + suffix + ".properties")) {
                assertThat(in).isNotNull();
                texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
            for (CalendarViewType type : CalendarViewType.values()) {
                assertThat(texts.getProperty("calendar.view." + type.name()))
                        .as("calendar.view.%s in calendar%s.properties", type, suffix)
                        .isNotBlank();
            }
        }
        assertThat(CalendarToolbar.viewName(CalendarViewType.WEEK)).isEqualTo("Week");
    }
}
