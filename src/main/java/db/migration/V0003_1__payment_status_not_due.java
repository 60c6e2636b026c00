package db.migration;

import java.sql.SQLException;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * NOT_DUE: an unpaid appointment that was cancelled or ended as a no-show owes nothing any more. The payment
 * status check of V0001 learns the new value; Java rather than SQL, see {@link CheckConstraints}.
 */
public class V0003_1__payment_status_not_due extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws SQLException {
        new CheckConstraints(context.getConnection())
                .replace(
                        "payments",
                        "ck_payment_status",
                        "CHECK (payment_status IN ('PENDING', 'PAID', 'FAILED', 'REFUNDED', 'NOT_DUE'))");
    }
}
