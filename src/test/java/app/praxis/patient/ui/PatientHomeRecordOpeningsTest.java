package app.praxis.patient.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.praxis.appointment.AppointmentService;
import app.praxis.appointment.BookingFixture;
import app.praxis.doctor.DoctorSummary;
import app.praxis.patient.PatientSummary;
import app.praxis.security.Roles;
import app.praxis.support.IntegrationTest;
import app.praxis.support.SignIn;
import com.vaadin.browserless.SpringBrowserlessTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class PatientHomeRecordOpeningsTest extends SpringBrowserlessTest {

    @Autowired
    BookingFixture fixture;

    @Autowired
    AppointmentService appointments;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void aPatientSeesOnTheirHomeWhichDoctorOpenedTheirRecord() {
        DoctorSummary doctor = fixture.doctor("Opener");
        PatientSummary patient = fixture.quickPatient("Opened");
        fixture.pastAppointment(doctor.doctorId(), patient.patientId(), 1);
        SignIn.as(doctor.userId(), Roles.DOCTOR);
        appointments.patientRecord(patient.patientId());
        SignIn.as(patient.userId(), Roles.PATIENT);

        navigate(PatientHomeView.class);

        String section = find(RecordOpeningsSection.class).single().text();
        assertThat(section).contains("Test User " + doctor.userId() + " (Doctor): opened the patient record");
    }

    @Test
    void aPatientWhoseRecordNobodyOpenedIsToldSo() {
        PatientSummary patient = fixture.quickPatient("Unopened");
        SignIn.as(patient.userId(), Roles.PATIENT);

        navigate(PatientHomeView.class);

        assertThat(find(RecordOpeningsSection.class).single().text())
                .contains("Nobody at the practice has opened your record yet.");
    }
}
