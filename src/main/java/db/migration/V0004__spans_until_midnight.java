package db.migration;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * A slot, an appointment or weekly hours may run until midnight: 23:30–00:00 keeps its day and stores its end as
 * 00:00, read as the midnight that ends the day ({@code app.praxis.base.DaySpan}). V0001's checks refused that
 * end; these allow it and still refuse any other end at or before the start (and a whole-day 00:00–00:00 span).
 *
 * <p>Java rather than SQL because one server it must run on cannot take the SQL: MySQL before 8.0.16 (the 8.0.15
 * server the tests run on, besides MariaDB) parses CHECK constraints and keeps none, and has no syntax to drop
 * one. There is then nothing to relax, and this migration changes nothing.
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
        Connection connection = context.getConnection();
        if (!keepsCheckConstraints(connection)) {
            return;
        }
        try (Statement statement = connection.createStatement()) {
            for (var check : CHECKS.entrySet()) {
                statement.execute("ALTER TABLE " + check.getKey() + " DROP CONSTRAINT " + check.getValue());
                statement.execute(
                        "ALTER TABLE " + check.getKey() + " ADD CONSTRAINT " + check.getValue() + " " + UNTIL_MIDNIGHT);
            }
        }
    }

    /** MySQL 8.0.16+ and MariaDB keep CHECK constraints, and list them in information_schema.CHECK_CONSTRAINTS. */
    private static boolean keepsCheckConstraints(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                var rows = statement.executeQuery("SELECT COUNT(*) FROM information_schema.TABLES"
                        + " WHERE TABLE_SCHEMA = 'information_schema' AND TABLE_NAME = 'CHECK_CONSTRAINTS'")) {
            return rows.next() && rows.getInt(1) > 0;
        }
    }
}
