package app.praxis.base;

import org.springframework.context.support.ResourceBundleMessageSource;

/** The application's texts without a Spring context, for plain unit tests (same bundles and settings). */
public final class TestTexts {

    private TestTexts() {}

    public static Texts create() {
        var messages = new ResourceBundleMessageSource();
        messages.setBasenames(TranslationsTest.FEATURES.stream()
                .map(feature -> "i18n/" + feature)
                .toArray(String[]::new));
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        messages.setAlwaysUseMessageFormat(true);
        return new Texts(messages);
    }
}
