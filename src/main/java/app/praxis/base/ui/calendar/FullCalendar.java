package app.praxis.base.ui.calendar;

import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import com.vaadin.flow.function.SerializableBiFunction;
import com.vaadin.flow.shared.Registration;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.ArrayNode;

/**
 * A week/day/month calendar (FullCalendar 6) with a typed Java API. The server owns the state: which view and
 * date are shown and which entries exist; the browser reports what the user did by calling the client-callable
 * methods, which fire the events. Times are wall-clock times of one zone (the caller's), weeks start on Monday.
 *
 * <p>The entries are not kept here (issue 18: a week's JSON held as an element property stayed in every session's
 * memory): the browser asks the {@linkplain #setEntrySource entry source} for the days it first shows and when
 * {@link #refreshEntries()} says the entries changed, and the server sends the new days' entries with the response
 * that shows other days. Both are sent once and are not part of the component's state.
 */
@Tag("praxis-full-calendar")
@NpmPackage(value = "@fullcalendar/core", version = FullCalendar.VERSION)
@NpmPackage(value = "@fullcalendar/daygrid", version = FullCalendar.VERSION)
@NpmPackage(value = "@fullcalendar/timegrid", version = FullCalendar.VERSION)
@NpmPackage(value = "@fullcalendar/interaction", version = FullCalendar.VERSION)
@JsModule("./calendar/praxis-full-calendar.js")
public class FullCalendar extends Component implements HasSize, HasStyle {

    static final String VERSION = "6.1.20";

    /**
     * The most days the browser may ask entries for at once: a month view's six weeks (anything longer is no view of
     * this calendar and is answered with nothing).
     */
    static final int MAX_FETCH_DAYS = 42;

    private CalendarViewType viewType = CalendarViewType.WEEK;
    private LocalDate date;
    private SerializableBiFunction<DateRange, CalendarViewType, List<CalendarEntry>> entrySource =
            (range, type) -> List.of();

    /** Shows the week of {@code date}; {@code now} is the current wall-clock time the now-indicator starts from. */
    public FullCalendar(LocalDate date, LocalDateTime now) {
        this.date = date;
        getElement().getStyle().set("display", "block");
        setHeight("40rem");
        getElement().setProperty("view", viewType.clientName());
        getElement().setProperty("date", date.toString());
        // Day headers in the page's language ("Mon 30 Nov", "Mo., 30. Nov.").
        getElement().setProperty("locale", getLocale().toLanguageTag());
        setNow(now);
    }

    /**
     * Where the entries come from: called with the days the browser shows (and the current view type) each time it
     * needs them. Its answer goes to the browser as it is; whatever the user does with an entry comes back as an
     * event naming the entry's id, which the listener must check again (the browser's copy is not to be trusted).
     * Set it before the calendar is shown; afterwards, {@link #refreshEntries()} when the entries change.
     */
    public void setEntrySource(SerializableBiFunction<DateRange, CalendarViewType, List<CalendarEntry>> entrySource) {
        this.entrySource = entrySource;
    }

    /**
     * The entries changed: the browser asks the entry source again for the days it shows. Not needed when the days
     * shown change (the browser asks for new days itself) nor before the calendar is first shown.
     */
    public void refreshEntries() {
        // Guarded: the element's class may not be loaded yet (its code is a lazy chunk); it fetches when it starts.
        getElement().executeJs("if (this.refetch) { this.refetch(); }");
    }

    /**
     * The entries of the visible days, asked from the entry source now (nothing is kept): what the browser gets when
     * it asks next.
     */
    public List<CalendarEntry> getEntries() {
        return entrySource.apply(getVisibleRange(), viewType);
    }

    /**
     * Other days are shown: their entries go with the same response (a JavaScript call, not kept), so the browser
     * need not ask for them in a request of its own (issue 18: the calendar's week kept to its round trips). Before
     * the calendar is shown it asks for its first days itself.
     */
    private void sendVisibleEntries() {
        if (!isAttached()) {
            return;
        }
        DateRange range = getVisibleRange();
        getElement()
                .executeJs(
                        "if (this.entriesFor) { this.entriesFor($0, $1, $2); }",
                        range.start().toString(),
                        range.endExclusive().toString(),
                        CalendarEntries.toJson(entrySource.apply(range, viewType)));
    }

    /**
     * The browser's request for the entries of the days [start, end) (ISO dates): answered from the entry source,
     * or with nothing for days that are no view of this calendar.
     */
    @ClientCallable
    public ArrayNode fetchEntries(String start, String end) {
        try {
            var range = new DateRange(LocalDate.parse(start), LocalDate.parse(end));
            long days = ChronoUnit.DAYS.between(range.start(), range.endExclusive());
            if (days < 1 || days > MAX_FETCH_DAYS) {
                return CalendarEntries.toJson(List.of());
            }
            return CalendarEntries.toJson(entrySource.apply(range, viewType));
        } catch (DateTimeParseException e) {
            return CalendarEntries.toJson(List.of());
        }
    }

