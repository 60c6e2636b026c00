package app.praxis.availability;

import static org.assertj.core.api.Assertions.assertThat;

import app.praxis.base.InvalidInputException;
import app.praxis.doctor.DoctorService;
import app.praxis.doctor.DoctorSummary;
import app.praxis.security.Roles;
import app.praxis.support.IntegrationTest;
import app.praxis.support.SignIn;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.RepeatedTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
class ConcurrentEditsTest {

    @Autowired
    AvailabilityService availability;

    @Autowired
    DoctorService doctorService;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @RepeatedTest(3)
    void twoOverlappingEditsAtTheSameMomentLeaveNoOverlappingSlots() throws Exception {
        DoctorSummary doctor = Doctors.create(doctorService, "Race");
        LocalDate day = LocalDate.now(clock).plusDays(10);
        // 09:00–10:00 and 09:15–10:15 overlap, yet no two of their slots start at the same time: the unique key
        // cannot tell, only the lock on the doctor's row can. Exactly one edit may win.
        List<NewSlots> edits = List.of(
                new NewSlots(day.atTime(9, 0), day.atTime(10, 0), 30),
                new NewSlots(day.atTime(9, 15), day.atTime(10, 15), 30));
        var ready = new CountDownLatch(edits.size());
        var go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(edits.size());
        try {
            var outcomes = new ArrayList<Future<Boolean>>();
            for (NewSlots edit : edits) {
                outcomes.add(pool.submit(() -> {
                    SignIn.as(doctor.userId(), Roles.DOCTOR);
                    ready.countDown();
                    go.await();
                    try {
                        availability.addSlots(doctor.doctorId(), edit);
                        return true;
                    } catch (InvalidInputException refused) {
                        return false;
                    } finally {
                        SignIn.out();
                    }
                }));
            }
            assertThat(ready.await(10, TimeUnit.SECONDS)).isTrue();
            go.countDown();
            long wins = 0;
            for (Future<Boolean> outcome : outcomes) {
                wins += outcome.get(30, TimeUnit.SECONDS) ? 1 : 0;
            }

            assertThat(wins).isEqualTo(1);
            assertThat(overlappingPairs(doctor.doctorId())).isZero();
            assertThat(slotCount(doctor.doctorId())).isEqualTo(2);
        } finally {
            pool.shutdownNow();
        }
    }

    private long overlappingPairs(long doctorId) {
        return jdbc.sql("""
                        SELECT COUNT(*) FROM doctor_availability a JOIN doctor_availability b
                          ON a.doctor_id = b.doctor_id AND a.available_date = b.available_date
                         AND a.availability_id < b.availability_id
                         AND a.start_time < b.end_time AND b.start_time < a.end_time
                        WHERE a.doctor_id = ?""").param(doctorId).query(Long.class).single();
    }

    private long slotCount(long doctorId) {
        return jdbc.sql("SELECT COUNT(*) FROM doctor_availability WHERE doctor_id = ?")
                .param(doctorId)
                .query(Long.class)
                .single();
    }
}
