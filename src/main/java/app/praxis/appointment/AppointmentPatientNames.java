package app.praxis.appointment;

import app.praxis.user.UserRenamed;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The patient's first and last name copied onto each of their appointments (V0033), so that the admins' grid reads the
 * rows of a patient's name as one range of an index ({@link NamedPatientPages}). Every INSERT of an appointment
 * copies them from the patient's user in the same statement; a rename rewrites them here, in the rename's transaction
 * (the event is published inside it), and the names of the patient's kept rows per doctor's name ({@link
 * DoctorNamePatients}).
 */
@Component
class AppointmentPatientNames {

    private final JdbcClient jdbc;

    AppointmentPatientNames(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The renamed user's appointments as a patient take the new names (none if they are no patient). */
    @EventListener
    void patientRenamed(UserRenamed renamed) {
        jdbc.sql("UPDATE appointments a JOIN patients p ON p.patient_id = a.patient_id"
                        + " JOIN users u ON u.user_id = p.user_id"
                        + " SET a.patient_first_name = u.first_name, a.patient_last_name = u.last_name"
                        + " WHERE p.user_id = ?")
                .param(renamed.userId())
                .update();
        // and their rows per spelling of their doctors' names (V0065), keyed by their names
        DoctorNamePatients.renamed(jdbc, renamed.userId());
    }
}
