package app.praxis.payment;

import static org.assertj.core.api.Assertions.assertThat;

import app.praxis.support.IntegrationTest;
import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * V0003 on a database that already has appointments: unpaid fees of cancelled and no-show appointments become
 * NOT_DUE with a history row each; paid and still-owed ones are left alone. Runs on a schema of its own.
 */
@IntegrationTest
class PaymentsMigrationTest {

    private static final String SCHEMA = "praxis_v0003_upgrade";

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcClient shared;

    @Test
    void unpaidFeesOfCancelledAndNoShowAppointmentsBecomeNotDueWithTheirHistory() {
        shared.sql("DROP DATABASE IF EXISTS " + SCHEMA).update();
        shared.sql("CREATE DATABASE " + SCHEMA + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci")
                .update();
        var pool = (HikariDataSource) dataSource;
        String url = pool.getJdbcUrl().replaceFirst("/[a-z0-9_]+\\?", "/" + SCHEMA + "?");
        var upgraded = new DriverManagerDataSource(url, pool.getUsername(), pool.getPassword());
        Flyway.configure()
                .dataSource(upgraded)
                .locations("classpath:db/migration")
                .target(MigrationVersion.fromVersion("1"))
                .load()
                .migrate();
        var jdbc = JdbcClient.create(upgraded);
        jdbc.sql("INSERT INTO users (user_id, email, phone, password_hash, role, first_name, last_name) VALUES"
                        + " (1, 'd@x.org', '+4915100000001', '-', 'DOCTOR', 'Doc', 'Old'),"
                        + " (2, 'p@x.org', '+4915100000002', '-', 'PATIENT', 'Pat', 'Old')")
                .update();
        jdbc.sql("INSERT INTO doctors (doctor_id, user_id, license_number, consultation_fee) VALUES (1, 1, 'L1', 80)")
                .update();
        jdbc.sql("INSERT INTO patients (patient_id, user_id) VALUES (1, 2)").update();
        jdbc.sql("INSERT INTO appointments (appointment_id, doctor_id, patient_id, appointment_date, start_time,"
                        + " end_time, status, cancelled_by) VALUES"
                        + " (1, 1, 1, '2026-10-01', '09:00', '09:30', 'CANCELLED', 2),"
                        + " (2, 1, 1, '2026-10-02', '09:00', '09:30', 'NO_SHOW', NULL),"
                        + " (3, 1, 1, '2026-10-03', '09:00', '09:30', 'COMPLETED', NULL),"
                        + " (4, 1, 1, '2026-10-04', '09:00', '09:30', 'CANCELLED', 1)")
                .update();
        jdbc.sql("INSERT INTO payments (appointment_id, amount, payment_status, payment_method) VALUES"
                        + " (1, 80, 'PENDING', NULL), (2, 80, 'FAILED', 'CARD'), (3, 80, 'PENDING', NULL),"
                        + " (4, 80, 'REFUNDED', 'CARD')")
                .update();

        Flyway.configure()
                .dataSource(upgraded)
                .locations("classpath:db/migration")
                .load()
                .migrate();

        assertThat(jdbc.sql("SELECT payment_status FROM payments ORDER BY appointment_id")
                        .query(String.class)
                        .list())
                .containsExactly("NOT_DUE", "NOT_DUE", "PENDING", "REFUNDED");
        assertThat(jdbc.sql("SELECT CONCAT(p.appointment_id, ':', h.old_status, '>', h.new_status, ':',"
                                + " COALESCE(h.changed_by, '-')) FROM payment_history h"
                                + " JOIN payments p ON p.payment_id = h.payment_id ORDER BY p.appointment_id")
                        .query(String.class)
                        .list())
                .containsExactly("1:PENDING>NOT_DUE:2", "2:FAILED>NOT_DUE:-");
        shared.sql("DROP DATABASE " + SCHEMA).update();
    }
}
