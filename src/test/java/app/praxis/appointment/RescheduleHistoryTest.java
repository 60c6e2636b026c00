package app.praxis.appointment;

import static org.assertj.core.api.Assertions.assertThat;

import app.praxis.doctor.DoctorSummary;
import app.praxis.patient.PatientSummary;
import app.praxis.security.Roles;
import app.praxis.support.IntegrationTest;
import app.praxis.support.SignIn;
import java.time.LocalTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class RescheduleHistoryTest {

    @Autowired
    AppointmentService service;

    @Autowired
    BookingService booking;

    @Autowired
    BookingFixture fixture;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void theHistoryNamesADoctorWhoMovedAnAppointmentAsDrAndAPatientByName() {
        DoctorSummary doctor = fixture.doctor("History");
        PatientSummary patient = fixture.quickPatient("Mover");
        long slot = fixture.slot(doctor.doctorId(), 1, LocalTime.of(10, 0));
        long later = fixture.slot(doctor.doctorId(), 2, LocalTime.of(10, 0));
        long latest = fixture.slot(doctor.doctorId(), 3, LocalTime.of(10, 0));
        SignIn.as(patient.userId(), Roles.PATIENT);
        long booked = booking.book(slot, "Sore throat");
        booking.reschedule(booked, later, "Exam");
        SignIn.as(doctor.userId(), Roles.DOCTOR);
        booking.reschedule(booked, latest, "Surgery that day");

        assertThat(service.history(booked))
                .extracting(RescheduleEntry::rescheduledBy)
                .containsExactly(patient.fullName(), "Dr. " + doctor.fullName());
    }
}
