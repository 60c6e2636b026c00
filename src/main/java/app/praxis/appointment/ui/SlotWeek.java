package app.praxis.appointment.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.shared.Registration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.json.JsonWriteFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The free times of the days shown as one element, drawn in the browser ({@code frontend/slots/praxis-slot-week.js}):
 * the server sends the days and their times as one JSON string and hears back one event with the chosen slot's id.
 * A week of a busy doctor is about 150 times; as server-side buttons each kept its own component, element, listener
 * and theme list (about 1 KB each, issue 18: memory per session), here they are one string property. The buttons
 * in the browser are Lumo's {@code <vaadin-button>}s, reachable by keyboard, each with the full date and time as
 * its accessible name and {@code aria-pressed} on the chosen one.
 */
@Tag("praxis-slot-week")
@JsModule("./slots/praxis-slot-week.js")
class SlotWeek extends Component implements HasStyle {

    /**
     * Everything beyond ASCII (€, –, ★, ·) written as JSON's six-character escape (a backslash, u, four hex digits), which the browser's
     * {@code JSON.parse} reads back: the property's string then holds only Latin-1 characters, which the JVM stores
     * at one byte a character instead of two (a single € made the whole string two bytes a character; issue 18:
     * the string stays in the session's memory while the page is open).
     */
    private static final JsonMapper JSON =
            JsonMapper.builder().enable(JsonWriteFeature.ESCAPE_NON_ASCII).build();

    /** One free time as shown: the slot's id, its time ("09:00") and what a screen reader says. */
    record Time(long id, String text, String label) {}

    /** One day's column: its date, header lines, what is said when it has no free time, and its times. */
    record Day(LocalDate date, String weekday, String dayMonth, String none, List<Time> times) {}

    SlotWeek() {
        getElement().setProperty("week", "{\"days\":[]}");
        getElement().setProperty("selected", -1);
    }

    /** Shows these days; nothing is chosen afterwards. */
    void setDays(List<Day> days) {
        ObjectNode week = JsonNodeFactory.instance.objectNode();
        ArrayNode columns = week.putArray("days");
        for (Day day : days) {
            ObjectNode column = columns.addObject()
                    .put("date", day.date().toString())
                    .put("weekday", day.weekday())
                    .put("dayMonth", day.dayMonth())
                    .put("none", day.none());
            ArrayNode times = column.putArray("times");
            for (Time time : day.times()) {
                times.addArray().add(time.id()).add(time.text()).add(time.label());
            }
        }
        getElement().setProperty("week", JSON.writeValueAsString(week));
        getElement().setProperty("selected", -1);
    }

    /** The days shown, read back from what was sent to the browser (tests and the picker read it). */
    List<Day> days() {
        JsonNode week = JSON.readTree(getElement().getProperty("week", "{\"days\":[]}"));
        List<Day> days = new ArrayList<>();
        for (JsonNode column : week.get("days")) {
            List<Time> times = new ArrayList<>();
            for (JsonNode time : column.get("times")) {
                times.add(new Time(
                        time.get(0).asLong(),
                        time.get(1).asString(),
                        time.get(2).asString()));
            }
            days.add(new Day(
                    LocalDate.parse(column.get("date").asString()),
                    column.get("weekday").asString(),
                    column.get("dayMonth").asString(),
                    column.get("none").asString(),
                    times));
        }
        return days;
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

    /** What a click on a time in the browser does, for tests without a browser: the same event, from the client. */
    void click(long slotId) {
        ComponentUtil.fireEvent(this, new ChosenEvent(this, true, String.valueOf(slotId)));
    }

    /** A time was clicked in the browser: its slot's id as sent (checked against the times shown by the listener). */
    @DomEvent("slot-chosen")
    public static class ChosenEvent extends ComponentEvent<SlotWeek> {

        private final String slotId;

        public ChosenEvent(SlotWeek source, boolean fromClient, @EventData("event.detail.id") String slotId) {
            super(source, fromClient);
            this.slotId = slotId;
        }

        String slotId() {
            return slotId;
        }
    }
}
