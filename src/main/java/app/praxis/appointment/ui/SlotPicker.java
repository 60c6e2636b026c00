package app.praxis.appointment.ui;

import static java.util.Objects.requireNonNull;

import app.praxis.availability.BookableSlot;
import app.praxis.base.Formats;
import app.praxis.base.Language;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasValidation;
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
 * on a phone (375 px) with the same buttons for more. The whole picker is one element drawn in the browser
 * ({@link SlotWeek}: Lumo buttons, so it works from the keyboard); a slot error, such as "just taken", shows right
 * under the grid. What comes back from the browser (a chosen time, a move of the week) is checked here: a time is
 * taken only if it is one shown, and the booking service checks the slot again.
 */
class SlotPicker extends Composite<SlotWeek> implements HasValidation {

    /** Days shown side by side on a wide screen, and on a phone. */
    static final int WIDE_DAYS = 7;

    static final int PHONE_DAYS = 3;

    private static final int PHONE_WIDTH = 640;

    final SlotWeek times = new SlotWeek();
    private SlotWeek.Texts texts;
    private FreeTimes free = FreeTimes.NONE;
    private @Nullable LocalDate firstDay;
    private int daysShown = WIDE_DAYS;
    private @Nullable BookableSlot selected;
    private boolean invalid;
    /** The slot error, shown under the grid while the picker is invalid. */
    private @Nullable String errorMessage;

    SlotPicker() {
        texts = new SlotWeek.Texts(
                getTranslation("appointment.slots.earlier"),
                getTranslation("appointment.slots.later"),
                getTranslation("appointment.slots.nextFree"),
                getTranslation("appointment.slots.label"),
                getTranslation("appointment.slots.none"));
        times.setId("slot-picker");
        times.setTexts(texts);
        times.addChosenListener(event -> chosenInBrowser(event.slotId()));
        times.addMoveListener(event -> movedInBrowser(event.to()));
    }

