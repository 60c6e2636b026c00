package app.praxis.waitlist.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.praxis.appointment.BookingFixture;
import app.praxis.doctor.DoctorSummary;
import app.praxis.patient.PatientSummary;
import app.praxis.security.Roles;
import app.praxis.support.IntegrationTest;
import app.praxis.support.SignIn;
import com.vaadin.browserless.SpringBrowserlessTest;
import java.time.LocalTime;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.util.AopTestUtils;

/** The patient joins a doctor's waitlist from the link on the doctor's page; wrong times are told at the field. */
@IntegrationTest
class WaitlistViewTest extends SpringBrowserlessTest {

    @Autowired
    BookingFixture fixture;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void aPatientJoinsFromTheDoctorsPageAfterFixingTheTimes() {
        String family = "WaitView" + UUID.randomUUID().toString().substring(0, 8);
        DoctorSummary doctor = fixture.doctor(family);
        PatientSummary patient = fixture.quickPatient(family);
        SignIn.as(patient.userId(), Roles.PATIENT);

        com.vaadin
                .flow
                .component
                .UI
                .getCurrent()
                .navigate(
                        WaitlistView.class,
                        com.vaadin.flow.router.QueryParameters.of("doctor", String.valueOf(doctor.doctorId())));
        WaitlistView view = AopTestUtils.getUltimateTargetObject(getCurrentView());
        assertThat(view.joinForm.isVisible()).isTrue();
        view.fromTime.setValue(LocalTime.of(14, 0));
        view.toTime.setValue(LocalTime.of(9, 0));
        test(view.join).click();
        assertThat(view.toTime.isInvalid()).isTrue();
        assertThat(view.toTime.getErrorMessage()).isEqualTo("The latest time must be after the earliest.");
        assertThat(view.entries.getElement().getTextRecursively()).contains("Nothing");

        view.toTime.setValue(LocalTime.of(17, 0));
        test(view.join).click();
        assertThat(view.toTime.isInvalid()).isFalse();
        assertThat(view.joinForm.isVisible()).isFalse();
        assertThat(view.entries.getElement().getTextRecursively()).contains("Dr. Doc " + family, "14:00–17:00");
    }
}
