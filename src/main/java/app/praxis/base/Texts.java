package app.praxis.base;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Every sentence the app shows or sends, in the reader's language: views use Vaadin's {@code getTranslation}
 * (backed by the same bundles), services and e-mails use this. Bundles are {@code i18n/<module>.properties}
 * (English) and {@code i18n/<module>_de.properties}; keys start with their module's name. Messages are
 * {@link java.text.MessageFormat} patterns: {@code {0}} for an argument, {@code ''} for an apostrophe,
 * {@code {0,choice,1#1 slot|1<{0} slots}} for plurals.
 */
@Component
public class Texts {

    private final MessageSource messages;

    Texts(MessageSource messages) {
        this.messages = messages;
    }

    /** In the current page's language (the default language outside a page). */
    public String get(String key, Object... args) {
        return get(CurrentLocale.get(), key, args);
    }

    /** In a given language, e.g. an e-mail's recipient's. */
    public String get(Language language, String key, Object... args) {
        return get(language.locale(), key, args);
    }

    public String get(Locale locale, String key, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
