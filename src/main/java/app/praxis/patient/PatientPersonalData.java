package app.praxis.patient;

import app.praxis.user.PersonalDataSection;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The patient record's personal fields: in the download, and blanked when the account is closed. */
@Component
class PatientPersonalData implements PersonalDataSection {

    private final JdbcClient jdbc;

    PatientPersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String name() {
        return "patientRecord";
    }

    @Override
    public List<Map<String, Object>> export(long userId) {
        return PersonalDataSection.plain(jdbc.sql("""
                        SELECT patient_id, insurance_details, medical_history, emergency_contact, created_at
                        FROM patients WHERE user_id = ?""").param(userId).query().listOfRows());
    }

    @Override
    public void anonymise(long userId) {
        jdbc.sql("""
                        UPDATE patients SET insurance_details = NULL, medical_history = NULL, emergency_contact = NULL
                        WHERE user_id = ?""").param(userId).update();
    }
}
