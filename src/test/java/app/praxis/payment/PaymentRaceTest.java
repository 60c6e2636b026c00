package app.praxis.payment;

import static org.assertj.core.api.Assertions.assertThat;

import app.praxis.appointment.BookingFixture;
import app.praxis.base.InvalidInputException;
import app.praxis.base.Texts;
import app.praxis.doctor.DoctorSummary;
import app.praxis.patient.PatientSummary;
import app.praxis.security.Roles;
import app.praxis.support.IntegrationTest;
import app.praxis.support.LockWaits;
import app.praxis.support.SignIn;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Staff members record the same payment at the same moment: the database decides (a conditional update from an
 * unpaid state), exactly one wins, the others are told, and receipt numbers stay gap-free.
 */
@IntegrationTest
class PaymentRaceTest {

    private static final NewPayment CASH = new NewPayment(PaymentMethod.CASH, BookingFixture.FEE, null);

    @Autowired
    Texts texts;

    @Autowired
    PaymentService payments;

    @Autowired
    BookingFixture fixture;

    @Autowired
    PaymentFixture paid;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager transactionManager;

    DoctorSummary doctor;
    PatientSummary patient;
    long admin;

    @BeforeEach
    void setUp() {
        String family = "Race" + UUID.randomUUID().toString().substring(0, 8);
        doctor = fixture.doctor(family);
        patient = fixture.quickPatient(family);
        admin = paid.admin();
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    /**
     * Not left to timing: the doctor's payment is written but not yet committed when the admin records the same
     * one; the test waits until the database shows the admin's update waiting for the doctor's row lock, then
     * lets the doctor commit. The admin's update then finds the payment no longer unpaid.
     */
    @Test
    void theSecondOfTwoSimultaneousRecordingsWaitsForTheFirstAndIsToldItLost() throws Exception {
        long appointment = paid.booked(doctor, patient, 2);
        var firstWritten = new CountDownLatch(1);
        var releaseFirst = new CountDownLatch(1);
        try (ExecutorService pool = Executors.newFixedThreadPool(2)) {
            Future<PaymentDetails> first = pool.submit(() -> {
                SignIn.as(doctor.userId(), Roles.DOCTOR);
                try {
                    return new TransactionTemplate(transactionManager).execute(status -> {
                        PaymentDetails details = payments.recordPayment(appointment, CASH);
                        firstWritten.countDown();
                        await(releaseFirst);
                        return details;
                    });
                } finally {
                    SignIn.out();
                }
            });
            assertThat(firstWritten.await(30, TimeUnit.SECONDS)).isTrue();
            Future<String> second = pool.submit(() -> {
                SignIn.as(admin, Roles.ADMIN);
                try {
                    payments.recordPayment(appointment, new NewPayment(PaymentMethod.CARD, BookingFixture.FEE, null));
                    return "won";
                } catch (InvalidInputException e) {
                    return e.fieldErrors().get(PaymentService.PAYMENT);
                } finally {
                    SignIn.out();
                }
            });
            LockWaits.awaitAnotherTransactionWaiting(jdbc); // the admin's update waits for the doctor's row
            releaseFirst.countDown();

            assertThat(first.get(30, TimeUnit.SECONDS).status()).isEqualTo(PaymentStatus.PAID);
            assertThat(second.get(30, TimeUnit.SECONDS)).isEqualTo(texts.get(PaymentService.JUST_PAID));
        }
        assertThat(paid.column(appointment, "payment_method")).isEqualTo("CASH");
        assertThat(paid.column(appointment, "recorded_by")).isEqualTo(String.valueOf(doctor.userId()));
        assertThat(paid.historyRows(appointment)).isOne();
    }

    /**
     * Many rounds of four staff members pressing "Record payment" on the same appointment at once: one winner per
     * appointment, every other one told, one receipt each, and the receipt numbers handed out form one run without
     * gaps.
     */
    @Test
    void fourStaffRecordingTheSamePaymentsAtOnceLeaveOneWinnerEachAndGapFreeReceipts() throws Exception {
        int rounds = 25;
        int threads = 4;
        List<Long> appointments = new ArrayList<>();
        for (int i = 0; i < rounds; i++) {
            appointments.add(paid.bookedAt(
                    doctor,
                    patient,
                    fixture.today().plusDays(1 + i / 20).atTime(8, 0).plusMinutes(30L * (i % 20))));
        }
        var winners = new ConcurrentHashMap<Long, AtomicInteger>();
        var toldTheyLost = new AtomicInteger();
        var unexpected = new ConcurrentHashMap<String, Integer>();
        try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
            for (long appointment : appointments) {
                var start = new CountDownLatch(1);
                var attempts = new ArrayList<Future<?>>();
                for (int t = 0; t < threads; t++) {
                    boolean asAdmin = t % 2 == 0;
                    attempts.add(pool.submit(() -> {
                        SignIn.as(asAdmin ? admin : doctor.userId(), asAdmin ? Roles.ADMIN : Roles.DOCTOR);
                        try {
                            start.await();
                            payments.recordPayment(appointment, CASH);
                            winners.computeIfAbsent(appointment, a -> new AtomicInteger())
                                    .incrementAndGet();
                        } catch (InvalidInputException e) {
                            String message = e.fieldErrors().get(PaymentService.PAYMENT);
                            if (texts.get(PaymentService.JUST_PAID).equals(message)
                                    || "This appointment is already paid.".equals(message)) {
                                toldTheyLost.incrementAndGet();
                            } else {
                                unexpected.merge(e.getMessage(), 1, Integer::sum);
                            }
                        } catch (Exception e) {
                            unexpected.merge(e.toString(), 1, Integer::sum);
                        } finally {
                            SignIn.out();
                        }
                        return null;
                    }));
                }
                start.countDown();
                for (Future<?> attempt : attempts) {
                    attempt.get(60, TimeUnit.SECONDS);
                }
            }
        }

        assertThat(unexpected).isEmpty();
        assertThat(appointments).allSatisfy(a -> {
            assertThat(winners.get(a)).as("winners of %d", a).hasValue(1);
            assertThat(paid.historyRows(a)).isOne();
        });
        assertThat(toldTheyLost).hasValue(rounds * (threads - 1));
        List<Integer> numbers = jdbc
                .sql("SELECT receipt_number FROM payments WHERE appointment_id IN (:ids)")
                .param("ids", appointments)
                .query(String.class)
                .list()
                .stream()
                .map(number -> Integer.parseInt(number.substring(number.indexOf('-') + 1)))
                .sorted()
                .toList();
        assertThat(numbers).hasSize(rounds);
        assertThat(numbers.getLast() - numbers.getFirst()).isEqualTo(rounds - 1);
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(30, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
