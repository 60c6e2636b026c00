package app.praxis.availability;

import app.praxis.base.DailyDeltas;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Rolls the slots' summary's 30-day windows (V0029): once a window ends today, its rows (one per doctor, V0023) are
 * written from the days' rows and its first day listed in {@value #TABLE}; from then on every change of a day in it
 * adds to it ({@link DailyDeltas}). Before that no change writes it (a booking, almost always of a later day, wrote 30
 * such rows per day it touched), and the dashboard reads a range that is not listed from the aligned blocks.
 *
 * <p>Safe on several nodes and against concurrent changes, with one database and no state in the JVM:
 *
 * <ul>
 *   <li>The window's rows are summed from the days' rows by a locking read ({@code LOCK IN SHARE MODE}) in REPEATABLE
 *       READ, which takes shared locks on those rows and the gaps between them, and then inserted; its first day is
 *       listed after that, in the same transaction. A change writes a day's row first and only then, in a later statement of its transaction, reads
 *       the list to add to the listed windows ({@link DailyDeltas}). So either the change's day row came first (the
 *       roll's read waits for its commit and sums it; the change saw no listing and wrote no window row) or the roll's
 *       read came first (the change's day row waits for the roll's commit, then sees the listing and adds to the
 *       window). Both take the day's rows before the window's rows and the list: no circle.
 *   <li>Two nodes rolling one window: the second's insert waits for the first's rows and then fails on their keys
 *       (no {@code ON DUPLICATE KEY}: nothing is added twice) and rolls back; a window already listed is skipped.
 * </ul>
 *
 * Every day a minute after midnight and at start-up it catches up from the last listed window to the one ending
 * today. A change reads the list only for its windows that end by its node's today ({@link DailyDeltas#mayBeRolled}):
 * the nodes' clocks must agree to within that minute (a node whose clock is behind would not add a change of the new
 * day to the window the roll just listed).
 */
@Component
class RollingWindows {

    private static final Logger log = LoggerFactory.getLogger(RollingWindows.class);

    /** The first days of the rolled 30-day windows (V0029). */
    static final String TABLE = "availability_rolled_windows";

    /** A month of 30 days is a kept window of every day (V0023), never rolled: SQL for a window {@code w}. */
    static final String NOT_A_MONTH = "NOT (DAY(w.first_day) = 1 AND DAY(LAST_DAY(w.first_day)) = 30)";

    /** How many windows back a start with no listed window rolls (a year: the dashboard's ranges are recent). */
    private static final int FIRST_CATCH_UP = 366;

    /**
     * Each doctor's sums over the window's days, read with shared locks on those days' rows and the gaps between them
     * (REPEATABLE READ): a change holding a day's row is waited for, and a change of a day read waits.
     */
    private static final String SUMS = "SELECT m.doctor_id, SUM(m.published_seconds), SUM(m.booked_seconds)"
            + " FROM availability_daily_minutes m WHERE m.span_days = 1 AND m.slot_date BETWEEN ? AND ?"
            + " AND m.doctor_id <> 0 GROUP BY m.doctor_id ORDER BY m.doctor_id LOCK IN SHARE MODE";

    /** Rows per insert of a window's rows. */
    private static final int CHUNK = 1000;

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final Clock clock;

    RollingWindows(JdbcClient jdbc, PlatformTransactionManager transactionManager, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
        // REPEATABLE READ: the locking read of the days locks the gaps too (a change's new day row waits)
        this.transactions = new TransactionTemplate(transactionManager);
        this.transactions.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
    }

    @EventListener(ApplicationReadyEvent.class)
    @Scheduled(
            cron = "${praxis.availability.window-roll-cron:0 1 0 * * *}",
            zone = "${praxis.clinic.time-zone:Europe/Berlin}")
    void rollAll() {
        LocalDate last = LocalDate.now(clock).minusDays(DailyDeltas.ROLLING_SPAN - 1);
        LocalDate first = lastRolled().map(day -> day.plusDays(1)).orElse(last.minusDays(FIRST_CATCH_UP));
        for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
            try {
                roll(day);
            } catch (DataAccessException e) {
                log.warn("Could not roll the 30-day window from {} (another node's roll?)", day, e);
            }
        }
    }

    /** Writes and lists the window starting on {@code first} unless listed; true if this call did. */
    boolean roll(LocalDate first) {
        return Boolean.TRUE.equals(transactions.execute(status -> !listed(first) && rollInCallersTransaction(first)));
    }

    /** {@link #roll}'s writes, in the caller's REPEATABLE READ transaction (tests interleave them with changes). */
    boolean rollInCallersTransaction(LocalDate first) {
        if (DailyDeltas.isRollingWindow(new DailyDeltas.Block(DailyDeltas.ROLLING_SPAN, first))) {
            var sums = jdbc.sql(SUMS)
                    .params(first, first.plusDays(DailyDeltas.ROLLING_SPAN - 1))
                    .query((rs, n) -> List.<Object>of(
                            DailyDeltas.ROLLING_SPAN, first, rs.getLong(1), rs.getLong(2), rs.getLong(3)))
                    .list();
            // plain inserts: a second node rolling the same window fails on the keys instead of adding twice
            for (int from = 0; from < sums.size(); from += CHUNK) {
                var chunk = sums.subList(from, Math.min(sums.size(), from + CHUNK));
                jdbc.sql("INSERT INTO availability_daily_minutes (span_days, slot_date, doctor_id,"
                                + " published_seconds, booked_seconds) VALUES "
                                + String.join(", ", Collections.nCopies(chunk.size(), "(?, ?, ?, ?, ?)")))
                        .params(chunk.stream().flatMap(List::stream).toList())
                        .update();
            }
        }
        // listed last: a change that wrote its day row before the read above must not see the listing
        jdbc.sql("INSERT INTO " + TABLE + " (first_day) VALUES (?)")
                .param(first)
                .update();
        return true;
    }

    private boolean listed(LocalDate first) {
        return jdbc.sql("SELECT COUNT(*) FROM " + TABLE + " WHERE first_day = ?")
                        .param(first)
                        .query(Long.class)
                        .single()
                > 0;
    }

    private Optional<LocalDate> lastRolled() {
        return jdbc.sql("SELECT first_day FROM " + TABLE + " ORDER BY first_day DESC LIMIT 1")
                .query(LocalDate.class)
                .optional();
    }
}
