package app.praxis.payment;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The payment feature's daily summary for the admin dashboard, {@code payment_daily_revenue} (V0013): paid, pending
 * and refunded per visit day and doctor, and per day for the whole clinic (doctor 0, V0020). {@link PaymentService} keeps it in step in every transaction that changes a
 * payment or the day or status of its appointment ({@link PaymentRepository#addRevenue}); {@link #rebuild} fills it
 * from the payments, for rows written by plain SQL (demo clinic, benchmarks) or to repair it.
 */
@Component
public class PaymentSummaries {

    private final JdbcClient jdbc;

    PaymentSummaries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Empties the summary and fills it again from every payment: the same statement as V0013's backfill. */
    @Transactional
    public void rebuild() {
        jdbc.sql("DELETE FROM payment_daily_revenue").update();
        jdbc.sql("""
                        INSERT INTO payment_daily_revenue (revenue_date, doctor_id, paid, pending, refunded)
                        SELECT a.appointment_date, a.doctor_id,
                               COALESCE(SUM(CASE WHEN pay.payment_status IN ('PAID', 'REFUNDED')
                                   THEN COALESCE(pay.paid_amount, pay.amount) END), 0),
                               COALESCE(SUM(CASE WHEN pay.payment_status IN ('PENDING', 'FAILED')
                                   AND a.status <> 'CANCELLED' THEN pay.amount END), 0),
                               COALESCE(SUM(pay.refunded_amount), 0)
                        FROM payments pay JOIN appointments a ON a.appointment_id = pay.appointment_id
                        GROUP BY a.appointment_date, a.doctor_id""").update();
        jdbc.sql(CLINIC_ROWS).update();
    }

    /** V0020's whole-clinic rows (doctor 0): each day's sum of its doctors' rows. */
    static final String CLINIC_ROWS =
            "INSERT INTO payment_daily_revenue (revenue_date, doctor_id, paid, pending, refunded)"
                    + " SELECT revenue_date, 0, SUM(paid), SUM(pending), SUM(refunded) FROM payment_daily_revenue"
                    + " WHERE doctor_id <> 0 GROUP BY revenue_date";
}
