package app.praxis.support;

import java.time.Duration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * For race tests: a transaction that holds locks waits until another transaction is seen waiting for a lock, so
 * the test proves the locking it claims instead of sleeping and hoping the other side arrived meanwhile. If no
 * transaction ever waits (the locking is not what the test claims), it fails.
 */
public final class LockWaits {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private LockWaits() {}

    /** Returns once InnoDB reports a transaction in LOCK WAIT (MySQL and MariaDB alike); fails after 30 s. */
    public static void awaitAnotherTransactionWaiting(JdbcClient jdbc) {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (System.nanoTime() < deadline) {
            long waiting = jdbc.sql("SELECT COUNT(*) FROM information_schema.INNODB_TRX WHERE trx_state = 'LOCK WAIT'")
                    .query(Long.class)
                    .single();
            if (waiting > 0) {
                return;
            }
            try {
                // Not more often: InnoDB refreshes what INNODB_TRX shows only when nobody read it for 100 ms, so
                // polling every few milliseconds would keep showing the moment before the other transaction waited.
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted while waiting for a lock wait", e);
            }
        }
        throw new AssertionError("No transaction waited for this one's locks within " + PATIENCE.toSeconds()
                + " s; transactions: "
                + jdbc.sql("SELECT CONCAT(trx_id, ' ', trx_state, ' locks=', trx_rows_locked, ' q=',"
                                + " COALESCE(trx_query, '-')) FROM information_schema.INNODB_TRX")
                        .query(String.class)
                        .list());
    }
}
