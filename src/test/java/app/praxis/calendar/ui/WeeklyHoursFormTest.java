package app.praxis.calendar.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.praxis.availability.WeeklyHours;
import app.praxis.availability.WeeklyInterval;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WeeklyHoursFormTest {

    private static final LocalDate FROM = LocalDate.of(2030, 1, 7);

    final WeeklyHoursForm form = new WeeklyHoursForm();

    @Test
    void showsTheHoursItIsGivenAndReturnsThemUnchanged() {
        var hours = new WeeklyHours(
                List.of(
                        new WeeklyInterval(DayOfWeek.MONDAY, time("09:00"), time("12:00")),
                        new WeeklyInterval(DayOfWeek.MONDAY, time("14:00"), time("17:30")),
                        new WeeklyInterval(DayOfWeek.FRIDAY, time("08:00"), time("11:00"))),
                20,
                5,
                FROM,
                FROM.plusMonths(3));

        form.setValue(hours);

        assertThat(form.day(DayOfWeek.MONDAY).intervals).hasSize(2);
        assertThat(form.day(DayOfWeek.TUESDAY).intervals).isEmpty();
        assertThat(form.getValue()).isEqualTo(hours);
    }

    @Test
    void addingAndRemovingIntervalsChangesWhatIsSaved() {
        form.setValue(new WeeklyHours(List.of(), 30, 0, FROM, null));
        var saved = new ArrayList<WeeklyHours>();
        form.addSaveListener(event -> saved.add(event.hours()));

        form.day(DayOfWeek.TUESDAY).add.click();
        form.day(DayOfWeek.TUESDAY).add.click();
        var second = form.day(DayOfWeek.TUESDAY).intervals.get(1);
        second.start.setValue(time("13:00"));
        second.end.setValue(time("16:00"));
        form.day(DayOfWeek.TUESDAY).intervals.getFirst().remove.click();
        form.save.click();

        assertThat(saved)
                .singleElement()
                .extracting(WeeklyHours::intervals)
                .isEqualTo(List.of(new WeeklyInterval(DayOfWeek.TUESDAY, time("13:00"), time("16:00"))));
    }

    @Test
    void theServicesMessagesAppearNextToTheirFields() {
        form.setValue(new WeeklyHours(
                List.of(
                        new WeeklyInterval(DayOfWeek.MONDAY, time("09:00"), time("12:00")),
                        new WeeklyInterval(DayOfWeek.WEDNESDAY, time("12:00"), time("10:00"))),
                30,
                0,
                FROM,
                null));
        form.getValue();

        Map<String, String> unshown = form.showErrors(Map.of(
                "slotMinutes",
                "Between 10 and 120 minutes",
                WeeklyHours.intervalField(1),
                "The end must be after the start",
                "elsewhere",
                "Something else"));

        assertThat(form.slotMinutes.isInvalid()).isTrue();
        assertThat(form.slotMinutes.getErrorMessage()).isEqualTo("Between 10 and 120 minutes");
        var wednesday = form.day(DayOfWeek.WEDNESDAY).intervals.getFirst();
        assertThat(wednesday.end.isInvalid()).isTrue();
        assertThat(wednesday.end.getErrorMessage()).isEqualTo("The end must be after the start");
        assertThat(form.day(DayOfWeek.MONDAY).intervals.getFirst().end.isInvalid())
                .isFalse();
        assertThat(unshown).containsOnlyKeys("elsewhere");
    }

    private static LocalTime time(String text) {
        return LocalTime.parse(text);
    }
}
