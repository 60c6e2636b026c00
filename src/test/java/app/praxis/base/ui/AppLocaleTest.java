package app.praxis.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.timepicker.TimePicker;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Outside a page (no UI), fields follow the default language: English with British formats. */
class AppLocaleTest {

    @Test
    void datePickersShowDayMonthYearAlsoUnderstandDotsAndIsoAndWeeksStartOnMonday() {
        DatePicker picker = AppLocale.dates(new DatePicker());

        assertThat(picker.getLocale()).isEqualTo(Locale.UK);
        assertThat(picker.getI18n().getDateFormats()).startsWith("dd/MM/yyyy").contains("d.M.yyyy", "yyyy-MM-dd");
        assertThat(picker.getI18n().getFirstDayOfWeek()).isEqualTo(1);
        assertThat(picker.getI18n().getMonthNames()).startsWith("January");
    }

    @Test
    void dateTimePickersTimePickersAndNumberFieldsUseTheSameLocale() {
        DateTimePicker dateTime = AppLocale.dateTimes(new DateTimePicker());
        assertThat(dateTime.getLocale()).isEqualTo(Locale.UK);
        assertThat(dateTime.getDatePickerI18n().getDateFormats()).startsWith("dd/MM/yyyy");
        assertThat(AppLocale.times(new TimePicker()).getLocale()).isEqualTo(Locale.UK);
        assertThat(AppLocale.numbers(new BigDecimalField()).getLocale()).isEqualTo(Locale.UK);
    }
}
