package app.praxis.appointment;

import static org.assertj.core.api.Assertions.assertThat;

import app.praxis.appointment.NamedPatientReasonPages.Weeks;
import app.praxis.appointment.PatientNamePairs.Span;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * How a name's reason order splits its days (round 37): the weeks read from the kept rows, the days counted and added,
 * and the days counted and taken out of a week read whole. 2026-11-30 is a Monday.
 */
class ReasonWeeksTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 30);

    private static Span days(LocalDate low, LocalDate high) {
        return new Span(null, null, low, high);
    }

    @Test
    void wholeWeeksAreReadWholeWithNothingCounted() {
        assertThat(Weeks.within(MONDAY, MONDAY.plusDays(13)))
                .isEqualTo(new Weeks(true, MONDAY, MONDAY.plusDays(13), List.of(), List.of()));
    }

    @Test
    void aCutWeekWithMoreDaysOutsideTheRangeIsCountedOverItsDaysWithin() {
        // Friday to the second Tuesday: three days of the first week, two of the last
        var weeks = Weeks.within(MONDAY.plusDays(4), MONDAY.plusDays(15));
        assertThat(weeks)
                .isEqualTo(new Weeks(
                        true,
                        MONDAY.plusWeeks(1),
                        MONDAY.plusDays(13),
                        List.of(
                                days(MONDAY.plusDays(4), MONDAY.plusDays(6)),
                                days(MONDAY.plusDays(14), MONDAY.plusDays(15))),
                        List.of()));
    }

    @Test
    void aCutWeekWithMoreDaysWithinTheRangeIsReadWholeLessItsDaysOutside() {
        // the last 30 days to Wednesday 2 December: Tuesday 3 November is six days of its week, the last week three
        var weeks = Weeks.within(LocalDate.of(2026, 11, 3), LocalDate.of(2026, 12, 2));
        assertThat(weeks)
                .isEqualTo(new Weeks(
                        true,
                        LocalDate.of(2026, 11, 2),
                        LocalDate.of(2026, 11, 29),
                        List.of(days(MONDAY, LocalDate.of(2026, 12, 2))),
                        List.of(days(LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 2)))));
        // Thursday to the second Friday: four days of each cut week within the range
        assertThat(Weeks.within(MONDAY.plusDays(3), MONDAY.plusDays(11)))
                .isEqualTo(new Weeks(
                        true,
                        MONDAY,
                        MONDAY.plusDays(13),
                        List.of(),
                        List.of(days(MONDAY, MONDAY.plusDays(2)), days(MONDAY.plusDays(12), MONDAY.plusDays(13)))));
    }

    @Test
    void daysWithinOneWeekAreCountedOrTheWeekReadLessItsOtherDays() {
        assertThat(Weeks.within(MONDAY.plusDays(1), MONDAY.plusDays(3)))
                .isEqualTo(
                        new Weeks(false, null, null, List.of(days(MONDAY.plusDays(1), MONDAY.plusDays(3))), List.of()));
        assertThat(Weeks.within(MONDAY.plusDays(1), MONDAY.plusDays(5)))
                .isEqualTo(new Weeks(
                        true,
                        MONDAY,
                        MONDAY.plusDays(6),
                        List.of(),
                        List.of(days(MONDAY, MONDAY), days(MONDAY.plusDays(6), MONDAY.plusDays(6)))));
    }

    @Test
    void anOpenEndReadsEveryWeekOnThatSide() {
        assertThat(Weeks.within(MONDAY.plusDays(5), null))
                .isEqualTo(new Weeks(
                        true,
                        MONDAY.plusWeeks(1),
                        null,
                        List.of(days(MONDAY.plusDays(5), MONDAY.plusDays(6))),
                        List.of()));
        assertThat(Weeks.within(null, MONDAY.plusDays(3)))
                .isEqualTo(new Weeks(
                        true,
                        null,
                        MONDAY.plusDays(6),
                        List.of(),
                        List.of(days(MONDAY.plusDays(4), MONDAY.plusDays(6)))));
    }
}
