package app.praxis.appointment.ui;

import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.shared.Registration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.json.JsonWriteFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The free-time picker drawn in the browser as one element ({@code frontend/slots/praxis-slot-week.js}): the week's
 * navigation (earlier, later, next free time, the range shown), the days side by side with their times, a slot error
 * and the empty text; on a doctor's page also the booking under it (heading, reason field with its message, "Book",
 * the waitlist link), which sends the reason as typed when "Book" is clicked. The server sends the constant texts
 * once and each week shown as one JSON string, and hears back, as calls of its client-callable methods (no DOM event
 * listener kept per page: issue 18, round 28), a chosen slot's id, a move of the week and the booking's reason. As
 * server-side components each time, button, icon and span kept its own state node, listeners and theme list (about
 * 1 KB each, issue 18: memory per session); here they are string properties. The buttons in the browser are Lumo's
 * {@code <vaadin-button>}s, reachable by keyboard, the times with the full date and time as their accessible name and
 * {@code aria-pressed} on the chosen one.
 */
@Tag("praxis-slot-week")
@JsModule("./slots/praxis-slot-week.js")
class SlotWeek extends Component implements HasStyle, HasSize {

    /**
     * Everything beyond ASCII (€, –, ★, ·) written as JSON's six-character escape (a backslash, u, four hex digits), which the browser's
     * {@code JSON.parse} reads back: the property's string then holds only Latin-1 characters, which the JVM stores
     * at one byte a character instead of two (a single € made the whole string two bytes a character; issue 18:
     * the string stays in the session's memory while the page is open).
     */
    private static final JsonMapper JSON =
            JsonMapper.builder().enable(JsonWriteFeature.ESCAPE_NON_ASCII).build();

    /**
     * One free time as shown: the slot's id, its time ("09:00") and what a screen reader says (the day's label and the
     * time, "Wed 2 Dec 2026, 09:00": composed by the browser from the day's label, so it is not sent per time; when
     * the server sets a week, the label given here is not used).
     */
    record Time(long id, String text, String label) {}

    /**
     * One day's column: its date, header lines, its full label ("Wed 2 Dec 2026": the times' accessible names and
     * what is said when the day has no free time start with it), what is said when it has none (composed by the
     * browser from the constant text, so not sent; read back as shown) and its times.
     */
    record Day(LocalDate date, String weekday, String dayMonth, String label, String none, List<Time> times) {}

    /**
     * The picker's constant texts, sent once: the navigation's names, the grid's label, the empty text, and what is
     * said for a day without a free time ("No free times on {0}", {0} the day's label).
     */
    record Texts(String earlier, String later, String nextFree, String label, String none, String noneOn) {}

    /**
     * The booking under the picker on a doctor's page, sent once: the heading above the picker, the reason field's
     * label, helper text and maximum length, the button's text, and the waitlist link with its address. Not set for
     * the reschedule dialog, which has its own reason and button.
     */
    record Booking(
            String heading,
            String reason,
            String helper,
            int maxLength,
            String book,
            String waitlist,
            String waitlistHref) {}

    /** The week's navigation: which of its three buttons may be used. */
    record Navigation(boolean previous, boolean next, boolean nextFree) {}

    /** The week's moves, as the browser names them when it calls {@link #weekMoved}. */
    static final String PREVIOUS = "previous";

    static final String NEXT = "next";

    static final String NEXT_FREE = "next-free";

    private static final String NO_WEEK =
            "{\"days\":[],\"range\":\"\",\"count\":7,\"nav\":[false,false,false],\"empty\":true}";

    SlotWeek() {
        getElement().setProperty("week", NO_WEEK);
        getElement().setProperty("selected", -1);
    }

    /** The constant texts (sent again only when one changes, e.g. why a doctor has no free times). */
    void setTexts(Texts texts) {
        ObjectNode json = JsonNodeFactory.instance
                .objectNode()
                .put("earlier", texts.earlier())
                .put("later", texts.later())
                .put("nextFree", texts.nextFree())
                .put("label", texts.label())
                .put("none", texts.none())
                .put("noneOn", texts.noneOn());
        getElement().setProperty("texts", JSON.writeValueAsString(json));
    }

