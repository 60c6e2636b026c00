package app.praxis.appointment;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionExecution;
import org.springframework.transaction.TransactionExecutionListener;

/**
 * A write committed on a request's thread (a cancellation from the grid's row, say) forgets the censuses that request
 * read, so a count or page asked after it in the same request reads the rows again (Spring Boot registers execution
 * listeners with the transaction manager).
 */
@Component
class WritesForgetCensuses implements TransactionExecutionListener {

    @Override
    public void afterCommit(TransactionExecution transaction, @Nullable Throwable commitFailure) {
        if (!transaction.isReadOnly()) {
            RequestCensuses.forget();
        }
    }
}
