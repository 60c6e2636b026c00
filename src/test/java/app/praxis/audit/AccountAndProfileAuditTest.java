package app.praxis.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.praxis.base.InvalidInputException;
import app.praxis.patient.PatientProfileChange;
import app.praxis.patient.PatientProfileService;
import app.praxis.patient.PatientService;
import app.praxis.security.Roles;
import app.praxis.support.IntegrationTest;
import app.praxis.support.SignIn;
import app.praxis.support.TestAccounts;
import app.praxis.user.AccountService;
import app.praxis.user.NewAccount;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The changes a person makes to their own account and profile leave audit rows in the same transaction. */
@IntegrationTest
class AccountAndProfileAuditTest {

    @Autowired
    PatientService patients;

    @Autowired
    PatientProfileService profiles;

    @Autowired
    AccountService accounts;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void aPatientsProfileChangePasswordChangeAndClosingAreEachRecordedAgainstThatPatient() {
        NewAccount account = TestAccounts.newAccount("Audra", "Trail");
        var patient = patients.register(account);
        SignIn.as(patient.userId(), Roles.PATIENT);

        profiles.update(
                patient.patientId(),
                new PatientProfileChange(
                        "Audra",
                        "Trail",
                        TestAccounts.uniquePhone(),
                        null,
                        LocalDate.of(1990, 5, 14),
                        null,
                        null,
                        null,
                        null));
        accounts.changePassword(account.password(), "a fresh long phrase");
        accounts.closeMyAccount("a fresh long phrase");

        assertThat(actionsFor(patient.userId()))
                .containsExactly(
                        AuditAction.CREATED_ACCOUNT.name(),
                        AuditAction.CHANGED_PROFILE.name(),
                        AuditAction.CHANGED_PASSWORD.name(),
                        AuditAction.CLOSED_ACCOUNT.name());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_events WHERE patient_user_id = ? AND actor_user_id = ?")
                        .param(patient.userId())
                        .param(patient.userId())
                        .query(Long.class)
                        .single())
                .as("the patient did each change after the registration")
                .isEqualTo(3);
    }

    @Test
    void aRefusedProfileChangeLeavesNoAuditRow() {
        NewAccount account = TestAccounts.newAccount("Refused", "Change");
        var patient = patients.register(account);
        SignIn.as(patient.userId(), Roles.PATIENT);

        assertThatThrownBy(() -> profiles.update(
                        patient.patientId(),
                        new PatientProfileChange("", "Change", "not a phone", null, null, null, null, null, null)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsKey("phone"));

        assertThat(actionsFor(patient.userId())).containsExactly(AuditAction.CREATED_ACCOUNT.name());
    }

    private List<String> actionsFor(long patientUserId) {
        return jdbc.sql("SELECT action FROM audit_events WHERE patient_user_id = ? ORDER BY audit_id")
                .param(patientUserId)
                .query(String.class)
                .list();
    }
}
