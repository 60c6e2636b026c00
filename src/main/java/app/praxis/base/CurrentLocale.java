package app.praxis.base;

import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The locale of whoever the current thread works for: the UI's language while a page's request or push message
 * is handled (registered by {@code base.ui.PageLanguage}, so services need no UI types), else the default language
 * (jobs, tests of services, e-mails that name their recipient's language themselves).
 */
public final class CurrentLocale {

    private static volatile Supplier<Optional<Locale>> source = Optional::empty;

    private CurrentLocale() {}

    public static Locale get() {
        return language().locale();
    }

    public static Language language() {
        return source.get().map(Language::of).orElse(Language.DEFAULT);
    }

    /** Where the current locale comes from; set once by the UI layer at start-up. */
    public static void readFrom(Supplier<Optional<Locale>> uiLocale) {
        source = uiLocale;
    }
}
