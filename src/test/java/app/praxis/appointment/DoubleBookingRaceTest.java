package app.praxis.appointment;

import static org.assertj.core.api.Assertions.assertThat;

import app.praxis.base.InvalidInputException;
import app.praxis.doctor.DoctorSummary;
import app.praxis.patient.PatientSummary;
import app.praxis.security.Roles;
import app.praxis.support.IntegrationTest;
import app.praxis.support.SignIn;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Many patients press "book" on the same few slots at the same instant, round after round, on the real database.
 * Exactly one wins each slot; every other one is told the slot was just taken; nothing half-written remains.
 */
@IntegrationTest
class DoubleBookingRaceTest {

    private static final int THREADS = 32;
    private static final int ROUNDS = 100;
    private static final int SLOTS_PER_ROUND = 3;

    @Autowired
    BookingService booking;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    BookingFixture fixture;

    @Test
    void thirtyTwoPatientsRacingForThreeSlotsLeaveExactlyOneAppointmentPerSlotAndNothingPartial() throws Exception {
        DoctorSummary doctor = fixture.doctor("Race");
        List<PatientSummary> patients = IntStream.range(0, THREADS)
                .mapToObj(i -> fixture.quickPatient("Racer" + i))
                .toList();
        var winnersBySlot = new ConcurrentHashMap<Long, AtomicInteger>();
        var losers = new AtomicInteger();
        var unexpected = new ConcurrentHashMap<String, Integer>();
        List<Long> allSlots = new ArrayList<>();

        try (ExecutorService pool = Executors.newFixedThreadPool(THREADS)) {
            for (int round = 0; round < ROUNDS; round++) {
                List<Long> slots = newSlots(fixture, doctor.doctorId(), round);
                allSlots.addAll(slots);
                var start = new CountDownLatch(1);
                var attempts = new ArrayList<Future<?>>();
                for (int t = 0; t < THREADS; t++) {
                    PatientSummary patient = patients.get(t);
                    long slot = slots.get(t % SLOTS_PER_ROUND);
                    attempts.add(pool.submit(() -> {
                        SignIn.as(patient.userId(), Roles.PATIENT);
                        try {
                            start.await();
                            booking.book(slot, "Race");
                            winnersBySlot
                                    .computeIfAbsent(slot, s -> new AtomicInteger())
                                    .incrementAndGet();
                        } catch (InvalidInputException e) {
                            if (BookingService.SLOT_TAKEN.equals(e.fieldErrors().get(BookingService.SLOT))) {
                                losers.incrementAndGet();
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
                    attempt.get();
                }
            }
        }

        assertThat(unexpected).isEmpty();
        assertThat(allSlots).allSatisfy(slot -> {
            assertThat(winnersBySlot.get(slot)).as("winners of slot %d", slot).hasValue(1);
            assertThat(fixture.appointmentsOnSlot(slot))
                    .as("appointments on slot %d", slot)
                    .isOne();
            assertThat(fixture.isBooked(slot)).isTrue();
        });
        assertThat(losers).hasValue(ROUNDS * (THREADS - SLOTS_PER_ROUND));
        long appointments = fixture.count(
                "SELECT COUNT(*) FROM appointments WHERE doctor_id = ? AND status = 'SCHEDULED'", doctor.doctorId());
        long payments = fixture.count(
                "SELECT COUNT(*) FROM payments p JOIN appointments a ON a.appointment_id = p.appointment_id"
                        + " WHERE a.doctor_id = ? AND p.payment_status = 'PENDING'",
                doctor.doctorId());
        long bookedSlots = fixture.count(
                "SELECT COUNT(*) FROM doctor_availability WHERE doctor_id = ? AND is_booked", doctor.doctorId());
        assertThat(appointments).isEqualTo(ROUNDS * SLOTS_PER_ROUND);
        assertThat(payments).isEqualTo(appointments);
        assertThat(bookedSlots).isEqualTo(appointments);
    }

    /** Ten-minute slots a quarter of an hour apart, so one patient's wins never overlap each other. */
    private static List<Long> newSlots(BookingFixture fixture, long doctorId, int round) {
        List<Long> slots = new ArrayList<>();
        for (int i = 0; i < SLOTS_PER_ROUND; i++) {
            int index = round * SLOTS_PER_ROUND + i;
            LocalDateTime start =
                    fixture.today().plusDays(1 + index / 40).atTime(8, 0).plusMinutes(15L * (index % 40));
            slots.add(fixture.slot(doctorId, start, 10));
        }
        return slots;
    }
}
