package app.praxis.availability;

import static org.assertj.core.api.Assertions.assertThat;

import app.praxis.base.DailyDeltas;
import app.praxis.doctor.DoctorService;
import app.praxis.support.IntegrationTest;
import app.praxis.support.LockWaits;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.Ordered;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * V0029: the slots' summary keeps a 30-day window once it is rolled; changes add to rolled windows only, the roll
 * writes a window from the days, and a roll racing a change counts the change once whichever of them comes first.
 */
@IntegrationTest
class RollingWindowsTest {

    @Autowired
    RollingWindows windows;

    @Autowired
    SlotSummaries summaries;

    @Autowired
    DoctorService doctorService;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @Autowired
    PlatformTransactionManager transactionManager;

    TransactionTemplate transaction;
    TransactionTemplate repeatableRead;
    LocalDate today;
    /** The window that ends today: unrolled for each test, rolled again after it (as the start-up roll left it). */
    LocalDate endingToday;

    long doctor;

    @BeforeEach
    void aDoctorOfItsOwn() {
        transaction = new TransactionTemplate(transactionManager);
        repeatableRead = new TransactionTemplate(transactionManager);
        repeatableRead.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        today = LocalDate.now(clock);
        endingToday = today.minusDays(DailyDeltas.ROLLING_SPAN - 1);
        unroll(endingToday);
        doctor = Doctors.create(doctorService, "Window").doctorId();
    }

    @AfterEach
    void theWindowEndingTodayRolledAgain() {
        windows.roll(endingToday);
    }

    @Test
    void aChangeWritesTheRolledWindowsHoldingItsDayOnlyAndTheRollWritesAWindowAsTheRebuildDoes() {
        // the start-up roll listed the windows up to the one ending yesterday (and today's, unrolled for the test)
        LocalDate endingYesterday = endingToday.minusDays(1);
        assertThat(listed(endingYesterday)).isTrue();
        long past = slot(today.minusDays(35));
        long recent = slot(today.minusDays(3));
        long now = slot(today);
        long tomorrow = slot(today.plusDays(1));
        long later = slot(today.plusDays(20));
        book(later, 1);
        book(tomorrow, 1);
        book(now, 1);
        book(past, 1);
        assertThat(windowRows(endingToday))
                .as("a window not rolled is not written")
                .isEmpty();
        assertThat(windowRows(today.minusDays(1))).as("nor one that ends ahead").isEmpty();
        assertThat(windowRows(endingYesterday)).containsExactly(endingYesterday + " 1800 0");
        assertKeptEqualsRebuild();

        assertThat(windows.roll(endingToday)).isTrue();
        assertThat(windows.roll(endingToday)).as("listed once").isFalse();
        assertThat(windowRows(endingToday)).containsExactly(endingToday + " 3600 1800");
        assertKeptEqualsRebuild();
        book(recent, 1);
        book(now, -1);
        assertThat(windowRows(endingToday)).containsExactly(endingToday + " 3600 1800");
        assertThat(windowRows(endingYesterday)).containsExactly(endingYesterday + " 1800 1800");
        assertKeptEqualsRebuild();
    }

    @Test
    void aChangeWaitingForTheRollsReadOfItsDayAddsToTheRolledWindow() throws Exception {
        slot(today.minusDays(1));
        long todays = slot(today);
        var rolledUncommitted = new CountDownLatch(1);
        var threads = Executors.newFixedThreadPool(2);
        try {
            Future<?> roll = threads.submit(() -> repeatableRead.executeWithoutResult(status -> {
                windows.rollInCallersTransaction(endingToday);
                rolledUncommitted.countDown();
                LockWaits.awaitAnotherTransactionWaiting(jdbc); // the change's day row waits for the roll's read
            }));
            assertThat(rolledUncommitted.await(60, TimeUnit.SECONDS)).isTrue();
            Future<?> change = threads.submit(() -> book(todays, 1));
            change.get(60, TimeUnit.SECONDS);
            roll.get(60, TimeUnit.SECONDS);
        } finally {
            threads.shutdownNow();
        }
        assertThat(windowRows(endingToday)).containsExactly(endingToday + " 3600 1800");
        assertKeptEqualsRebuild();
    }

