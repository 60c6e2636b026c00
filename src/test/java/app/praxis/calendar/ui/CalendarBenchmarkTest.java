package app.praxis.calendar.ui;

import app.praxis.availability.AvailabilityService;
import app.praxis.availability.DoctorCalendar;
import app.praxis.availability.NewSlots;
import app.praxis.availability.SlotsRegenerated;
import app.praxis.availability.WeeklyHours;
import app.praxis.availability.WeeklyInterval;
import app.praxis.base.ui.calendar.FullCalendar;
import app.praxis.doctor.DoctorService;
import app.praxis.doctor.DoctorSummary;
import app.praxis.doctor.NewDoctor;
import app.praxis.security.Roles;
import app.praxis.support.IntegrationTest;
import app.praxis.support.SignIn;
import app.praxis.support.TestAccounts;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Server-side cost of the calendar: rendering a week of 300 slots (query, mapping, JSON for the element) and
 * regenerating 8 weeks of weekly slots. Prints figures (median and 95th percentile) and writes them to
 * target/benchmarks/calendar.txt; asserts nothing about time. Run with {@code ./mvnw -Pbenchmark test}.
 */
@Tag("benchmark")
@IntegrationTest
class CalendarBenchmarkTest {

    private static final int WARM_UP = 20;
    private static final int RUNS = 100;

    @Autowired
    AvailabilityService availability;

    @Autowired
    DoctorService doctorService;

    @Autowired
    Clock clock;

    private final List<String> report = new ArrayList<>();

    @AfterEach
    void writeReport() throws IOException {
        SignIn.out();
        Path file = Path.of("target", "benchmarks", "calendar.txt");
        Files.createDirectories(file.getParent());
        Files.write(file, report, java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
        report.forEach(System.out::println);
    }

    @Test
    void renderingAWeekWithThreeHundredSlots() {
        DoctorSummary doctor = signedInAsNewDoctor();
        LocalDate monday = LocalDate.now(clock).plusWeeks(2).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        for (int day = 0; day < 6; day++) { // 6 days × 50 ten-minute slots, 08:00–16:20
            LocalDate date = monday.plusDays(day);
            availability.addSlots(doctor.doctorId(), new NewSlots(date.atTime(8, 0), date.atTime(16, 20), 10));
        }
        LocalDate sunday = monday.plusDays(6);
        var calendar = new FullCalendar(monday, LocalDateTime.now(clock));

        measure("week of 300 slots: query (AvailabilityService.calendar)", () -> availability
                .calendar(doctor.doctorId(), monday, sunday)
                .slots()
                .size());
        DoctorCalendar week = availability.calendar(doctor.doctorId(), monday, sunday);
        String from = monday.toString();
        String until = monday.plusWeeks(1).toString();
        calendar.setEntrySource((range, type) -> CalendarEntriesMapper.toEntries(week, LocalDateTime.now(clock)));
        measure(
                "week of 300 slots: entries + JSON (mapper, FullCalendar.fetchEntries)",
                () -> calendar.fetchEntries(from, until).size());
        calendar.setEntrySource((range, type) -> CalendarEntriesMapper.toEntries(
                availability.calendar(doctor.doctorId(), range.start(), range.lastDay()), LocalDateTime.now(clock)));
        measure(
                "week of 300 slots: whole server render (query + entries + JSON)",
                () -> calendar.fetchEntries(from, until).size());
    }

    @Test
    void regeneratingEightWeeksOfSlots() {
        // Monday to Friday 08:00–12:00 and 13:00–18:00 in 15-minute slots: 36 a day, about 1,440 in 8 weeks.
        var hours = new WeeklyHours(
                Arrays.stream(DayOfWeek.values())
                        .filter(day -> day.getValue() <= 5)
                        .flatMap(day -> java.util.stream.Stream.of(
                                new WeeklyInterval(day, LocalTime.of(8, 0), LocalTime.of(12, 0)),
                                new WeeklyInterval(day, LocalTime.of(13, 0), LocalTime.of(18, 0))))
                        .toList(),
                15,
                0,
                LocalDate.now(clock),
                null);
        var longer = new WeeklyHours(hours.intervals(), 20, 0, hours.validFrom(), null);
        int runs = 10;
        var first = new long[runs];
        var again = new long[runs];
        var changed = new long[runs];
        int created = 0;
        for (int run = 0; run < runs; run++) {
            DoctorSummary doctor = signedInAsNewDoctor();
            long start = System.nanoTime();
            SlotsRegenerated result = availability.saveWeeklyHours(doctor.doctorId(), hours);
            first[run] = System.nanoTime() - start;
            created = result.added();
            start = System.nanoTime();
            availability.saveWeeklyHours(doctor.doctorId(), hours);
            again[run] = System.nanoTime() - start;
            start = System.nanoTime();
            availability.saveWeeklyHours(doctor.doctorId(), longer);
            changed[run] = System.nanoTime() - start;
        }
        report("8 weeks, first generation (" + created + " slots inserted)", first);
        report("8 weeks, saving the same hours again (no change)", again);
        report("8 weeks, slot length 15 -> 20 min (all free slots replaced)", changed);
    }

    private DoctorSummary signedInAsNewDoctor() {
        SignIn.as(1, Roles.ADMIN);
        DoctorSummary doctor = doctorService.createDoctor(new NewDoctor(
                TestAccounts.newAccount("Bench", "Mark"),
                null,
                "LIC-" + UUID.randomUUID(),
                10,
                "Clinic",
                "Addr",
                new BigDecimal("80.00")));
        SignIn.as(doctor.userId(), Roles.DOCTOR);
        return doctor;
    }

    private void measure(String name, Supplier<Integer> work) {
        for (int i = 0; i < WARM_UP; i++) {
            work.get();
        }
        var times = new long[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            work.get();
            times[i] = System.nanoTime() - start;
        }
        report(name, times);
    }

    private void report(String name, long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        report.add(String.format(
                Locale.ROOT,
                "%-70s n=%3d  median %8.2f ms  p95 %8.2f ms",
                name,
                sorted.length,
                sorted[sorted.length / 2] / 1e6,
                sorted[(int) Math.ceil(sorted.length * 0.95) - 1] / 1e6));
    }
}
