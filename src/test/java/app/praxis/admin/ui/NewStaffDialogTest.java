package app.praxis.admin.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.praxis.security.Roles;
import app.praxis.support.IntegrationTest;
import app.praxis.support.SignIn;
import app.praxis.support.TestAccounts;
import com.vaadin.browserless.SpringBrowserlessTest;
import java.math.BigDecimal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.util.AopTestUtils;

@IntegrationTest
class NewStaffDialogTest extends SpringBrowserlessTest {

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void signIn() {
        SignIn.as(1, Roles.ADMIN);
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void anAdminCreatesADoctorFromTheUsersScreenWithoutTypingAPassword() {
        UsersView view = AopTestUtils.getUltimateTargetObject(navigate(UsersView.class));
        test(view.staffActions.newDoctor).click();
        NewStaffDialog dialog = find(NewStaffDialog.class).single();
        String email = TestAccounts.uniqueEmail("new.doc");
        String licence = "LIC-" + System.nanoTime();
        fill(dialog, email, TestAccounts.uniquePhone(), licence);

        test(dialog.create).click();

        assertThat(dialog.isOpened()).isFalse();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM users u JOIN doctors d ON d.user_id = u.user_id"
                                + " WHERE u.email = ? AND u.role = 'DOCTOR' AND d.license_number = ?"
                                + " AND u.bio = 'Paediatrics since 2010.' AND d.consultation_fee = 95.00")
                        .param(email)
                        .param(licence)
                        .query(Long.class)
                        .single())
                .isOne();
    }

    @Test
    void everyProblemShowsNextToItsFieldAtOnceAndNothingIsStored() {
        UsersView view = AopTestUtils.getUltimateTargetObject(navigate(UsersView.class));
        test(view.staffActions.newDoctor).click();
        NewStaffDialog first = find(NewStaffDialog.class).single();
        String email = TestAccounts.uniqueEmail("dup.doc");
        String phone = TestAccounts.uniquePhone();
        String licence = "LIC-" + System.nanoTime();
        fill(first, email, phone, licence);
        test(first.create).click();
        assertThat(first.isOpened()).isFalse();

        test(view.staffActions.newDoctor).click();
        NewStaffDialog second = find(NewStaffDialog.class).single();
        fill(second, email, phone, licence);
        second.firstName.setValue("");
        second.consultationFee.setValue(new BigDecimal("-1"));
        test(second.create).click();

        assertThat(second.isOpened()).isTrue();
        assertThat(second.formError.getText()).isEmpty();
        assertThat(second.email.getErrorMessage()).contains("already registered");
        assertThat(second.phone.getErrorMessage()).contains("already registered");
        assertThat(second.licenseNumber.getErrorMessage()).contains("licence number");
        assertThat(second.firstName.getErrorMessage()).isEqualTo("Enter a first name");
        assertThat(second.consultationFee.getErrorMessage()).contains("negative");
    }

    @Test
    void anAdminCreatesAnotherAdmin() {
        UsersView view = AopTestUtils.getUltimateTargetObject(navigate(UsersView.class));
        test(view.staffActions.newAdmin).click();
        NewStaffDialog dialog = find(NewStaffDialog.class).single();
        assertThat(dialog.licenseNumber.isAttached()).isFalse();
        String email = TestAccounts.uniqueEmail("new.admin");
        dialog.firstName.setValue("Ada");
        dialog.lastName.setValue("Admin");
        dialog.email.setValue(email);
        dialog.phone.setValue(TestAccounts.uniquePhone());

        test(dialog.create).click();

        assertThat(jdbc.sql("SELECT role FROM users WHERE email = ?")
                        .param(email)
                        .query(String.class)
                        .single())
                .isEqualTo("ADMIN");
    }

    private static void fill(NewStaffDialog dialog, String email, String phone, String licence) {
        dialog.firstName.setValue("Nina");
        dialog.lastName.setValue("Neu");
        dialog.email.setValue(email);
        dialog.phone.setValue(phone);
        dialog.licenseNumber.setValue(licence);
        dialog.yearsExperience.setValue(12);
        dialog.consultationFee.setValue(new BigDecimal("95.00"));
        dialog.clinicName.setValue("Praxis Nord");
        dialog.bio.setValue("Paediatrics since 2010.");
    }
}
