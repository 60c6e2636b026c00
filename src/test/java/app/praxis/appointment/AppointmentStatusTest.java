package app.praxis.appointment;

import static org.assertj.core.api.Assertions.assertThat;

import app.praxis.base.Language;
import app.praxis.base.TestTexts;
import app.praxis.base.Texts;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

class AppointmentStatusTest {

    @Test
    void onlyAScheduledAppointmentMovesOnAndOnlyToAFinalState() {
        assertThat(AppointmentStatus.SCHEDULED.canBecome(AppointmentStatus.COMPLETED))
                .isTrue();
        assertThat(AppointmentStatus.SCHEDULED.canBecome(AppointmentStatus.NO_SHOW))
                .isTrue();
        assertThat(AppointmentStatus.SCHEDULED.canBecome(AppointmentStatus.CANCELLED))
                .isTrue();
        assertThat(AppointmentStatus.SCHEDULED.canBecome(AppointmentStatus.SCHEDULED))
                .isFalse();
        for (AppointmentStatus done : new AppointmentStatus[] {
            AppointmentStatus.COMPLETED, AppointmentStatus.CANCELLED, AppointmentStatus.NO_SHOW
        }) {
            for (AppointmentStatus next : AppointmentStatus.values()) {
                assertThat(done.canBecome(next)).as("%s -> %s", done, next).isFalse();
            }
            assertThat(done.isLive()).isFalse();
        }
    }

    @Test
    void theRulesDescribeThemselvesAndDrawTheWindow() {
        var rules = new BookingRules(Duration.ofHours(2), Period.ofWeeks(8), Duration.ofMinutes(90), 1000);
        ZonedDateTime now = LocalDateTime.of(2026, 3, 2, 9, 0).atZone(ZoneId.of("Europe/Berlin"));

        Texts texts = TestTexts.create(); // outside a page: English
        assertThat(BookingRules.describe(rules.minimumNotice(), texts)).isEqualTo("2 hours");
        assertThat(BookingRules.describe(rules.cancellationCutoff(), texts)).isEqualTo("90 minutes");
        assertThat(BookingRules.describe(rules.horizon(), texts)).isEqualTo("8 weeks");
        assertThat(BookingRules.describe(Duration.ofHours(1), texts)).isEqualTo("1 hour");
        assertThat(texts.get(Language.GERMAN, "appointment.duration.weeks", 8)).isEqualTo("8 Wochen");
        assertThat(texts.get(Language.GERMAN, "appointment.duration.hours", 1)).isEqualTo("1 Stunde");
        assertThat(rules.earliestStart(now)).isEqualTo(now.toLocalDateTime().plusHours(2));
        assertThat(rules.lastDay(now)).isEqualTo(now.toLocalDate().plusWeeks(8));
        assertThat(rules.patientMayChange(now.toLocalDateTime().plusMinutes(90), now))
                .isTrue();
        assertThat(rules.patientMayChange(now.toLocalDateTime().plusMinutes(89), now))
                .isFalse();
    }
}
