package app.praxis.payment;

import static org.assertj.core.api.Assertions.assertThat;

import app.praxis.appointment.BookingFixture;
import app.praxis.base.InvalidInputException;
import app.praxis.doctor.DoctorSummary;
import app.praxis.patient.PatientSummary;
import app.praxis.security.Roles;
import app.praxis.support.IntegrationTest;
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

/**
 * Staff members record the same payment at the same moment: the database decides (a conditional update from an
 * unpaid state), exactly one wins, the others are told, and receipt numbers stay gap-free.
 */
@IntegrationTest
class PaymentRaceTest {

    private static final NewPayment CASH = new NewPayment(PaymentMethod.CASH, BookingFixture.FEE, null);

    @Autowired
    PaymentService payments;

    @Autowired
    BookingFixture fixture;

    @Autowired
    PaymentFixture paid;

    @Autowired
    JdbcClient jdbc;

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
                            if (PaymentService.JUST_PAID.equals(message)
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
}
