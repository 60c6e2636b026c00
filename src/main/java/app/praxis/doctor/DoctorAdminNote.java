package app.praxis.doctor;

import java.util.Optional;

/**
 * A line that a feature above doctor adds to the admin's page of a doctor, without doctor importing it: appointment
 * says whether patients can book the doctor now and, if not, why (deactivated, not accepting, no free times).
 */
public interface DoctorAdminNote {

    /** The line for this doctor, if there is anything to say. */
    Optional<String> noteFor(long doctorId);
}
