package app.praxis.appointment;

import app.praxis.base.Language;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * Published inside the booking transaction; a listener that fails rolls the booking back. It carries what the
 * booking's e-mails need beyond the notice, read with the booking's checks in the same statement: the patient's
 * language and, when the doctor wants e-mails about their patients' bookings, the doctor's address and language
 * (null when they switched them off). Its listeners need no statement of their own to write them.
 */
public record AppointmentBooked(
        AppointmentNotice notice,
        long doctorId,
        BigDecimal fee,
        Language patientLanguage,
        @Nullable DoctorRecipient doctorRecipient) {

    /** Where the doctor's e-mail about the booking goes, and in which language. */
    public record DoctorRecipient(String email, Language language) {}

    public long appointmentId() {
        return notice.appointmentId();
    }
}
