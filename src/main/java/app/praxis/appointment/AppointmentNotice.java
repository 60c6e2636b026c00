package app.praxis.appointment;

import java.time.LocalDate;
import java.time.LocalTime;
import org.jspecify.annotations.Nullable;

/**
 * What a message about an appointment needs to say, captured inside the transaction so that listeners running
 * after the commit need no database. {@code sequence} counts the changes (the calendar file's SEQUENCE);
 * {@code patientUserId} says whose language the patient's e-mails are written in.
 */
public record AppointmentNotice(
        long appointmentId,
        String patientEmail,
        String patientName,
        String doctorName,
        @Nullable String clinicName,
        @Nullable String clinicAddress,
        LocalDate date,
        LocalTime startTime,
        LocalTime endTime,
        int sequence,
        long patientUserId) {

    static AppointmentNotice of(Appointment appointment, int sequence) {
        var patient = appointment.getPatient().getUser();
        var doctor = appointment.getDoctor();
        return new AppointmentNotice(
                appointment.getId(),
                patient.getEmail(),
                patient.getFullName(),
                "Dr. " + doctor.getUser().getFullName(),
                doctor.getClinicName(),
                doctor.getClinicAddress(),
                appointment.getDate(),
                appointment.getStartTime(),
                appointment.getEndTime(),
                sequence,
                patient.getId());
    }
}
