package app.praxis.chat.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.praxis.base.Formats;
import app.praxis.base.Language;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.Test;

class ChatTimesTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    static String hhmm(Clock clock) {
        return DateTimeFormatter.ofPattern("HH:mm").format(clock.instant().atZone(clock.getZone()));
    }

    private static Instant berlin(String wallClock) {
        return LocalDateTime.parse(wallClock).atZone(BERLIN).toInstant();
    }

    @Test
    void daysAreTodayYesterdayOrADateInTheClinicsZone() {
        var times =
                new ChatTimes(BERLIN, berlin("2026-12-02T00:30"), Formats.of(Language.ENGLISH), "Today", "Yesterday");

        assertThat(times.dayLabel(times.dayOf(berlin("2026-12-02T00:05")))).isEqualTo("Today");
        // 23:50 UTC on the 1st is already the 2nd in Berlin
        assertThat(times.dayLabel(times.dayOf(Instant.parse("2026-12-01T23:50:00Z"))))
                .isEqualTo("Today");
        assertThat(times.dayLabel(times.dayOf(berlin("2026-12-01T23:59")))).isEqualTo("Yesterday");
        assertThat(times.dayLabel(times.dayOf(berlin("2026-11-30T12:00")))).isEqualTo("Mon 30 Nov 2026");
        assertThat(times.when(berlin("2026-12-02T00:10"))).isEqualTo("00:10");
        assertThat(times.when(berlin("2026-12-01T18:45"))).isEqualTo("Yesterday 18:45");
    }

    @Test
    void inGermanDaysFollowGermanFormats() {
        var times = new ChatTimes(BERLIN, berlin("2026-12-02T09:00"), Formats.of(Language.GERMAN), "Heute", "Gestern");

        assertThat(times.dayLabel(times.dayOf(berlin("2026-11-30T12:00")))).isEqualTo("Mo., 30. Nov. 2026");
        assertThat(times.when(berlin("2026-12-01T18:45"))).isEqualTo("Gestern 18:45");
        assertThat(times.when(berlin("2026-11-30T08:05"))).isEqualTo("Mo., 30. Nov. 2026 08:05");
    }
}
