package app.praxis.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.router.Menu;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.type.filter.AnnotationTypeFilter;

/** Every icon a menu entry names is in the layout's small sprite, so none shows up blank (issue 18: page weight). */
class MenuIconsTest {

    @Test
    void everyMenuIconIsInTheSprite() throws Exception {
        String sprite = new ClassPathResource("META-INF/resources/" + MainLayout.MENU_ICONS)
                .getContentAsString(StandardCharsets.UTF_8);
        List<String> icons = menuIcons();

        assertThat(icons).as("the app's menu entries with an icon").hasSizeGreaterThan(10);
        for (String icon : icons) {
            assertThat(sprite)
                    .as(icon)
                    .contains("<symbol id=\"" + icon.substring(icon.indexOf(':') + 1) + "\" viewBox=\"0 0 16 16\">");
        }
        assertThat(sprite).as("the badges' fallback").contains("<symbol id=\"bell\"");
    }

    @Test
    void anIconIsItsSymbolInTheSprite() {
        assertThat(MainLayout.iconSymbol("vaadin:calendar-clock")).isEqualTo("calendar-clock");
        assertThat(MainLayout.MENU_ICONS).isEqualTo("images/menu-icons.svg");
    }

    private static List<String> menuIcons() throws IOException {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Menu.class));
        return scanner.findCandidateComponents("app.praxis").stream()
                .map(definition -> {
                    try {
                        return Class.forName(definition.getBeanClassName())
                                .getAnnotation(Menu.class)
                                .icon();
                    } catch (ClassNotFoundException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .filter(icon -> !icon.isBlank())
                .toList();
    }
}
