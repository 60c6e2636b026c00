package app.praxis.appointment.ui;

import app.praxis.availability.BookableSlot;
import app.praxis.base.Formats;
import app.praxis.base.Language;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * A doctor's free times as a week grid: the days side by side as columns, each day's times in rows of buttons
 * below it, with the previous and next days and a jump to the next free time. Seven days on a wide screen, three
 * on a phone (375 px) with the same buttons for more. Plain buttons, so it works from the keyboard; a slot error,
 * such as "just taken", shows right under the grid.
 */
class SlotPicker extends Composite<Div> implements HasValidation {

    /** Days shown side by side on a wide screen, and on a phone. */
    static final int WIDE_DAYS = 7;

    static final int PHONE_DAYS = 3;

    private static final int PHONE_WIDTH = 640;

    final Button previous = new Button(VaadinIcon.ANGLE_LEFT.create());
    final Button next = new Button(VaadinIcon.ANGLE_RIGHT.create());
    final Button nextFree = new Button(getTranslation("appointment.slots.nextFree"));
    final Span range = new Span();
    final Div times = new Div();
    final Span error = new Span();
    private final Span empty = new Span(getTranslation("appointment.slots.none"));
    private final List<Button> timeButtons = new ArrayList<>();
    private TreeMap<LocalDate, List<BookableSlot>> slotsByDay = new TreeMap<>();
    private @Nullable LocalDate firstDay;
    private int daysShown = WIDE_DAYS;
    private @Nullable BookableSlot selected;

