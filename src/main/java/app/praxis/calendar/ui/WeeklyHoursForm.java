package app.praxis.calendar.ui;

import app.praxis.availability.WeeklyHours;
import app.praxis.availability.WeeklyInterval;
import app.praxis.base.Formats;
import app.praxis.base.ui.AppLocale;
import app.praxis.base.ui.FieldErrors;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.shared.Registration;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Weekly hours: per weekday any number of intervals, the slot length, buffer and validity. A plain component: it
 * fires {@link SaveEvent} with what was typed, and shows the service's messages next to the fields.
 */
class WeeklyHoursForm extends Div {

    final IntegerField slotMinutes = new IntegerField(CalendarTexts.get("calendar.hours.slotMinutes"));
    final IntegerField bufferMinutes = new IntegerField(CalendarTexts.get("calendar.hours.bufferMinutes"));
    final DatePicker validFrom = AppLocale.dates(new DatePicker(CalendarTexts.get("calendar.hours.validFrom")));
    final DatePicker validUntil = AppLocale.dates(new DatePicker(CalendarTexts.get("calendar.hours.validUntil")));
    final Button save = new Button(CalendarTexts.get("calendar.hours.save"));

    private final Map<DayOfWeek, DayRow> days = new EnumMap<>(DayOfWeek.class);
    private final Map<String, HasValidation> fieldsByName = new LinkedHashMap<>();
    /** The interval rows in the order of the last {@link #getValue()}, so "intervals[i]" errors find their row. */
    private List<IntervalRow> submittedRows = List.of();

    WeeklyHoursForm() {
        addClassNames("weekly-hours-form");
        setId("weekly-hours-form");
        slotMinutes.setStepButtonsVisible(true);
        slotMinutes.setStep(5);
        slotMinutes.setHelperText(CalendarTexts.get("calendar.hours.slotMinutes.helper"));
        bufferMinutes.setStepButtonsVisible(true);
        bufferMinutes.setStep(5);
        validUntil.setClearButtonVisible(true);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(event -> fireEvent(new SaveEvent(this, getValue())));

        fieldsByName.put("slotMinutes", slotMinutes);
        fieldsByName.put("bufferMinutes", bufferMinutes);
        fieldsByName.put("validFrom", validFrom);
        fieldsByName.put("validUntil", validUntil);
        fieldsByName.values().forEach(field -> field.setManualValidation(true));

        for (DayOfWeek day : DayOfWeek.values()) {
            var row = new DayRow(day);
            days.put(day, row);
            add(row);
        }
        var settings = new Div(slotMinutes, bufferMinutes, validFrom, validUntil);
        settings.addClassNames("weekly-hours-settings");
        var hint = new Span(CalendarTexts.get("calendar.hours.hint"));
        hint.addClassNames("weekly-hours-hint");
        add(settings, hint, save);
    }

    void setValue(WeeklyHours hours) {
        days.values().forEach(DayRow::clear);
        hours.intervals().forEach(interval -> day(interval.day()).addInterval(interval.start(), interval.end()));
        slotMinutes.setValue(hours.slotMinutes());
        bufferMinutes.setValue(hours.bufferMinutes());
        validFrom.setValue(hours.validFrom());
        validUntil.setValue(hours.validUntil());
        clearErrors();
    }

    WeeklyHours getValue() {
        var intervals = new ArrayList<WeeklyInterval>();
        var rows = new ArrayList<IntervalRow>();
        days.values()
                .forEach(day -> day.intervals.forEach(row -> {
                    intervals.add(new WeeklyInterval(day.day, row.start.getValue(), row.end.getValue()));
                    rows.add(row);
                }));
        submittedRows = rows;
        return new WeeklyHours(
                intervals,
                slotMinutes.getValue(),
                bufferMinutes.getValue(),
                validFrom.getValue(),
                validUntil.getValue());
    }

    DayRow day(DayOfWeek day) {
        return days.get(day);
    }

    /** Shows each message next to its field; returns those no field could show. */
    Map<String, String> showErrors(Map<String, String> errors) {
        clearErrors();
        return FieldErrors.show(errors, name -> {
            HasValidation field = fieldsByName.get(name);
            return field != null ? field : intervalField(name);
        });
    }

    void clearErrors() {
        fieldsByName.values().forEach(field -> field.setInvalid(false));
        days.values().forEach(day -> day.intervals.forEach(row -> row.end.setInvalid(false)));
    }

    /** An interval's message goes to its end time, the field most mistakes are made in. */
    private @Nullable HasValidation intervalField(String name) {
        for (int i = 0; i < submittedRows.size(); i++) {
            if (WeeklyHours.intervalField(i).equals(name)) {
                return submittedRows.get(i).end;
            }
        }
        return null;
    }

    Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }

    static class SaveEvent extends ComponentEvent<WeeklyHoursForm> {
        private final WeeklyHours hours;

        SaveEvent(WeeklyHoursForm source, WeeklyHours hours) {
            super(source, false);
            this.hours = hours;
        }

        WeeklyHours hours() {
            return hours;
        }
    }

    /** One weekday: its intervals and a button to add another. */
    static class DayRow extends Div {
        final DayOfWeek day;
        final List<IntervalRow> intervals = new ArrayList<>();
        final Button add = new Button(VaadinIcon.PLUS.create());
        private final Div list = new Div();

        DayRow(DayOfWeek day) {
            this.day = day;
            addClassNames("weekly-hours-day");
            Locale locale = Formats.current().language().locale();
            var name = new Span(day.getDisplayName(TextStyle.SHORT, locale));
            name.addClassNames("weekly-hours-day-name");
            add.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
            add.setAriaLabel(CalendarTexts.get("calendar.hours.addOn", day.getDisplayName(TextStyle.FULL, locale)));
            add.addClickListener(event -> addInterval(LocalTime.of(9, 0), LocalTime.of(12, 0)));
            list.addClassNames("weekly-hours-intervals");
            add(name, list, add);
        }

        IntervalRow addInterval(@Nullable LocalTime start, @Nullable LocalTime end) {
            var row = new IntervalRow(start, end);
            row.remove.addClickListener(event -> {
                intervals.remove(row);
                list.remove(row);
            });
            intervals.add(row);
            list.add(row);
            return row;
        }

        void clear() {
            intervals.clear();
            list.removeAll();
        }
    }

    /** From–to with a remove button. */
    static class IntervalRow extends Div {
        final TimePicker start = new TimePicker();
        final TimePicker end = new TimePicker();
        final Button remove = new Button(VaadinIcon.CLOSE_SMALL.create());

        IntervalRow(@Nullable LocalTime start, @Nullable LocalTime end) {
            addClassNames("weekly-hours-interval");
            for (TimePicker picker : List.of(this.start, this.end)) {
                picker.setStep(Duration.ofMinutes(15));
                AppLocale.times(picker); // 24-hour times, as on the calendar
                picker.setManualValidation(true);
            }
            this.start.setAriaLabel(CalendarTexts.get("calendar.hours.from"));
            this.end.setAriaLabel(CalendarTexts.get("calendar.hours.to"));
            this.start.setValue(start);
            this.end.setValue(end);
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
            remove.setAriaLabel(CalendarTexts.get("calendar.hours.remove"));
            add(this.start, new Span("–"), this.end, remove);
        }
    }
}
