package app.praxis.availability;

import app.praxis.doctor.DoctorService;
import app.praxis.security.CurrentUser;
import app.praxis.security.PraxisUser;
import app.praxis.security.Roles;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/** Who may see and edit a calendar: the doctor it belongs to, and admins. Checked by the service, every call. */
@Component
class CalendarAccess {

    private final CurrentUser currentUser;
    private final DoctorService doctors;

    CalendarAccess(CurrentUser currentUser, DoctorService doctors) {
        this.currentUser = currentUser;
        this.doctors = doctors;
    }

    void requireAccess(long doctorId) {
        PraxisUser user = currentUser.require();
        if (user.hasRole(Roles.ADMIN)) {
            return;
        }
        boolean own = user.hasRole(Roles.DOCTOR)
                && doctors.signedInDoctorId().filter(id -> id == doctorId).isPresent();
        if (!own) {
            throw new AccessDeniedException("This is another doctor's calendar");
        }
    }
}
