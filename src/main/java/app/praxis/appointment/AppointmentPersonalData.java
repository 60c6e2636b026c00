package app.praxis.appointment;

import app.praxis.user.PersonalDataSection;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** A patient's appointments, for their download (kept when the account is closed: the practice's records). */
@Component
class AppointmentPersonalData implements PersonalDataSection {

    private final JdbcClient jdbc;

    AppointmentPersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String name() {
        return "appointments";
    }

    @Override
    public List<Map<String, Object>> export(long userId) {
        return PersonalDataSection.plain(jdbc.sql("""
                        SELECT a.appointment_id, a.appointment_date, a.start_time, a.end_time, a.status,
                               CONCAT(du.first_name, ' ', du.last_name) AS doctor, a.reason_for_visit,
                               a.cancellation_reason
                        FROM appointments a
                        JOIN patients p ON p.patient_id = a.patient_id
                        JOIN doctors d ON d.doctor_id = a.doctor_id
                        JOIN users du ON du.user_id = d.user_id
                        WHERE p.user_id = ?
                        ORDER BY a.appointment_id""").param(userId).query().listOfRows());
    }
}
