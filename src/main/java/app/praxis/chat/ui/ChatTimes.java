package app.praxis.chat.ui;

import app.praxis.base.Formats;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * How the chat writes days and times: in the clinic's zone, "Today", "Yesterday" or a date, in the page's language
 * ({@code todayLabel} and {@code yesterdayLabel} already translated).
 */
final class ChatTimes {

    private final ZoneId zone;
    private final LocalDate today;
    private final Formats formats;
    private final String todayLabel;
    private final String yesterdayLabel;

    ChatTimes(ZoneId zone, Instant now, Formats formats, String todayLabel, String yesterdayLabel) {
        this.zone = zone;
        this.today = LocalDate.ofInstant(now, zone);
        this.formats = formats;
        this.todayLabel = todayLabel;
        this.yesterdayLabel = yesterdayLabel;
    }

    LocalDate dayOf(Instant instant) {
        return LocalDate.ofInstant(instant, zone);
    }

    String dayLabel(LocalDate day) {
        if (day.equals(today)) {
            return todayLabel;
        }
        if (day.equals(today.minusDays(1))) {
            return yesterdayLabel;
        }
        return formats.day(day);
    }

    String time(Instant instant) {
        return formats.time(instant.atZone(zone).toLocalTime());
    }

    /** A time of today as "14:05", of another day as "Yesterday 14:05" or "Mon 30 Nov 2026 14:05". */
    String when(Instant instant) {
        LocalDate day = dayOf(instant);
        return day.equals(today) ? time(instant) : dayLabel(day) + " " + time(instant);
    }
}