    @Override
    protected SlotWeek initContent() {
        return times;
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
        texts = new SlotWeek.Texts(texts.earlier(), texts.later(), texts.nextFree(), texts.label(), text);
        times.setTexts(texts);
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

    /**
     * A button of the week's navigation clicked in the browser: acted on only if that button is offered now (a
     * disabled one, a stale or forged event, or anything else sent does nothing).
     */
    private void movedInBrowser(String to) {
        if (firstDay == null || free.isEmpty()) {
            return;
        }
        SlotWeek.Navigation offered = navigation(firstDay);
        switch (to) {
            case SlotWeek.PREVIOUS -> {
                if (offered.previous()) {
                    move(-daysShown);
                }
            }
            case SlotWeek.NEXT -> {
                if (offered.next()) {
                    move(daysShown);
                }
            }
            case SlotWeek.NEXT_FREE -> nextFreeAfterShown().ifPresent(this::showFrom);
            default -> {}
        }
    }

    /** Which of the navigation's buttons the week from {@code first} offers. */
    private SlotWeek.Navigation navigation(LocalDate first) {
        LocalDate last = first.plusDays(daysShown - 1L);
        return new SlotWeek.Navigation(
                first.isAfter(free.firstDay()),
                free.lastDay().isAfter(last),
                nextFreeAfterShown().isPresent());
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
        if (firstDay == null || free.isEmpty()) {
            times.setEmpty();
            return;
        }
        LocalDate last = firstDay.plusDays(daysShown - 1L);
        List<SlotWeek.Day> days = new ArrayList<>();
        for (LocalDate day = firstDay; !day.isAfter(last); day = day.plusDays(1)) {
            days.add(column(day));
        }
        times.setDays(
                days,
                getTranslation("appointment.slots.range", dayMonth(firstDay), dayMonth(last)),
                navigation(firstDay));
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
     * The free times, held compactly while the page is open (issue 18: memory per session): a busy doctor's 90 days
     * are some 550 slots, kept by every patient who has the page open. Each slot is one {@code long} (its day as an
     * offset from the first day, start and end as seconds of the day, the two flags; in that order of bits, so the
     * packed values sort by day and start) and its id as an {@code int} offset from the lowest id (a {@code long}
     * only if the ids span more than an {@code int}): 12 bytes a slot, where round 4's parallel arrays took 29 and
     * records with their own date and time objects about 150. All slots are one doctor's. Only the days on screen
     * become {@link BookableSlot}s again. Sorted by date, start and id.
     */
    static final class FreeTimes {

        static final FreeTimes NONE = new FreeTimes(List.of());

        private static final int DAY_SHIFT = 36;
        private static final int START_SHIFT = 19;
        private static final int END_SHIFT = 2;
        private static final long SECONDS = (1L << 17) - 1;

        private final long doctorId;
        private final long firstEpochDay;
        private final long lowestId;
        private final long[] packed;
        private final int @Nullable [] idOffsets;
        private final long @Nullable [] wideIds;

        FreeTimes(List<BookableSlot> slots) {
            List<BookableSlot> sorted = slots.stream()
                    .sorted(Comparator.comparing(BookableSlot::date)
                            .thenComparing(BookableSlot::startTime)
                            .thenComparingLong(BookableSlot::id))
                    .toList();
            int n = sorted.size();
            doctorId = n == 0 ? 0 : sorted.getFirst().doctorId();
            firstEpochDay = n == 0 ? 0 : sorted.getFirst().date().toEpochDay();
            long lowest = sorted.stream().mapToLong(BookableSlot::id).min().orElse(0);
            long highest = sorted.stream().mapToLong(BookableSlot::id).max().orElse(0);
            lowestId = lowest;
            boolean narrow = highest - lowest <= Integer.MAX_VALUE;
            packed = new long[n];
            idOffsets = narrow ? new int[n] : null;
            wideIds = narrow ? null : new long[n];
            for (int i = 0; i < n; i++) {
                BookableSlot slot = sorted.get(i);
                if (slot.doctorId() != doctorId) {
                    throw new IllegalArgumentException("free times of one doctor only");
                }
                if (idOffsets != null) {
                    idOffsets[i] = (int) (slot.id() - lowest);
                } else if (wideIds != null) {
                    wideIds[i] = slot.id();
                }
                packed[i] = ((slot.date().toEpochDay() - firstEpochDay) << DAY_SHIFT)
                        | ((long) slot.startTime().toSecondOfDay() << START_SHIFT)
                        | ((long) slot.endTime().toSecondOfDay() << END_SHIFT)
                        | (slot.booked() ? 1 : 0)
                        | (slot.duringTimeOff() ? 2 : 0);
            }
        }

        boolean isEmpty() {
            return packed.length == 0;
        }

        LocalDate firstDay() {
            return LocalDate.ofEpochDay(epochDay(0));
        }

        LocalDate lastDay() {
            return LocalDate.ofEpochDay(epochDay(packed.length - 1));
        }

        /** The first day on or after {@code day} with a free time. */
        Optional<LocalDate> firstDayFrom(LocalDate day) {
            int at = firstIndexFrom(day);
            return at < packed.length ? Optional.of(LocalDate.ofEpochDay(epochDay(at))) : Optional.empty();
        }

        /** Whether a free time falls on a day from {@code from} up to (not including) {@code until}. */
        boolean anyBefore(LocalDate from, LocalDate until) {
            int at = firstIndexFrom(from);
            return at < packed.length && epochDay(at) < until.toEpochDay();
        }

        List<BookableSlot> onDay(LocalDate day) {
            List<BookableSlot> slots = new ArrayList<>();
            for (int i = firstIndexFrom(day); i < packed.length && epochDay(i) == day.toEpochDay(); i++) {
                slots.add(slot(i));
            }
            return slots;
        }

        Optional<BookableSlot> find(long slotId) {
            for (int i = 0; i < packed.length; i++) {
                if (id(i) == slotId) {
                    return Optional.of(slot(i));
                }
            }
            return Optional.empty();
        }

        private long epochDay(int i) {
            return firstEpochDay + (packed[i] >>> DAY_SHIFT);
        }

        private long id(int i) {
            return idOffsets != null ? lowestId + idOffsets[i] : requireNonNull(wideIds)[i];
        }

        private int firstIndexFrom(LocalDate day) {
            long wanted = day.toEpochDay();
            if (packed.length == 0 || wanted <= firstEpochDay) {
                return 0;
            }
            long key = (wanted - firstEpochDay) << DAY_SHIFT;
            int low = 0;
            int high = packed.length;
            while (low < high) {
                int middle = (low + high) >>> 1;
                if (packed[middle] < key) {
                    low = middle + 1;
                } else {
                    high = middle;
                }
            }
            return low;
        }

        private BookableSlot slot(int i) {
            long bits = packed[i];
            return new BookableSlot(
                    id(i),
                    doctorId,
                    LocalDate.ofEpochDay(epochDay(i)),
                    LocalTime.ofSecondOfDay((bits >>> START_SHIFT) & SECONDS),
                    LocalTime.ofSecondOfDay((bits >>> END_SHIFT) & SECONDS),
                    (bits & 1) != 0,
                    (bits & 2) != 0);
        }
    }

    @Override
    public void setErrorMessage(@Nullable String message) {
        errorMessage = message;
        times.setError(invalid && message != null ? message : "");
    }

    @Override
    public @Nullable String getErrorMessage() {
        return errorMessage == null ? "" : errorMessage;
    }

    @Override
    public void setInvalid(boolean invalid) {
        this.invalid = invalid;
        times.setError(invalid && errorMessage != null ? errorMessage : "");
    }

    @Override
    public boolean isInvalid() {
        return invalid;
    }

    /** The navigation's buttons as the browser shows them (enabled or not; tests). */
    SlotWeek.Navigation navigation() {
        return times.navigation();
    }

    /** Clicks a button of the week's navigation, as a person would in the browser (tests). */
    void clickMove(String to) {
        times.move(to);
    }

    /** The text shown when there are no free times, or "" while times show (tests). */
    String emptyTextShown() {
        return times.isEmpty() ? times.texts().none() : "";
    }
}
