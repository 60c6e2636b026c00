package app.praxis.calendar.ui;

import app.praxis.base.Formats;
import app.praxis.base.ui.AppLocale;
import app.praxis.base.ui.calendar.CalendarViewType;
import app.praxis.base.ui.calendar.FullCalendar;
import app.praxis.doctor.DoctorSummary;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.RouteParameters;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Navigation (previous, today, next, a date, the view type), the length of new slots, time off, and for admins the doctor. */
class CalendarToolbar extends Div {

    final Button previous = new Button(VaadinIcon.ANGLE_LEFT.create());
    final Button today = new Button(getTranslation("calendar.today"));
    final Button next = new Button(VaadinIcon.ANGLE_RIGHT.create());
    final DatePicker date = AppLocale.dates(new DatePicker());
    final Select<CalendarViewType> viewType = new Select<>();
    final IntegerField newSlotMinutes = new IntegerField();
    final Button timeOff = new Button(getTranslation("calendar.timeOff"), VaadinIcon.COFFEE.create());
    /**
     * Admins' choice of whose calendar to open, made only for them ({@link #showDoctorPicker}): a doctor never sees
     * it, and a hidden combo box still cost every doctor's open calendar about 7.7 KB (issue 18).
     */
    @Nullable
    ComboBox<DoctorSummary> doctor;

    final H2 title = new H2();
    private final Span message = new Span();
    private final FullCalendar calendar;

    CalendarToolbar(FullCalendar calendar, LocalDate todayDate) {
        this.calendar = calendar;
        setId("calendar-toolbar");
        addClassNames("calendar-toolbar");
        previous.setAriaLabel(getTranslation("calendar.previous"));
        next.setAriaLabel(getTranslation("calendar.next"));
        previous.addClickListener(event -> calendar.previous());
        next.addClickListener(event -> calendar.next());
        today.addClickListener(event -> calendar.setDate(todayDate));
        date.setAriaLabel(getTranslation("calendar.goToDate"));
        date.setValue(calendar.getDate());
        date.addValueChangeListener(event -> {
            if (event.getValue() != null) {
                calendar.setDate(event.getValue());
            }
        });
        viewType.setAriaLabel(getTranslation("calendar.view"));
        viewType.setItems(CalendarViewType.values());
        viewType.setItemLabelGenerator(CalendarToolbar::viewName);
        viewType.setValue(calendar.getViewType());
        viewType.addValueChangeListener(event -> calendar.setViewType(event.getValue()));
        title.setId("calendar-title");
        title.addClassNames("calendar-title");
        showTitle();
        calendar.addVisibleRangeChangedListener(event -> {
            date.setValue(calendar.getDate());
            viewType.setValue(calendar.getViewType());
            showTitle();
        });
        newSlotMinutes.setLabel(getTranslation("calendar.newSlotMinutes"));
        newSlotMinutes.setValue(30);
        newSlotMinutes.setStep(5);
        newSlotMinutes.setStepButtonsVisible(true);
        newSlotMinutes.setManualValidation(true);
        newSlotMinutes.setHelperText(getTranslation("calendar.newSlotMinutes.helper"));
        message.addClassNames("calendar-message");
        add(title, previous, today, next, date, viewType, newSlotMinutes, timeOff, message);
    }

    /** A view type's name in the page's language ("Week", "Woche"). */
    static String viewName(CalendarViewType type) {
        return CalendarTexts.get("calendar.view." + type.name());
    }

    /**
     * What the calendar shows, in the page's language: "December 2026", "30 Nov – 6 Dec 2026" or "Wed 2 Dec 2026"
     * ("Dezember 2026", "30. Nov. – 6. Dez. 2026", "Mi., 2. Dez. 2026").
     */
    private void showTitle() {
        LocalDate shown = calendar.getDate();
        LocalDate first = calendar.getVisibleRange().start();
        LocalDate last = calendar.getVisibleRange().lastDay();
        Formats formats = Formats.current();
        title.setText(
                switch (calendar.getViewType()) {
                    case MONTH -> pattern("calendar.format.month", formats).format(shown);
                    case WEEK ->
                        getTranslation(
                                "calendar.weekTitle",
                                pattern(
                                                first.getYear() == last.getYear()
                                                        ? "calendar.format.dayMonth"
                                                        : "calendar.format.dayMonthYear",
                                                formats)
                                        .format(first),
                                pattern("calendar.format.dayMonthYear", formats).format(last));
                    case DAY -> formats.day(shown);
                });
    }

    private DateTimeFormatter pattern(String key, Formats formats) {
        return DateTimeFormatter.ofPattern(
                getTranslation(key), formats.language().locale());
    }

    /** Admins pick whose calendar to open; picking navigates to that doctor's calendar. */
    void showDoctorPicker(List<DoctorSummary> doctors, @Nullable Long selectedDoctorId) {
        var doctor = new ComboBox<DoctorSummary>();
        doctor.setAriaLabel(getTranslation("calendar.doctor"));
        doctor.setPlaceholder(getTranslation("calendar.doctor.placeholder"));
        doctor.setItemLabelGenerator(DoctorSummary::fullName);
        doctor.setItems(doctors);
        doctors.stream()
                .filter(d -> selectedDoctorId != null && d.doctorId() == selectedDoctorId)
                .findFirst()
                .ifPresent(doctor::setValue);
        if (this.doctor != null) {
            remove(this.doctor);
        }
        this.doctor = doctor;
        addComponentAsFirst(doctor);
        doctor.addValueChangeListener(event -> {
            if (event.isFromClient() && event.getValue() != null) {
                UI.getCurrent()
                        .navigate(
                                DoctorCalendarView.class,
                                new RouteParameters(
                                        "doctorId",
                                        String.valueOf(event.getValue().doctorId())));
            }
        });
    }

    void setEditingEnabled(boolean enabled) {
        List.of(previous, today, next, timeOff).forEach(button -> button.setEnabled(enabled));
        date.setEnabled(enabled);
        viewType.setEnabled(enabled);
        newSlotMinutes.setEnabled(enabled);
    }

    void showMessage(String text) {
        message.setText(text);
    }

    /** Opens one day in the day view. */
    void showDay(LocalDate day) {
        calendar.setViewType(CalendarViewType.DAY);
        calendar.setDate(day);
    }
}