    @Test
    void aRollWaitingForAChangesDayRowSumsItAndTheChangeAddsNothingToTheWindow() throws Exception {
        slot(today.minusDays(1));
        long todays = slot(today);
        var written = new CountDownLatch(1);
        var threads = Executors.newFixedThreadPool(2);
        try {
            Future<?> change = threads.submit(() -> transaction.executeWithoutResult(status -> {
                jdbc.sql("UPDATE doctor_availability SET is_booked = TRUE WHERE availability_id = ?")
                        .param(todays)
                        .update();
                summaries.booked(todays, 1);
                // after the summaries' writes at commit (their day rows locked), before the commit itself
                TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                    @Override
                    public int getOrder() {
                        return Ordered.LOWEST_PRECEDENCE;
                    }

                    @Override
                    public void beforeCommit(boolean readOnly) {
                        written.countDown();
                        LockWaits.awaitAnotherTransactionWaiting(jdbc); // the roll's read waits for the day row
                    }
                });
            }));
            assertThat(written.await(60, TimeUnit.SECONDS)).isTrue();
            Future<Boolean> roll = threads.submit(() -> windows.roll(endingToday));
            change.get(60, TimeUnit.SECONDS);
            assertThat(roll.get(60, TimeUnit.SECONDS)).isTrue();
        } finally {
            threads.shutdownNow();
        }
        assertThat(windowRows(endingToday)).containsExactly(endingToday + " 3600 1800");
        assertKeptEqualsRebuild();
    }

    /** A free half-hour slot of the doctor on the day, counted in the summary as the calendar's writes count it. */
    private long slot(LocalDate day) {
        return transaction.execute(status -> {
            jdbc.sql("INSERT INTO doctor_availability (doctor_id, available_date, start_time, end_time, is_booked)"
                            + " VALUES (?, ?, '09:00', '09:30', FALSE)")
                    .params(doctor, day)
                    .update();
            long id = jdbc.sql("SELECT MAX(availability_id) FROM doctor_availability WHERE doctor_id = ?")
                    .param(doctor)
                    .query(Long.class)
                    .single();
            summaries.add(List.of(id));
            return id;
        });
    }

    /** The slot taken (1) or given back (-1), as a booking or a cancellation changes it. */
    private void book(long slot, int sign) {
        transaction.executeWithoutResult(status -> {
            jdbc.sql("UPDATE doctor_availability SET is_booked = ? WHERE availability_id = ?")
                    .params(sign > 0, slot)
                    .update();
            summaries.booked(slot, sign);
        });
    }

    private List<String> windowRows(LocalDate first) {
        return jdbc.sql("SELECT slot_date, published_seconds, booked_seconds FROM availability_daily_minutes"
                        + " WHERE span_days = 30 AND slot_date = ? AND doctor_id = ?")
                .params(first, doctor)
                .query((rs, n) -> rs.getObject(1, LocalDate.class) + " " + rs.getLong(2) + " " + rs.getLong(3))
                .list();
    }

    private void assertKeptEqualsRebuild() {
        var kept = keptRows();
        summaries.rebuild();
        assertThat(keptRows()).isEqualTo(kept).isNotEmpty();
    }

    private List<String> keptRows() {
        return jdbc.sql("SELECT span_days, slot_date, published_seconds, booked_seconds FROM availability_daily_minutes"
                        + " WHERE doctor_id = ? AND (published_seconds <> 0 OR booked_seconds <> 0)"
                        + " ORDER BY span_days, slot_date")
                .param(doctor)
                .query((rs, n) -> rs.getInt(1) + " " + rs.getObject(2, LocalDate.class) + " " + rs.getLong(3) + " "
                        + rs.getLong(4))
                .list();
    }

    private boolean listed(LocalDate first) {
        return jdbc.sql("SELECT COUNT(*) FROM availability_rolled_windows WHERE first_day = ?")
                        .param(first)
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** Back to not rolled: unlisted, its rows gone (a month of 30 days is no rolling window: its row stays). */
    private void unroll(LocalDate first) {
        jdbc.sql("DELETE FROM availability_rolled_windows WHERE first_day = ?")
                .param(first)
                .update();
        if (DailyDeltas.isRollingWindow(new DailyDeltas.Block(DailyDeltas.ROLLING_SPAN, first))) {
            jdbc.sql("DELETE FROM availability_daily_minutes WHERE span_days = 30 AND slot_date = ?")
                    .param(first)
                    .update();
        }
    }
}
