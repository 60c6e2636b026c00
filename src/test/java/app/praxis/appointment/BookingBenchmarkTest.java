package app.praxis.appointment;

import static org.assertj.core.api.Assertions.assertThat;

import app.praxis.base.ClinicProperties;
import app.praxis.base.InvalidInputException;
import app.praxis.doctor.DoctorSummary;
import app.praxis.patient.PatientSummary;
import app.praxis.security.PraxisUser;
import app.praxis.security.Roles;
import app.praxis.support.IntegrationTest;
import app.praxis.support.SignIn;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Booking throughput and p95 latency through {@link BookingService} against two references over plain JDBC, at
 * 1, 4 and 16 concurrent bookers: "jdbc", the same booking written by hand ({@link JdbcBooking}: the same reads,
 * rules, locks and rows, without Spring; {@code JdbcBookingTest} checks that), and "bare", only the conditional
 * update plus the appointment and payment inserts. Every booker tries every slot (in its own order), so each slot
 * is fought over by all of them; a double booking is any slot with more than one live appointment. Run on
 * purpose: {@code ./mvnw -Pbenchmark test -Dtest=BookingBenchmarkTest}. Prints figures, asserts nothing about
 * time.
 */
@Tag("benchmark")
@IntegrationTest
class BookingBenchmarkTest {

    private static final int SLOTS = 120;
    /** Levels to measure; {@code -Dbenchmark.bookers=1} measures one level alone (e.g. under a profiler). */
    private static final int[] BOOKERS = Arrays.stream(
                    System.getProperty("benchmark.bookers", "1,4,16").split(","))
            .mapToInt(level -> Integer.parseInt(level.strip()))
            .toArray();

    private static final Duration WARM_UP = Duration.ofSeconds(15);
    private static final int MEASURED_RUNS = 5;

    @Autowired
    app.praxis.base.Texts texts;

    @Autowired
    BookingService booking;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    @Autowired
    BookingFixture fixture;

    @Autowired
    Clock clock;

    @Autowired
    BookingRules rules;

    @Autowired
    ClinicProperties clinic;

    /** The service's booking by hand, without Spring. */
    JdbcBooking byHand;

    /** The paths measured: the service, the same booking by hand, the bare guard and inserts. */
    private static final List<String> PATHS = List.of("service", "jdbc", "bare");

    /** One measured run: how many attempts, how many won, how long, and how many slots were booked twice. */
    record Result(String path, int bookers, int attempts, int wins, double seconds, double p95Millis, long doubles) {

        String line() {
            return "| %-9s | %2d | %5d | %4d | %7.1f | %7.1f | %6.1f | %d |"
                    .formatted(path, bookers, attempts, wins, attempts / seconds, wins / seconds, p95Millis, doubles);
        }

        double attemptsPerSecond() {
            return attempts / seconds;
        }
    }

