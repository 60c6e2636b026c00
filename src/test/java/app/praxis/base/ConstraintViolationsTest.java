package app.praxis.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import app.praxis.base.ConstraintViolations.FieldMessage;
import app.praxis.patient.PatientService;
import app.praxis.support.IntegrationTest;
import app.praxis.support.TestAccounts;
import app.praxis.support.TestDatabase;
import app.praxis.user.NewAccount;
import java.sql.SQLException;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The database refuses bad rows by itself; ConstraintViolations turns its refusal into words for a person. */
@IntegrationTest
class ConstraintViolationsTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PatientService patients;

    @Test
    void aDuplicateUniqueKeyBecomesAMessageOnItsField() {
        String email = TestAccounts.uniqueEmail("dup");
        insertUser(email, TestAccounts.uniquePhone());

        var refused = catchIntegrityViolation(() -> insertUser(email.toUpperCase(), TestAccounts.uniquePhone()));

        InvalidInputException translated = ConstraintViolations.translate(
                refused, Map.of("uk_users_email", new FieldMessage("email", "Already registered")));
        assertThat(translated.fieldErrors()).containsExactly(Map.entry("email", "Already registered"));
    }

    @Test
    void aMissingParentRowIsRefusedByItsForeignKey() {
        var refused =
                catchIntegrityViolation(() -> jdbc.sql("INSERT INTO doctors (user_id, license_number) VALUES (?, ?)")
                        .params(987_654_321L, "FK-" + System.nanoTime())
                        .update());

        var messages = Map.of("fk_doctor_user", new FieldMessage("user", "That account does not exist"));
        if (errorCode(refused) == ER_NO_REFERENCED_ROW) {
            // MySQL 8.0.15 answers the application's account with the short form, naming no constraint: the
            // refusal stands, but cannot be put on a field (services check parents themselves; decision 0008).
            assertThatThrownBy(() -> ConstraintViolations.translate(refused, messages))
                    .isSameAs(refused);
        } else {
            assertThat(ConstraintViolations.translate(refused, messages).fieldErrors())
                    .containsEntry("user", "That account does not exist");
        }
    }

    @Test
    void aPhoneThatIsNotE164IsRefusedByTheDatabaseOrWhereItKeepsNoChecksByTheService() {
        if (TestDatabase.enforcesCheckConstraints(jdbc)) {
            assertThatThrownBy(() -> insertUser(TestAccounts.uniqueEmail("nophone"), "0151 not e164"))
                    .isInstanceOf(DataIntegrityViolationException.class);
        } else {
            // MySQL 8.0.15 keeps no CHECK constraints: the registration's own validation is all there is.
            var account = TestAccounts.newAccount("Check", "Less");
            var refusal = catchThrowableOfType(
                    InvalidInputException.class,
                    () -> patients.register(new NewAccount(
                            account.email(),
                            "0151 not e164",
                            account.firstName(),
                            account.lastName(),
                            account.dateOfBirth(),
                            account.gender(),
                            account.password())));
            assertThat(refusal).isNotNull();
            assertThat(refusal.fieldErrors()).containsKey("phone");
        }
    }

    @Test
    void anUnknownConstraintIsNotDisguisedAsBadInput() {
        String email = TestAccounts.uniqueEmail("unknown");
        insertUser(email, TestAccounts.uniquePhone());
        var refused = catchIntegrityViolation(() -> insertUser(email, TestAccounts.uniquePhone()));

        assertThatThrownBy(() -> ConstraintViolations.translate(
                        refused, Map.of("uk_doctors_license", new FieldMessage("licenseNumber", "Taken"))))
                .isSameAs(refused);
    }

    private void insertUser(String email, String phone) {
        jdbc.sql("INSERT INTO users (email, phone, password_hash, role, first_name, last_name)"
                        + " VALUES (?, ?, 'x', 'PATIENT', 'Row', 'Test')")
                .params(email, phone)
                .update();
    }

    /** "Cannot add or update a child row: a foreign key constraint fails", without the constraint's name. */
    private static final int ER_NO_REFERENCED_ROW = 1216;

    private static int errorCode(DataIntegrityViolationException refused) {
        return refused.getMostSpecificCause() instanceof SQLException sql ? sql.getErrorCode() : 0;
    }

    private static DataIntegrityViolationException catchIntegrityViolation(Runnable statement) {
        try {
            statement.run();
        } catch (DataIntegrityViolationException e) {
            return e;
        }
        throw new AssertionError("The database accepted a row it should have refused");
    }
}
