package app.praxis.appointment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import app.praxis.base.InvalidInputException;
import app.praxis.base.NotFoundException;
import app.praxis.doctor.DoctorSummary;
import app.praxis.patient.PatientSummary;
import app.praxis.security.Roles;
import app.praxis.support.IntegrationTest;
import app.praxis.support.SignIn;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authorization.AuthorizationDeniedException;

@IntegrationTest
class AppointmentServiceTest {

    @Autowired
    AppointmentService service;

    @Autowired
    BookingService booking;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @Autowired
    BookingFixture fixture;

    DoctorSummary doctor;
    PatientSummary patient;

    @BeforeEach
    void setUp() {
        doctor = fixture.doctor("Agenda");
        patient = fixture.quickPatient("Agenda");
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void aRescheduleMadeNowIsShownAtTheClinicsWallClockTimeNow() {
        long slot = fixture.slot(doctor.doctorId(), 1, LocalTime.of(10, 0));
        long later = fixture.slot(doctor.doctorId(), 2, LocalTime.of(10, 0));
        SignIn.as(patient.userId(), Roles.PATIENT);
        long booked = booking.book(slot, "Sore throat");
        // Europe/Berlin is never UTC: an hour or two apart, so a mix-up of zones cannot pass.
        LocalDateTime before = LocalDateTime.now(clock).withNano(0).minusSeconds(1);
        booking.reschedule(booked, later, "Exam");
        LocalDateTime after = LocalDateTime.now(clock).plusSeconds(1);

        assertThat(clock.getZone()).isEqualTo(ZoneId.of("Europe/Berlin"));
        assertThat(service.history(booked)).singleElement().satisfies(entry -> assertThat(entry.rescheduledAt())
                .isBetween(before, after));
    }

    @Test
    void aPatientSeesTheirUpcomingAndPastAppointmentsWithTheirHistory() {
        long past = fixture.pastAppointment(doctor.doctorId(), patient.patientId(), 3);
        long slot = fixture.slot(doctor.doctorId(), 1, LocalTime.of(10, 0));
        long later = fixture.slot(doctor.doctorId(), 2, LocalTime.of(10, 0));
        SignIn.as(patient.userId(), Roles.PATIENT);
        long booked = booking.book(slot, "Sore throat");
        booking.reschedule(booked, later, "Exam");

        MyAppointments mine = service.myAppointments();

        assertThat(mine.upcoming()).singleElement().satisfies(row -> {
            assertThat(row.id()).isEqualTo(booked);
            assertThat(row.doctorName()).isEqualTo("Doc Agenda");
            assertThat(row.rescheduleCount()).isOne();
            assertThat(row.startsAt().toLocalDate()).isEqualTo(fixture.today().plusDays(2));
        });
        assertThat(mine.past()).extracting(AppointmentRow::id).containsExactly(past);
        assertThat(service.history(booked)).singleElement().satisfies(entry -> {
            assertThat(entry.reason()).isEqualTo("Exam");
            assertThat(entry.oldDate()).isEqualTo(fixture.today().plusDays(1));
            assertThat(entry.rescheduledBy()).isEqualTo("Pat Agenda");
        });
    }

    @Test
    void theCalendarFileDescribesTheAppointmentInUtc() {
        long slot = fixture.slot(doctor.doctorId(), 1, LocalTime.of(10, 0));
        SignIn.as(patient.userId(), Roles.PATIENT);
        long booked = booking.book(slot, "Check-up");

        CalendarFile file = service.calendarFile(booked);

        assertThat(file.fileName()).endsWith(".ics");
        assertThat(file.content())
                .contains(
                        "BEGIN:VCALENDAR",
                        "UID:appointment-" + booked + "@praxis",
                        "SUMMARY:Appointment with Dr. Doc Agenda")
                .containsPattern("DTSTART:\\d{8}T\\d{6}Z");
    }

    @Test
    void nobodyElseSeesAPatientsHistoryOrCalendarFile() {
        long slot = fixture.slot(doctor.doctorId(), 1, LocalTime.of(10, 0));
        SignIn.as(patient.userId(), Roles.PATIENT);
        long booked = booking.book(slot, "Private");

        SignIn.as(fixture.quickPatient("Other").userId(), Roles.PATIENT);
        assertThatThrownBy(() -> service.history(booked)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> service.calendarFile(booked)).isInstanceOf(NotFoundException.class);

        SignIn.as(doctor.userId(), Roles.DOCTOR);
        assertThat(service.history(booked)).isEmpty();
    }

    @Test
    void theDoctorSeesTodayUpcomingAndAppointmentsAwaitingAnOutcome() {
        long past = fixture.pastAppointment(doctor.doctorId(), patient.patientId(), 2);
        long slot = fixture.slot(doctor.doctorId(), 3, LocalTime.of(9, 0));
        SignIn.as(patient.userId(), Roles.PATIENT);
        long upcoming = booking.book(slot, "Knee");
        SignIn.as(doctor.userId(), Roles.DOCTOR);

        DoctorAgenda agenda = service.doctorAgenda();

        assertThat(agenda.awaitingOutcome()).extracting(AppointmentRow::id).containsExactly(past);
        assertThat(agenda.upcoming()).extracting(AppointmentRow::id).containsExactly(upcoming);
        assertThat(agenda.upcoming().getFirst().patientAge()).isNotNull();
    }

    @Test
    void theDoctorMarksAPastAppointmentCompletedOrNoShowButNotAFutureOneAndNotTwice() {
        long past = fixture.pastAppointment(doctor.doctorId(), patient.patientId(), 1);
        long slot = fixture.slot(doctor.doctorId(), 1, LocalTime.of(9, 0));
        SignIn.as(patient.userId(), Roles.PATIENT);
        long future = booking.book(slot, "Later");
        SignIn.as(doctor.userId(), Roles.DOCTOR);

        service.recordOutcome(past, AppointmentStatus.NO_SHOW);

        assertThat(fixture.status(past)).isEqualTo("NO_SHOW");
        var twice = catchThrowableOfType(
                InvalidInputException.class, () -> service.recordOutcome(past, AppointmentStatus.COMPLETED));
        assertThat(twice.fieldErrors().get(BookingService.APPOINTMENT)).contains("already No-show");
        var early = catchThrowableOfType(
                InvalidInputException.class, () -> service.recordOutcome(future, AppointmentStatus.COMPLETED));
        assertThat(early.fieldErrors().get(BookingService.APPOINTMENT)).contains("once the appointment has started");
        assertThat(fixture.status(future)).isEqualTo("SCHEDULED");
    }

    @Test
    void anotherDoctorCannotRecordAnOutcomeAndAPatientCannotAtAll() {
        long past = fixture.pastAppointment(doctor.doctorId(), patient.patientId(), 1);

        SignIn.as(fixture.doctor("Elsewhere").userId(), Roles.DOCTOR);
        assertThatThrownBy(() -> service.recordOutcome(past, AppointmentStatus.COMPLETED))
                .isInstanceOf(NotFoundException.class);
        SignIn.as(patient.userId(), Roles.PATIENT);
        assertThatThrownBy(() -> service.recordOutcome(past, AppointmentStatus.COMPLETED))
                .isInstanceOf(AuthorizationDeniedException.class);
        assertThat(fixture.status(past)).isEqualTo("SCHEDULED");
    }

    @Test
    void aDoctorReadsTheRecordOfTheirOwnPatientsOnly() {
        fixture.pastAppointment(doctor.doctorId(), patient.patientId(), 5);
        jdbc.sql("UPDATE patients SET insurance_details = 'AOK 123', emergency_contact = '+4915100000001'"
                        + " WHERE patient_id = ?")
                .param(patient.patientId())
                .update();
        PatientSummary stranger = fixture.quickPatient("Stranger");
        SignIn.as(doctor.userId(), Roles.DOCTOR);

        PatientRecord record = service.patientRecord(patient.patientId());

        assertThat(record.insuranceDetails()).isEqualTo("AOK 123");
        assertThat(record.emergencyContact()).isEqualTo("+4915100000001");
        assertThatThrownBy(() -> service.patientRecord(stranger.patientId())).isInstanceOf(NotFoundException.class);
        SignIn.as(patient.userId(), Roles.PATIENT);
        assertThatThrownBy(() -> service.patientRecord(patient.patientId()))
                .isInstanceOf(AuthorizationDeniedException.class);
    }

    @Test
    void anAdminFiltersAllAppointmentsByDoctorStatusAndDatePagedInTheDatabase() {
        for (int day = 1; day <= 3; day++) {
            fixture.pastAppointment(doctor.doctorId(), patient.patientId(), day);
        }
        SignIn.as(1, Roles.ADMIN);
        var filter = new AppointmentFilter(
                null,
                null,
                "Doc Agenda",
                "Pat Agenda",
                AppointmentStatus.SCHEDULED,
                fixture.today().minusDays(2),
                fixture.today());

        assertThat(service.count(filter)).isGreaterThanOrEqualTo(2);
        assertThat(service.search(filter, PageRequest.of(0, 1))).hasSize(1);
        assertThat(service.search(filter, PageRequest.of(0, 50))).allSatisfy(row -> assertThat(row.date())
                .isAfterOrEqualTo(fixture.today().minusDays(2)));
        SignIn.as(doctor.userId(), Roles.DOCTOR);
        assertThatThrownBy(() -> service.count(filter)).isInstanceOf(AuthorizationDeniedException.class);
    }
}
