package app.praxis.base;

import java.util.function.Predicate;
import java.util.function.Supplier;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The synchronization that holds one owner's writes pending in this thread's transaction, registered on first use
 * ({@link DailyDeltas}, {@code appointment.SummaryDeltas}). Kept with the transaction's synchronizations, not in a
 * field, so a suspended transaction keeps its own and a new one starts empty.
 */
public final class TransactionPending {

    private TransactionPending() {}

    /** The transaction's synchronization of {@code type} that {@code isOwners} accepts, or {@code create}'s, registered. */
    public static <T extends TransactionSynchronization> T of(
            Class<T> type, Predicate<? super T> isOwners, Supplier<? extends T> create) {
        for (TransactionSynchronization synchronization : TransactionSynchronizationManager.getSynchronizations()) {
            if (type.isInstance(synchronization) && isOwners.test(type.cast(synchronization))) {
                return type.cast(synchronization);
            }
        }
        T created = create.get();
        TransactionSynchronizationManager.registerSynchronization(created);
        return created;
    }
}
