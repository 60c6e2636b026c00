package app.praxis.appointment;

import java.math.BigDecimal;

/** Published inside the booking transaction; a listener that fails rolls the booking back. */
public record AppointmentBooked(AppointmentNotice notice, long doctorId, BigDecimal fee) {

    public long appointmentId() {
        return notice.appointmentId();
    }
}
