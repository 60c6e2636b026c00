package db.migration;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Replaces CHECK constraints on servers that keep them (MariaDB, MySQL 8.0.16+). MySQL before 8.0.16 (the 8.0.15
 * server the tests run on, decision 0008) parses CHECK constraints, keeps none and has no syntax to drop one:
 * there is nothing to replace, so nothing is done.
 */
final class CheckConstraints {

    private final Connection connection;
    private final boolean kept;

    CheckConstraints(Connection connection) throws SQLException {
        this.connection = connection;
        try (Statement statement = connection.createStatement();
                var rows = statement.executeQuery("SELECT COUNT(*) FROM information_schema.TABLES"
                        + " WHERE TABLE_SCHEMA = 'information_schema' AND TABLE_NAME = 'CHECK_CONSTRAINTS'")) {
            this.kept = rows.next() && rows.getInt(1) > 0;
        }
    }

    /** Drops the table's check {@code name} and adds it again as {@code check} (an SQL CHECK clause). */
    void replace(String table, String name, String check) throws SQLException {
        if (!kept) {
            return;
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute("ALTER TABLE " + table + " DROP CONSTRAINT " + name);
            statement.execute("ALTER TABLE " + table + " ADD CONSTRAINT " + name + " " + check);
        }
    }
}
