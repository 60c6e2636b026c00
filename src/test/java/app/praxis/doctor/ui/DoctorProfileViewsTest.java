package app.praxis.doctor.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.praxis.appointment.BookingFixture;
import app.praxis.doctor.DoctorSummary;
import app.praxis.security.Roles;
import app.praxis.support.IntegrationTest;
import app.praxis.support.SignIn;
import com.vaadin.browserless.SpringBrowserlessTest;
import java.math.BigDecimal;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.util.AopTestUtils;

@IntegrationTest
class DoctorProfileViewsTest extends SpringBrowserlessTest {

    @Autowired
    BookingFixture fixture;

    @Autowired
    JdbcClient jdbc;

    DoctorSummary doctor;

    @BeforeEach
    void signIn() {
        doctor = fixture.doctor("View" + UUID.randomUUID().toString().substring(0, 6));
        SignIn.as(doctor.userId(), Roles.DOCTOR);
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void aDoctorEditsTheirProfileAndSeesLicenceAndSpecializationReadOnly() {
        DoctorProfileView view = AopTestUtils.getUltimateTargetObject(navigate(DoctorProfileView.class));
        assertThat(view.form.consultationFee.getValue()).isEqualByComparingTo(BookingFixture.FEE);
        assertThat(view.credentials.getText()).startsWith("Licence LIC-").contains("set by the clinic's admins");

        view.form.bio.setValue("Listens first.");
        view.form.consultationFee.setValue(new BigDecimal("99.90"));
        view.form.acceptingBookings.setValue(false);
        test(view.form.save).click();

        var row = jdbc.sql("SELECT u.bio, d.consultation_fee, d.is_available FROM doctors d"
                        + " JOIN users u ON u.user_id = d.user_id WHERE d.doctor_id = ?")
                .param(doctor.doctorId())
                .query()
                .singleRow();
        assertThat(row)
                .containsEntry("bio", "Listens first.")
                .containsEntry("consultation_fee", new BigDecimal("99.90"))
                .containsEntry("is_available", false);
    }

    @Test
    void aBadValueIsShownNextToItsFieldAndNothingIsStored() {
        DoctorProfileView view = AopTestUtils.getUltimateTargetObject(navigate(DoctorProfileView.class));

        view.form.yearsExperience.setValue(90);
        view.form.consultationFee.setValue(new BigDecimal("-5"));
        view.form.bio.setValue("Not stored");
        test(view.form.save).click();

        assertThat(view.form.yearsExperience.getErrorMessage()).isEqualTo("Enter 0 to 80 years");
        assertThat(view.form.consultationFee.getErrorMessage()).isEqualTo("The fee cannot be negative");
        assertThat(jdbc.sql("SELECT bio FROM users WHERE user_id = ?")
                        .param(doctor.userId())
                        .query(String.class)
                        .optional())
                .isEmpty();
    }

    @Test
    void anAdminChangesTheLicenceAndTheDoctorsProfile() {
        SignIn.as(1, Roles.ADMIN);
        DoctorProfileAdminView view = AopTestUtils.getUltimateTargetObject(
                navigate("admin/doctors/" + doctor.userId(), DoctorProfileAdminView.class));
        String licence = "LIC-ADMIN-" + UUID.randomUUID();

        view.licenseNumber.setValue(licence);
        test(view.saveCredentials).click();
        view.form.acceptingBookings.setValue(false);
        test(view.form.save).click();

        var row = jdbc.sql("SELECT license_number, is_available FROM doctors WHERE doctor_id = ?")
                .param(doctor.doctorId())
                .query()
                .singleRow();
        assertThat(row).containsEntry("license_number", licence).containsEntry("is_available", false);

        view.licenseNumber.setValue(" ");
        test(view.saveCredentials).click();
        assertThat(view.licenseNumber.getErrorMessage()).isEqualTo("Enter the licence number");
    }
}
