package app.praxis.chat.ui;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How the chat writes days and times: in the clinic's zone, "Today", "Yesterday" or a date. */
final class ChatTimes {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);

    private final ZoneId zone;
    private final LocalDate today;

    ChatTimes(ZoneId zone, Instant now) {
        this.zone = zone;
        this.today = LocalDate.ofInstant(now, zone);
    }

    LocalDate dayOf(Instant instant) {
        return LocalDate.ofInstant(instant, zone);
    }

    String dayLabel(LocalDate day) {
        if (day.equals(today)) {
            return "Today";
        }
        if (day.equals(today.minusDays(1))) {
            return "Yesterday";
        }
        return DAY.format(day);
    }

    String time(Instant instant) {
        return TIME.format(instant.atZone(zone));
    }

    /** A time of today as "14:05", of another day as "Yesterday 14:05" or "Mon 30 Nov 2026 14:05". */
    String when(Instant instant) {
        LocalDate day = dayOf(instant);
        return day.equals(today) ? time(instant) : dayLabel(day) + " " + time(instant);
    }
}
