package app.praxis.base.ui;

import app.praxis.base.Language;
import app.praxis.base.Texts;
import com.vaadin.flow.i18n.I18NProvider;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.NoSuchMessageException;
import org.springframework.stereotype.Component;

/** Vaadin's {@code getTranslation} over the same bundles as {@link Texts}; a missing key shows as itself. */
@Component
class Translations implements I18NProvider {

    private static final Logger log = LoggerFactory.getLogger(Translations.class);

    private final Texts texts;

    Translations(Texts texts) {
        this.texts = texts;
    }

    @Override
    public List<Locale> getProvidedLocales() {
        return Arrays.stream(Language.values()).map(Language::locale).toList();
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        try {
            return texts.get(Language.of(locale), key, params);
        } catch (NoSuchMessageException missing) {
            // TranslationsTest keeps this from shipping; on a page it shows which key is missing.
            log.warn("No text for key {} in {}", key, locale);
            return "!" + key + "!";
        }
    }
}
