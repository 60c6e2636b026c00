package app.praxis.review.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.praxis.appointment.BookingFixture;
import app.praxis.appointment.ui.CardsOnScreen;
import app.praxis.appointment.ui.DoctorPageOnScreen;
import app.praxis.doctor.DoctorSummary;
import app.praxis.patient.PatientSummary;
import app.praxis.review.ReviewService;
import app.praxis.security.Roles;
import app.praxis.support.IntegrationTest;
import app.praxis.support.SignIn;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import java.time.LocalTime;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.util.AopTestUtils;

@IntegrationTest
class ReviewViewsTest extends SpringBrowserlessTest {

    @Autowired
    BookingFixture fixture;

    @Autowired
    ReviewService reviews;

    @Autowired
    JdbcClient jdbc;

    DoctorSummary doctor;
    PatientSummary patient;
    long visit;

    @BeforeEach
    void aCompletedVisit() {
        doctor = fixture.doctor("Stars" + UUID.randomUUID().toString().substring(0, 6));
        patient = fixture.patient("Kramer");
        visit = fixture.pastAppointment(doctor.doctorId(), patient.patientId(), 3);
        jdbc.sql("UPDATE appointments SET status = 'COMPLETED' WHERE appointment_id = ?")
                .param(visit)
                .update();
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void aPatientRatesACompletedVisitFromTheirAppointmentsAndTheDirectoryShowsIt() {
        SignIn.as(patient.userId(), Roles.PATIENT);
        navigate("appointments", Component.class);

        assertThat(CardsOnScreen.buttons("rate-visit")).hasSize(1);
        CardsOnScreen.click("rate-visit");
        ReviewDialog dialog = find(ReviewDialog.class).single();
        test(dialog.save).click();
        assertThat(dialog.stars.getErrorMessage()).isEqualTo("Choose 1 to 5 stars");
        dialog.stars.setValue(5);
        dialog.comment.setValue("Very thorough.");
        test(dialog.save).click();

        assertThat(jdbc.sql("SELECT stars FROM reviews WHERE appointment_id = ?")
                        .param(visit)
                        .query(Integer.class)
                        .single())
                .isEqualTo(5);
        assertThat(CardsOnScreen.buttons("rate-visit")).isEmpty();
        assertThat(CardsOnScreen.buttons("change-rating")).hasSize(1);
        assertThat(CardsOnScreen.parts("review-section"))
                .singleElement()
                .asString()
                .contains("★★★★★", "Very thorough.");

        fixture.slot(doctor.doctorId(), 2, LocalTime.of(11, 0));
        navigate("doctors/" + doctor.doctorId(), Component.class);
        assertThat(DoctorPageOnScreen.latestReviews()).hasValueSatisfying(reviews -> assertThat(reviews)
                .contains("Latest reviews", "★★★★★", "Very thorough.")
                .contains("Pat K."));
        assertThat(DoctorPageOnScreen.profile()).contains("★ 5.0 · 1 review");
    }

    @Test
    void theDoctorSeesTheirReviewsAndAnAdminHidesOneWithAReason() {
        SignIn.as(patient.userId(), Roles.PATIENT);
        reviews.submit(visit, 1, "Rude words");

        SignIn.as(doctor.userId(), Roles.DOCTOR);
        DoctorReviewsView mine = AopTestUtils.getUltimateTargetObject(navigate(DoctorReviewsView.class));
        assertThat(mine.list.getElement().getTextRecursively()).contains("Rude words");

        SignIn.as(1, Roles.ADMIN);
        AdminReviewsView admin = AopTestUtils.getUltimateTargetObject(navigate(AdminReviewsView.class));
        var hide = admin.hideDialog(
                reviews.ofAppointments(java.util.List.of(visit)).get(visit));
        hide.open();
        roundTrip();
        test(hide.confirm).click();
        assertThat(hide.reason.isInvalid()).isTrue();
        hide.reason.setValue("Insults");
        test(hide.confirm).click();

        assertThat(jdbc.sql("SELECT review_count FROM doctors WHERE doctor_id = ?")
                        .param(doctor.doctorId())
                        .query(Integer.class)
                        .single())
                .isZero();
        assertThat(jdbc.sql("SELECT hidden_reason FROM reviews WHERE appointment_id = ?")
                        .param(visit)
                        .query(String.class)
                        .single())
                .isEqualTo("Insults");
    }
}
