package app.praxis.appointment.ui;

import static app.praxis.appointment.ui.BookingViewsTest.target;
import static org.assertj.core.api.Assertions.assertThat;

import app.praxis.appointment.AppointmentRow;
import app.praxis.appointment.AppointmentSummaries;
import app.praxis.appointment.BookingFixture;
import app.praxis.appointment.BookingService;
import app.praxis.doctor.DoctorSummary;
import app.praxis.patient.PatientSummary;
import app.praxis.security.Roles;
import app.praxis.support.IntegrationTest;
import app.praxis.support.SignIn;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.data.provider.Query;
import java.time.LocalTime;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The practice's side: the doctor's list and the admin's grid. */
@IntegrationTest
class PracticeViewsTest extends SpringBrowserlessTest {

    @Autowired
    BookingService booking;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    BookingFixture fixture;

    /** Rows written in plain SQL: a doctor's name is counted from the kept totals (round 11), rebuilt after them. */
    @Autowired
    AppointmentSummaries summaries;

    String family;
    DoctorSummary doctor;
    PatientSummary patient;

    @BeforeEach
    void setUp() {
        family = "Prac" + UUID.randomUUID().toString().substring(0, 8);
        doctor = fixture.doctor(family);
        patient = fixture.quickPatient(family);
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void theDoctorSeesANewBookingWithThePatientsAgeAndReadsTheirRecord() {
        long slot = fixture.slot(doctor.doctorId(), 4, LocalTime.of(8, 0));
        SignIn.as(patient.userId(), Roles.PATIENT);
        booking.book(slot, "Headaches");
        SignIn.as(doctor.userId(), Roles.DOCTOR);

        DoctorAgendaView view = target(navigate(DoctorAgendaView.class));

        var card = find(AppointmentCardView.class).from(view.upcoming).single();
        assertThat(card.getElement().getTextRecursively()).contains("Pat " + family, "years", "Headaches", "08:00");
        test(find(Button.class).from(card).withClassName("patient-record").single())
                .click();
        assertThat(find(PatientRecordDialog.class).single().getHeaderTitle()).isEqualTo("Pat " + family);
    }

    @Test
    void theDoctorMarksAVisitThatHasStartedAsCompleted() {
        long past = fixture.pastAppointment(doctor.doctorId(), patient.patientId(), 1);
        SignIn.as(doctor.userId(), Roles.DOCTOR);
        DoctorAgendaView view = target(navigate(DoctorAgendaView.class));

        test(find(Button.class)
                        .from(view.awaiting)
                        .withClassName("outcome-completed")
                        .single())
                .click();

        assertThat(fixture.status(past)).isEqualTo("COMPLETED");
        assertThat(find(AppointmentCardView.class).from(view.awaiting).all()).isEmpty();
    }

    @Test
    void theDoctorCancelsWithAMessageToThePatient() {
        long slot = fixture.slot(doctor.doctorId(), 4, LocalTime.of(8, 0));
        SignIn.as(patient.userId(), Roles.PATIENT);
        long appointment = booking.book(slot, "Rash");
        SignIn.as(doctor.userId(), Roles.DOCTOR);
        DoctorAgendaView view = target(navigate(DoctorAgendaView.class));

        test(find(Button.class).from(view.upcoming).withClassName("cancel").single())
                .click();
        CancelDialog dialog = find(CancelDialog.class).single();
        assertThat(dialog.reason.getLabel()).isEqualTo("Message to the patient");
        dialog.reason.setValue("I am away at a conference; please book with my colleague.");
        test(dialog.confirm).click();

        assertThat(fixture.status(appointment)).isEqualTo("CANCELLED");
        assertThat(fixture.isBooked(slot)).isFalse();
    }

    @Test
    void theDoctorMovesAnAppointmentToAnotherFreeSlotWithAReason() {
        long slot = fixture.slot(doctor.doctorId(), 4, LocalTime.of(8, 0));
        long later = fixture.slot(doctor.doctorId(), 5, LocalTime.of(9, 0));
        SignIn.as(patient.userId(), Roles.PATIENT);
        long appointment = booking.book(slot, "Rash");
        SignIn.as(doctor.userId(), Roles.DOCTOR);
        DoctorAgendaView view = target(navigate(DoctorAgendaView.class));

        test(find(Button.class).from(view.upcoming).withClassName("reschedule").single())
                .click();
        RescheduleDialog dialog = find(RescheduleDialog.class).single();
        dialog.slots.showFrom(fixture.today().plusDays(5));
        dialog.slots.clickTime(0);
        dialog.reason.setValue("I have to operate that morning.");
        test(dialog.confirm).click();

        assertThat(fixture.isBooked(later)).isTrue();
        assertThat(fixture.isBooked(slot)).isFalse();
        assertThat(fixture.appointmentsOnSlot(later)).isOne();
        assertThat(fixture.status(appointment)).isEqualTo("SCHEDULED");
        var card = find(AppointmentCardView.class).from(view.upcoming).single();
        assertThat(card.getElement().getTextRecursively()).contains("09:00", "Moved once");
    }

    @Test
    void anAdminDownloadsExactlyTheFilteredRowsOfTheGridInItsOrder() throws Exception {
        long older = fixture.pastAppointment(doctor.doctorId(), patient.patientId(), 3);
        long newer = fixture.pastAppointment(doctor.doctorId(), patient.patientId(), 1);
        jdbc.sql("UPDATE appointments SET reason_for_visit = '=1+1' WHERE appointment_id = ?")
                .param(newer)
                .update();
        SignIn.as(1, Roles.ADMIN);
        AdminAppointmentsView view = target(navigate(AdminAppointmentsView.class));
        view.doctor.setValue(family);

        var out = new java.io.ByteArrayOutputStream();
        view.writeCsv(out);

        var lines = new String(out.toByteArray(), java.nio.charset.StandardCharsets.UTF_8)
                .substring(1)
                .lines()
                .toList();
        assertThat(lines.getFirst()).startsWith("Id,Date,Start,End,Doctor");
        var grid = view.grid
                .getDataProvider()
                .fetch(new Query<>())
                .map(row -> ((AppointmentRow) row).id())
                .toList();
        assertThat(grid).containsExactly(newer, older);
        assertThat(lines.stream().skip(1).map(line -> Long.parseLong(line.substring(0, line.indexOf(',')))))
                .containsExactlyElementsOf(grid);
        assertThat(lines.get(1)).contains(",'=1+1,", "Pat " + family);
    }

    @Test
    void anAdminFiltersTheLazyGridByDoctorAndStatus() {
        fixture.pastAppointment(doctor.doctorId(), patient.patientId(), 1);
        fixture.pastAppointment(doctor.doctorId(), patient.patientId(), 2);
        summaries.rebuild();
        SignIn.as(1, Roles.ADMIN);
        AdminAppointmentsView view = target(navigate(AdminAppointmentsView.class));

        view.doctor.setValue(family);

        assertThat(view.grid.getDataProvider().size(new Query<>())).isEqualTo(2);
        assertThat(view.grid
                        .getDataProvider()
                        .fetch(new Query<>(0, 1, java.util.List.of(), null, null))
                        .toList())
                .singleElement()
                .extracting(AppointmentRow::date)
                .isEqualTo(fixture.today().minusDays(1));
        view.status.setValue(app.praxis.appointment.AppointmentStatus.CANCELLED);
        assertThat(view.grid.getDataProvider().size(new Query<>())).isZero();
    }
}
