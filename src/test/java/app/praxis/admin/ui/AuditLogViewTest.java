package app.praxis.admin.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.praxis.admin.AuditRow;
import app.praxis.appointment.AppointmentService;
import app.praxis.appointment.BookingFixture;
import app.praxis.audit.AuditAction;
import app.praxis.doctor.DoctorSummary;
import app.praxis.patient.PatientSummary;
import app.praxis.security.Roles;
import app.praxis.support.IntegrationTest;
import app.praxis.support.SignIn;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.data.provider.Query;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.util.AopTestUtils;

@IntegrationTest
class AuditLogViewTest extends SpringBrowserlessTest {

    @Autowired
    BookingFixture fixture;

    @Autowired
    AppointmentService appointments;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void anAdminFindsWhoOpenedAPatientsRecordFiltersByActionAndDownloadsTheSameRows() throws Exception {
        DoctorSummary doctor = fixture.doctor("Auditview");
        PatientSummary patient = fixture.quickPatient("Auditviewpatient" + System.nanoTime());
        fixture.pastAppointment(doctor.doctorId(), patient.patientId(), 1);
        fixture.slot(doctor.doctorId(), 1, LocalTime.of(9, 0));
        SignIn.as(doctor.userId(), Roles.DOCTOR);
        appointments.patientRecord(patient.patientId());
        appointments.patientRecord(patient.patientId());
        SignIn.as(1, Roles.ADMIN);

        AuditLogView view = AopTestUtils.getUltimateTargetObject(navigate(AuditLogView.class));
        view.patient.setValue(patient.fullName());
        view.action.setValue(AuditAction.VIEWED_PATIENT_RECORD);

        List<AuditRow> shown = view.grid
                .getDataProvider()
                .fetch(new Query<>(0, 50, List.of(), null, null))
                .map(AuditRow.class::cast)
                .toList();
        assertThat(shown).hasSize(2).allSatisfy(row -> {
            assertThat(row.actorUserId()).isEqualTo(doctor.userId());
            assertThat(row.patientName()).isEqualTo(patient.fullName());
        });
        assertThat(view.rowCount.getText()).isEqualTo("2 entries");
        var out = new ByteArrayOutputStream();
        view.writeCsv(out);
        assertThat(new String(out.toByteArray(), StandardCharsets.UTF_8).lines().skip(1))
                .hasSize(2)
                .allSatisfy(line -> assertThat(line).contains("VIEWED_PATIENT_RECORD", patient.fullName()));
    }

    @Test
    void anEndDateBeforeTheStartIsExplainedNextToTheField() {
        SignIn.as(1, Roles.ADMIN);
        AuditLogView view = AopTestUtils.getUltimateTargetObject(navigate(AuditLogView.class));

        view.from.setValue(java.time.LocalDate.of(2026, 12, 10));
        view.to.setValue(java.time.LocalDate.of(2026, 12, 1));

        assertThat(view.to.isInvalid()).isTrue();
        assertThat(view.to.getErrorMessage()).isEqualTo("The end date must not be before the start date.");
        assertThat(view.grid.getDataProvider().size(new Query<>())).isZero();
    }
}
