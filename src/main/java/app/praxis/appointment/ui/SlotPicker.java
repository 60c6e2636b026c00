package app.praxis.appointment.ui;

import static java.util.Objects.requireNonNull;

import app.praxis.availability.BookableSlot;
import app.praxis.base.Formats;
import app.praxis.base.Language;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasValidation;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.LongConsumer;
import org.jspecify.annotations.Nullable;

/**
 * A doctor's free times as a week grid: the days side by side as columns, each day's times in rows of buttons
 * below it, with the previous and next days and a jump to the next free time. Seven days on a wide screen, three
 * on a phone (375 px) with the same buttons for more. The whole picker is one element drawn in the browser
 * ({@link SlotWeek}: Lumo buttons, so it works from the keyboard); a slot error, such as "just taken", shows right
 * under the grid. What comes back from the browser (a chosen time, a move of the week) is checked here: a time is
 * taken only if it is one shown, and the booking service checks the slot again.
 *
 * <p>What is kept while the page is open (issue 18: memory per session): which days have a free time (a bit a day)
 * and the free times of the days shown. Given a {@link WeekReader} (a doctor's page), the picker reads the days shown
 * again on a move of the week, one query, and keeps nothing else of the list it was given; without one (the
 * reschedule dialog, open for a moment) it keeps the list it was given and shows its days from there.
 */
class SlotPicker extends Composite<SlotWeek> implements HasValidation {

    /** Days shown side by side on a wide screen, and on a phone. */
    static final int WIDE_DAYS = 7;

    static final int PHONE_DAYS = 3;

    private static final int PHONE_WIDTH = 640;

    /** Reads a doctor's free times of the days {@code from} up to and including {@code until}, soonest first. */
    @FunctionalInterface
    interface WeekReader extends Serializable {
        List<BookableSlot> read(LocalDate from, LocalDate until);
    }

    final SlotWeek times = new SlotWeek();
    private SlotWeek.Texts texts;
    /** Which days have a free time, as last known (at the start, and corrected for each week read). */
    private FreeDays days = FreeDays.NONE;
    /** The free times of the days from {@link #heldFrom} to {@link #heldUntil} (at least the days shown). */
    private FreeTimes held = FreeTimes.NONE;

    private @Nullable LocalDate heldFrom;
    private @Nullable LocalDate heldUntil;
    /** Where the days shown come from: the page's reader, or the list given (no reader). */
    private @Nullable WeekReader pageReader;

