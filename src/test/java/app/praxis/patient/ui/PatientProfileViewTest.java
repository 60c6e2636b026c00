package app.praxis.patient.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.praxis.patient.PatientService;
import app.praxis.patient.PatientSummary;
import app.praxis.security.Roles;
import app.praxis.support.IntegrationTest;
import app.praxis.support.SignIn;
import app.praxis.support.TestAccounts;
import app.praxis.user.Gender;
import com.vaadin.browserless.SpringBrowserlessTest;
import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.util.AopTestUtils;

@IntegrationTest
class PatientProfileViewTest extends SpringBrowserlessTest {

    @Autowired
    PatientService patients;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    PatientSummary lea;

    @BeforeEach
    void signIn() {
        lea = patients.register(TestAccounts.newAccount("Lea", "Form"));
        SignIn.as(lea.userId(), Roles.PATIENT);
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void aPatientSeesTheirProfileChangesItAndItIsStored() {
        PatientProfileView view = AopTestUtils.getUltimateTargetObject(navigate(PatientProfileView.class));
        PatientProfileForm form = view.editor.form;
        assertThat(form.firstName.getValue()).isEqualTo("Lea");
        assertThat(form.dateOfBirth.getValue()).isEqualTo(LocalDate.of(1985, 3, 14));

        form.address.setValue("Am Markt 1, 04109 Leipzig");
        form.gender.setValue(Gender.FEMALE);
        form.insuranceDetails.setValue("AOK 998877");
        form.medicalHistory.setValue("Asthma since childhood");
        form.emergencyContact.setValue("+49 341 1234567");
        test(form.save).click();

        var row = jdbc.sql("SELECT u.address, u.gender, p.insurance_details, p.medical_history, p.emergency_contact"
                        + " FROM users u JOIN patients p ON p.user_id = u.user_id WHERE p.patient_id = ?")
                .param(lea.patientId())
                .query()
                .singleRow();
        assertThat(row)
                .containsEntry("address", "Am Markt 1, 04109 Leipzig")
                .containsEntry("gender", "Female")
                .containsEntry("insurance_details", "AOK 998877")
                .containsEntry("medical_history", "Asthma since childhood")
                .containsEntry("emergency_contact", "+493411234567");
        assertThat(form.emergencyContact.getValue()).isEqualTo("+493411234567");
    }

    @Test
    void badInputIsShownNextToEachFieldAndNothingIsStored() {
        PatientProfileView view = AopTestUtils.getUltimateTargetObject(navigate(PatientProfileView.class));
        PatientProfileForm form = view.editor.form;

        form.lastName.setValue("");
        form.phone.setValue("12");
        form.dateOfBirth.setValue(LocalDate.now(clock).plusDays(2));
        form.emergencyContact.setValue("call mum");
        test(form.save).click();

        assertThat(form.lastName.getErrorMessage()).isEqualTo("Enter a last name");
        assertThat(form.phone.isInvalid()).isTrue();
        assertThat(form.dateOfBirth.getErrorMessage()).contains("past");
        assertThat(form.emergencyContact.getErrorMessage()).contains("valid phone number");
        assertThat(form.firstName.isInvalid()).isFalse();
        assertThat(jdbc.sql("SELECT last_name FROM users WHERE user_id = ?")
                        .param(lea.userId())
                        .query(String.class)
                        .single())
                .isEqualTo("Form");
    }

    @Test
    void anUploadedPhotoShowsAtOnceAndARefusedUploadSaysWhyNextToIt() throws Exception {
        PatientProfileView view = AopTestUtils.getUltimateTargetObject(navigate(PatientProfileView.class));
        var photo = view.editor.photo;
        assertThat(photo.avatar().getImage()).isNull();

        photo.accept("me.png", png());

        String stored = jdbc.sql("SELECT profile_photo FROM users WHERE user_id = ?")
                .param(lea.userId())
                .query(String.class)
                .single();
        assertThat(photo.avatar().getImage()).isEqualTo("photos/" + stored);
        assertThat(photo.remove.isVisible()).isTrue();
        assertThat(photo.error.isVisible()).isFalse();

        photo.accept("notes.jpg", "just text".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(photo.error.isVisible()).isTrue();
        assertThat(photo.error.getText()).contains("JPEG, PNG or WebP");
        assertThat(photo.avatar().getImage()).isEqualTo("photos/" + stored);

        test(photo.remove).click();
        assertThat(photo.avatar().getImage()).isNull();
        assertThat(jdbc.sql("SELECT profile_photo FROM users WHERE user_id = ?")
                        .param(lea.userId())
                        .query(String.class)
                        .optional())
                .isEmpty();
    }

    static byte[] png() throws java.io.IOException {
        var image = new java.awt.image.BufferedImage(40, 30, java.awt.image.BufferedImage.TYPE_INT_RGB);
        var out = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    @Test
    void anAdminOpensThePatientFromTheUsersGridPathAndEditsIt() {
        SignIn.as(1, Roles.ADMIN);
        PatientProfileAdminView view = AopTestUtils.getUltimateTargetObject(
                navigate("admin/patients/" + lea.userId(), PatientProfileAdminView.class));

        assertThat(view.editor).isNotNull();
        view.editor.form.insuranceDetails.setValue("Set by the admin");
        test(view.editor.form.save).click();

        assertThat(jdbc.sql("SELECT insurance_details FROM patients WHERE patient_id = ?")
                        .param(lea.patientId())
                        .query(String.class)
                        .single())
                .isEqualTo("Set by the admin");
    }
}
