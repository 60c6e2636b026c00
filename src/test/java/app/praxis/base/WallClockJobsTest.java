package app.praxis.base;

import static org.assertj.core.api.Assertions.assertThat;

import app.praxis.support.IntegrationTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.scheduling.config.CronTask;
import org.springframework.scheduling.config.ScheduledTask;
import org.springframework.scheduling.config.ScheduledTaskHolder;
import org.springframework.scheduling.config.Task;

/**
 * Tests run on a clock that stands still ({@code TestClock}), but a job on a cron fires at the wall clock's hour: the
 * 30-day windows' roll at 00:01 in the clinic's zone rolled a window that a running {@code RollingWindowsTest} had
 * unrolled, so the suite failed when it ran past 23:01 UTC (issue 18, round 51's CI). Tests call such jobs themselves.
 */
@IntegrationTest
class WallClockJobsTest {

    @Autowired
    List<ScheduledTaskHolder> schedulers;

    @Test
    void noJobIsTriggeredByTheWallClocksHourInTests() {
        List<Task> tasks = schedulers.stream()
                .flatMap(scheduler -> scheduler.getScheduledTasks().stream())
                .map(ScheduledTask::getTask)
                .toList();
        assertThat(tasks).as("the jobs on a fixed delay, as scheduled").isNotEmpty();
        assertThat(tasks).as("the jobs on a cron").noneMatch(CronTask.class::isInstance);
    }
}
