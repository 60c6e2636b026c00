package app.praxis.calendar.ui;

import app.praxis.base.Language;
import com.vaadin.flow.component.UI;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The calendar's texts in the page's language, also where no component is at hand (entry titles, history lines);
 * outside a page (plain unit tests of the forms) in the default language, straight from the English bundle.
 */
final class CalendarTexts {

    private CalendarTexts() {}

    static String get(String key, Object... args) {
        UI ui = UI.getCurrent();
        if (ui != null) {
            return ui.getTranslation(key, args);
        }
        Locale locale = Language.DEFAULT.locale();
        String bundle = key.startsWith("menu.") ? "calendar" : key.substring(0, key.indexOf('.'));
        return new MessageFormat(
                        ResourceBundle.getBundle("i18n." + bundle, Locale.ROOT).getString(key), locale)
                .format(args);
    }
}
