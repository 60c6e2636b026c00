package app.praxis.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;

/** Which failures mean "the database is away" (and get the friendly message instead of an error page). */
class DatabaseUnavailableTest {

    @Test
    void aMissingConnectionOrTransactionIsRecognisedAlsoWhenWrapped() {
        assertThat(DatabaseUnavailable.isCause(new CannotGetJdbcConnectionException("no connection")))
                .isTrue();
        assertThat(DatabaseUnavailable.isCause(
                        new IllegalStateException("click", new CannotCreateTransactionException("pool timeout"))))
                .isTrue();
        assertThat(DatabaseUnavailable.isCause(new IllegalStateException("a bug")))
                .isFalse();
        // Outside a running app Vaadin has no translations: the page names its texts' keys.
        assertThat(new DatabaseUnavailable.Page().getElement().getTextRecursively())
                .contains("base.unavailable.title", DatabaseUnavailable.MESSAGE, "base.unavailable.retry");
    }
}