    public void setViewType(CalendarViewType viewType) {
        if (this.viewType != viewType) {
            this.viewType = viewType;
            getElement().setProperty("view", viewType.clientName());
            fireEvent(new VisibleRangeChangedEvent(this, getVisibleRange()));
            sendVisibleEntries();
        }
    }

    public CalendarViewType getViewType() {
        return viewType;
    }

    public void setDate(LocalDate date) {
        if (!this.date.equals(date)) {
            DateRange before = getVisibleRange();
            this.date = date;
            getElement().setProperty("date", date.toString());
            if (!before.equals(getVisibleRange())) {
                fireEvent(new VisibleRangeChangedEvent(this, getVisibleRange()));
                sendVisibleEntries();
            }
        }
    }

    public LocalDate getDate() {
        return date;
    }

    /** One day, week or month ahead, as the view type says. */
    public void next() {
        setDate(step(1));
    }

    public void previous() {
        setDate(step(-1));
    }

    /** The word of a month day's "+2 more" link, in the page's language. */
    public void setMoreLinkText(String text) {
        getElement().setProperty("moreText", text);
    }

    /** Lets the user select empty time with the mouse (or a long press), reported as {@link RangeSelectedEvent}. */
    public void setSelectable(boolean selectable) {
        getElement().setProperty("selectable", selectable);
    }

    /** The current wall-clock time; the now-indicator keeps moving from it in the browser. */
    public void setNow(LocalDateTime now) {
        getElement().setProperty("now", DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(now.withNano(0)));
    }

    /** The days the current view type shows around the current date. */
    public DateRange getVisibleRange() {
        return switch (viewType) {
            case DAY -> new DateRange(date, date.plusDays(1));
            case WEEK -> {
                LocalDate monday = date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                yield new DateRange(monday, monday.plusWeeks(1));
            }
            case MONTH -> {
                // FullCalendar's month grid always shows six whole weeks, starting with the week of the 1st.
                LocalDate first = date.withDayOfMonth(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                yield new DateRange(first, first.plusWeeks(6));
            }
        };
    }

    public Registration addVisibleRangeChangedListener(ComponentEventListener<VisibleRangeChangedEvent> listener) {
        return addListener(VisibleRangeChangedEvent.class, listener);
    }

    public Registration addRangeSelectedListener(ComponentEventListener<RangeSelectedEvent> listener) {
        return addListener(RangeSelectedEvent.class, listener);
    }

    public Registration addEntryChangedListener(ComponentEventListener<EntryChangedEvent> listener) {
        return addListener(EntryChangedEvent.class, listener);
    }

    public Registration addEntryClickedListener(ComponentEventListener<EntryClickedEvent> listener) {
        return addListener(EntryClickedEvent.class, listener);
    }

    public Registration addDateClickedListener(ComponentEventListener<DateClickedEvent> listener) {
        return addListener(DateClickedEvent.class, listener);
    }

    /** The browser's report of a span the user selected ({@code $server.rangeSelected}). */
    @ClientCallable
    void rangeSelected(@Nullable String start, @Nullable String end, boolean allDay) {
        if (start != null && end != null) {
            fireFromBrowser(() -> new RangeSelectedEvent(this, true, start, end, allDay));
        }
    }

    /** The browser's report of an entry dragged or resized, already put back ({@code $server.entryChanged}). */
    @ClientCallable
    void entryChanged(@Nullable String entryId, @Nullable String start, @Nullable String end) {
        if (entryId != null && start != null && end != null) {
            fireFromBrowser(() -> new EntryChangedEvent(this, true, entryId, start, end));
        }
    }

    /** The browser's report of an entry clicked ({@code $server.entryClicked}). */
    @ClientCallable
    void entryClicked(@Nullable String entryId, @Nullable String start) {
        if (entryId != null && start != null) {
            fireFromBrowser(() -> new EntryClickedEvent(this, true, entryId, start));
        }
    }

    /** The browser's report of an empty point in time clicked ({@code $server.dateClicked}). */
    @ClientCallable
    void dateClicked(@Nullable String dateTime, boolean allDay) {
        if (dateTime != null) {
            fireFromBrowser(() -> new DateClickedEvent(this, true, dateTime, allDay));
        }
    }

    /**
     * Fires what the browser reported. The browser calls these methods instead of dispatching DOM events, so the
     * server keeps no listener for them per calendar (issue 18, round 28); a call without its values or whose times
     * do not parse (no calendar sends one) is dropped.
     */
    private void fireFromBrowser(Supplier<ComponentEvent<FullCalendar>> event) {
        ComponentEvent<FullCalendar> reported;
        try {
            reported = event.get();
        } catch (DateTimeParseException notATime) {
            return;
        }
        fireEvent(reported);
    }

    private LocalDate step(int direction) {
        return switch (viewType) {
            case DAY -> date.plusDays(direction);
            case WEEK -> date.plusWeeks(direction);
            case MONTH -> date.plusMonths(direction);
        };
    }
}
