package app.praxis.base.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * The one locale every page's fields are typed and shown in, whatever the browser says: dates as {@code 14.05.1990}
 * (date pickers accept that, no more {@code M/D/YYYY}), 24-hour times, decimal commas ({@code 60,5}) as on the
 * money the app writes ({@code 60,50 €}). The texts stay English. A later choice of language per user changes it
 * here, in one place.
 */
@Component
public class AppLocale implements VaadinServiceInitListener {

    /** The locale of formats: German dates, times and numbers (the English texts do not depend on it). */
    public static final Locale FORMATS = Locale.GERMANY;

    /** How dates are typed: {@code 14.05.1990} shown, also {@code 14.5.1990} and {@code 1990-05-14} understood. */
    public static final List<String> DATE_FORMATS = List.of("dd.MM.yyyy", "d.M.yyyy", "d.M.yy", "yyyy-MM-dd");

    /** A date picker in the one format, weeks from Monday. */
    public static <T extends DatePicker> T dates(T picker) {
        picker.setLocale(FORMATS);
        picker.setI18n(dateI18n());
        return picker;
    }

    /** A date-and-time picker: dates as {@link #dates}, 24-hour times. */
    public static DateTimePicker dateTimes(DateTimePicker picker) {
        picker.setLocale(FORMATS);
        picker.setDatePickerI18n(dateI18n());
        return picker;
    }

    /** 24-hour times. */
    public static TimePicker times(TimePicker picker) {
        picker.setLocale(FORMATS);
        return picker;
    }

    /** Decimal commas: {@code 60,5}. */
    public static BigDecimalField numbers(BigDecimalField field) {
        field.setLocale(FORMATS);
        return field;
    }

    private static DatePicker.DatePickerI18n dateI18n() {
        return new DatePicker.DatePickerI18n()
                .setDateFormats(
                        DATE_FORMATS.getFirst(),
                        DATE_FORMATS.subList(1, DATE_FORMATS.size()).toArray(String[]::new))
                .setFirstDayOfWeek(1)
                .setBadInputErrorMessage("Enter a date as dd.mm.yyyy, e.g. 14.05.1990");
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().setLocale(FORMATS));
    }
}
