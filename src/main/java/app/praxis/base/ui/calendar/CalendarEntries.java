package app.praxis.base.ui.calendar;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** Entries as FullCalendar's event objects: ISO wall-clock times without offset (the element runs in UTC mode). */
final class CalendarEntries {

    private static final DateTimeFormatter WALL_CLOCK = DateTimeFormatter.ISO_LOCAL_DATE_TIME;

    private CalendarEntries() {}

    static ArrayNode toJson(List<CalendarEntry> entries) {
        ArrayNode array = JsonNodeFactory.instance.arrayNode(entries.size());
        for (CalendarEntry entry : entries) {
            ObjectNode event = array.addObject()
                    .put("id", entry.id())
                    .put("title", entry.title())
                    .put("start", format(entry.start()))
                    .put("end", format(entry.end()))
                    .put("editable", entry.editable());
            if (entry.background()) {
                event.put("display", "background");
            }
            if (entry.allDay()) {
                event.put("allDay", true)
                        .put("start", entry.start().toLocalDate().toString())
                        .put("end", entry.end().toLocalDate().toString());
            }
            if (entry.className() != null) {
                event.put("classNames", entry.className());
            }
        }
        return array;
    }

    private static String format(LocalDateTime time) {
        return WALL_CLOCK.format(time.withNano(0));
    }
}
