package app.praxis.demo;

import static org.assertj.core.api.Assertions.assertThat;

import app.praxis.support.SharedSecurityContextStrategy;
import app.praxis.support.TestClockConfig;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/** The demo clinic, seeded into a schema of its own on the shared test server. */
@SpringBootTest(properties = {"praxis.demo-data.enabled=true", "praxis.embedded-db.database=praxis_demo_seed"})
@ActiveProfiles({"embedded", "test"})
@Import({SharedSecurityContextStrategy.class, TestClockConfig.class})
class DemoClinicSeederTest {

    @Autowired
    Clock clock;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DemoClinicSeeder seeder;

    @Test
    void anEmptyDatabaseBecomesABelievableClinic() {
        assertThat(count("SELECT COUNT(*) FROM users WHERE role = 'ADMIN'")).isOne();
        assertThat(count("SELECT COUNT(*) FROM doctors")).isGreaterThanOrEqualTo(10);
        assertThat(count("SELECT COUNT(DISTINCT specialization_id) FROM doctors"))
                .isGreaterThanOrEqualTo(6);
        assertThat(count("SELECT COUNT(*) FROM patients")).isGreaterThanOrEqualTo(25);
        assertThat(count("SELECT COUNT(DISTINCT doctor_id) FROM weekly_schedules"))
                .isEqualTo(count("SELECT COUNT(*) FROM doctors"));
        assertThat(count("SELECT COUNT(*) FROM doctor_availability WHERE available_date > ? AND is_booked = FALSE"))
                .isGreaterThan(1000);
        assertThat(jdbc.sql("SELECT DISTINCT status FROM appointments")
                        .query(String.class)
                        .list())
                .containsExactlyInAnyOrder("SCHEDULED", "COMPLETED", "CANCELLED", "NO_SHOW");
        assertThat(count("SELECT COUNT(*) FROM appointments WHERE appointment_date < ?"))
                .isPositive();
        assertThat(count("SELECT COUNT(*) FROM appointments WHERE appointment_date > ?"))
                .isPositive();
        assertThat(count("SELECT COUNT(*) FROM appointment_reschedules")).isPositive();
        assertThat(count("SELECT COUNT(*) FROM payments")).isEqualTo(count("SELECT COUNT(*) FROM appointments"));
        assertThat(jdbc.sql("SELECT DISTINCT payment_status FROM payments")
                        .query(String.class)
                        .list())
                .containsExactlyInAnyOrder("PENDING", "PAID", "FAILED", "REFUNDED", "NOT_DUE");
        assertThat(count("SELECT COUNT(*) FROM chat_messages m JOIN users u ON u.user_id = m.sender_id"
                        + " WHERE m.read_at IS NULL AND u.role = 'PATIENT'"))
                .as("unread messages for doctors")
                .isPositive();
        assertThat(count("SELECT COUNT(*) FROM chat_messages m JOIN users u ON u.user_id = m.sender_id"
                        + " WHERE m.read_at IS NULL AND u.role = 'DOCTOR'"))
                .as("unread messages for patients")
                .isPositive();
        assertThat(count("SELECT COUNT(DISTINCT patient_id) FROM chats") * 10)
                .as("most patients have a conversation")
                .isGreaterThanOrEqualTo(count("SELECT COUNT(*) FROM patients") * 8);
        assertThat(count("SELECT COUNT(*) FROM chats c WHERE c.last_message_id IS NULL OR c.last_message_id <>"
                        + " (SELECT MAX(m.message_id) FROM chat_messages m WHERE m.chat_id = c.chat_id)"))
                .as("each chat knows its newest message")
                .isZero();
        assertThat(count("SELECT COUNT(*) FROM chat_messages a JOIN chat_messages b"
                        + " ON b.message_id > a.message_id AND b.sent_at < a.sent_at"))
                .as("message ids follow the time they were sent")
                .isZero();
        assertThat(count("SELECT COUNT(*) FROM doctor_time_off")).isPositive();
    }

    @Test
    void everyOneOfTheLastTwelveWeeksHasVisitsAndPaymentsSoEveryDashboardChartHasAShape() {
        // 7-day buckets counted back from today: 0 is the last seven days, 11 the twelfth week back
        String week = "FLOOR(DATEDIFF(?, appointment_date) / 7)";
        assertThat(count("SELECT COUNT(DISTINCT " + week + ") FROM appointments" + " WHERE appointment_date < ? AND "
                        + week + " BETWEEN 0 AND 11 AND status <> 'CANCELLED'"))
                .isEqualTo(12);
        assertThat(count("SELECT COUNT(DISTINCT " + week + ") FROM appointments a JOIN payments p"
                        + " ON p.appointment_id = a.appointment_id WHERE appointment_date < ? AND " + week
                        + " BETWEEN 0 AND 11 AND p.payment_status = 'PAID'"))
                .isEqualTo(12);
    }

