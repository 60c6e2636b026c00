package app.praxis.appointment;

import static org.assertj.core.api.Assertions.assertThat;

import app.praxis.security.Roles;
import app.praxis.support.IntegrationTest;
import app.praxis.support.SignIn;
import app.praxis.support.StatementCounter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What each statement of one booking's transaction costs the database (issue 18, round 39): a booking is made through
 * {@link BookingService}, its statements are recorded as the driver sent them, and each one of its transaction is sent
 * again {@value #RUNS} times on one connection, in a transaction rolled back after each statement's runs. Prints the
 * median and p95 of each (the client's time: the statement's round trip on this machine, server work included) and
 * appends them to {@code target/benchmarks/booking-statements.txt}. Statements that cannot run twice (the appointment's
 * and the payment's inserts: unique keys) are listed without a time. Run on purpose: {@code ./mvnw -Pbenchmark test
 * -Dtest=BookingStatementsBenchmarkTest}. Asserts nothing about time.
 */
@Tag("benchmark")
@IntegrationTest
class BookingStatementsBenchmarkTest {

    private static final int RUNS = 300;

    @Autowired
    BookingFixture fixture;

    @Autowired
    BookingService booking;

    @Autowired
    DataSource dataSource;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void eachStatementOfABookingsTransaction() throws SQLException, IOException {
        String family = "Stmts" + UUID.randomUUID().toString().substring(0, 8);
        var doctor = fixture.doctor(family);
        var patient = fixture.quickPatient(family);
        SignIn.as(patient.userId(), Roles.PATIENT);
        for (int hour = 8; hour < 11; hour++) { // a patient with appointments already, as most are
            booking.book(fixture.slot(doctor.doctorId(), 7, LocalTime.of(hour, 0)), "Earlier " + hour);
        }
        long slot = fixture.slot(doctor.doctorId(), 8, LocalTime.of(9, 0));
        List<String> statements;
        try (var recording = StatementCounter.record()) {
            booking.book(slot, "Check-up");
            statements = recording.statements();
        }
        int begin = statements.indexOf("SET autocommit=0");
        int end = statements.indexOf("COMMIT");
        assertThat(begin).as("the booking's transaction").isNotNegative().isLessThan(end);

        var report = new StringBuilder("Booking statements, " + RUNS + " runs each, load "
                + Files.readString(Path.of("/proc/loadavg")).strip() + "\n");
        double total = 0;
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            for (String sql : statements.subList(begin + 1, end)) {
                double[] millis = timed(connection, sql);
                connection.rollback();
                String shown = sql.replaceAll("\\s+", " ");
                shown = shown.substring(0, Math.min(110, shown.length()));
                if (millis == null) {
                    report.append(String.format("  %-110s  (not repeatable)%n", shown));
                } else {
                    total += millis[millis.length / 2];
                    report.append(String.format(
                            "  %-110s  median %6.3f ms, p95 %6.3f ms%n",
                            shown, millis[millis.length / 2], millis[(int) Math.ceil(millis.length * 0.95) - 1]));
                }
            }
            connection.setAutoCommit(true);
        }
        report.append(String.format("  sum of the medians: %.3f ms%n", total));
        System.out.print(report);
        Path out = Path.of("target/benchmarks/booking-statements.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    /** The statement's times in ms, sorted; null if it cannot be sent again. */
    private static double @Nullable [] timed(Connection connection, String sql) {
        double[] millis = new double[RUNS];
        try (var statement = connection.createStatement()) {
            for (int run = 0; run < RUNS; run++) {
                long start = System.nanoTime();
                statement.execute(sql);
                millis[run] = (System.nanoTime() - start) / 1e6;
            }
        } catch (SQLException e) {
            return null;
        }
        Arrays.sort(millis);
        return millis;
    }
}
