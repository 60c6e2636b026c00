package app.praxis.base.ui;

import app.praxis.base.AccountLanguages;
import app.praxis.base.CurrentLocale;
import app.praxis.base.Formats;
import app.praxis.base.Language;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinSession;
import java.text.DateFormatSymbols;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Each page's language: the account's choice when someone is signed in, else the one chosen on this visit, else
 * the first of the browser's languages we speak. Fields follow it: dates typed as {@code 14.05.1990} in German,
 * {@code 14/05/1990} in English (both also understand {@code 1990-05-14}), 24-hour times, decimal commas or points.
 */
@Component
public class AppLocale implements VaadinServiceInitListener {

    private final ObjectProvider<AccountLanguages> accounts;

    AppLocale(ObjectProvider<AccountLanguages> accounts) {
        this.accounts = accounts;
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

    @Override
    public void serviceInit(ServiceInitEvent event) {
        CurrentLocale.readFrom(() -> Optional.ofNullable(UI.getCurrent()).map(UI::getLocale));
        event.getSource().addUIInitListener(init -> init.getUI()
                .setLocale(languageOfNewPage().locale()));
    }

    private Language languageOfNewPage() {
        Optional<Language> account = accounts.stream()
                .flatMap(source -> source.ofSignedIn().stream())
                .findFirst();
        if (account.isPresent()) {
            return account.get();
        }
        VaadinSession session = VaadinSession.getCurrent();
        Language chosen = session == null ? null : session.getAttribute(Language.class);
        if (chosen != null) {
            return chosen;
        }
        VaadinRequest request = VaadinRequest.getCurrent();
        return request instanceof VaadinServletRequest servlet
                ? Language.firstSpoken(
                        Collections.list(servlet.getHttpServletRequest().getLocales()))
                : Language.DEFAULT;
    }

    /**
     * Switches the page to {@code language}: remembered on the account of whoever is signed in, else for this
     * visit; the page reloads so that everything on it speaks the new language.
     */
    public void choose(Language language) {
        Optional<AccountLanguages> signedIn = accounts.stream()
                .filter(source -> source.ofSignedIn().isPresent())
                .findFirst();
        signedIn.ifPresent(source -> source.chooseForSignedIn(language));
        VaadinSession session = VaadinSession.getCurrent();
        if (session != null) {
            session.setAttribute(Language.class, language);
        }
        UI ui = UI.getCurrent();
        if (ui != null) {
            ui.setLocale(language.locale());
            ui.getPage().reload();
        }
    }
}
