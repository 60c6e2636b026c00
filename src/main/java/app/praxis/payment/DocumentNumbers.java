package app.praxis.payment;

import app.praxis.payment.PaymentDocument.Kind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Gap-free numbers per document kind and year, decided by the database: the caller's transaction increments the
 * year's counter row, which stays locked until that transaction ends. A rollback takes the number back with it,
 * so a number is used exactly when the document it names is committed. Receipts read {@code 2026-000123}, credit
 * notes {@code CN-2026-000007}.
 */
@Component
class DocumentNumbers {

    private final JdbcClient jdbc;

    DocumentNumbers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public String next(Kind kind, int year) {
        int updated = jdbc.sql("UPDATE document_counters SET last_number = last_number + 1"
                        + " WHERE document_kind = ? AND counter_year = ?")
                .params(kind.name(), year)
                .update();
        if (updated == 0) {
            // The year's first document; a concurrent first one is serialised by the primary key.
            jdbc.sql("INSERT INTO document_counters (document_kind, counter_year, last_number) VALUES (?, ?, 1)"
                            + " ON DUPLICATE KEY UPDATE last_number = last_number + 1")
                    .params(kind.name(), year)
                    .update();
        }
        int number = jdbc.sql("SELECT last_number FROM document_counters WHERE document_kind = ? AND counter_year = ?")
                .params(kind.name(), year)
                .query(Integer.class)
                .single();
        return format(kind, year, number);
    }

    static String format(Kind kind, int year, int number) {
        return (kind == Kind.CREDIT_NOTE ? "CN-" : "") + year + "-" + String.format("%06d", number);
    }
}
