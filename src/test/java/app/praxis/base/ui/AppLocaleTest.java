package app.praxis.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.timepicker.TimePicker;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class AppLocaleTest {

    @Test
    void datePickersShowAndAcceptDayMonthYearWithDotsAndWeeksStartOnMonday() {
        DatePicker picker = AppLocale.dates(new DatePicker());

        assertThat(picker.getLocale()).isEqualTo(Locale.GERMANY);
        assertThat(picker.getI18n().getDateFormats()).startsWith("dd.MM.yyyy").contains("d.M.yyyy", "yyyy-MM-dd");
        assertThat(picker.getI18n().getFirstDayOfWeek()).isEqualTo(1);
    }

    @Test
    void dateTimePickersTimePickersAndNumberFieldsUseTheSameLocale() {
        DateTimePicker dateTime = AppLocale.dateTimes(new DateTimePicker());
        assertThat(dateTime.getLocale()).isEqualTo(AppLocale.FORMATS);
        assertThat(dateTime.getDatePickerI18n().getDateFormats()).startsWith("dd.MM.yyyy");
        assertThat(AppLocale.times(new TimePicker()).getLocale()).isEqualTo(AppLocale.FORMATS);
        assertThat(AppLocale.numbers(new BigDecimalField()).getLocale()).isEqualTo(AppLocale.FORMATS);
    }

    @Test
    void countsTakeTheRightNumberOfTheirNoun() {
        assertThat(Plurals.count(1, "appointment")).isEqualTo("1 appointment");
        assertThat(Plurals.count(0, "appointment")).isEqualTo("0 appointments");
        assertThat(Plurals.count(3, "reply", "replies")).isEqualTo("3 replies");
    }
}
