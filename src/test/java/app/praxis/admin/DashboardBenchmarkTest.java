package app.praxis.admin;

import app.praxis.appointment.AppointmentSummaries;
import app.praxis.availability.SlotSummaries;
import app.praxis.payment.PaymentSummaries;
import app.praxis.security.Roles;
import app.praxis.support.IntegrationTest;
import app.praxis.support.SignIn;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Server time of the whole dashboard ({@link DashboardService#dashboard}: every figure of both periods and all
 * five series) for the last 30 days, for the whole clinic and for one doctor, with 10,000 and then 1,000,000
 * generated appointments (each in its own 30-minute slot, 50 doctors, 5,000 patients, a payment each, spread
 * evenly over the 1,000 days up to today). Prints median and 95th percentile and writes them to
 * target/benchmarks/dashboard.txt; asserts nothing about time. Run with
 * {@code ./mvnw -Pbenchmark test -Dtest=DashboardBenchmarkTest}.
 */
@Tag("benchmark")
@IntegrationTest
class DashboardBenchmarkTest {

    private static final int DOCTORS = 50;
    private static final int PATIENTS = 5_000;
    private static final int DAYS = 1_000;
    private static final int WARM_UP = 5;
    private static final int RUNS = 21;

    @Autowired
    DashboardService dashboards;

    @Autowired
    DashboardRepository queries;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @Autowired
    AppointmentSummaries appointmentSummaries;

    @Autowired
    PaymentSummaries paymentSummaries;

    @Autowired
    SlotSummaries slotSummaries;

    @Autowired
    app.praxis.review.RatingTotals ratingTotals;

    private final List<String> report = new ArrayList<>();

    @AfterEach
    void writeReport() throws IOException {
        SignIn.out();
        Path file = Path.of("target", "benchmarks", "dashboard.txt");
        Files.createDirectories(file.getParent());
        Files.write(file, report, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        report.forEach(System.out::println);
    }

    @Test
    void theWholeDashboardWithTenThousandAndWithOneMillionAppointments() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        long[] doctorIds = doctors(tag);
        long firstPatient = patients(tag);
        LocalDate today = LocalDate.now(clock);
        SignIn.as(1, Roles.ADMIN);
        var clinic = new DashboardFilter(today.minusDays(29), today, null, null);
        var oneDoctor = clinic.forDoctor(doctorIds[0]);

        int generated = 0;
        for (int level : new int[] {10_000, 1_000_000}) {
            long started = System.nanoTime();
            generate(doctorIds, firstPatient, today, generated, level);
            generated = level;
            report.add(String.format(
                    Locale.ROOT, "generated %,d appointments in %.0f s", level, (System.nanoTime() - started) / 1e9));
            // The rows were written in plain SQL: the daily summaries are filled from them (V0013's and V0015's
            // backfills).
            started = System.nanoTime();
            appointmentSummaries.rebuild();
            paymentSummaries.rebuild();
            slotSummaries.rebuild();
            ratingTotals.rebuild();
            report.add(String.format(
                    Locale.ROOT, "filled the daily summaries in %.0f s", (System.nanoTime() - started) / 1e9));
            jdbc.sql("ANALYZE TABLE appointments, doctor_availability, payments, appointment_daily_counts,"
                            + " appointment_first_visits, appointment_doctor_first_visits, payment_daily_revenue,"
                            + " availability_daily_minutes")
                    .query()
                    .listOfRows();
            measure("clinic, 30 days", level, clinic);
            measure("one doctor, 30 days", level, oneDoctor);
            perQuery(level, clinic);
        }
    }

    private void measure(String what, int level, DashboardFilter filter) {
        for (int i = 0; i < WARM_UP; i++) {
            dashboards.dashboard(filter);
        }
        double[] millis = new double[RUNS];
        long booked = 0;
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            booked = dashboards.dashboard(filter).figures().current().booked();
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(millis);
        report.add(String.format(
                Locale.ROOT,
                "%-20s %,10d appointments: median %6.1f ms, p95 %6.1f ms (%,d booked in range)",
                what,
                level,
                millis[RUNS / 2],
                millis[(int) Math.ceil(RUNS * 0.95) - 1],
                booked));
    }

    /** Each of the dashboard's queries alone, for the whole clinic: where the time goes. */
    private void perQuery(int level, DashboardFilter filter) {
        var steps = new java.util.LinkedHashMap<String, Runnable>();
        steps.put("appointmentCounts", () -> queries.appointmentCounts(filter));
        steps.put("slotMinutes", () -> queries.slotMinutes(filter));
        steps.put("newPatients", () -> queries.newPatients(filter));
        steps.put("revenue (figures/export)", () -> queries.revenue(filter));
        steps.put("averageRating", () -> queries.averageRating(filter));
        steps.put("appointmentsPerDay", () -> queries.appointmentsPerDay(filter));
        steps.put("revenueAndWeeks (dashboard)", () -> queries.revenueAndWeeks(filter));
        steps.put("utilizationPerDoctor", () -> queries.utilizationPerDoctor(filter));
        steps.put("bookingsBySpecialization", () -> queries.bookingsBySpecialization(filter));
        steps.put("busiestHours", () -> queries.busiestHours(filter));
        steps.forEach((name, step) -> {
            step.run();
            double[] millis = new double[5];
            for (int i = 0; i < millis.length; i++) {
                long start = System.nanoTime();
                step.run();
                millis[i] = (System.nanoTime() - start) / 1e6;
            }
            Arrays.sort(millis);
            report.add(String.format(Locale.ROOT, "  %,10d: %-26s median %7.1f ms", level, name, millis[2]));
        });
    }

    private long[] doctors(String tag) {
        long[] ids = new long[DOCTORS];
        for (int d = 0; d < DOCTORS; d++) {
            jdbc.sql("INSERT INTO users (email, phone, password_hash, role, first_name, last_name)"
                            + " VALUES (?, ?, '{noop}-', 'DOCTOR', 'Bench', ?)")
                    .params("bench-doc-" + tag + "-" + d + "@test.praxis", phone(tag, d), "Doctor " + d)
                    .update();
            jdbc.sql("INSERT INTO doctors (user_id, license_number, consultation_fee, rating)"
                            + " SELECT user_id, ?, 80.00, 4.5 FROM users WHERE email = ?")
                    .params("BENCH-" + tag + "-" + d, "bench-doc-" + tag + "-" + d + "@test.praxis")
                    .update();
            ids[d] = jdbc.sql("SELECT doctor_id FROM doctors WHERE license_number = ?")
                    .param("BENCH-" + tag + "-" + d)
                    .query(Long.class)
                    .single();
        }
        return ids;
    }

    /** Patients in one statement; returns the first patient id (they are consecutive). */
    private long patients(String tag) {
        jdbc.sql("INSERT INTO users (email, phone, password_hash, role, first_name, last_name)"
                        + " SELECT CONCAT('bench-pat-', :tag, '-', m, '@test.praxis'),"
                        + " CONCAT('+4917', LPAD(m + :offset, 9, '0')), '{noop}-', 'PATIENT', 'Bench', CONCAT('P', m)"
                        + " FROM (" + numbers(4) + ") nums WHERE m < :count ORDER BY m")
                .param("tag", tag)
                .param("offset", Math.floorMod(tag.hashCode(), 100_000) * 1_000)
                .param("count", PATIENTS)
                .update();
        jdbc.sql("INSERT INTO patients (user_id) SELECT user_id FROM users WHERE email LIKE :pattern ORDER BY user_id")
                .param("pattern", "bench-pat-" + tag + "-%")
                .update();
        return jdbc.sql("SELECT MIN(p.patient_id) FROM patients p JOIN users u ON u.user_id = p.user_id"
                        + " WHERE u.email LIKE :pattern")
                .param("pattern", "bench-pat-" + tag + "-%")
                .query(Long.class)
                .single();
    }

    /**
     * Appointments number {@code from} to {@code to - 1}: number n is doctor n % 50's k-th slot (k = n / 50), on the
     * day k % 1000 days before today, at 08:00 + 30 min × (k / 1000), so every day has about the same count.
     * Statuses by id: 70 % completed, 10 % no-show, 10 % cancelled (their slots free again), 10 % scheduled.
     */
    private void generate(long[] doctorIds, long firstPatient, LocalDate today, int from, int to) {
        String doctorCase = doctorCase(doctorIds);
        List<Long> doctors = Arrays.stream(doctorIds).boxed().toList();
        int step = 100_000;
        for (int lo = from; lo < to; lo += step) {
            jdbc.sql("INSERT INTO doctor_availability (doctor_id, available_date, start_time, end_time, is_booked)"
                            + " SELECT " + doctorCase + ", DATE_SUB(:today, INTERVAL (n DIV 50) MOD :days DAY),"
                            + " ADDTIME('08:00:00', SEC_TO_TIME(30 * 60 * ((n DIV 50) DIV :days))),"
                            + " ADDTIME('08:30:00', SEC_TO_TIME(30 * 60 * ((n DIV 50) DIV :days))), TRUE"
                            + " FROM (SELECT m + :lo AS n FROM (" + numbers(5) + ") x WHERE m < :size) nums")
                    .param("today", today)
                    .param("days", DAYS)
                    .param("lo", lo)
                    .param("size", Math.min(step, to - lo))
                    .update();
        }
        // the slots just made: one appointment each
        jdbc.sql("INSERT INTO appointments (doctor_id, patient_id, availability_id, appointment_date, start_time,"
                        + " end_time, status, patient_first_name, patient_last_name, patient_user_id)"
                        + " SELECT s.doctor_id, p.patient_id, s.availability_id,"
                        + " s.available_date, s.start_time, s.end_time,"
                        + " CASE s.availability_id MOD 10 WHEN 7 THEN 'CANCELLED' WHEN 8 THEN 'NO_SHOW'"
                        + "   WHEN 9 THEN 'SCHEDULED' ELSE 'COMPLETED' END, u.first_name, u.last_name, u.user_id"
                        + " FROM doctor_availability s"
                        + " JOIN patients p ON p.patient_id = :firstPatient + (s.availability_id MOD :patients)"
                        + " JOIN users u ON u.user_id = p.user_id WHERE s.doctor_id IN (:doctors)"
                        + " AND NOT EXISTS (SELECT 1 FROM appointments a WHERE a.availability_id = s.availability_id)")
                .param("firstPatient", firstPatient)
                .param("patients", PATIENTS)
                .param("doctors", doctors)
                .update();
        jdbc.sql("UPDATE appointments a JOIN patients p ON p.patient_id = a.patient_id"
                        + " SET a.cancelled_by = CASE WHEN a.appointment_id MOD 2 = 0 THEN p.user_id END"
                        + " WHERE a.status = 'CANCELLED' AND a.doctor_id IN (:doctors)")
                .param("doctors", doctors)
                .update();
        jdbc.sql("UPDATE doctor_availability s JOIN appointments a ON a.availability_id = s.availability_id"
                        + " SET s.is_booked = FALSE WHERE a.status = 'CANCELLED' AND a.doctor_id IN (:doctors)")
                .param("doctors", doctors)
                .update();
        jdbc.sql("INSERT INTO payments (appointment_id, amount, payment_status)"
                        + " SELECT a.appointment_id, 80.00,"
                        + " CASE WHEN a.status = 'COMPLETED' THEN 'PAID' WHEN a.appointment_id MOD 50 = 0 THEN"
                        + " 'REFUNDED' ELSE 'PENDING' END"
                        + " FROM appointments a WHERE a.doctor_id IN (:doctors)"
                        + " AND NOT EXISTS (SELECT 1 FROM payments p WHERE p.appointment_id = a.appointment_id)")
                .param("doctors", doctors)
                .update();
    }

    private static String doctorCase(long[] doctorIds) {
        var sql = new StringBuilder("CASE n MOD ").append(DOCTORS);
        for (int d = 0; d < doctorIds.length; d++) {
            sql.append(" WHEN ").append(d).append(" THEN ").append(doctorIds[d]);
        }
        return sql.append(" END").toString();
    }

    /** The numbers 0 … 10^digits − 1 as a derived table with one column, m. */
    private static String numbers(int digits) {
        String ten = "SELECT 0 AS d UNION ALL SELECT 1 UNION ALL SELECT 2 UNION ALL SELECT 3 UNION ALL SELECT 4"
                + " UNION ALL SELECT 5 UNION ALL SELECT 6 UNION ALL SELECT 7 UNION ALL SELECT 8 UNION ALL SELECT 9";
        var select = new StringBuilder("SELECT ");
        var from = new StringBuilder(" FROM ");
        long weight = 1;
        for (int i = 0; i < digits; i++) {
            select.append(i == 0 ? "" : " + ")
                    .append("t")
                    .append(i)
                    .append(".d * ")
                    .append(weight);
            from.append(i == 0 ? "" : " CROSS JOIN ")
                    .append("(")
                    .append(ten)
                    .append(") t")
                    .append(i);
            weight *= 10;
        }
        return select.append(" AS m").append(from).toString();
    }

    private static String phone(String tag, int d) {
        return String.format("+4916%09d", Math.floorMod(tag.hashCode(), 1_000_000) * 100 + d);
    }
}
