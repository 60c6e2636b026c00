package db.migration;

import java.sql.SQLException;
import java.util.Map;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * A slot, an appointment or weekly hours may run until midnight: 23:30–00:00 keeps its day and stores its end as
 * 00:00, read as the midnight that ends the day ({@code app.praxis.base.DaySpan}). V0001's checks refused that
 * end; these allow it and still refuse any other end at or before the start (and a whole-day 00:00–00:00 span).
 * Java rather than SQL: see {@link CheckConstraints} (MySQL 8.0.15 cannot take the SQL).
 */
public class V0004__spans_until_midnight extends BaseJavaMigration {

    private static final String UNTIL_MIDNIGHT =
            "CHECK (end_time > start_time OR (end_time = '00:00:00' AND start_time > '00:00:00'))";

    /** Table → its check on the order of start and end. */
    private static final Map<String, String> CHECKS = Map.of(
            "weekly_schedules", "ck_schedule_times",
            "doctor_availability", "ck_availability_times",
            "appointments", "ck_appointment_times");

    @Override
    public void migrate(Context context) throws SQLException {
        var checks = new CheckConstraints(context.getConnection());
        for (var check : CHECKS.entrySet()) {
            checks.replace(check.getKey(), check.getValue(), UNTIL_MIDNIGHT);
        }
    }
}
