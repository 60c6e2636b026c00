package app.praxis.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.praxis.appointment.BookingFixture;
import app.praxis.base.InvalidInputException;
import app.praxis.base.Texts;
import app.praxis.chat.ChatService;
import app.praxis.security.ActiveAccounts;
import app.praxis.security.Roles;
import app.praxis.support.IntegrationTest;
import app.praxis.support.SignIn;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A patient downloads their own data and closes their account; the practice keeps appointments and payments. */
@IntegrationTest
class MyDataTest {

    @Autowired
    Texts texts;

    @Autowired
    AccountService accounts;

    @Autowired
    BookingFixture fixture;

    @Autowired
    ChatService chats;

    @Autowired
    ActiveAccounts activeAccounts;

    @Autowired
    AuthenticationConfiguration authentication;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void aPatientDownloadsTheirProfileAppointmentsPaymentsAndMessagesAndNobodyElses() throws Exception {
        var visit = patientWithHistory();
        SignIn.as(visit.patientUserId, Roles.PATIENT);

        JsonNode data = JsonMapper.builder().build().readTree(accounts.exportMyData());

        assertThat(data.get("profile").get("email").asString()).isEqualTo(visit.email);
        assertThat(data.get("patientRecord")).hasSize(1);
        assertThat(data.get("appointments")).hasSize(1);
        assertThat(data.get("appointments").get(0).get("appointment_id").asLong())
                .isEqualTo(visit.appointmentId);
        assertThat(data.get("appointments").get(0).get("doctor").asString()).contains(visit.family);
        assertThat(data.get("payments")).hasSize(1);
        assertThat(data.get("payments").get(0).get("amount").asString()).isEqualTo("80.00");
        assertThat(data.get("messages")).hasSize(1);
        assertThat(data.get("messages").get(0).get("message_text").asString()).isEqualTo("Thank you, doctor!");
        assertThat(data.get("messages").get(0).get("sender").asString()).isEqualTo("me");

        SignIn.as(visit.doctorUserId, Roles.DOCTOR);
        assertThatThrownBy(() -> accounts.exportMyData()).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void closingTheAccountNeedsThePasswordThenBlanksThePersonButKeepsTheRecords() throws Exception {
        var visit = patientWithHistory();
        SignIn.as(visit.patientUserId, Roles.PATIENT);

        assertThatThrownBy(() -> accounts.closeMyAccount("not my password"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsEntry("closePassword", texts.get(AccountService.WRONG_PASSWORD)));
        accounts.closeMyAccount("correct horse battery");

        var row = jdbc.sql("SELECT email, phone, first_name, last_name, date_of_birth, is_active FROM users"
                        + " WHERE user_id = ?")
                .param(visit.patientUserId)
                .query()
                .singleRow();
        assertThat(row.get("email")).asString().endsWith("@closed.invalid");
        assertThat(row.get("phone")).asString().startsWith("+99");
        assertThat(row.get("first_name") + " " + row.get("last_name")).isEqualTo("Closed account");
        assertThat(row.get("date_of_birth")).isNull();
        assertThat(row.get("is_active")).isIn(false, 0, (byte) 0);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM patients WHERE user_id = ? AND insurance_details IS NULL"
                                + " AND medical_history IS NULL AND emergency_contact IS NULL")
                        .param(visit.patientUserId)
                        .query(Long.class)
                        .single())
                .isOne();
        assertThat(fixture.count("SELECT COUNT(*) FROM appointments WHERE appointment_id = ?", visit.appointmentId))
                .isOne();
        assertThat(fixture.count(
                        "SELECT COUNT(*) FROM payments WHERE appointment_id = ? AND amount = 80.00",
                        visit.appointmentId))
                .isOne();
        assertThat(activeAccounts.isActive(visit.patientUserId)).isFalse();
        assertThatThrownBy(() -> authentication
                        .getAuthenticationManager()
                        .authenticate(UsernamePasswordAuthenticationToken.unauthenticated(
                                visit.email, "correct horse battery")))
                .isNotInstanceOf(DisabledException.class); // the address no longer exists at all
    }

    private record Visit(long patientUserId, long doctorUserId, long appointmentId, String email, String family) {}

    private Visit patientWithHistory() {
        String family = "Data" + UUID.randomUUID().toString().substring(0, 8);
        var doctor = fixture.doctor(family);
        var patient = fixture.patient(family);
        long appointmentId = fixture.pastAppointment(doctor.doctorId(), patient.patientId(), 5);
        jdbc.sql("INSERT INTO payments (appointment_id, amount, payment_status) VALUES (?, 80.00, 'PENDING')")
                .param(appointmentId)
                .update();
        jdbc.sql("UPDATE patients SET insurance_details = 'AOK 123', medical_history = 'none' WHERE patient_id = ?")
                .param(patient.patientId())
                .update();
        SignIn.as(patient.userId(), Roles.PATIENT);
        long chatId = chats.chatWithDoctor(doctor.doctorId());
        chats.send(chatId, "Thank you, doctor!");
        SignIn.out();
        String email = jdbc.sql("SELECT email FROM users WHERE user_id = ?")
                .param(patient.userId())
                .query(String.class)
                .single();
        return new Visit(patient.userId(), doctor.userId(), appointmentId, email, family);
    }
}
