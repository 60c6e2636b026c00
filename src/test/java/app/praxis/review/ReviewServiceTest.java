package app.praxis.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.praxis.appointment.BookingFixture;
import app.praxis.base.InvalidInputException;
import app.praxis.base.NotFoundException;
import app.praxis.doctor.DoctorSummary;
import app.praxis.patient.PatientSummary;
import app.praxis.security.Roles;
import app.praxis.support.IntegrationTest;
import app.praxis.support.SignIn;
import app.praxis.support.TestClock;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

@IntegrationTest
class ReviewServiceTest {

    @Autowired
    ReviewService reviews;

    @Autowired
    BookingFixture fixture;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestClock clock;

    DoctorSummary doctor;
    PatientSummary patient;

    @BeforeEach
    void setUp() {
        doctor = fixture.doctor("Rated" + UUID.randomUUID().toString().substring(0, 6));
        patient = fixture.patient("Lindner");
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void aPatientRatesTheirCompletedVisitAndTheDoctorsRatingAndCountFollow() {
        long first = completed(patient, 3);
        long second = completed(patient, 10);
        SignIn.as(patient.userId(), Roles.PATIENT);

        ReviewDetails review = reviews.submit(first, 5, "  Took her time to explain.  ");
        reviews.submit(second, 4, null);

        assertThat(review.comment()).isEqualTo("Took her time to explain.");
        assertThat(review.author()).isEqualTo("Pat L.");
        assertThat(review.editable()).isTrue();
        assertThat(rating()).isEqualByComparingTo("4.50");
        assertThat(count()).isEqualTo(2);
    }

    @Test
    void aDoctorWithoutReviewsHasNoRatingNotZero() {
        assertThat(jdbc.sql("SELECT rating FROM doctors WHERE doctor_id = ?")
                        .param(doctor.doctorId())
                        .query(BigDecimal.class)
                        .optional())
                .isEmpty();
        assertThat(count()).isZero();
    }

    @Test
    void onlyTheOwnCompletedVisitCanBeRatedAndBadInputStoresNothing() {
        long scheduled = fixture.pastAppointment(doctor.doctorId(), patient.patientId(), 2);
        PatientSummary stranger = fixture.patient("Fremd");
        long strangers = completed(stranger, 4);
        long own = completed(patient, 5);
        SignIn.as(patient.userId(), Roles.PATIENT);

        assertThatThrownBy(() -> reviews.submit(scheduled, 5, null))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.fieldErrors())
                        .isEqualTo(Map.of(
                                "appointment", "You can rate a visit once the doctor has marked it completed.")));
        assertThatThrownBy(() -> reviews.submit(strangers, 5, null)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> reviews.submit(own, 0, "x".repeat(2001)))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.fieldErrors())
                        .containsOnlyKeys("stars", "comment"));
        assertThatThrownBy(() -> reviews.submit(own, 6, null)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> reviews.submit(own, null, null)).isInstanceOf(InvalidInputException.class);

        assertThat(rowsOf(doctor)).isZero();
        SignIn.as(doctor.userId(), Roles.DOCTOR);
        assertThatThrownBy(() -> reviews.submit(own, 5, null)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aVisitIsRatedOnceThenTheRatingIsChangedForFourteenDaysOnly() {
        long visit = completed(patient, 1);
        SignIn.as(patient.userId(), Roles.PATIENT);
        ReviewDetails review = reviews.submit(visit, 2, "Waited long");

        assertThatThrownBy(() -> reviews.submit(visit, 5, null))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.fieldErrors())
                        .isEqualTo(Map.of(
                                "appointment",
                                "You have already rated this visit; you can change your rating instead.")));

        clock.advance(Duration.ofDays(13));
        reviews.edit(review.id(), 4, "Waited long, but worth it");
        assertThat(rating()).isEqualByComparingTo("4.00");
        assertThat(count()).isOne();

        clock.advance(Duration.ofDays(1));
        assertThatThrownBy(() -> reviews.edit(review.id(), 1, null))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.fieldErrors())
                        .containsKey("appointment"));
        assertThat(reviews.ofAppointments(List.of(visit)).get(visit).editable()).isFalse();
        assertThat(rating()).isEqualByComparingTo("4.00");
    }

    @Test
    void nobodyButTheAuthorChangesAReview() {
        long visit = completed(patient, 1);
        SignIn.as(patient.userId(), Roles.PATIENT);
        ReviewDetails review = reviews.submit(visit, 3, null);
        PatientSummary other = fixture.patient("Other");

        SignIn.as(other.userId(), Roles.PATIENT);
        assertThatThrownBy(() -> reviews.edit(review.id(), 1, null)).isInstanceOf(NotFoundException.class);
        assertThat(reviews.ofAppointments(List.of(visit))).isEmpty();
    }

    @Test
    void anAdminHidesAnAbusiveReviewWithAReasonAndTheRatingFollows() {
        long kind = completed(patient, 2);
        long rude = completed(patient, 3);
        SignIn.as(patient.userId(), Roles.PATIENT);
        reviews.submit(kind, 5, "Great");
        ReviewDetails abusive = reviews.submit(rude, 1, "insults");
        assertThat(rating()).isEqualByComparingTo("3.00");

        SignIn.as(doctor.userId(), Roles.DOCTOR);
        assertThatThrownBy(() -> reviews.hide(abusive.id(), "I do not like it"))
                .isInstanceOf(AccessDeniedException.class);
        SignIn.as(patient.userId(), Roles.PATIENT);
        assertThatThrownBy(() -> reviews.hide(abusive.id(), "mine")).isInstanceOf(AccessDeniedException.class);

        SignIn.as(1, Roles.ADMIN);
        assertThatThrownBy(() -> reviews.hide(abusive.id(), "  "))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.fieldErrors())
                        .containsOnlyKeys("reason"));
        ReviewDetails hidden = reviews.hide(abusive.id(), "Insults the doctor");

        assertThat(hidden.hidden()).isTrue();
        assertThat(hidden.hiddenReason()).isEqualTo("Insults the doctor");
        assertThat(rating()).isEqualByComparingTo("5.00");
        assertThat(count()).isOne();
        assertThat(reviews.allReviews(0, 500)).extracting(ReviewDetails::id).contains(abusive.id());

        SignIn.as(doctor.userId(), Roles.DOCTOR);
        assertThat(reviews.myReviews(0, 10)).extracting(ReviewDetails::stars).containsExactly(5);
        assertThat(reviews.latestOf(doctor.doctorId(), 5))
                .extracting(ReviewDetails::comment)
                .containsExactly("Great");
        assertThat(reviews.ofAppointments(List.of(kind, rude))).containsOnlyKeys(kind);
    }

    @Test
    void theDoctorPageShowsTheLatestVisibleReviewsNewestFirst() {
        long older = completed(patient, 9);
        long newer = completed(patient, 2);
        SignIn.as(patient.userId(), Roles.PATIENT);
        reviews.submit(older, 3, "first");
        reviews.submit(newer, 4, "second");

        assertThat(reviews.latestOf(doctor.doctorId(), 1))
                .extracting(ReviewDetails::comment)
                .containsExactly("second");
        assertThat(reviews.latestOf(doctor.doctorId(), 5))
                .extracting(ReviewDetails::comment)
                .containsExactly("second", "first");
    }

    /**
     * Many patients rating the same doctor at the same moment: every review counts, and the rating is the exact
     * average of all of them (a lost update would leave a stale count or average).
     */
    @Test
    void concurrentReviewsOfOneDoctorLoseNoUpdate() throws Exception {
        int patients = 8;
        var visits = new ArrayList<long[]>();
        for (int i = 0; i < patients; i++) {
            PatientSummary p = fixture.patient("Race" + i);
            visits.add(new long[] {p.userId(), completed(p, 1 + i)});
        }
        var start = new CountDownLatch(1);
        var failures = new ConcurrentHashMap<String, Integer>();
        try (ExecutorService pool = Executors.newFixedThreadPool(patients)) {
            var done = new ArrayList<Future<?>>();
            for (int i = 0; i < patients; i++) {
                long[] visit = visits.get(i);
                int stars = 1 + i % 5;
                done.add(pool.submit(() -> {
                    SignIn.as(visit[0], Roles.PATIENT);
                    try {
                        start.await();
                        reviews.submit(visit[1], stars, null);
                    } catch (Exception e) {
                        failures.merge(e.toString(), 1, Integer::sum);
                    } finally {
                        SignIn.out();
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> f : done) {
                f.get(60, TimeUnit.SECONDS);
            }
        }

        assertThat(failures).isEmpty();
        assertThat(count()).isEqualTo(patients);
        BigDecimal exact = jdbc.sql("SELECT ROUND(AVG(stars), 2) FROM reviews WHERE doctor_id = ?")
                .param(doctor.doctorId())
                .query(BigDecimal.class)
                .single();
        assertThat(rating()).isEqualByComparingTo(exact);
    }

    private long completed(PatientSummary who, int daysAgo) {
        long appointment = fixture.pastAppointment(doctor.doctorId(), who.patientId(), daysAgo);
        jdbc.sql("UPDATE appointments SET status = 'COMPLETED' WHERE appointment_id = ?")
                .param(appointment)
                .update();
        return appointment;
    }

    private BigDecimal rating() {
        return jdbc.sql("SELECT rating FROM doctors WHERE doctor_id = ?")
                .param(doctor.doctorId())
                .query(BigDecimal.class)
                .single();
    }

    private int count() {
        return jdbc.sql("SELECT review_count FROM doctors WHERE doctor_id = ?")
                .param(doctor.doctorId())
                .query(Integer.class)
                .single();
    }

    private long rowsOf(DoctorSummary d) {
        return fixture.count("SELECT COUNT(*) FROM reviews WHERE doctor_id = ?", d.doctorId());
    }
}
