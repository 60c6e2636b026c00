package app.praxis.calendar.ui;

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
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** Navigation (previous, today, next, a date, the view type), the length of new slots, time off, and for admins the doctor. */
class CalendarToolbar extends Div {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter DAY_MONTH = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);
    private static final DateTimeFormatter DAY_MONTH_YEAR = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter WEEKDAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);

    final Button previous = new Button(VaadinIcon.ANGLE_LEFT.create());
    final Button today = new Button("Today");
    final Button next = new Button(VaadinIcon.ANGLE_RIGHT.create());
    final DatePicker date = AppLocale.dates(new DatePicker());
    final Select<CalendarViewType> viewType = new Select<>();
    final IntegerField newSlotMinutes = new IntegerField();
    final Button timeOff = new Button("Time off", VaadinIcon.COFFEE.create());
    final ComboBox<DoctorSummary> doctor = new ComboBox<>();
    final H2 title = new H2();
    private final Span message = new Span();
    private final FullCalendar calendar;

    CalendarToolbar(FullCalendar calendar, LocalDate todayDate) {
        this.calendar = calendar;
        setId("calendar-toolbar");
        addClassNames("calendar-toolbar");
        previous.setAriaLabel("Previous");
        next.setAriaLabel("Next");
        previous.addClickListener(event -> calendar.previous());
        next.addClickListener(event -> calendar.next());
        today.addClickListener(event -> calendar.setDate(todayDate));
        date.setAriaLabel("Go to date");
        date.setValue(calendar.getDate());
        date.addValueChangeListener(event -> {
            if (event.getValue() != null) {
                calendar.setDate(event.getValue());
            }
        });
        viewType.setAriaLabel("View");
        viewType.setItems(CalendarViewType.values());
        viewType.setItemLabelGenerator(
                type -> type.name().charAt(0) + type.name().substring(1).toLowerCase(Locale.ROOT));
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
        newSlotMinutes.setLabel("New slots (min)");
        newSlotMinutes.setValue(30);
        newSlotMinutes.setStep(5);
        newSlotMinutes.setStepButtonsVisible(true);
        newSlotMinutes.setManualValidation(true);
        newSlotMinutes.setHelperText("Select a time range to add slots");
        doctor.setAriaLabel("Doctor");
        doctor.setPlaceholder("Choose a doctor");
        doctor.setItemLabelGenerator(DoctorSummary::fullName);
        doctor.setVisible(false);
        message.addClassNames("calendar-message");
        add(doctor, title, previous, today, next, date, viewType, newSlotMinutes, timeOff, message);
    }

    /** What the calendar shows: "December 2026", "30 Nov – 6 Dec 2026" or "Wed 2 Dec 2026". */
    private void showTitle() {
        LocalDate shown = calendar.getDate();
        LocalDate first = calendar.getVisibleRange().start();
        LocalDate last = calendar.getVisibleRange().lastDay();
        title.setText(
                switch (calendar.getViewType()) {
                    case MONTH -> MONTH.format(shown);
                    case WEEK ->
                        (first.getYear() == last.getYear() ? DAY_MONTH.format(first) : DAY_MONTH_YEAR.format(first))
                                + " – " + DAY_MONTH_YEAR.format(last);
                    case DAY -> WEEKDAY.format(shown);
                });
    }

    /** Admins pick whose calendar to open; picking navigates to that doctor's calendar. */
    void showDoctorPicker(List<DoctorSummary> doctors, @Nullable Long selectedDoctorId) {
        doctor.setItems(doctors);
        doctors.stream()
                .filter(d -> selectedDoctorId != null && d.doctorId() == selectedDoctorId)
                .findFirst()
                .ifPresent(doctor::setValue);
        doctor.setVisible(true);
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