    private WeekReader reader = (from, until) -> List.of();
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
                getTranslation("appointment.slots.none"),
                // The pattern with its place kept: the browser puts each day's label in it.
                getTranslation("appointment.slots.noneOn", "{0}"));
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
        texts = new SlotWeek.Texts(
                texts.earlier(), texts.later(), texts.nextFree(), texts.label(), text, texts.noneOn());
        times.setTexts(texts);
    }

    /** How many days stand side by side (three on a phone). */
    void setDaysShown(int days) {
        daysShown = days;
        show();
    }

    /**
     * Reads the days shown from here on each move of the week (one query), so the picker keeps only the days shown
     * of the lists it is given (a doctor's page: the 90 days' list was kept by every patient with the page open).
     */
    void readWeeksWith(WeekReader reader) {
        pageReader = reader;
    }

    /**
     * Shows these slots (soonest first). The days shown stay where they were if they still have a free time;
     * otherwise the grid starts at the first day with one.
     */
    void setSlots(List<BookableSlot> slots) {
        setSlots(slots, null);
    }

    /**
     * Shows these slots (soonest first) with the one of id {@code chosen} chosen, if it is among them (its days
     * shown); otherwise as {@link #setSlots(List)}.
     */
    void setSlots(List<BookableSlot> slots, @Nullable Long chosen) {
        FreeTimes all = new FreeTimes(slots);
        days = new FreeDays(all);
        reader = pageReader != null ? pageReader : all::within;
        Optional<BookableSlot> wanted = chosen == null ? Optional.empty() : all.find(chosen);
        boolean shownStillFree = firstDay != null && days.anyIn(firstDay, firstDay.plusDays(daysShown - 1L));
        if (wanted.isPresent()) {
            firstDay = wanted.get().date();
        } else if (!shownStillFree) {
            firstDay = days.isEmpty() ? null : days.first();
        }
        hold(all);
        show();
        wanted.ifPresent(this::choose);
    }

    /** Keeps the free times of the days shown (a phone's three days are read from the seven first held). */
    private void hold(FreeTimes all) {
        if (firstDay == null) {
            held = FreeTimes.NONE;
            heldFrom = null;
            heldUntil = null;
            return;
        }
        heldFrom = firstDay;
        heldUntil = firstDay.plusDays(Math.max(daysShown, WIDE_DAYS) - 1L);
        held = new FreeTimes(all.within(heldFrom, heldUntil));
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
        if (firstDay == null || days.isEmpty()) {
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
                first.isAfter(days.first()),
                days.last().isAfter(last),
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
        return days.firstFrom(firstDay.plusDays(daysShown));
    }

    private void show() {
        selected = null;
        if (firstDay == null || days.isEmpty()) {
            times.setEmpty();
            return;
        }
        LocalDate last = firstDay.plusDays(daysShown - 1L);
        if (heldFrom == null || heldUntil == null || firstDay.isBefore(heldFrom) || last.isAfter(heldUntil)) {
            // Another week: its free times read (one query on a doctor's page), and what they say of its days kept.
            held = new FreeTimes(reader.read(firstDay, last));
            heldFrom = firstDay;
            heldUntil = last;
            days = days.correct(firstDay, last, held);
        }
        List<SlotWeek.Day> columns = new ArrayList<>();
        for (LocalDate day = firstDay; !day.isAfter(last); day = day.plusDays(1)) {
            columns.add(column(day));
        }
        times.setDays(
                columns,
                getTranslation("appointment.slots.range", dayMonth(firstDay), dayMonth(last)),
                navigation(firstDay));
    }

    private SlotWeek.Day column(LocalDate day) {
        List<SlotWeek.Time> shown = new ArrayList<>();
        for (BookableSlot slot : held.onDay(day)) {
            // The accessible name is the day's label and the time, put together by the browser.
            shown.add(new SlotWeek.Time(slot.id(), Formats.current().time(slot.startTime()), ""));
        }
        return new SlotWeek.Day(
                day, weekday(day), dayMonth(day), Formats.current().day(day), "", shown);
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
            held.find(id).ifPresent(this::choose);
        }
    }

    private void choose(BookableSlot slot) {
        selected = slot;
        times.setSelected(slot.id());
        setInvalid(false);
    }

    /** Chooses a slot of the days held (shown), showing its days. */
    void choose(long slotId) {
        held.find(slotId).ifPresent(slot -> {
            showFrom(slot.date());
            choose(slot);
        });
    }

    /**
     * Which days have a free time: a bit a day from the first (the booking window's 90 days at most: two
     * {@code long}s), so the navigation knows where the free times are without keeping them.
     */
    static final class FreeDays implements Serializable {

        static final FreeDays NONE = new FreeDays(FreeTimes.NONE);

        private final long firstEpochDay;
        private final BitSet bits;

        FreeDays(FreeTimes times) {
            this(times.isEmpty() ? 0 : times.firstDay().toEpochDay(), new BitSet());
            times.forEachDay(day -> bits.set((int) (day - firstEpochDay)));
        }

        private FreeDays(long firstEpochDay, BitSet bits) {
            this.firstEpochDay = firstEpochDay;
            this.bits = bits;
        }

        boolean isEmpty() {
            return bits.isEmpty();
        }

        LocalDate first() {
            return LocalDate.ofEpochDay(firstEpochDay + bits.nextSetBit(0));
        }

        LocalDate last() {
            return LocalDate.ofEpochDay(firstEpochDay + bits.length() - 1);
        }

        /** The first day on or after {@code day} with a free time. */
        Optional<LocalDate> firstFrom(LocalDate day) {
            int at = bits.nextSetBit((int) Math.max(0, day.toEpochDay() - firstEpochDay));
            return at < 0 ? Optional.empty() : Optional.of(LocalDate.ofEpochDay(firstEpochDay + at));
        }

        /** Whether a day from {@code from} to {@code until} (both included) has a free time. */
        boolean anyIn(LocalDate from, LocalDate until) {
            return firstFrom(from).filter(day -> !day.isAfter(until)).isPresent();
        }

        /** These days' bits as the free times read for them say (a day taken up since, or freed). */
        FreeDays correct(LocalDate from, LocalDate until, FreeTimes read) {
            long base = isEmpty() ? from.toEpochDay() : Math.min(firstEpochDay, from.toEpochDay());
            BitSet corrected = new BitSet();
            bits.stream().forEach(bit -> corrected.set((int) (firstEpochDay + bit - base)));
            corrected.clear((int) (from.toEpochDay() - base), (int) (until.toEpochDay() - base) + 1);
            read.forEachDay(day -> corrected.set((int) (day - base)));
            return new FreeDays(base, corrected);
        }
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

        /** The free times of the days {@code from} to {@code until}, both included, soonest first. */
        List<BookableSlot> within(LocalDate from, LocalDate until) {
            List<BookableSlot> slots = new ArrayList<>();
            for (int i = firstIndexFrom(from); i < packed.length && epochDay(i) <= until.toEpochDay(); i++) {
                slots.add(slot(i));
            }
            return slots;
        }

        /** Each day with a free time, as its epoch day, once, in order. */
        void forEachDay(LongConsumer action) {
            long previous = Long.MIN_VALUE;
            for (int i = 0; i < packed.length; i++) {
                long day = epochDay(i);
                if (day != previous) {
                    action.accept(day);
                    previous = day;
                }
            }
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