    SlotPicker() {
        previous.setAriaLabel(getTranslation("appointment.slots.earlier"));
        previous.setId("slot-previous");
        next.setAriaLabel(getTranslation("appointment.slots.later"));
        next.setId("slot-next");
        nextFree.setId("slot-next-free");
        previous.addClickListener(event -> move(-daysShown));
        next.addClickListener(event -> move(daysShown));
        nextFree.addClickListener(event -> nextFreeAfterShown().ifPresent(this::showFrom));
        range.setId("slot-range");
        range.addClassNames(LumoUtility.FontWeight.SEMIBOLD);
        range.getElement().setAttribute("aria-live", "polite");
        var navigation = new Div(previous, range, next, nextFree);
        navigation.addClassNames("slot-grid-nav");
        times.setId("slot-times");
        times.addClassNames("slot-grid");
        times.getElement().setAttribute("role", "group");
        times.getElement().setAttribute("aria-label", getTranslation("appointment.slots.label"));
        error.setId("slot-error");
        error.addClassNames(LumoUtility.TextColor.ERROR, LumoUtility.FontSize.SMALL);
        error.getElement().setAttribute("role", "alert");
        error.setVisible(false);
        empty.setVisible(false);
        getContent().addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN, LumoUtility.Gap.SMALL);
        getContent().add(navigation, times, error, empty);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        attachEvent.getUI().getPage().retrieveExtendedClientDetails(details -> {
            if (details.getWindowInnerWidth() < PHONE_WIDTH) {
                setDaysShown(PHONE_DAYS);
            }
        });
    }

    /** What to say when there are no free times, e.g. why the doctor cannot be booked. */
    void setEmptyText(String text) {
        empty.setText(text);
    }

    /** How many days stand side by side (three on a phone). */
    void setDaysShown(int days) {
        daysShown = days;
        show();
    }

    /**
     * Shows these slots (soonest first). The days shown stay where they were if they still have a free time;
     * otherwise the grid starts at the first day with one.
     */
    void setSlots(List<BookableSlot> slots) {
        slotsByDay =
                slots.stream().collect(Collectors.groupingBy(BookableSlot::date, TreeMap::new, Collectors.toList()));
        boolean shownStillFree = firstDay != null
                && !slotsByDay.subMap(firstDay, firstDay.plusDays(daysShown)).isEmpty();
        if (!shownStillFree) {
            firstDay = slotsByDay.isEmpty() ? null : slotsByDay.firstKey();
        }
        show();
    }

    /** Shows the days from {@code day} on. */
    void showFrom(LocalDate day) {
        firstDay = day;
        show();
    }

    Optional<LocalDate> firstDay() {
        return Optional.ofNullable(firstDay);
    }

    Optional<BookableSlot> selected() {
        return Optional.ofNullable(selected);
    }

    /** The time buttons of the days shown, day by day. */
    List<Button> timeButtons() {
        return List.copyOf(timeButtons);
    }

    private void move(int days) {
        if (firstDay != null) {
            showFrom(firstDay.plusDays(days));
        }
    }

    private Optional<LocalDate> nextFreeAfterShown() {
        if (firstDay == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(slotsByDay.ceilingKey(firstDay.plusDays(daysShown)));
    }

    private void show() {
        times.removeAll();
        timeButtons.clear();
        selected = null;
        empty.setVisible(slotsByDay.isEmpty());
        getContent().getChildren().findFirst().ifPresent(nav -> nav.setVisible(!slotsByDay.isEmpty()));
        times.setVisible(!slotsByDay.isEmpty());
        if (firstDay == null || slotsByDay.isEmpty()) {
            range.setText("");
            return;
        }
        LocalDate last = firstDay.plusDays(daysShown - 1L);
        range.setText(getTranslation("appointment.slots.range", dayMonth(firstDay), dayMonth(last)));
        times.getStyle().set("--slot-days", String.valueOf(daysShown));
        for (LocalDate day = firstDay; !day.isAfter(last); day = day.plusDays(1)) {
            times.add(column(day));
        }
        previous.setEnabled(firstDay.isAfter(slotsByDay.firstKey()));
        next.setEnabled(slotsByDay.lastKey().isAfter(last));
        nextFree.setEnabled(nextFreeAfterShown().isPresent());
    }

    private Div column(LocalDate day) {
        var header = new Div(new Span(weekday(day)), new Span(dayMonth(day)));
        header.addClassNames("slot-day-header");
        var column = new Div(header);
        column.addClassNames("slot-day");
        column.getElement().setAttribute("data-date", day.toString());
        List<BookableSlot> free = slotsByDay.getOrDefault(day, List.of());
        if (free.isEmpty()) {
            var none = new Span("—");
            none.addClassNames("slot-day-none");
            none.getElement()
                    .setAttribute(
                            "aria-label",
                            getTranslation(
                                    "appointment.slots.noneOn",
                                    Formats.current().day(day)));
            column.add(none);
        }
        for (BookableSlot slot : free) {
            var button = new Button(Formats.current().time(slot.startTime()));
            button.getElement().setAttribute("data-slot-id", String.valueOf(slot.id()));
            button.setAriaLabel(Formats.current().when(slot.startsAt()));
            button.addThemeVariants(ButtonVariant.LUMO_SMALL);
            button.addClickListener(event -> choose(slot, button));
            timeButtons.add(button);
            column.add(button);
        }
        return column;
    }

    /** "Wed" / "Mi." above a day's column. */
    private static String weekday(LocalDate day) {
        return DateTimeFormatter.ofPattern("EEE", Formats.current().language().locale())
                .format(day);
    }

    /** "2 Dec" / "2. Dez." under it and in the range shown. */
    private static String dayMonth(LocalDate day) {
        String pattern = Formats.current().language() == Language.GERMAN ? "d. MMM" : "d MMM";
        return DateTimeFormatter.ofPattern(pattern, Formats.current().language().locale())
                .format(day);
    }

    private void choose(BookableSlot slot, Button button) {
        selected = slot;
        timeButtons.forEach(b -> {
            b.removeThemeVariants(ButtonVariant.LUMO_PRIMARY);
            b.getElement().setAttribute("aria-pressed", "false");
        });
        button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        button.getElement().setAttribute("aria-pressed", "true");
        setInvalid(false);
    }

    /** Chooses a slot of the list (e.g. one picked on the directory's card), showing its days. */
    void choose(long slotId) {
        slotsByDay.values().stream()
                .flatMap(List::stream)
                .filter(slot -> slot.id() == slotId)
                .findFirst()
                .ifPresent(slot -> {
                    showFrom(slot.date());
                    timeButtons.stream()
                            .filter(b ->
                                    String.valueOf(slotId).equals(b.getElement().getAttribute("data-slot-id")))
                            .findFirst()
                            .ifPresent(b -> choose(slot, b));
                });
    }

    @Override
    public void setErrorMessage(@Nullable String message) {
        error.setText(message == null ? "" : message);
    }

    @Override
    public @Nullable String getErrorMessage() {
        return error.getText();
    }

    @Override
    public void setInvalid(boolean invalid) {
        error.setVisible(invalid);
    }

    @Override
    public boolean isInvalid() {
        return error.isVisible();
    }
}
