package app.praxis.appointment;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The statements a transaction's kept rows are written with at its commit ({@link SummaryDeltas}): through Spring's
 * {@link JdbcClient} in the services, through plain JDBC in the booking benchmark's hand-written reference, which so
 * runs the service's own statements, in the same shapes and order (issue 18).
 */
interface SummarySql {

    /** Runs an insert or update with its parameters, in order ({@code null} for SQL's NULL). */
    void update(String sql, List<? extends @Nullable Object> params);

    /** Runs a query with its parameters, handing each row of its result to {@code row}. */
    void query(String sql, List<? extends @Nullable Object> params, Row row);

    /** Reads one row of a result (the result set stands on it). */
    @FunctionalInterface
    interface Row {
        void read(ResultSet rs) throws SQLException;
    }

    static SummarySql of(JdbcClient jdbc) {
        return new SummarySql() {
            @Override
            public void update(String sql, List<? extends @Nullable Object> params) {
                jdbc.sql(sql).params(params).update();
            }

            @Override
            public void query(String sql, List<? extends @Nullable Object> params, Row row) {
                jdbc.sql(sql).params(params).query(row::read);
            }
        };
    }
}
