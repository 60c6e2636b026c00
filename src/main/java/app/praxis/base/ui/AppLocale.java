package app.praxis.base.ui;

import app.praxis.base.CurrentLocale;
import app.praxis.base.Formats;
import app.praxis.base.Language;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.timepicker.TimePicker;
import java.text.DateFormatSymbols;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Fields in the page's language ({@link PageLanguage}): dates typed as {@code 14.05.1990} in German,
 * {@code 14/05/1990} in English (both also understand {@code 1990-05-14}), 24-hour times, decimal commas or points.
 * Only views with such fields refer to this class: what the sign-in page and the layout load must not name the
 * pickers, or Vaadin's production bundle puts the date, time and number fields' code into the first download of
 * every page (issue 18: page weight).
 */
@Component
public class AppLocale {

    private final PageLanguage pages;

    AppLocale(PageLanguage pages) {
        this.pages = pages;
    }

    /** How dates may be typed besides the language's own pattern. */
    private static final List<String> ALSO_UNDERSTOOD = List.of("d.M.yyyy", "d.M.yy", "d/M/yyyy", "yyyy-MM-dd");

    /** A date picker in the page's language, weeks from Monday. */
    public static <T extends DatePicker> T dates(T picker) {
        picker.setLocale(current().locale());
        picker.setI18n(dateI18n(current()));
        return picker;
    }

    /** A date-and-time picker: dates as {@link #dates}, 24-hour times. */
    public static DateTimePicker dateTimes(DateTimePicker picker) {
        picker.setLocale(current().locale());
        picker.setDatePickerI18n(dateI18n(current()));
        return picker;
    }

    /** 24-hour times. */
    public static TimePicker times(TimePicker picker) {
        picker.setLocale(current().locale());
        return picker;
    }

    /** The page's decimal separator: {@code 60,5} in German, {@code 60.5} in English. */
    public static BigDecimalField numbers(BigDecimalField field) {
        field.setLocale(current().locale());
        return field;
    }

    /** The current page's language. */
    public static Language current() {
        return CurrentLocale.language();
    }

    private static DatePicker.DatePickerI18n dateI18n(Language language) {
        Locale locale = language.locale();
        var symbols = DateFormatSymbols.getInstance(locale);
        var i18n = new DatePicker.DatePickerI18n()
                .setDateFormats(
                        language.datePattern(),
                        ALSO_UNDERSTOOD.stream()
                                .filter(format -> !format.equals(language.datePattern()))
                                .toArray(String[]::new))
                .setFirstDayOfWeek(1)
                .setMonthNames(List.of(symbols.getMonths()).subList(0, 12))
                .setWeekdays(List.of(symbols.getWeekdays()).subList(1, 8))
                .setWeekdaysShort(List.of(symbols.getShortWeekdays()).subList(1, 8).stream()
                        .map(day -> day.replace(".", ""))
                        .toList());
        UI ui = UI.getCurrent();
        if (ui != null) {
            i18n.setToday(ui.getTranslation("base.date.today"))
                    .setCancel(ui.getTranslation("base.date.cancel"))
                    .setBadInputErrorMessage(ui.getTranslation(
                            "base.date.badInput",
                            language.datePattern().toLowerCase(Locale.ROOT),
                            Formats.of(language).date(LocalDate.of(1990, 5, 14))));
        }
        return i18n;
    }

    /**
     * Switches the page to {@code language} (see {@link PageLanguage#choose}); kept here for callers that have an
     * {@code AppLocale} at hand.
     */
    public void choose(Language language) {
        pages.choose(language);
    }
}
