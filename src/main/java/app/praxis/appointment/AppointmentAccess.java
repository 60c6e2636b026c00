package app.praxis.appointment;

import app.praxis.security.PraxisUser;
import app.praxis.security.Roles;

/** Who may see and change an appointment: its patient, its doctor, and admins. */
final class AppointmentAccess {

    private AppointmentAccess() {}

    static boolean allows(PraxisUser user, Appointment appointment) {
        return switch (user.role()) {
            case Roles.ADMIN -> true;
            case Roles.DOCTOR -> appointment.doctorUserId() == user.userId();
            case Roles.PATIENT -> appointment.patientUserId() == user.userId();
            default -> false;
        };
    }
}
