package app.praxis.appointment;

import app.praxis.availability.BookableSlot;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * What booking must know about a slot beyond the slot itself, read in a single statement: whether its doctor
 * takes bookings, whether the patient already has an appointment at that time, and what the confirmation says.
 */
record BookingCandidate(
        BookableSlot slot,
        boolean doctorAccepting,
        String doctorName,
        @Nullable String clinicName,
        @Nullable String clinicAddress,
        BigDecimal fee,
        String patientEmail,
        String patientName,
        boolean patientOverlap) {

    AppointmentNotice notice(long appointmentId, long patientUserId) {
        return new AppointmentNotice(
                appointmentId,
                patientEmail,
                patientName,
                "Dr. " + doctorName,
                clinicName,
                clinicAddress,
                slot.date(),
                slot.startTime(),
                slot.endTime(),
                0,
                patientUserId);
    }
}
