package app.praxis.appointment.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.praxis.appointment.BookingFixture;
import app.praxis.base.Formats;
import app.praxis.doctor.DoctorService;
import app.praxis.doctor.DoctorSummary;
import app.praxis.patient.PatientSummary;
import app.praxis.security.Roles;
import app.praxis.support.IntegrationTest;
import app.praxis.support.SignIn;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import java.time.LocalTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The doctor's home shows the actual day: today's appointments and the next free time. */
@IntegrationTest
class DoctorDayTest extends SpringBrowserlessTest {

    @Autowired
    BookingFixture fixture;

    @Autowired
    DoctorService doctors;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void myDayListsTodaysAppointmentsAndTheNextFreeSlot() {
        DoctorSummary doctor = fixture.doctor("Daily");
        PatientSummary patient = fixture.quickPatient("Daily");
        fixture.pastAppointment(doctor.doctorId(), patient.patientId(), 0); // today 09:00, "Check-up"
        fixture.slot(doctor.doctorId(), 3, LocalTime.of(11, 0));
        SignIn.as(doctor.userId(), Roles.DOCTOR);

        navigate("doctor", com.vaadin.flow.component.Component.class);

        assertThat(find(UnorderedList.class)
                        .id("my-day-appointments")
                        .getElement()
                        .getTextRecursively())
                .contains("09:00–09:30 Pat Daily · Check-up (Scheduled)");
        assertThat(find(Paragraph.class).id("my-day-next-free").getText())
                .isEqualTo("Next free slot patients can book: "
                        + Formats.current().when(fixture.today().plusDays(3).atTime(11, 0)) + ".");

        Checkbox emails = find(Checkbox.class).id("doctor-booking-emails");
        assertThat(emails.getValue()).isTrue();
        emails.setValue(false);
        assertThat(doctors.emailsOnPatientChanges()).isFalse();
    }
}
