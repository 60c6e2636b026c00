package app.praxis.appointment;

import static org.assertj.core.api.Assertions.assertThat;

import app.praxis.base.InvalidInputException;
import app.praxis.doctor.DoctorSummary;
import app.praxis.patient.PatientSummary;
import app.praxis.security.Roles;
import app.praxis.support.IntegrationTest;
import app.praxis.support.SignIn;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
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
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * Booking throughput and p95 latency through {@link BookingService} versus the bare conditional update plus
 * inserts over plain JDBC, at 1, 4 and 16 concurrent bookers. Every booker tries every slot (in its own order),
 * so each slot is fought over by all of them; a double booking is any slot with more than one live appointment.
 * Run on purpose: {@code ./mvnw -Pbenchmark test -Dtest=BookingBenchmarkTest}. Prints figures, asserts nothing
 * about time.
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
    BookingService booking;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    @Autowired
    BookingFixture fixture;

    /** Where the confirmation e-mails are built and sent, after each booking's commit. */
    @Autowired
    ThreadPoolTaskExecutor mailExecutor;

    /** One measured run: how many attempts, how many won, how long, and how many slots were booked twice. */
    record Result(String path, int bookers, int attempts, int wins, double seconds, double p95Millis, long doubles) {

        String line() {
            return "| %-9s | %2d | %5d | %4d | %7.1f | %7.1f | %6.1f | %d |"
                    .formatted(path, bookers, attempts, wins, attempts / seconds, wins / seconds, p95Millis, doubles);
        }
    }

    @Test
    void bookingServiceAgainstPlainJdbc() throws Exception {
        var lines = new ArrayList<String>();
        lines.add("| path      |  n | tries |  won | tries/s |  wins/s | p95 ms | double bookings |");
        lines.add("|-----------|----|-------|------|---------|---------|--------|-----------------|");
        for (int bookers : BOOKERS) {
            // Warm-up of this very level, by time as JMH does: a running server is warm, and with one booker every
            // attempt wins, with sixteen most lose, so each level exercises (and JIT-compiles) different code.
            long warmUntil = System.nanoTime() + WARM_UP.toNanos();
            while (System.nanoTime() < warmUntil) {
                run("service", bookers);
                run("jdbc", bookers);
            }
            var service = new ArrayList<Result>();
            var plain = new ArrayList<Result>();
            for (int i = 0; i < MEASURED_RUNS; i++) { // interleaved, so a noisy moment hits both paths
                service.add(run("service", bookers));
                plain.add(run("jdbc", bookers));
            }
            lines.add(median(service).line());
            lines.add(median(plain).line());
        }
        lines.add("median of " + MEASURED_RUNS + " runs each after " + WARM_UP.toSeconds()
                + " s of warm-up per level; cores: " + Runtime.getRuntime().availableProcessors() + ", java "
                + Runtime.version());
        String report = String.join("\n", lines);
        System.out.println("\n=== Booking benchmark ===\n" + report + "\n");
        Files.writeString(Path.of("target", "booking-benchmark.md"), report + "\n");
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
        awaitMailsSent(); // each run starts on a quiet machine, not while the previous run's e-mails are built
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
                    SignIn.as(patient.userId(), Roles.PATIENT);
                    start.await();
                    for (long slot : order) {
                        long t0 = System.nanoTime();
                        boolean won = path.equals("service")
                                ? viaService(slot)
                                : viaJdbc(slot, doctor.doctorId(), patient.patientId());
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

    private void awaitMailsSent() throws InterruptedException {
        while (mailExecutor.getActiveCount() > 0
                || !mailExecutor.getThreadPoolExecutor().getQueue().isEmpty()) {
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

    /** The same guard by hand: the conditional update, then the appointment and its payment, one transaction. */
    private boolean viaJdbc(long slot, long doctorId, long patientId) throws SQLException {
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
                            + " end_time, reason_for_visit) SELECT doctor_id, ?, availability_id, available_date,"
                            + " start_time, end_time, 'Benchmark' FROM doctor_availability WHERE availability_id = ?",
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
