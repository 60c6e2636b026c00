package app.praxis.appointment;

import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.context.ApplicationContext;

/**
 * For benchmarks outside this package: {@code ANALYZE FORMAT=JSON} of the directory's queries for the first page by
 * next free time, as {@link DoctorDirectoryRepository} sends them (issue 18, round 5).
 */
public final class DirectoryPlans {

    private final DoctorDirectoryRepository repository;
    private final BookingRules rules;

    public DirectoryPlans(ApplicationContext context) {
        this.repository = context.getBean(DoctorDirectoryRepository.class);
        this.rules = context.getBean(BookingRules.class);
    }

    /** The first page by next free time from the query over every doctor, the shape before round 5. */
    public int everyDoctorPage(Clock clock) {
        var now = ZonedDateTime.now(clock);
        return repository
                .find(DirectoryQuery.all(), rules.earliestStart(now), rules.lastDay(now), 0, 20, false)
                .size();
    }

    /** The first page by next free time from the first window, the shape of rounds 5 to 7 (before round 8). */
    public int firstWindowPage(Clock clock) {
        var now = ZonedDateTime.now(clock);
        var earliest = rules.earliestStart(now);
        return repository
                .findInWindow(
                        DirectoryQuery.all(),
                        earliest,
                        earliest.plus(DoctorDirectoryRepository.NEXT_FREE_WINDOWS.getFirst()),
                        0,
                        20)
                .size();
    }

    public Map<String, String> explain(Clock clock) {
        var now = ZonedDateTime.now(clock);
        var earliest = rules.earliestStart(now);
        var lastDay = rules.lastDay(now);
        var all = DirectoryQuery.all();
        var plans = new LinkedHashMap<String, String>();
        var before = repository.allDoctors(all, earliest, lastDay, 0, 20);
        plans.put(
                "directory, first page by next free time, every doctor (before)",
                before.sql() + "\n" + repository.analyze(before));
        var window = repository.inWindow(
                all, earliest, earliest.plus(DoctorDirectoryRepository.NEXT_FREE_WINDOWS.getFirst()), 0, 20);
        plans.put(
                "directory, first page by next free time, in the first window (after)",
                window.sql() + "\n" + repository.analyze(window));
        var first = repository.firstFreeTime(all, earliest, earliest.plus(DoctorDirectoryRepository.FIRST_TIME_WINDOW));
        plans.put(
                "directory, the first free time of a doctor offered (round 8)",
                first.sql() + "\n" + repository.analyze(first));
        var time = repository.find(all, earliest, lastDay, 0, 1).getFirst().nextFreeSlot();
        if (time != null) {
            var whole = repository.tiesAtTime(all, time, 0, 20);
            plans.put(
                    "directory, the first page from every free slot at the first free time (round 8)",
                    whole.sql() + "\n" + repository.analyze(whole));
            var last = repository.tiesLastName(all, time, 19);
            plans.put(
                    "directory, the first page's last name among the doctors tied at it (round 8)",
                    last.sql() + "\n" + repository.analyze(last));
            var tied = repository.tiesPage(all, time, repository.tiesLastNameOf(last), 0, 20);
            plans.put(
                    "directory, the first page among the doctors tied at it (round 8)",
                    tied.sql() + "\n" + repository.analyze(tied));
        }
        var page = repository.find(all, earliest, lastDay, 0, 20).stream()
                .map(DoctorCard::doctorId)
                .toList();
        var slots = repository.firstFreeStatement(page, earliest, lastDay, 3);
        plans.put("directory, the page's next 3 free times each", slots.sql() + "\n" + repository.analyze(slots));
        var count = new DoctorDirectoryRepository.Statement(
                "SELECT COUNT(*) FROM doctors d JOIN users u ON u.user_id = d.user_id"
                        + " WHERE d.is_available = TRUE AND u.is_active = TRUE",
                Map.of());
        plans.put("directory, count", count.sql() + "\n" + repository.analyze(count));
        return plans;
    }
}