    @Test
    void bookingServiceAgainstPlainJdbc() throws Exception {
        byHand = new JdbcBooking(dataSource, clock, rules, clinic.timeZone(), texts);
        var lines = new ArrayList<String>();
        lines.add("load average before: " + loadAverage());
        lines.add("| path      |  n | tries |  won | tries/s |  wins/s | p95 ms | double bookings | service / path |");
        lines.add("|-----------|----|-------|------|---------|---------|--------|-----------------|----------------|");
        for (int bookers : BOOKERS) {
            // Warm-up of this very level, by time as JMH does: a running server is warm, and with one booker every
            // attempt wins, with sixteen most lose, so each level exercises (and JIT-compiles) different code.
            long warmUntil = System.nanoTime() + WARM_UP.toNanos();
            while (System.nanoTime() < warmUntil) {
                for (String path : PATHS) {
                    run(path, bookers);
                }
            }
            var runs = new LinkedHashMap<String, List<Result>>();
            PATHS.forEach(path -> runs.put(path, new ArrayList<>()));
            for (int i = 0; i < MEASURED_RUNS; i++) { // interleaved, so a noisy moment hits every path
                for (String path : PATHS) {
                    runs.get(path).add(run(path, bookers));
                }
            }
            Result service = median(runs.get("service"));
            for (String path : PATHS) {
                Result result = median(runs.get(path));
                String ratio = path.equals("service")
                        ? ""
                        : "%.0f %%".formatted(100 * service.attemptsPerSecond() / result.attemptsPerSecond());
                lines.add(result.line() + " " + ratio + " |");
            }
        }
        lines.add("median of " + MEASURED_RUNS + " runs each after " + WARM_UP.toSeconds()
                + " s of warm-up per level; cores: " + Runtime.getRuntime().availableProcessors() + ", java "
                + Runtime.version() + "; load average after: " + loadAverage());
        String report = String.join("\n", lines);
        System.out.println("\n=== Booking benchmark ===\n" + report + "\n");
        Files.writeString(Path.of("target", "booking-benchmark.md"), report + "\n");
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (java.io.IOException e) {
            return "unknown";
        }
    }

    /** The run with the median throughput; double bookings summed over all runs, so none can hide. */
    private static Result median(List<Result> runs) {
        List<Result> sorted = runs.stream()
                .sorted(Comparator.comparingDouble(r -> r.attempts() / r.seconds()))
                .toList();
        Result middle = sorted.get(sorted.size() / 2);
        long doubles = runs.stream().mapToLong(Result::doubles).sum();
        return new Result(
                middle.path(),
                middle.bookers(),
                middle.attempts(),
                middle.wins(),
                middle.seconds(),
                middle.p95Millis(),
                doubles);
    }

    private Result run(String path, int bookers) throws Exception {
        awaitMailsTried(); // each run starts on a quiet machine, not while the outbox sends the previous run's e-mails
        DoctorSummary doctor = fixture.doctor("Bench");
        List<PatientSummary> patients = new ArrayList<>();
        for (int i = 0; i < bookers; i++) {
            patients.add(fixture.quickPatient("Bench" + i));
        }
        List<Long> slots = slots(doctor.doctorId());
        var latencies = new ConcurrentLinkedQueue<Long>();
        var wins = new AtomicInteger();
        var start = new CountDownLatch(1);
        long began;
        try (ExecutorService pool = Executors.newFixedThreadPool(bookers)) {
            var futures = new ArrayList<Future<?>>();
            for (int b = 0; b < bookers; b++) {
                PatientSummary patient = patients.get(b);
                List<Long> order = new ArrayList<>(slots);
                Collections.rotate(order, b * SLOTS / bookers);
                futures.add(pool.submit(() -> {
                    PraxisUser user = SignIn.as(patient.userId(), Roles.PATIENT);
                    var booker = new JdbcBooking.Booker(user.userId(), user.role(), user.displayName(), null);
                    start.await();
                    for (long slot : order) {
                        long t0 = System.nanoTime();
                        boolean won =
                                switch (path) {
                                    case "service" -> viaService(slot);
                                    case "jdbc" -> viaHandWrittenJdbc(booker, slot);
                                    default -> viaBareJdbc(slot, doctor.doctorId(), patient.patientId());
                                };
                        latencies.add(System.nanoTime() - t0);
                        if (won) {
                            wins.incrementAndGet();
                        }
                    }
                    SignIn.out();
                    return null;
                }));
            }
            began = System.nanoTime();
            start.countDown();
            for (Future<?> future : futures) {
                future.get();
            }
        }
        double seconds = (System.nanoTime() - began) / 1e9;
        List<Long> sorted = latencies.stream().sorted().toList();
        double p95 = sorted.get((int) Math.ceil(sorted.size() * 0.95) - 1) / 1e6;
        long doubles = jdbc.sql("SELECT COUNT(*) FROM (SELECT availability_id FROM appointments WHERE doctor_id = ?"
                        + " AND status <> 'CANCELLED' GROUP BY availability_id HAVING COUNT(*) > 1) d")
                .param(doctor.doctorId())
                .query(Long.class)
                .single();
        var result = new Result(
                path, bookers, sorted.size(), wins.get(), seconds, p95, doubles + Math.max(0, wins.get() - SLOTS));
        // Speed is measured, never asserted; a double booking in any run, warm-up included, fails the benchmark.
        assertThat(result.doubles()).as("double bookings in %s", result.line()).isZero();
        return result;
    }

