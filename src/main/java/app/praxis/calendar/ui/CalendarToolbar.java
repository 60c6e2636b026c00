package app.praxis.calendar.ui;

import app.praxis.base.Formats;
import app.praxis.base.Language;
import app.praxis.base.ui.AppLocale;
import app.praxis.base.ui.calendar.CalendarViewType;
import app.praxis.base.ui.calendar.FullCalendar;
import app.praxis.doctor.DoctorSummary;
import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.RouteParameters;
import java.text.DateFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.json.JsonWriteFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Navigation (previous, today, next, a date, the view type), the length of new slots, time off, and for admins the
 * doctor. Drawn in the browser as one element ({@code frontend/calendar/praxis-calendar-toolbar.js}) fed by two JSON
 * properties (issue 18: four icon buttons, a select, a date picker and an integer field were ≈ 34 KB of every open
 * calendar's session); its clicks and inputs come back to the {@link ClientCallable} methods below, which check what
 * they get (a disabled toolbar, an unknown view or a malformed date does nothing).
 */
@JsModule("./calendar/praxis-calendar-toolbar.js")
class CalendarToolbar extends Div {

    /** Texts beyond ASCII sent as JSON escapes, so the property's string stays at one byte a character. */
    static final JsonMapper JSON =
            JsonMapper.builder().enable(JsonWriteFeature.ESCAPE_NON_ASCII).build();

    static final int DEFAULT_SLOT_MINUTES = 30;

    /** A view type's value and its name in the page's language. */
    record ViewChoice(String value, String label) {}

    /** The date picker's texts: the language's pattern, month and weekday names. */
    record DateTexts(
            String pattern,
            List<String> monthNames,
            List<String> weekdays,
            List<String> weekdaysShort,
            String today,
            String cancel) {}

    /** The toolbar's constant texts, sent once. */
    record Texts(
            String previous,
            String next,
            String today,
            String goToDate,
            String view,
            String newSlotMinutes,
            String newSlotHelper,
            String timeOff,
            List<ViewChoice> views,
            DateTexts dates) {}

    /** What the toolbar shows now. */
    record State(
            String title,
            String date,
            String view,
            String slotMinutes,
            String slotError,
            String message,
            boolean enabled) {}

    /**
     * Admins' choice of whose calendar to open, made only for them ({@link #showDoctorPicker}): a doctor never sees
     * it, and a hidden combo box still cost every doctor's open calendar about 7.7 KB (issue 18).
     */
    @Nullable
    ComboBox<DoctorSummary> doctor;

    private final Element bar = new Element("praxis-calendar-toolbar");
    private final FullCalendar calendar;
    private final LocalDate todayDate;
    private final Texts texts;
    private @Nullable Runnable onTimeOff;
    private @Nullable Integer newSlotMinutes = DEFAULT_SLOT_MINUTES;
    private String slotError = "";
    private String message = "";
    private boolean enabled = true;

    CalendarToolbar(FullCalendar calendar, LocalDate todayDate) {
        this.calendar = calendar;
        this.todayDate = todayDate;
        setId("calendar-toolbar");
        addClassNames("calendar-toolbar");
        texts = texts();
        bar.setProperty("texts", JSON.writeValueAsString(texts));
        getElement().appendChild(bar);
        calendar.addVisibleRangeChangedListener(event -> show());
        show();
    }

    /** The constant texts in the page's language (what the browser shows on the buttons and fields). */
    Texts texts() {
        Language language = AppLocale.current();
        var symbols = DateFormatSymbols.getInstance(language.locale());
        return new Texts(
                getTranslation("calendar.previous"),
                getTranslation("calendar.next"),
                getTranslation("calendar.today"),
                getTranslation("calendar.goToDate"),
                getTranslation("calendar.view"),
                getTranslation("calendar.newSlotMinutes"),
                getTranslation("calendar.newSlotMinutes.helper"),
                getTranslation("calendar.timeOff"),
                Arrays.stream(CalendarViewType.values())
                        .map(type -> new ViewChoice(type.name(), viewName(type)))
                        .toList(),
                new DateTexts(
                        language.datePattern(),
                        List.of(symbols.getMonths()).subList(0, 12),
                        List.of(symbols.getWeekdays()).subList(1, 8),
                        List.of(symbols.getShortWeekdays()).subList(1, 8).stream()
                                .map(day -> day.replace(".", ""))
                                .toList(),
                        getTranslation("base.date.today"),
                        getTranslation("base.date.cancel")));
    }

    /** What the toolbar shows now (the element's {@code state}). */
    State state() {
        return new State(
                title(),
                calendar.getDate().toString(),
                calendar.getViewType().name(),
                newSlotMinutes == null ? "" : String.valueOf(newSlotMinutes),
                slotError,
                message,
                enabled);
    }

    private void show() {
        bar.setProperty("state", JSON.writeValueAsString(state()));
    }

    @ClientCallable
    void previous() {
        if (enabled) {
            calendar.previous();
        }
    }

    @ClientCallable
    void next() {
        if (enabled) {
            calendar.next();
        }
    }

    @ClientCallable
    void today() {
        if (enabled) {
            calendar.setDate(todayDate);
        }
    }

    /** A date picked or typed in the browser ({@code 2026-12-07}); a malformed one does nothing. */
    @ClientCallable
    void goTo(String isoDate) {
        if (!enabled) {
            return;
        }
        try {
            calendar.setDate(LocalDate.parse(isoDate));
        } catch (DateTimeParseException e) {
            show();
        }
    }

    /** A view type chosen in the browser ({@code WEEK}); one not offered does nothing. */
    @ClientCallable
    void view(String type) {
        if (!enabled) {
            return;
        }
        Optional<CalendarViewType> chosen = Arrays.stream(CalendarViewType.values())
                .filter(offered -> offered.name().equals(type))
                .findFirst();
        chosen.ifPresentOrElse(calendar::setViewType, this::show);
    }

    /**
     * The length of new slots as typed; what is not a whole number is kept as none, which the service refuses with
     * its message next to the field when a range is selected (nothing is stored).
     */
    @ClientCallable
    void slotMinutes(String typed) {
        if (!enabled) {
            return;
        }
        Integer minutes;
        try {
            minutes = typed.isBlank() ? null : Integer.valueOf(typed.trim());
        } catch (NumberFormatException e) {
            minutes = null;
        }
        newSlotMinutes = minutes;
        show();
    }

    @ClientCallable
    void timeOff() {
        if (enabled && onTimeOff != null) {
            onTimeOff.run();
        }
    }

    void onTimeOff(Runnable action) {
        this.onTimeOff = action;
    }

    /** The length of new slots as last typed, none if the field is empty or not a number. */
    @Nullable
    Integer newSlotMinutes() {
        return newSlotMinutes;
    }

    /** Shows the service's refusal of the slot length next to its field; {@code ""} clears it. */
    void showSlotError(String error) {
        if (!slotError.equals(error)) {
            slotError = error;
            show();
        }
    }

    /** A view type's name in the page's language ("Week", "Woche"). */
    static String viewName(CalendarViewType type) {
        return CalendarTexts.get("calendar.view." + type.name());
    }

    /**
     * What the calendar shows, in the page's language: "December 2026", "30 Nov – 6 Dec 2026" or "Wed 2 Dec 2026"
     * ("Dezember 2026", "30. Nov. – 6. Dez. 2026", "Mi., 2. Dez. 2026").
     */
    String title() {
        LocalDate shown = calendar.getDate();
        LocalDate first = calendar.getVisibleRange().start();
        LocalDate last = calendar.getVisibleRange().lastDay();
        Formats formats = Formats.current();
        return switch (calendar.getViewType()) {
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
        };
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
        if (this.enabled != enabled) {
            this.enabled = enabled;
            show();
        }
    }

    void showMessage(String text) {
        if (!message.equals(text)) {
            message = text;
            show();
        }
    }

    /** Opens one day in the day view. */
    void showDay(LocalDate day) {
        calendar.setViewType(CalendarViewType.DAY);
        calendar.setDate(day);
    }
}
