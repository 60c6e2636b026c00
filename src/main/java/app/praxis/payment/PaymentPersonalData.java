package app.praxis.payment;

import app.praxis.user.PersonalDataSection;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** A patient's payments, for their download (kept when the account is closed, as the law requires). */
@Component
class PaymentPersonalData implements PersonalDataSection {

    private final JdbcClient jdbc;

    PaymentPersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String name() {
        return "payments";
    }

    @Override
    public List<Map<String, Object>> export(long userId) {
        return PersonalDataSection.plain(jdbc.sql("""
                        SELECT pay.payment_id, pay.appointment_id, pay.amount, pay.payment_method, pay.payment_status,
                               pay.transaction_date, pay.receipt_number, pay.refunded_amount, pay.refunded_at,
                               pay.credit_note_number
                        FROM payments pay
                        JOIN appointments a ON a.appointment_id = pay.appointment_id
                        JOIN patients p ON p.patient_id = a.patient_id
                        WHERE p.user_id = ?
                        ORDER BY pay.payment_id""").param(userId).query().listOfRows());
    }
}