    /**
     * Until the outbox's sender has finished with every e-mail the previous run queued: claimed and tried (in the
     * benchmark no mail server listens, so each try fails, is noted and waits a minute of the test clock, which
     * stands still: one try per e-mail). Waiting only for the claim let the deliveries run into the next run.
     */
    private void awaitMailsTried() throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline
                && jdbc.sql("SELECT COUNT(*) FROM mail_outbox WHERE status = 'PENDING' AND last_error IS NULL")
                                .query(Long.class)
                                .single()
                        > 0) {
            Thread.sleep(20);
        }
    }

    private boolean viaService(long slot) {
        try {
            booking.book(slot, "Benchmark");
            return true;
        } catch (InvalidInputException taken) {
            return false;
        }
    }

    private boolean viaHandWrittenJdbc(JdbcBooking.Booker booker, long slot) throws SQLException {
        try {
            byHand.book(booker, slot, "Benchmark");
            return true;
        } catch (InvalidInputException taken) {
            return false;
        }
    }

    /**
     * The bare guard by hand: the conditional update, then the appointment and its payment, one transaction. No
     * checks, no lock, no audit, no e-mail: the first reference, kept as a floor.
     */
    private boolean viaBareJdbc(long slot, long doctorId, long patientId) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement take = connection.prepareStatement(
                    "UPDATE doctor_availability SET is_booked = TRUE WHERE availability_id = ? AND is_booked = FALSE")) {
                take.setLong(1, slot);
                if (take.executeUpdate() != 1) {
                    connection.rollback();
                    return false;
                }
            }
            long appointmentId;
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO appointments (doctor_id, patient_id, availability_id, appointment_date, start_time,"
                            + " end_time, reason_for_visit, patient_first_name, patient_last_name, patient_user_id)"
                            + " SELECT s.doctor_id, p.patient_id, s.availability_id, s.available_date, s.start_time,"
                            + " s.end_time, 'Benchmark', u.first_name, u.last_name, u.user_id FROM doctor_availability s"
                            + " JOIN patients p ON p.patient_id = ? JOIN users u ON u.user_id = p.user_id"
                            + " WHERE s.availability_id = ?",
                    Statement.RETURN_GENERATED_KEYS)) {
                insert.setLong(1, patientId);
                insert.setLong(2, slot);
                insert.executeUpdate();
                try (var keys = insert.getGeneratedKeys()) {
                    keys.next();
                    appointmentId = keys.getLong(1);
                }
            }
            try (PreparedStatement pay =
                    connection.prepareStatement("INSERT INTO payments (appointment_id, amount) VALUES (?, ?)")) {
                pay.setLong(1, appointmentId);
                pay.setBigDecimal(2, BookingFixture.FEE);
                pay.executeUpdate();
            }
            connection.commit();
            return true;
        }
    }

    /** Ten-minute slots a quarter of an hour apart from tomorrow on, so one patient's wins never overlap. */
    private List<Long> slots(long doctorId) {
        List<Long> slots = new ArrayList<>();
        for (int i = 0; i < SLOTS; i++) {
            LocalDateTime start =
                    fixture.today().plusDays(1 + i / 40).atTime(8, 0).plusMinutes(15L * (i % 40));
            slots.add(fixture.slot(doctorId, start, 10));
        }
        return slots;
    }
}
