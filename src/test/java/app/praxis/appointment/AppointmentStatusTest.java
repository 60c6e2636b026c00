package app.praxis.appointment;

import static org.assertj.core.api.Assertions.assertThat;

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

        assertThat(BookingRules.describe(rules.minimumNotice())).isEqualTo("2 hours");
        assertThat(BookingRules.describe(rules.cancellationCutoff())).isEqualTo("90 minutes");
        assertThat(BookingRules.describe(rules.horizon())).isEqualTo("8 weeks");
        assertThat(rules.earliestStart(now)).isEqualTo(now.toLocalDateTime().plusHours(2));
        assertThat(rules.lastDay(now)).isEqualTo(now.toLocalDate().plusWeeks(8));
        assertThat(rules.patientMayChange(now.toLocalDateTime().plusMinutes(90), now))
                .isTrue();
        assertThat(rules.patientMayChange(now.toLocalDateTime().plusMinutes(89), now))
                .isFalse();
    }
}
