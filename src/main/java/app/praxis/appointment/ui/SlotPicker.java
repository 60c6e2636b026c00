package app.praxis.appointment.ui;

import app.praxis.availability.BookableSlot;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Pick a day, then a time from a grid of buttons that wraps to the screen's width (no sideways scrolling on a
 * phone). Shows a slot error, such as "just taken", right under the times.
 */
class SlotPicker extends Composite<Div> implements HasValidation {

    final Select<LocalDate> day = new Select<>();
    final Div times = new Div();
    final Span error = new Span();
    private final Span empty = new Span("No free times in the booking window.");
    private final List<Button> timeButtons = new ArrayList<>();
    private Map<LocalDate, List<BookableSlot>> slotsByDay = Map.of();
    private @Nullable BookableSlot selected;

    SlotPicker() {
        day.setLabel("Day");
        day.setId("slot-day");
        day.setItemLabelGenerator(Formats::day);
        day.setWidthFull();
        day.addValueChangeListener(event -> showTimes(event.getValue()));
        times.setId("slot-times");
        times.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexWrap.WRAP, LumoUtility.Gap.SMALL);
        error.setId("slot-error");
        error.addClassNames(LumoUtility.TextColor.ERROR, LumoUtility.FontSize.SMALL);
        error.getElement().setAttribute("role", "alert");
        error.setVisible(false);
        empty.setVisible(false);
        getContent().addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN, LumoUtility.Gap.SMALL);
        getContent().add(day, times, error, empty);
    }

    /** What to say when there are no free times, e.g. why the doctor cannot be booked. */
    void setEmptyText(String text) {
        empty.setText(text);
    }

    /** Shows these slots (soonest first) and keeps the chosen day if it still has any. */
    void setSlots(List<BookableSlot> slots) {
        LocalDate shownDay = day.getValue();
        slotsByDay =
                slots.stream().collect(Collectors.groupingBy(BookableSlot::date, TreeMap::new, Collectors.toList()));
        day.setItems(slotsByDay.keySet());
        empty.setVisible(slotsByDay.isEmpty());
        day.setVisible(!slotsByDay.isEmpty());
        LocalDate firstDay = slotsByDay.keySet().stream().findFirst().orElse(null);
        LocalDate dayToShow = shownDay != null && slotsByDay.containsKey(shownDay) ? shownDay : firstDay;
        day.setValue(dayToShow);
        showTimes(dayToShow);
    }

    Optional<BookableSlot> selected() {
        return Optional.ofNullable(selected);
    }

    List<Button> timeButtons() {
        return List.copyOf(timeButtons);
    }

    private void showTimes(@Nullable LocalDate shownDay) {
        times.removeAll();
        timeButtons.clear();
        selected = null;
        if (shownDay == null) {
            return;
        }
        for (BookableSlot slot : slotsByDay.getOrDefault(shownDay, List.of())) {
            var button = new Button(Formats.time(slot.startTime()));
            button.getElement().setAttribute("data-slot-id", String.valueOf(slot.id()));
            button.addClickListener(event -> choose(slot, button));
            timeButtons.add(button);
            times.add(button);
        }
    }

    private void choose(BookableSlot slot, Button button) {
        selected = slot;
        timeButtons.forEach(b -> b.removeThemeVariants(ButtonVariant.LUMO_PRIMARY));
        button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        setInvalid(false);
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