    Texts texts() {
        JsonNode json = JSON.readTree(getElement().getProperty("texts", "{}"));
        return new Texts(
                json.path("earlier").asString(""),
                json.path("later").asString(""),
                json.path("nextFree").asString(""),
                json.path("label").asString(""),
                json.path("none").asString(""),
                json.path("noneOn").asString(""));
    }

    /**
     * The booking drawn under the picker (a doctor's page): its heading, reason field, button and waitlist link, in
     * one JSON string sent once. A click on the button calls {@link #bookClicked} with the reason as typed.
     */
    void setBooking(Booking booking) {
        getElement().setProperty("booking", JSON.writeValueAsString(booking));
    }

    /** The booking's texts as sent, if this picker offers the booking. */
    Optional<Booking> booking() {
        String json = getElement().getProperty("booking", "");
        return json.isEmpty() ? Optional.empty() : Optional.of(JSON.readValue(json, Booking.class));
    }

    /** The reason field's message, shown next to it ("" for none). */
    void setReasonError(String message) {
        getElement().setProperty("reasonError", message);
    }

    String reasonError() {
        return getElement().getProperty("reasonError", "");
    }

    /** No free times: the navigation and the grid are hidden and the empty text shows. */
    void setEmpty() {
        getElement().setProperty("week", NO_WEEK);
        getElement().setProperty("selected", -1);
    }

    /** Shows these days, {@code range} above them ("2 Dec – 8 Dec"); nothing is chosen afterwards. */
    void setDays(List<Day> days, String range, Navigation navigation) {
        ObjectNode week = JsonNodeFactory.instance.objectNode();
        week.put("range", range).put("count", days.size()).put("empty", false);
        week.putArray("nav").add(navigation.previous()).add(navigation.next()).add(navigation.nextFree());
        ArrayNode columns = week.putArray("days");
        for (Day day : days) {
            ObjectNode column = columns.addObject()
                    .put("date", day.date().toString())
                    .put("weekday", day.weekday())
                    .put("dayMonth", day.dayMonth())
                    .put("label", day.label());
            ArrayNode times = column.putArray("times");
            for (Time time : day.times()) {
                times.addArray().add(time.id()).add(time.text());
            }
        }
        getElement().setProperty("week", JSON.writeValueAsString(week));
        getElement().setProperty("selected", -1);
    }

    private JsonNode week() {
        return JSON.readTree(getElement().getProperty("week", NO_WEEK));
    }

    /** Whether the empty text shows instead of the navigation and the grid. */
    boolean isEmpty() {
        return week().path("empty").asBoolean(true);
    }

    /** The range shown above the days ("2 Dec – 8 Dec"), as sent. */
    String range() {
        return week().path("range").asString("");
    }

    /** Which of the navigation's buttons may be used, as sent. */
    Navigation navigation() {
        JsonNode nav = week().path("nav");
        return new Navigation(
                nav.path(0).asBoolean(false),
                nav.path(1).asBoolean(false),
                nav.path(2).asBoolean(false));
    }

    /** A slot error under the grid ("" for none). */
    void setError(String message) {
        getElement().setProperty("error", message);
    }

    String error() {
        return getElement().getProperty("error", "");
    }

    /**
     * The days shown, read back from what was sent to the browser (tests and the picker read it), with each time's
     * accessible name and each day's "no free times" text composed as the browser composes them.
     */
    List<Day> days() {
        JsonNode week = week();
        String noneOn = texts().noneOn();
        List<Day> days = new ArrayList<>();
        for (JsonNode column : week.get("days")) {
            String label = column.get("label").asString();
            List<Time> times = new ArrayList<>();
            for (JsonNode time : column.get("times")) {
                String text = time.get(1).asString();
                times.add(new Time(time.get(0).asLong(), text, timeLabel(label, text)));
            }
            days.add(new Day(
                    LocalDate.parse(column.get("date").asString()),
                    column.get("weekday").asString(),
                    column.get("dayMonth").asString(),
                    label,
                    noneOn.replace("{0}", label),
                    times));
        }
        return days;
    }

