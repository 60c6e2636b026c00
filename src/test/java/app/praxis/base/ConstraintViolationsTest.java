package app.praxis.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.praxis.base.ConstraintViolations.FieldMessage;
import app.praxis.support.IntegrationTest;
import app.praxis.support.TestAccounts;
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

        InvalidInputException translated = ConstraintViolations.translate(
                refused, Map.of("fk_doctor_user", new FieldMessage("user", "That account does not exist")));
        assertThat(translated.fieldErrors()).containsEntry("user", "That account does not exist");
    }

    @Test
    void aCheckConstraintRefusesAValueJavaNeverValidated() {
        assertThatThrownBy(() -> insertUser(TestAccounts.uniqueEmail("nophone"), "0151 not e164"))
                .isInstanceOf(DataIntegrityViolationException.class);
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

    private static DataIntegrityViolationException catchIntegrityViolation(Runnable statement) {
        try {
            statement.run();
        } catch (DataIntegrityViolationException e) {
            return e;
        }
        throw new AssertionError("The database accepted a row it should have refused");
    }
}
