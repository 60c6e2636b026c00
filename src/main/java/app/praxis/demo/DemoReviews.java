package app.praxis.demo;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Reviews behind every demo rating: each doctor's completed visits are rated so that the average lands on the
 * rating the demo data gives them; doctors.rating and review_count are then computed from the rows, exactly as the
 * review feature keeps them. One abusive review is hidden by the admin, with its reason.
 */
final class DemoReviews {

    private static final List<String> COMMENTS = List.of(
            "Took time to explain everything; I felt listened to.",
            "On time, friendly and thorough.",
            "Clear advice and a follow-up plan I could actually stick to.",
            "A bit of a wait, but the consultation itself was excellent.",
            "Very calm and reassuring with my questions.",
            "Quick and to the point.",
            "Explained the results in plain words.",
            "The booking was easy and the visit well organised.");

    private final JdbcClient jdbc;
    private final Random random;
    private final Clock clock;
    private final ZoneId zone;

    DemoReviews(JdbcClient jdbc, Random random, Clock clock) {
        this.jdbc = jdbc;
        this.random = random;
        this.clock = clock;
        this.zone = clock.getZone();
    }

    /** {@code targets}: doctor id → the rating the demo data gives them. */
    void create(Map<Long, BigDecimal> targets, long adminUserId) {
        Instant now = clock.instant();
        targets.forEach((doctorId, target) -> {
            record Visit(long appointmentId, long patientId, LocalDate date) {}
            List<Visit> visits = jdbc.sql("SELECT appointment_id, patient_id, appointment_date FROM appointments"
                            + " WHERE doctor_id = ? AND status = 'COMPLETED' ORDER BY appointment_id")
                    .param(doctorId)
                    .query((rs, n) -> new Visit(rs.getLong(1), rs.getLong(2), rs.getObject(3, LocalDate.class)))
                    .list();
            int sum = 0;
            int count = 0;
            for (Visit visit : visits) {
                if (random.nextInt(10) < 3) {
                    continue; // not everybody rates their visit
                }
                // Greedy: the stars that keep the running average closest to the target.
                int stars = Math.clamp(Math.round(target.doubleValue() * (count + 1) - sum), 1, 5);
                sum += stars;
                count++;
                Instant submitted =
                        visit.date().plusDays(1).atTime(19, 0).atZone(zone).toInstant();
                if (submitted.isAfter(now)) {
                    submitted = now;
                }
                String comment = random.nextInt(3) == 0 ? null : COMMENTS.get(random.nextInt(COMMENTS.size()));
                jdbc.sql("INSERT INTO reviews (appointment_id, doctor_id, patient_id, stars, comment, submitted_at)"
                                + " VALUES (?,?,?,?,?,?)")
                        .params(
                                visit.appointmentId(),
                                doctorId,
                                visit.patientId(),
                                stars,
                                comment,
                                Timestamp.from(submitted))
                        .update();
            }
        });
        jdbc.sql("INSERT INTO reviews (appointment_id, doctor_id, patient_id, stars, comment, submitted_at,"
                        + " is_hidden, hidden_reason, hidden_by, hidden_at)"
                        + " SELECT a.appointment_id, a.doctor_id, a.patient_id, 1, 'Total waste of time, this quack…',"
                        + " ?, TRUE, 'Insulting language', ?, ?"
                        + " FROM appointments a WHERE a.status = 'COMPLETED'"
                        + " AND NOT EXISTS (SELECT 1 FROM reviews r WHERE r.appointment_id = a.appointment_id)"
                        + " ORDER BY a.appointment_id LIMIT 1")
                .params(
                        Timestamp.from(now.minusSeconds(3 * 86_400)),
                        adminUserId,
                        Timestamp.from(now.minusSeconds(86_400)))
                .update();
        jdbc.sql("UPDATE doctors d SET"
                        + " rating = (SELECT ROUND(AVG(r.stars), 2) FROM reviews r"
                        + "           WHERE r.doctor_id = d.doctor_id AND r.is_hidden = FALSE),"
                        + " review_count = (SELECT COUNT(*) FROM reviews r"
                        + "                 WHERE r.doctor_id = d.doctor_id AND r.is_hidden = FALSE)")
                .update();
    }
}