    /** A time's accessible name, as the browser composes it: the day's label and the time ("Wed 2 Dec 2026, 09:00"). */
    static String timeLabel(String dayLabel, String time) {
        return dayLabel + ", " + time;
    }

    /** The times shown, day by day. */
    List<Time> times() {
        return days().stream().flatMap(day -> day.times().stream()).toList();
    }

    /** Marks this slot as chosen (-1: none). */
    void setSelected(long slotId) {
        getElement().setProperty("selected", slotId);
    }

    long selected() {
        return (long) getElement().getProperty("selected", -1.0);
    }

    Registration addChosenListener(ComponentEventListener<ChosenEvent> listener) {
        return addListener(ChosenEvent.class, listener);
    }

    /** A time was clicked in the browser ({@code this.$server.timeChosen(id)}): its slot's id as sent. */
    @ClientCallable
    void timeChosen(@Nullable String slotId) {
        ComponentUtil.fireEvent(this, new ChosenEvent(this, true, String.valueOf(slotId)));
    }

    /** What a click on a time in the browser does, for tests without a browser: the same call. */
    void click(long slotId) {
        timeChosen(String.valueOf(slotId));
    }

    Registration addMoveListener(ComponentEventListener<MoveEvent> listener) {
        return addListener(MoveEvent.class, listener);
    }

    /**
     * What a click on the navigation in the browser does, for tests without a browser: the same event, from the
     * client, sent only if the button may be used (a disabled button sends nothing in the browser).
     */
    void move(String to) {
        Navigation navigation = navigation();
        boolean enabled = !isEmpty()
                && switch (to) {
                    case PREVIOUS -> navigation.previous();
                    case NEXT -> navigation.next();
                    case NEXT_FREE -> navigation.nextFree();
                    default -> true;
                };
        if (enabled) {
            weekMoved(to);
        }
    }

    /** A button of the week's navigation was clicked in the browser ({@code this.$server.weekMoved(to)}). */
    @ClientCallable
    void weekMoved(@Nullable String to) {
        ComponentUtil.fireEvent(this, new MoveEvent(this, true, String.valueOf(to)));
    }

    Registration addBookListener(ComponentEventListener<BookEvent> listener) {
        return addListener(BookEvent.class, listener);
    }

    /**
     * What a click on "Book" in the browser does, for tests without a browser: the same event with the reason as
     * typed, sent only if this picker offers the booking.
     */
    void book(String reason) {
        if (booking().isPresent()) {
            bookClicked(reason);
        }
    }

    /** "Book" was clicked in the browser ({@code this.$server.bookClicked(reason)}), with the reason as typed. */
    @ClientCallable
    void bookClicked(@Nullable String reason) {
        ComponentUtil.fireEvent(this, new BookEvent(this, true, reason == null ? "" : reason));
    }

    /** "Book" was clicked in the browser: the reason as typed (checked by the booking service). */
    public static class BookEvent extends ComponentEvent<SlotWeek> {

        private final String reason;

        BookEvent(SlotWeek source, boolean fromClient, String reason) {
            super(source, fromClient);
            this.reason = reason;
        }

        String reason() {
            return reason;
        }
    }

    /** A button of the week's navigation was clicked in the browser: previous, next or next-free as sent. */
    public static class MoveEvent extends ComponentEvent<SlotWeek> {

        private final String to;

        MoveEvent(SlotWeek source, boolean fromClient, String to) {
            super(source, fromClient);
            this.to = to;
        }

        String to() {
            return to;
        }
    }

    /** A time was clicked in the browser: its slot's id as sent (checked against the times shown by the listener). */
    public static class ChosenEvent extends ComponentEvent<SlotWeek> {

        private final String slotId;

        ChosenEvent(SlotWeek source, boolean fromClient, String slotId) {
            super(source, fromClient);
            this.slotId = slotId;
        }

        String slotId() {
            return slotId;
        }
    }
}
