package app.praxis.appointment;

import app.praxis.availability.BookableSlot;
import app.praxis.base.Language;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * What booking must know about a slot beyond the slot itself, read in a single statement: whether its doctor
 * takes bookings, whether the patient already has an appointment at that time, and what the confirmation says:
 * the patient's and the doctor's names, the patient's language, and the doctor's address and language when the
 * doctor wants e-mails about their patients' bookings (null when not).
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
        boolean patientOverlap,
        Language patientLanguage,
        AppointmentBooked.@Nullable DoctorRecipient doctorRecipient) {

    /** The event that opens the payment and writes the e-mails, for the appointment just inserted. */
    AppointmentBooked booked(long appointmentId, long patientUserId) {
        return new AppointmentBooked(
                notice(appointmentId, patientUserId), slot.doctorId(), fee, patientLanguage, doctorRecipient);
    }

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
