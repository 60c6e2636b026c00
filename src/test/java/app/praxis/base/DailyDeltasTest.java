package app.praxis.base;

import static org.assertj.core.api.Assertions.assertThat;

import app.praxis.support.IntegrationTest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.Ordered;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@link DailyDeltas} (V0020's whole-clinic rows): each delta reaches its doctor's row and its day's clinic row
 * (doctor 0), written at commit; nothing on a rollback; at once without a transaction; and two transactions that add
 * to the same two days in opposite orders, which would deadlock on the clinic's two rows if each wrote at once, both
 * commit with every delta counted.
 */
@IntegrationTest
class DailyDeltasTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 12, 7);
    private static final LocalDate TUESDAY = MONDAY.plusDays(1);

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transaction;

    DailyDeltas deltas;

    @BeforeEach
    void aSummaryTableOfItsOwn() {
        jdbc.sql("CREATE TABLE IF NOT EXISTS test_daily_deltas (day DATE NOT NULL, doctor_id BIGINT NOT NULL,"
                        + " amount DECIMAL(14,2) NOT NULL DEFAULT 0, seconds BIGINT NOT NULL DEFAULT 0,"
                        + " PRIMARY KEY (day, doctor_id)) ENGINE = InnoDB")
                .update();
        jdbc.sql("DELETE FROM test_daily_deltas").update();
        deltas = new DailyDeltas(
                jdbc, "test_daily_deltas", "day", List.of("amount", "seconds"), DailyDeltas.SLOT_MINUTES);
    }

    @Test
    void aDeltaReachesItsDoctorsRowAndTheDaysClinicRowAtCommit() {
        transaction.executeWithoutResult(status -> {
            deltas.add(MONDAY, 7, new BigDecimal("80.00"), BigDecimal.valueOf(1800));
            deltas.add(MONDAY, 8, new BigDecimal("20.50"), BigDecimal.ZERO);
            deltas.add(TUESDAY, 7, 0, 600);
            assertThat(rows()).as("nothing before the commit").isEmpty();
        });
        assertThat(rows())
                .containsExactly(
                        MONDAY + " 0 100.50 1800",
                        MONDAY + " 7 80.00 1800",
                        MONDAY + " 8 20.50 0",
                        TUESDAY + " 0 0.00 600",
                        TUESDAY + " 7 0.00 600");

        transaction.executeWithoutResult(status -> {
            deltas.add(MONDAY, 7, new BigDecimal("-80.00"), BigDecimal.valueOf(-1800));
            deltas.add(TUESDAY, 7, new BigDecimal("80.00"), BigDecimal.valueOf(1800));
        });
        assertThat(rows())
                .containsExactly(
                        MONDAY + " 0 20.50 0",
                        MONDAY + " 7 0.00 0",
                        MONDAY + " 8 20.50 0",
                        TUESDAY + " 0 80.00 2400",
                        TUESDAY + " 7 80.00 2400");
    }

    @Test
    void aRollbackWritesNothingAndWithoutATransactionItWritesAtOnce() {
        transaction.executeWithoutResult(status -> {
            deltas.add(MONDAY, 7, 1, 1);
            status.setRollbackOnly();
        });
        assertThat(rows()).isEmpty();
        deltas.add(MONDAY, 7, 2, 3);
        assertThat(rows()).containsExactly(MONDAY + " 0 2.00 3", MONDAY + " 7 2.00 3");
    }

    @Test
    void deltasThatCancelOutWriteNoRow() {
        transaction.executeWithoutResult(status -> {
            deltas.add(MONDAY, 7, 5, 60);
            deltas.add(MONDAY, 7, -5, -60);
            deltas.add(TUESDAY, 9, 0, 0);
        });
        assertThat(rows()).isEmpty();
    }

    @Test
    void twoTransactionsAddingToTheSameTwoDaysInOppositeOrderBothCommit() throws Exception {
        var bothHaveAddedOnce = new CyclicBarrier(2);
        var threads = Executors.newFixedThreadPool(2);
        try {
            Future<?> forward = threads.submit(() -> transaction.executeWithoutResult(status -> {
                deltas.add(MONDAY, 7, 10, 1);
                await(bothHaveAddedOnce);
                deltas.add(TUESDAY, 7, 10, 1);
            }));
            Future<?> backward = threads.submit(() -> transaction.executeWithoutResult(status -> {
                deltas.add(TUESDAY, 8, 1, 100);
                await(bothHaveAddedOnce);
                deltas.add(MONDAY, 8, 1, 100);
            }));
            forward.get(60, TimeUnit.SECONDS);
            backward.get(60, TimeUnit.SECONDS);
        } finally {
            threads.shutdownNow();
        }
        assertThat(rows())
                .containsExactly(
                        MONDAY + " 0 11.00 101",
                        MONDAY + " 7 10.00 1",
                        MONDAY + " 8 1.00 100",
                        TUESDAY + " 0 11.00 101",
                        TUESDAY + " 7 10.00 1",
                        TUESDAY + " 8 1.00 100");
    }

    @Test
    void aSummaryWithBlocksAddsEachDoctorsDeltaToTheEightBlocksHoldingTheDayAndCrossingTransactionsBothCommit()
            throws Exception {
        jdbc.sql("CREATE TABLE IF NOT EXISTS test_daily_blocks (span SMALLINT NOT NULL DEFAULT 1, day DATE NOT NULL,"
                        + " doctor_id BIGINT NOT NULL, amount DECIMAL(14,2) NOT NULL DEFAULT 0,"
                        + " seconds BIGINT NOT NULL DEFAULT 0, PRIMARY KEY (span, day, doctor_id)) ENGINE = InnoDB")
                .update();
        jdbc.sql("DELETE FROM test_daily_blocks").update();
        var blocks = new DailyDeltas(
                jdbc, "test_daily_blocks", "day", "span", List.of("amount", "seconds"), DailyDeltas.SLOT_MINUTES, null);
        var bothHaveAddedOnce = new CyclicBarrier(2);
        var threads = Executors.newFixedThreadPool(2);
        try {
            // Monday and Tuesday of one doctor share their blocks of 2 days and longer: the two transactions take
            // the same rows in opposite orders of their changes
            Future<?> forward = threads.submit(() -> transaction.executeWithoutResult(status -> {
                blocks.add(MONDAY, 7, 10, 1);
                await(bothHaveAddedOnce);
                blocks.add(TUESDAY, 7, 10, 1);
            }));
            Future<?> backward = threads.submit(() -> transaction.executeWithoutResult(status -> {
                blocks.add(TUESDAY, 7, 1, 100);
                await(bothHaveAddedOnce);
                blocks.add(MONDAY, 7, 1, 100);
            }));
            forward.get(60, TimeUnit.SECONDS);
            backward.get(60, TimeUnit.SECONDS);
        } finally {
            threads.shutdownNow();
        }
        var rows = jdbc.sql("SELECT span, day, doctor_id, amount, seconds FROM test_daily_blocks"
                        + " ORDER BY span, day, doctor_id")
                .query((rs, n) -> rs.getInt(1) + " " + rs.getObject(2, LocalDate.class) + " " + rs.getLong(3) + " "
                        + rs.getBigDecimal(4) + " " + rs.getLong(5))
                .list();
        var expected = new java.util.ArrayList<String>(List.of(
                "1 " + MONDAY + " 0 11.00 101",
                "1 " + MONDAY + " 7 11.00 101",
                "1 " + TUESDAY + " 0 11.00 101",
                "1 " + TUESDAY + " 7 11.00 101"));
        for (int span = 2; span <= DailyDeltas.LONGEST_SPAN; span *= 2) {
            LocalDate monday = DailyDeltas.blockStart(MONDAY, span);
            LocalDate tuesday = DailyDeltas.blockStart(TUESDAY, span);
            if (monday.equals(tuesday)) {
                expected.add(span + " " + monday + " 7 22.00 202");
            } else {
                expected.add(span + " " + monday + " 7 11.00 101");
                expected.add(span + " " + tuesday + " 7 11.00 101");
            }
        }
        // and the week and the month holding either day (V0023), both days' deltas in those holding both
        var windows = new java.util.TreeSet<DailyDeltas.Block>(
                java.util.Comparator.comparingInt(DailyDeltas.Block::span).thenComparing(DailyDeltas.Block::from));
        windows.addAll(DailyDeltas.windows(MONDAY));
        windows.addAll(DailyDeltas.windows(TUESDAY));
        for (var window : windows) {
            boolean both = DailyDeltas.windows(MONDAY).contains(window)
                    && DailyDeltas.windows(TUESDAY).contains(window);
            expected.add(window.span() + " " + window.from() + (both ? " 7 22.00 202" : " 7 11.00 101"));
        }
        expected.sort(java.util.Comparator.comparingInt((String row) -> Integer.parseInt(row.split(" ")[0]))
                .thenComparing(row -> row.split(" ")[1])
                .thenComparingLong(row -> Long.parseLong(row.split(" ")[2])));
        assertThat(rows).containsExactlyElementsOf(expected);
    }

    @Test
    void aTransactionWritesItsSummariesInOneOrderOfTablesWhateverOrderItChangedThemIn() {
        var revenueLike =
                new DailyDeltas(jdbc, "test_daily_deltas", "day", List.of("amount", "seconds"), DailyDeltas.REVENUE);
        var orders = new java.util.ArrayList<Integer>();
        transaction.executeWithoutResult(status -> {
            revenueLike.add(MONDAY, 7, 1, 0); // changed first ...
            deltas.add(MONDAY, 8, 0, 60); // ... then the slot minutes
            // a synchronization after both, in any order: Spring runs them sorted by order
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {});
            TransactionSynchronizationManager.getSynchronizations().stream()
                    .filter(synchronization ->
                            synchronization.getClass().getName().startsWith(DailyDeltas.class.getName() + "$"))
                    .forEach(synchronization -> orders.add(synchronization.getOrder()));
        });
        assertThat(orders).containsExactly(DailyDeltas.SLOT_MINUTES, DailyDeltas.REVENUE);
        assertThat(DailyDeltas.SLOT_MINUTES).isLessThan(DailyDeltas.REVENUE);
        assertThat(DailyDeltas.REVENUE).isLessThan(Ordered.LOWEST_PRECEDENCE); // appointment's SummaryDeltas: last
        assertThat(rows()).containsExactly(MONDAY + " 0 1.00 60", MONDAY + " 7 1.00 0", MONDAY + " 8 0.00 60");
    }

    private List<String> rows() {
        return jdbc.sql("SELECT day, doctor_id, amount, seconds FROM test_daily_deltas ORDER BY day, doctor_id")
                .query((rs, n) -> rs.getObject(1, LocalDate.class) + " " + rs.getLong(2) + " "
                        + rs.getBigDecimal(3).toPlainString() + " " + rs.getLong(4))
                .list();
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
