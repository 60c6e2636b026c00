package app.praxis.doctor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.praxis.base.InvalidInputException;
import app.praxis.security.Roles;
import app.praxis.support.IntegrationTest;
import app.praxis.support.SignIn;
import app.praxis.support.TestAccounts;
import app.praxis.user.NewAccount;
import app.praxis.user.Role;
import app.praxis.user.UserService;
import java.math.BigDecimal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;

@IntegrationTest
class StaffAccountsTest {

    @Autowired
    DoctorService doctors;

    @Autowired
    UserService users;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void anAdminAddsADoctorWithAccountAndPracticeDetails() {
        SignIn.as(1, Roles.ADMIN);
        long specialization = jdbc.sql("INSERT INTO specializations (name) VALUES (?)")
                .param("Spec " + System.nanoTime())
                .update();
        Long specializationId = jdbc.sql("SELECT MAX(specialization_id) FROM specializations")
                .query(Long.class)
                .single();

        DoctorSummary doctor =
                doctors.createDoctor(newDoctor(TestAccounts.newAccount("Greta", "Doc"), specializationId));

        assertThat(specialization).isOne();
        assertThat(doctor.fullName()).isEqualTo("Greta Doc");
        assertThat(doctor.consultationFee()).isEqualByComparingTo("85.50");
        assertThat(jdbc.sql("SELECT role FROM users WHERE user_id = ?")
                        .param(doctor.userId())
                        .query(String.class)
                        .single())
                .isEqualTo("DOCTOR");
    }

    @Test
    void onlyAnAdminMayCreateDoctorsOrAdmins() {
        SignIn.as(2, Roles.DOCTOR);
        assertThatThrownBy(() -> doctors.createDoctor(newDoctor(TestAccounts.newAccount("Not", "Allowed"), null)))
                .isInstanceOf(AccessDeniedException.class);
        SignIn.as(3, Roles.PATIENT);
        assertThatThrownBy(() -> users.createStaffAccount(TestAccounts.newAccount("Self", "Promoted"), Role.ADMIN))
                .isInstanceOf(AccessDeniedException.class);
        SignIn.out();
        assertThatThrownBy(() -> users.createStaffAccount(TestAccounts.newAccount("Anon", "Ymous"), Role.ADMIN))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    void aTakenLicenceNumberIsReportedOnItsFieldAndNoAccountIsLeftBehind() {
        SignIn.as(1, Roles.ADMIN);
        NewDoctor first = newDoctor(TestAccounts.newAccount("First", "Licence"), null);
        doctors.createDoctor(first);
        NewAccount second = TestAccounts.newAccount("Second", "Licence");

        assertThatThrownBy(() -> doctors.createDoctor(
                        new NewDoctor(second, null, first.licenseNumber(), 3, null, null, new BigDecimal("50.00"))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsEntry("licenseNumber", DoctorService.LICENSE_TAKEN));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM users WHERE email = ?")
                        .param(second.email())
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void practiceDetailsAreValidatedToo() {
        SignIn.as(1, Roles.ADMIN);

        assertThatThrownBy(() -> doctors.createDoctor(new NewDoctor(
                        TestAccounts.newAccount("Bad", "Fee"), 987_654L, " ", -1, null, null, new BigDecimal("-5"))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsKeys("licenseNumber", "yearsExperience", "consultationFee", "specializationId"));
    }

    @Test
    void anAdminCannotDeactivateThemself() {
        long adminId = users.registerPatientAccount(TestAccounts.newAccount("Self", "Admin"))
                .id();
        SignIn.as(adminId, Roles.ADMIN);

        assertThatThrownBy(() -> users.setActive(adminId, false))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsKey("active"));
    }

    private static NewDoctor newDoctor(NewAccount account, Long specializationId) {
        return new NewDoctor(
                account,
                specializationId,
                "LIC-" + System.nanoTime(),
                12,
                "Praxis Test",
                "1 Test Street",
                new BigDecimal("85.50"));
    }
}
