package app.praxis.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.praxis.appointment.AppointmentService;
import app.praxis.appointment.AppointmentStatus;
import app.praxis.appointment.BookingFixture;
import app.praxis.appointment.BookingService;
import app.praxis.base.InvalidInputException;
import app.praxis.doctor.DoctorSummary;
import app.praxis.patient.PatientSummary;
import app.praxis.security.Roles;
import app.praxis.support.IntegrationTest;
import app.praxis.support.SignIn;
import app.praxis.user.UserService;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.transaction.IllegalTransactionStateException;

@IntegrationTest
class AuditTrailTest {

    @Autowired
    AuditTrail trail;

    @Autowired
    AppointmentService appointments;

    @Autowired
    BookingService booking;

    @Autowired
    UserService users;

    @Autowired
    BookingFixture fixture;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AuthenticationConfiguration authentication;

    DoctorSummary doctor;
    PatientSummary patient;

    @BeforeEach
    void setUp() {
        doctor = fixture.doctor("Audit");
        patient = fixture.quickPatient("Audited");
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void aRowCannotBeWrittenOutsideTheTransactionOfTheChangeItRecords() {
        SignIn.as(doctor.userId(), Roles.DOCTOR);

        assertThatThrownBy(() -> trail.record(AuditAction.VIEWED_PATIENT_RECORD, patient.userId(), "patient", 1L))
                .isInstanceOf(IllegalTransactionStateException.class);
        assertThat(actionsFor(patient.userId())).isEmpty();
    }

    @Test
    void aDoctorOpeningTheRecordIsRecordedAndThePatientSeesWhoItWas() {
        long slot = fixture.slot(doctor.doctorId(), 1, LocalTime.of(10, 0));
        SignIn.as(patient.userId(), Roles.PATIENT);
        long appointmentId = booking.book(slot, "Check-up");
        SignIn.as(doctor.userId(), Roles.DOCTOR);

        appointments.patientRecord(patient.patientId());

        assertThat(actionsFor(patient.userId())).containsExactly("BOOKED_APPOINTMENT", "VIEWED_PATIENT_RECORD");
        var row = jdbc.sql("""
                        SELECT actor_user_id, actor_role, object_type, object_id FROM audit_events
                        WHERE patient_user_id = ? AND action = 'BOOKED_APPOINTMENT'""")
                .param(patient.userId())
                .query((rs, n) -> List.of(
                        rs.getLong("actor_user_id"),
                        rs.getString("actor_role"),
                        rs.getString("object_type"),
                        rs.getLong("object_id")))
                .single();
        assertThat(row).containsExactly(patient.userId(), Roles.PATIENT, "appointment", appointmentId);

        SignIn.as(patient.userId(), Roles.PATIENT);
        assertThat(trail.openingsOfMyRecord()).singleElement().satisfies(opening -> {
            assertThat(opening.who()).isEqualTo("Test User " + doctor.userId());
            assertThat(opening.role()).isEqualTo(Roles.DOCTOR);
            assertThat(opening.action()).isEqualTo(AuditAction.VIEWED_PATIENT_RECORD);
        });
    }

    @Test
    void anAdminOpeningAnAppointmentsDetailsIsRecordedButItsPatientAndDoctorAreNot() {
        long slot = fixture.slot(doctor.doctorId(), 1, LocalTime.of(11, 0));
        SignIn.as(patient.userId(), Roles.PATIENT);
        long appointmentId = booking.book(slot, "Check-up");
        appointments.history(appointmentId);
        SignIn.as(doctor.userId(), Roles.DOCTOR);
        appointments.history(appointmentId);

        SignIn.as(1, Roles.ADMIN);
        appointments.history(appointmentId);

        assertThat(actionsFor(patient.userId())).containsExactly("BOOKED_APPOINTMENT", "VIEWED_APPOINTMENTS");
        SignIn.as(patient.userId(), Roles.PATIENT);
        assertThat(trail.openingsOfMyRecord()).singleElement().satisfies(opening -> {
            assertThat(opening.role()).isEqualTo(Roles.ADMIN);
            assertThat(opening.action()).isEqualTo(AuditAction.VIEWED_APPOINTMENTS);
        });
    }

    @Test
    void reschedulingCancellingAndOutcomesAreRecordedAndARefusedChangeLeavesNoRow() {
        long slot = fixture.slot(doctor.doctorId(), 1, LocalTime.of(10, 0));
        long later = fixture.slot(doctor.doctorId(), 2, LocalTime.of(10, 0));
        long past = fixture.pastAppointment(doctor.doctorId(), patient.patientId(), 2);
        SignIn.as(patient.userId(), Roles.PATIENT);
        long appointmentId = booking.book(slot, "Check-up");
        booking.reschedule(appointmentId, later, "Moved");
        assertThatThrownBy(() -> booking.cancel(appointmentId, "x".repeat(5000)))
                .isInstanceOf(InvalidInputException.class);
        booking.cancel(appointmentId, "Better");
        SignIn.as(doctor.userId(), Roles.DOCTOR);
        appointments.recordOutcome(past, AppointmentStatus.COMPLETED);

        assertThat(actionsFor(patient.userId()))
                .containsExactly(
                        "BOOKED_APPOINTMENT", "RESCHEDULED_APPOINTMENT", "CANCELLED_APPOINTMENT", "RECORDED_OUTCOME");
    }

    @Test
    void deactivatingAndActivatingAnAccountAreRecorded() {
        SignIn.as(1, Roles.ADMIN);
        users.setActive(patient.userId(), false);
        users.setActive(patient.userId(), true);

        assertThat(actionsFor(patient.userId())).containsExactly("DEACTIVATED_ACCOUNT", "ACTIVATED_ACCOUNT");
    }

    @Test
    void signInFailuresAreRecordedWithTheAccountAndAddress() throws Exception {
        var token = UsernamePasswordAuthenticationToken.unauthenticated("Audit.Nobody@Test.Praxis", "wrong");
        token.setDetails(new WebAuthenticationDetails("192.0.2.77", null));

        assertThatThrownBy(() -> authentication.getAuthenticationManager().authenticate(token))
                .isInstanceOf(BadCredentialsException.class);

        assertThat(jdbc.sql("SELECT action FROM audit_events WHERE client_address = '192.0.2.77'")
                        .query(String.class)
                        .list())
                .containsExactly("SIGN_IN_FAILED");
    }

    private List<String> actionsFor(long patientUserId) {
        return jdbc.sql("SELECT action FROM audit_events WHERE patient_user_id = ? ORDER BY audit_id")
                .param(patientUserId)
                .query(String.class)
                .list();
    }
}
