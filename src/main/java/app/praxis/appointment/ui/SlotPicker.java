package app.praxis.appointment.ui;

import app.praxis.availability.BookableSlot;
import app.praxis.base.Formats;
import app.praxis.base.Language;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A doctor's free times as a week grid: the days side by side as columns, each day's times in rows of buttons
 * below it, with the previous and next days and a jump to the next free time. Seven days on a wide screen, three
 * on a phone (375 px) with the same buttons for more. The columns are one element drawn in the browser
 * ({@link SlotWeek}: Lumo buttons, so it works from the keyboard); a slot error, such as "just taken", shows right
 * under the grid.
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
    final SlotWeek times = new SlotWeek();
    final Span error = new Span();
    private final Span empty = new Span(getTranslation("appointment.slots.none"));
    private FreeTimes free = FreeTimes.NONE;
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
        times.addChosenListener(event -> chosenInBrowser(event.slotId()));
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
        free = new FreeTimes(slots);
        boolean shownStillFree = firstDay != null && free.anyBefore(firstDay, firstDay.plusDays(daysShown));
        if (!shownStillFree) {
            firstDay = free.isEmpty() ? null : free.firstDay();
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

    /** The times of the days shown, day by day. */
    List<SlotWeek.Time> times() {
        return times.times();
    }

    /** Clicks the time shown at this position, as a person would in the browser (tests). */
    void clickTime(int index) {
        times.click(times().get(index).id());
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
        return free.firstDayFrom(firstDay.plusDays(daysShown));
    }

    private void show() {
        selected = null;
        empty.setVisible(free.isEmpty());
        getContent().getChildren().findFirst().ifPresent(nav -> nav.setVisible(!free.isEmpty()));
        times.setVisible(!free.isEmpty());
        if (firstDay == null || free.isEmpty()) {
            range.setText("");
            times.setDays(List.of());
            return;
        }
        LocalDate last = firstDay.plusDays(daysShown - 1L);
        range.setText(getTranslation("appointment.slots.range", dayMonth(firstDay), dayMonth(last)));
        times.getStyle().set("--slot-days", String.valueOf(daysShown));
        List<SlotWeek.Day> days = new ArrayList<>();
        for (LocalDate day = firstDay; !day.isAfter(last); day = day.plusDays(1)) {
            days.add(column(day));
        }
        times.setDays(days);
        previous.setEnabled(firstDay.isAfter(free.firstDay()));
        next.setEnabled(free.lastDay().isAfter(last));
        nextFree.setEnabled(nextFreeAfterShown().isPresent());
    }

    private SlotWeek.Day column(LocalDate day) {
        List<SlotWeek.Time> shown = new ArrayList<>();
        for (BookableSlot slot : free.onDay(day)) {
            shown.add(new SlotWeek.Time(
                    slot.id(),
                    Formats.current().time(slot.startTime()),
                    Formats.current().when(slot.startsAt())));
        }
        return new SlotWeek.Day(
                day,
                weekday(day),
                dayMonth(day),
                getTranslation("appointment.slots.noneOn", Formats.current().day(day)),
                shown);
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

    /** A time clicked in the browser: taken only if it is one of the days shown (the id comes from the client). */
    private void chosenInBrowser(String slotId) {
        long id;
        try {
            id = Long.parseLong(slotId);
        } catch (NumberFormatException notAnId) {
            return;
        }
        boolean shown = times().stream().anyMatch(time -> time.id() == id);
        if (shown) {
            free.find(id).ifPresent(this::choose);
        }
    }

    private void choose(BookableSlot slot) {
        selected = slot;
        times.setSelected(slot.id());
        setInvalid(false);
    }

    /** Chooses a slot of the list (e.g. one picked on the directory's card), showing its days. */
    void choose(long slotId) {
        free.find(slotId).ifPresent(slot -> {
            showFrom(slot.date());
            choose(slot);
        });
    }

    /**
     * The free times, held compactly while the page is open (issue 18: memory per session): a few primitive
     * arrays, about 40 bytes a slot instead of about 150 for records with their own date and time objects; only the
     * days on screen become {@link BookableSlot}s again. Sorted by date, start and id.
     */
    static final class FreeTimes {

        static final FreeTimes NONE = new FreeTimes(List.of());

        private final long[] ids;
        private final long[] doctorIds;
        private final int[] days;
        private final int[] starts;
        private final int[] ends;
        private final byte[] flags;

        FreeTimes(List<BookableSlot> slots) {
            List<BookableSlot> sorted = slots.stream()
                    .sorted(Comparator.comparing(BookableSlot::date)
                            .thenComparing(BookableSlot::startTime)
                            .thenComparingLong(BookableSlot::id))
                    .toList();
            int n = sorted.size();
            ids = new long[n];
            doctorIds = new long[n];
            days = new int[n];
            starts = new int[n];
            ends = new int[n];
            flags = new byte[n];
            for (int i = 0; i < n; i++) {
                BookableSlot slot = sorted.get(i);
                ids[i] = slot.id();
                doctorIds[i] = slot.doctorId();
                days[i] = Math.toIntExact(slot.date().toEpochDay());
                starts[i] = slot.startTime().toSecondOfDay();
                ends[i] = slot.endTime().toSecondOfDay();
                flags[i] = (byte) ((slot.booked() ? 1 : 0) | (slot.duringTimeOff() ? 2 : 0));
            }
        }

        boolean isEmpty() {
            return ids.length == 0;
        }

        LocalDate firstDay() {
            return LocalDate.ofEpochDay(days[0]);
        }

        LocalDate lastDay() {
            return LocalDate.ofEpochDay(days[days.length - 1]);
        }

        /** The first day on or after {@code day} with a free time. */
        Optional<LocalDate> firstDayFrom(LocalDate day) {
            int at = firstIndexFrom(day);
            return at < days.length ? Optional.of(LocalDate.ofEpochDay(days[at])) : Optional.empty();
        }

        /** Whether a free time falls on a day from {@code from} up to (not including) {@code until}. */
        boolean anyBefore(LocalDate from, LocalDate until) {
            int at = firstIndexFrom(from);
            return at < days.length && days[at] < until.toEpochDay();
        }

        List<BookableSlot> onDay(LocalDate day) {
            List<BookableSlot> slots = new ArrayList<>();
            for (int i = firstIndexFrom(day); i < days.length && days[i] == day.toEpochDay(); i++) {
                slots.add(slot(i));
            }
            return slots;
        }

        Optional<BookableSlot> find(long slotId) {
            for (int i = 0; i < ids.length; i++) {
                if (ids[i] == slotId) {
                    return Optional.of(slot(i));
                }
            }
            return Optional.empty();
        }

        private int firstIndexFrom(LocalDate day) {
            long wanted = day.toEpochDay();
            int low = 0;
            int high = days.length;
            while (low < high) {
                int middle = (low + high) >>> 1;
                if (days[middle] < wanted) {
                    low = middle + 1;
                } else {
                    high = middle;
                }
            }
            return low;
        }

        private BookableSlot slot(int i) {
            return new BookableSlot(
                    ids[i],
                    doctorIds[i],
                    LocalDate.ofEpochDay(days[i]),
                    LocalTime.ofSecondOfDay(starts[i]),
                    LocalTime.ofSecondOfDay(ends[i]),
                    (flags[i] & 1) != 0,
                    (flags[i] & 2) != 0);
        }
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