    @Test
    void paymentsCoverEveryStatusAndMethodOverSeveralMonthsWithGapFreeDocumentsAndHistory() {
        assertThat(jdbc.sql("SELECT DISTINCT payment_method FROM payments WHERE payment_method IS NOT NULL")
                        .query(String.class)
                        .list())
                .containsExactlyInAnyOrder("CARD", "CASH", "INSURANCE");
        assertThat(count("SELECT COUNT(DISTINCT DATE_FORMAT(transaction_date, '%Y-%m')) FROM payments"
                        + " WHERE payment_status IN ('PAID', 'REFUNDED')"))
                .isGreaterThanOrEqualTo(3);
        assertThat(count("SELECT COUNT(*) FROM payments WHERE payment_status = 'REFUNDED'"
                        + " AND refunded_amount < paid_amount"))
                .as("a partial refund")
                .isPositive();
        assertThat(count("SELECT COUNT(*) FROM payments WHERE payment_status IN ('PAID', 'REFUNDED')"
                        + " AND receipt_number IS NULL"))
                .isZero();
        assertThat(count("SELECT COUNT(*) FROM payments WHERE payment_status = 'REFUNDED'"
                        + " AND credit_note_number IS NULL"))
                .isZero();
        assertThat(count("SELECT COUNT(*) FROM payments p WHERE payment_status <> 'PENDING' AND NOT EXISTS"
                        + " (SELECT 1 FROM payment_history h WHERE h.payment_id = p.payment_id)"))
                .isZero();
        // Gap-free: per year, the receipts are numbered 1..n and the counter stands at n.
        for (String year : jdbc.sql(
                        "SELECT DISTINCT LEFT(receipt_number, 4) FROM payments" + " WHERE receipt_number IS NOT NULL")
                .query(String.class)
                .list()) {
            long receipts = count("SELECT COUNT(*) FROM payments WHERE receipt_number LIKE '" + year + "-%'");
            assertThat(count("SELECT MAX(CAST(SUBSTRING(receipt_number, 6) AS UNSIGNED)) FROM payments"
                            + " WHERE receipt_number LIKE '" + year + "-%'"))
                    .isEqualTo(receipts);
            assertThat(count("SELECT last_number FROM document_counters WHERE document_kind = 'RECEIPT'"
                            + " AND counter_year = " + year))
                    .isEqualTo(receipts);
        }
    }

    @Test
    void everyRatingIsTheAverageOfRealReviewsAndSomePeopleHavePhotos() {
        assertThat(count("SELECT COUNT(*) FROM doctors WHERE rating IS NOT NULL"))
                .isPositive();
        assertThat(count("SELECT COUNT(*) FROM doctors d WHERE d.rating IS NOT NULL AND (d.review_count = 0"
                        + " OR d.review_count <> (SELECT COUNT(*) FROM reviews r"
                        + "   WHERE r.doctor_id = d.doctor_id AND NOT r.is_hidden)"
                        + " OR d.rating <> (SELECT ROUND(AVG(r.stars), 2) FROM reviews r"
                        + "   WHERE r.doctor_id = d.doctor_id AND NOT r.is_hidden))"))
                .isZero();
        assertThat(count("SELECT COUNT(*) FROM reviews r JOIN appointments a ON a.appointment_id = r.appointment_id"
                        + " WHERE a.status <> 'COMPLETED' OR a.patient_id <> r.patient_id"))
                .isZero();
        assertThat(count("SELECT COUNT(*) FROM reviews WHERE is_hidden AND hidden_reason IS NOT NULL"))
                .isOne();
        assertThat(count("SELECT COUNT(*) FROM users WHERE profile_photo IS NOT NULL"))
                .isGreaterThanOrEqualTo(6);
        assertThat(count(
                        "SELECT COUNT(*) FROM users WHERE role <> 'ADMIN' AND (address IS NULL OR address = 'Berlin')"))
                .isZero();
    }

    @Test
    void bookedFlagsAgreeWithLiveAppointments() {
        assertThat(
                        count(
                                "SELECT COUNT(*) FROM appointments a JOIN doctor_availability s"
                                        + " ON s.availability_id = a.availability_id WHERE a.status <> 'CANCELLED' AND NOT s.is_booked"))
                .isZero();
        assertThat(count("SELECT COUNT(*) FROM doctor_availability s WHERE s.is_booked AND NOT EXISTS"
                        + " (SELECT 1 FROM appointments a WHERE a.slot_hold = s.availability_id)"))
                .isZero();
    }

    @Test
    void seedingAgainLeavesAnExistingDatabaseAlone() {
        long users = count("SELECT COUNT(*) FROM users");

        seeder.seedIfEmptyAndAnnounce();

        assertThat(count("SELECT COUNT(*) FROM users")).isEqualTo(users);
    }

    @Test
    void everyDemoAccountNamedInTheReadmeExists() {
        List<String> emails = List.of("admin@praxis.demo", "dr.weber@praxis.demo", "paul.neumann@example.org");
        for (String email : emails) {
            assertThat(count("SELECT COUNT(*) FROM users WHERE is_active AND email = '" + email + "'"))
                    .as(email)
                    .isOne();
        }
    }

    /** Counts; each {@code ?} is the clinic's today by the test clock the demo was seeded with. */
    private long count(String sql) {
        var statement = jdbc.sql(sql);
        for (int i = 0; i < sql.chars().filter(c -> c == '?').count(); i++) {
            statement = statement.param(LocalDate.now(clock));
        }
        return statement.query(Long.class).single();
    }
}
