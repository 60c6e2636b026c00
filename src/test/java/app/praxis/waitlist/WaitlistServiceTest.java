package app.praxis.waitlist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.praxis.appointment.BookingFixture;
import app.praxis.appointment.BookingService;
import app.praxis.base.InvalidInputException;
import app.praxis.doctor.DoctorSummary;
import app.praxis.patient.PatientSummary;
import app.praxis.security.Roles;
import app.praxis.support.IntegrationTest;
import app.praxis.support.SignIn;
import app.praxis.support.TestClock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The waitlist: a cancelled time goes to the first patient waiting for it, held for them (others cannot book it
 * meanwhile, decided by the database), then to the next one if they let it lapse; races between patients and
 * between nodes leave one holder and one appointment per slot.
 */
@IntegrationTest
class WaitlistServiceTest {

    @Autowired
    WaitlistService waitlist;

    @Autowired
    WaitlistProperties properties;

    @Autowired
    BookingService booking;

    @Autowired
    BookingFixture fixture;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestClock clock;

    String family;
    DoctorSummary doctor;
    PatientSummary early;
    PatientSummary first;
    PatientSummary second;
    LocalDateTime start;
    long slot;
    long appointment;

    @BeforeEach
    void aBookedTimeAndTwoPatientsWaitingForIt() {
        family = "Wait" + UUID.randomUUID().toString().substring(0, 8);
        doctor = fixture.doctor(family);
        early = fixture.quickPatient(family + "a");
        first = fixture.quickPatient(family + "b");
        second = fixture.quickPatient(family + "c");
        start = fixture.today().plusDays(3).atTime(10, 0);
        slot = fixture.slot(doctor.doctorId(), start);
        SignIn.as(early.userId(), Roles.PATIENT);
        appointment = booking.book(slot, "Check-up");
        join(first, start.toLocalDate(), LocalTime.of(9, 0), LocalTime.of(12, 0));
        join(second, start.toLocalDate(), LocalTime.of(8, 0), LocalTime.of(11, 0));
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    private long join(PatientSummary patient, LocalDate day, LocalTime from, LocalTime to) {
        SignIn.as(patient.userId(), Roles.PATIENT);
        return waitlist.join(new NewWaitlistEntry(doctor.doctorId(), day.minusDays(1), day.plusDays(1), from, to));
    }

    @Test
    void joiningRefusesImpossibleRangesFieldByField() {
        SignIn.as(first.userId(), Roles.PATIENT);
        LocalDate today = fixture.today();
        assertThatThrownBy(() -> waitlist.join(new NewWaitlistEntry(
                        doctor.doctorId(), today.minusDays(1), today.minusDays(2), LocalTime.NOON, LocalTime.of(9, 0))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsOnlyKeys(
                                NewWaitlistEntry.FIRST_DAY, NewWaitlistEntry.LAST_DAY, NewWaitlistEntry.TO_TIME));
        assertThatThrownBy(() -> waitlist.join(new NewWaitlistEntry(doctor.doctorId(), null, null, null, null)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .hasSize(4));
        assertThatThrownBy(() -> waitlist.join(new NewWaitlistEntry(
                        doctor.doctorId(),
                        today,
                        today.plusWeeks(properties.maxWeeksAhead() + 1),
                        LocalTime.NOON,
                        LocalTime.of(13, 0))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsOnlyKeys(NewWaitlistEntry.LAST_DAY));
        assertThat(waitlist.mine()).hasSize(1);
    }

    @Test
    void aCancelledTimeIsOfferedToTheFirstWaitingHeldForThemAndBookedByThem() {
        assertThat(waitlist.offerDue()).as("nothing free yet").isZero();
        SignIn.as(early.userId(), Roles.PATIENT);
        booking.cancel(appointment, "Cannot come"); // the cancellation's listener offers it at once

        assertThat(offerMailsTo(first)).singleElement().satisfies(subject -> assertThat(subject)
                .startsWith("A time with Dr. Doc " + family)
                .contains("10:00"));
        assertThat(offerMailsTo(second)).isEmpty();
        assertThat(heldFor(slot)).isEqualTo(patientId(first));

        SignIn.as(second.userId(), Roles.PATIENT);
        assertThat(waitlist.mine()).singleElement().satisfies(e -> assertThat(e.offer())
                .isNull());
        assertThatThrownBy(() -> booking.book(slot, "Me too"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(
                                e.fieldErrors().get(BookingService.SLOT))
                        .isEqualTo(BookingService.SLOT_TAKEN));

        SignIn.as(first.userId(), Roles.PATIENT);
        var offer = waitlist.mine().getFirst().offer();
        assertThat(offer).isNotNull();
        assertThat(offer.slotId()).isEqualTo(slot);
        assertThat(offer.expiresAt()).isEqualTo(clock.instant().plus(properties.hold()));
        long booked = waitlist.accept(offer.offerId());
        assertThat(fixture.status(booked)).isEqualTo("SCHEDULED");
        assertThat(scheduledOn(slot)).isOne();
        assertThat(waitlist.mine()).as("done waiting").isEmpty();
        assertThat(heldFor(slot)).isNull();
    }

    @Test
    void anOfferNotTakenInTimeGoesToTheNextPatient() {
        SignIn.as(early.userId(), Roles.PATIENT);
        booking.cancel(appointment, "Cannot come");
        SignIn.as(first.userId(), Roles.PATIENT);
        long offerId = waitlist.mine().getFirst().offer().offerId();

        clock.advance(properties.hold().minusMinutes(1));
        waitlist.offerDue();
        assertThat(offerMailsTo(second)).as("still held for the first").isEmpty();
        clock.advance(Duration.ofMinutes(1));
        waitlist.offerDue();

        assertThat(offerMailsTo(second)).hasSize(1);
        assertThat(heldFor(slot)).isEqualTo(patientId(second));
        SignIn.as(first.userId(), Roles.PATIENT);
        assertThatThrownBy(() -> waitlist.accept(offerId))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(
                                e.fieldErrors().get(WaitlistService.OFFER))
                        .isEqualTo("This offer has run out or was taken. You are still on the waitlist."));
        assertThat(waitlist.mine()).as("still waiting, for other times").singleElement();

        SignIn.as(second.userId(), Roles.PATIENT);
        waitlist.decline(waitlist.mine().getFirst().offer().offerId());
        assertThat(heldFor(slot)).isNull();
        waitlist.offerDue();
        assertThat(heldFor(slot)).as("both passed on this time").isNull();
        SignIn.as(early.userId(), Roles.PATIENT);
        assertThat(booking.book(slot, "Back again")).isPositive();
    }

    @Test
    void whileTheTimeIsHeldOnlyItsHolderWinsAgainstManyPatientsBookingAtOnce() throws Exception {
        SignIn.as(early.userId(), Roles.PATIENT);
        booking.cancel(appointment, "Cannot come");
        SignIn.as(first.userId(), Roles.PATIENT);
        long offerId = waitlist.mine().getFirst().offer().offerId();
        SignIn.out();
        List<PatientSummary> others = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            others.add(fixture.quickPatient(family + "r" + i));
        }
        var wins = new AtomicInteger();
        var refused = new AtomicInteger();
        var unexpected = new ConcurrentHashMap<String, Integer>();
        var go = new CountDownLatch(1);
        List<Future<?>> runs = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(others.size() + 1)) {
            for (PatientSummary other : others) {
                runs.add(pool.submit(() -> {
                    SignIn.as(other.userId(), Roles.PATIENT);
                    try {
                        go.await();
                        booking.book(slot, "Race");
                        wins.incrementAndGet();
                    } catch (InvalidInputException e) {
                        refused.incrementAndGet();
                    } catch (Exception e) {
                        unexpected.merge(e.toString(), 1, Integer::sum);
                    } finally {
                        SignIn.out();
                    }
                    return null;
                }));
            }
            var holder = pool.submit(() -> {
                SignIn.as(first.userId(), Roles.PATIENT);
                try {
                    go.await();
                    return waitlist.accept(offerId);
                } finally {
                    SignIn.out();
                }
            });
            go.countDown();
            for (Future<?> run : runs) {
                run.get();
            }
            assertThat(fixture.status(holder.get())).isEqualTo("SCHEDULED");
        }
        assertThat(unexpected).isEmpty();
        assertThat(wins).hasValue(0);
        assertThat(refused).hasValue(others.size());
        assertThat(scheduledOn(slot)).isOne();
    }

    @Test
    void twoNodesOfferingAtOnceHoldEachFreedTimeForOnePatient() throws Exception {
        List<Long> freed = new ArrayList<>();
        for (int i = 1; i <= 4; i++) {
            freed.add(fixture.slot(doctor.doctorId(), start.plusMinutes(30L * i)));
        }
        PatientSummary third = fixture.quickPatient(family + "d");
        join(third, start.toLocalDate(), LocalTime.of(11, 0), LocalTime.of(13, 0));

        for (int round = 0; round < 3; round++) {
            var go = new CountDownLatch(1);
            try (ExecutorService pool = Executors.newFixedThreadPool(2)) {
                var a = pool.submit(() -> {
                    go.await();
                    return waitlist.offerDue();
                });
                var b = pool.submit(() -> {
                    go.await();
                    return waitlist.offerDue();
                });
                go.countDown();
                a.get();
                b.get();
            }
        }
        assertThat(offerMailsTo(first)).as("first in line: 10:30").hasSize(1);
        assertThat(offerMailsTo(second))
                .as("their only match, 10:30, is held for the first")
                .isEmpty();
        assertThat(offerMailsTo(third)).as("11:00").hasSize(1);
        long openOffers = fixture.count(
                "SELECT COUNT(*) FROM waitlist_offers o JOIN waitlist_entries e ON e.entry_id = o.entry_id"
                        + " WHERE e.doctor_id = ? AND o.status = 'OPEN'",
                doctor.doctorId());
        assertThat(openOffers).isEqualTo(2);
        assertThat(heldFor(freed.get(0))).isEqualTo(first.patientId());
        assertThat(heldFor(freed.get(1))).isEqualTo(third.patientId());
        long heldSlots = fixture.count(
                "SELECT COUNT(*) FROM doctor_availability WHERE doctor_id = ? AND held_for IS NOT NULL",
                doctor.doctorId());
        assertThat(heldSlots).as("one hold per offer, none twice").isEqualTo(2);
        assertThat(freed).hasSize(4);
    }

    private List<String> offerMailsTo(PatientSummary patient) {
        return jdbc.sql("""
                        SELECT o.subject FROM mail_outbox o JOIN users u ON u.email = o.recipient
                        WHERE u.user_id = ? AND o.subject LIKE 'A time with%' ORDER BY o.mail_id""").param(patient.userId()).query(String.class).list();
    }

    private Long heldFor(long slotId) {
        return jdbc.sql("SELECT CASE WHEN held_until > ? THEN held_for END FROM doctor_availability"
                        + " WHERE availability_id = ?")
                .params(java.sql.Timestamp.from(clock.instant()), slotId)
                .query(Long.class)
                .optional()
                .orElse(null);
    }

    private long scheduledOn(long slotId) {
        return fixture.count(
                "SELECT COUNT(*) FROM appointments WHERE availability_id = ? AND status = 'SCHEDULED'", slotId);
    }

    private long patientId(PatientSummary patient) {
        return patient.patientId();
    }
}
