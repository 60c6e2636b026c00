package app.praxis.base;

import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * For a write that must run in its caller's transaction (an audit row, an outbox e-mail, a slot taken): what
 * {@code @Transactional(propagation = MANDATORY)} says, for a transaction of any of the application's transaction
 * managers. {@code MANDATORY} asks the default (JPA) transaction manager, which sees only transactions it began
 * itself and refuses a JDBC-only one (booking's, issue 18), and it costs a proxy call per write; this asks Spring's
 * transaction synchronization whether a real transaction is active on this thread, and refuses as {@code MANDATORY}
 * does when none is.
 */
public final class CallersTransaction {

    private CallersTransaction() {}

    /** Refuses ({@link IllegalTransactionStateException}, as {@code MANDATORY}) unless a transaction is active. */
    public static void require() {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalTransactionStateException(
                    "No existing transaction found for transaction marked with propagation 'mandatory'");
        }
    }
}
