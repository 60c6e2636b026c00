package app.praxis.review.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.praxis.appointment.BookingFixture;
import app.praxis.appointment.ui.CardsOnScreen;
import app.praxis.doctor.DoctorSummary;
import app.praxis.patient.PatientSummary;
import app.praxis.review.ReviewService;
import app.praxis.security.Roles;
import app.praxis.support.IntegrationTest;
import app.praxis.support.SignIn;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.util.AopTestUtils;

/** Rating a visit, a doctor's reviews and hiding one, on pages that speak German: German texts and dates. */
@IntegrationTest
class ReviewGermanTest extends SpringBrowserlessTest {

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
        doctor = fixture.doctor("Sterne" + UUID.randomUUID().toString().substring(0, 6));
        patient = fixture.patient("Krämer");
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
    void aPatientRatesAVisitInGerman() {
        SignIn.as(patient.userId(), Roles.PATIENT);
        UI.getCurrent().setLocale(Locale.GERMANY);
        navigate("appointments", Component.class);

        assertThat(CardsOnScreen.buttons("rate-visit")).containsExactly("Diesen Besuch bewerten");
        CardsOnScreen.click("rate-visit");
        ReviewDialog dialog = find(ReviewDialog.class).single();
        assertThat(dialog.getHeaderTitle()).isEqualTo("Bewerten Sie Ihren Besuch");
        assertThat(dialog.stars.getLabel()).isEqualTo("Ihre Bewertung");
        test(dialog.save).click();
        assertThat(dialog.stars.getErrorMessage()).isEqualTo("Wählen Sie 1 bis 5 Sterne");
        dialog.stars.setValue(4);
        test(dialog.save).click();

        assertThat(CardsOnScreen.buttons("change-rating")).containsExactly("Bewertung ändern");
        assertThat(CardsOnScreen.parts("review-section"))
                .singleElement()
                .asString()
                .contains("★★★★☆");
    }

    @Test
    void theDoctorsListAndTheAdminsHidingSpeakGermanWithGermanDates() {
        SignIn.as(patient.userId(), Roles.PATIENT);
        reviews.submit(visit, 4, "Sehr gründlich.");

        SignIn.as(doctor.userId(), Roles.DOCTOR);
        UI.getCurrent().setLocale(Locale.GERMANY);
        DoctorReviewsView mine = AopTestUtils.getUltimateTargetObject(navigate(DoctorReviewsView.class));
        assertThat(mine.getPageTitle()).isEqualTo("Bewertungen · Praxis");
        Span stars = find(Span.class).withClassName("review-stars").single();
        assertThat(stars.getElement().getAttribute("aria-label")).isEqualTo("4 von 5 Sternen");
        // "Pat K. · Mi., 2. Dez. 2026": the day in German formats
        assertThat(mine.list.getElement().getTextRecursively())
                .containsPattern("[A-Z][a-z]\\., \\d{1,2}\\. [A-Z][a-zä]{2}\\.? \\d{4}");

        SignIn.as(1, Roles.ADMIN);
        UI.getCurrent().setLocale(Locale.GERMANY);
        AdminReviewsView admin = AopTestUtils.getUltimateTargetObject(navigate(AdminReviewsView.class));
        var hide = admin.hideDialog(
                reviews.ofAppointments(java.util.List.of(visit)).get(visit));
        hide.open();
        roundTrip();
        assertThat(hide.getHeaderTitle()).isEqualTo("Diese Bewertung ausblenden?");
        test(hide.confirm).click();
        assertThat(hide.reason.getErrorMessage()).isEqualTo("Geben Sie an, warum die Bewertung ausgeblendet wird");
        hide.reason.setValue("Beleidigung");
        test(hide.confirm).click();
        assertThat(admin.list.getElement().getTextRecursively()).contains("Von der Praxis ausgeblendet: Beleidigung");
    }
}
