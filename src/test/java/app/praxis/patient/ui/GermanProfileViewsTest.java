package app.praxis.patient.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.praxis.appointment.AppointmentService;
import app.praxis.appointment.BookingFixture;
import app.praxis.doctor.DoctorSummary;
import app.praxis.patient.PatientService;
import app.praxis.patient.PatientSummary;
import app.praxis.security.Roles;
import app.praxis.support.IntegrationTest;
import app.praxis.support.SignIn;
import app.praxis.support.TestAccounts;
import app.praxis.user.Gender;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.util.AopTestUtils;

/** The patient's home, profile and registration on a German page: German words, German date fields. */
@IntegrationTest
class GermanProfileViewsTest extends SpringBrowserlessTest {

    @Autowired
    PatientService patients;

    @Autowired
    BookingFixture fixture;

    @Autowired
    AppointmentService appointments;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void aPatientsHomeAndProfileAreGermanWithGermanDatesAndMessages() {
        PatientSummary lea = patients.register(TestAccounts.newAccount("Lea", "Deutsch"));
        SignIn.as(lea.userId(), Roles.PATIENT);
        UI.getCurrent().setLocale(Locale.GERMANY);

        PatientHomeView home = AopTestUtils.getUltimateTargetObject(navigate(PatientHomeView.class));
        assertThat(home.getPageTitle()).isEqualTo("Start · Praxis");
        assertThat(home.text())
                .contains("Hallo, ", "Arzt finden", "Meine Termine", "Wer in der Praxis Ihre Akte geöffnet hat");

        PatientProfileView view = AopTestUtils.getUltimateTargetObject(navigate(PatientProfileView.class));
        assertThat(view.getPageTitle()).isEqualTo("Mein Profil · Praxis");
        PatientProfileForm form = view.editor.form;
        assertThat(form.dateOfBirth.getLabel()).isEqualTo("Geburtsdatum");
        assertThat(form.dateOfBirth.getI18n().getDateFormats()).startsWith("dd.MM.yyyy");
        assertThat(form.gender.getItemLabelGenerator().apply(Gender.FEMALE)).isEqualTo("Weiblich");
        assertThat(form.save.getText()).isEqualTo("Profil speichern");

        form.emergencyContact.setValue("not a number");
        test(form.save).click();
        assertThat(form.emergencyContact.getErrorMessage())
                .isEqualTo("Geben Sie eine gültige Telefonnummer ein, z. B. +49 30 1234567");
    }

    @Test
    void registrationIsGerman() {
        UI.getCurrent().setLocale(Locale.GERMANY);
        RegistrationView view = AopTestUtils.getUltimateTargetObject(navigate(RegistrationView.class));
        assertThat(view.getPageTitle()).isEqualTo("Konto erstellen · Praxis");
        assertThat(view.form.firstName.getLabel()).isEqualTo("Vorname");
        assertThat(view.form.submit.getText()).isEqualTo("Konto erstellen");

        view.form.password.setValue("one password here");
        view.form.confirmPassword.setValue("another one");
        test(view.form.submit).click();
        assertThat(view.form.confirmPassword.getErrorMessage()).isEqualTo("Die Passwörter stimmen nicht überein");
    }

    @Test
    void aDoctorOpeningThePatientRecordReadsItInGerman() {
        String family = "Akte" + UUID.randomUUID().toString().substring(0, 8);
        DoctorSummary doctor = fixture.doctor(family);
        PatientSummary patient = fixture.quickPatient(family);
        fixture.pastAppointment(doctor.doctorId(), patient.patientId(), 1);
        UI.getCurrent().setLocale(Locale.GERMANY);
        SignIn.as(patient.userId(), Roles.PATIENT);
        PatientHomeView before = AopTestUtils.getUltimateTargetObject(navigate(PatientHomeView.class));
        assertThat(before.text()).contains("Noch niemand in der Praxis hat Ihre Akte geöffnet.");

        SignIn.as(doctor.userId(), Roles.DOCTOR);
        assertThat(appointments.patientRecord(patient.patientId()).fullName()).isEqualTo("Pat " + family);
        SignIn.as(patient.userId(), Roles.PATIENT);
        PatientHomeView home = AopTestUtils.getUltimateTargetObject(navigate(PatientHomeView.class));
        assertThat(home.text())
                .contains("(Arzt): hat die Patientenakte geöffnet")
                .doesNotContain("opened the patient record");
    }
}
