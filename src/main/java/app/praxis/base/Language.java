package app.praxis.base;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The languages Praxis speaks. Each carries the locale its texts and formats follow: English with British formats
 * ({@code 14/05/1990}, {@code 14:30}, {@code €60.50}), German with German ones ({@code 14.05.1990}, {@code 14:30},
 * {@code 60,50 €}). Stored on the account by {@link #tag()}.
 */
public enum Language {
    ENGLISH("en", Locale.UK, "English", "EEE d MMM yyyy", "EEE d MMM", "dd/MM/yyyy", "d MMMM yyyy"),
    GERMAN("de", Locale.GERMANY, "Deutsch", "EEE, d. MMM yyyy", "EEE, d. MMM", "dd.MM.yyyy", "d. MMMM yyyy");

    /** Used when nothing else decides: the browser asks for neither, or no one asks (jobs, e-mails to nobody). */
    public static final Language DEFAULT = ENGLISH;

    private static final Language[] ALL = values(); // values() copies its array at every call

    private final String tag;
    private final Locale locale;
    private final String nativeName;
    final String dayPattern;
    final String shortDayPattern;
    final String datePattern;
    final String longDatePattern;

    Language(
            String tag,
            Locale locale,
            String nativeName,
            String dayPattern,
            String shortDayPattern,
            String datePattern,
            String longDatePattern) {
        this.tag = tag;
        this.locale = locale;
        this.nativeName = nativeName;
        this.dayPattern = dayPattern;
        this.shortDayPattern = shortDayPattern;
        this.datePattern = datePattern;
        this.longDatePattern = longDatePattern;
    }

    /** The account column's value: {@code en}, {@code de}. */
    public String tag() {
        return tag;
    }

    /** The locale of texts, dates, times, numbers and money in this language. */
    public Locale locale() {
        return locale;
    }

    /** The language's name in itself, as a language menu shows it ("Deutsch"). */
    public String nativeName() {
        return nativeName;
    }

    /** How a date is typed and shown in numbers: {@code dd/MM/yyyy} or {@code dd.MM.yyyy}. */
    public String datePattern() {
        return datePattern;
    }

    /** The language with this tag, any case ("de", "EN"); a loop, as every text and format of a page asks it. */
    public static Optional<Language> ofTag(String tag) {
        for (Language language : ALL) {
            if (language.tag.equalsIgnoreCase(tag)) {
                return Optional.of(language);
            }
        }
        return Optional.empty();
    }

    /** The language of a locale (any German locale is German); everything else is English. */
    public static Language of(Locale locale) {
        return ofTag(locale.getLanguage()).orElse(DEFAULT);
    }

    /** The first of the browser's preferred locales that we speak, or the default. */
    public static Language firstSpoken(List<Locale> preferred) {
        return preferred.stream()
                .flatMap(locale -> ofTag(locale.getLanguage()).stream())
                .findFirst()
                .orElse(DEFAULT);
    }
}
