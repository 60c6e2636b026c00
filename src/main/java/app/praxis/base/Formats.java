package app.praxis.base;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Currency;
import java.util.EnumMap;
import java.util.Map;

/**
 * Dates, times, numbers and money in one language's formats, the same on every page, e-mail and PDF. English:
 * "Wed 2 Dec 2026", "02/12/2026", "14:30", "€60.50"; German: "Mi., 2. Dez. 2026", "02.12.2026", "14:30",
 * "60,50 €". Thread-safe; one instance per language.
 */
public final class Formats {

    private static final Currency EURO = Currency.getInstance("EUR");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final Map<Language, Formats> BY_LANGUAGE = new EnumMap<>(Language.class);

    static {
        for (Language language : Language.values()) {
            BY_LANGUAGE.put(language, new Formats(language));
        }
    }

    private final Language language;
    private final DateTimeFormatter day;
    private final DateTimeFormatter shortDay;
    private final DateTimeFormatter date;
    private final DateTimeFormatter longDate;

    private Formats(Language language) {
        this.language = language;
        this.day = DateTimeFormatter.ofPattern(language.dayPattern, language.locale());
        this.shortDay = DateTimeFormatter.ofPattern(language.shortDayPattern, language.locale());
        this.date = DateTimeFormatter.ofPattern(language.datePattern, language.locale());
        this.longDate = DateTimeFormatter.ofPattern(language.longDatePattern, language.locale());
    }

    public static Formats of(Language language) {
        return BY_LANGUAGE.get(language);
    }

    /** In the current page's language (see {@link CurrentLocale}). */
    public static Formats current() {
        return of(CurrentLocale.language());
    }

    public Language language() {
        return language;
    }

    /** "Wed 2 Dec 2026" / "Mi., 2. Dez. 2026". */
    public String day(LocalDate value) {
        return day.format(value);
    }

    /** "Wed 2 Dec" / "Mi., 2. Dez." (a calendar's column, a week grid's day). */
    public String shortDay(LocalDate value) {
        return shortDay.format(value);
    }

    /** "02/12/2026" / "02.12.2026" (as date fields are typed). */
    public String date(LocalDate value) {
        return date.format(value);
    }

    /** "2 December 2026" / "2. Dezember 2026" (letters, receipts). */
    public String longDate(LocalDate value) {
        return longDate.format(value);
    }

    /** "14:30" in both languages. */
    public String time(LocalTime value) {
        return TIME.format(value);
    }

    /** "Wed 2 Dec 2026, 14:30". */
    public String when(LocalDateTime value) {
        return day(value.toLocalDate()) + ", " + time(value.toLocalTime());
    }

    /** "Wed 2 Dec 2026, 14:30–15:00". */
    public String span(LocalDate on, LocalTime start, LocalTime end) {
        return day(on) + ", " + time(start) + "–" + time(end);
    }

    /** "€60.50" / "60,50 €". */
    public String money(BigDecimal amount) {
        NumberFormat format = NumberFormat.getCurrencyInstance(language.locale());
        format.setCurrency(EURO);
        return format.format(amount);
    }

    /** "1,234" / "1.234". */
    public String number(long value) {
        return NumberFormat.getIntegerInstance(language.locale()).format(value);
    }

    /** A decimal with {@code digits} fraction digits: "4.6" / "4,6". */
    public String decimal(BigDecimal value, int digits) {
        NumberFormat format = NumberFormat.getNumberInstance(language.locale());
        format.setMinimumFractionDigits(digits);
        format.setMaximumFractionDigits(digits);
        return format.format(value);
    }
}
