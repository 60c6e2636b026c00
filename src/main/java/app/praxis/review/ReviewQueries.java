package app.praxis.review;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The review feature's SQL: its own table and those below it (appointments, patients, doctors, users). */
@Repository
class ReviewQueries {

    record Visit(long doctorId, long patientId, boolean completed) {}

    private static final String SELECT = """
            SELECT r.review_id, r.appointment_id, r.doctor_id, r.stars, r.comment, r.submitted_at, r.is_hidden,
                   r.hidden_reason, pu.first_name, pu.last_name,
                   CONCAT(du.first_name, ' ', du.last_name) AS doctor_name
            FROM reviews r
            JOIN patients p ON p.patient_id = r.patient_id JOIN users pu ON pu.user_id = p.user_id
            JOIN doctors d ON d.doctor_id = r.doctor_id JOIN users du ON du.user_id = d.user_id
            """;

    private final JdbcClient jdbc;

    ReviewQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Long> patientIdOfUser(long userId) {
        return jdbc.sql("SELECT patient_id FROM patients WHERE user_id = ?")
                .param(userId)
                .query(Long.class)
                .optional();
    }

    Optional<Long> doctorIdOfUser(long userId) {
        return jdbc.sql("SELECT doctor_id FROM doctors WHERE user_id = ?")
                .param(userId)
                .query(Long.class)
                .optional();
    }

    Optional<Visit> appointment(long appointmentId) {
        return jdbc.sql("SELECT doctor_id, patient_id, status FROM appointments WHERE appointment_id = ?")
                .param(appointmentId)
                .query((rs, row) -> new Visit(
                        rs.getLong("doctor_id"), rs.getLong("patient_id"), "COMPLETED".equals(rs.getString("status"))))
                .optional();
    }

    /** Every review write of one doctor passes through this lock, so their rating is recomputed one at a time. */
    void lockDoctor(long doctorId) {
        jdbc.sql("SELECT doctor_id FROM doctors WHERE doctor_id = ? FOR UPDATE")
                .param(doctorId)
                .query(Long.class)
                .single();
    }

    /**
     * doctors.rating and review_count from the visible reviews. A locking read (FOR UPDATE) sees every committed
     * review, whatever this transaction's snapshot, so a review committed just before is counted.
     */
    void recomputeRating(long doctorId) {
        record Aggregate(long count, @Nullable BigDecimal average) {}
        var aggregate = jdbc.sql("SELECT COUNT(*) AS n, AVG(stars) AS average FROM reviews"
                        + " WHERE doctor_id = ? AND is_hidden = FALSE FOR UPDATE")
                .param(doctorId)
                .query((rs, row) -> new Aggregate(rs.getLong("n"), rs.getBigDecimal("average")))
                .single();
        BigDecimal rating =
                aggregate.average() == null ? null : aggregate.average().setScale(2, RoundingMode.HALF_UP);
        // the clinic's sum and count of ratings (V0023_1), from the old rating still in the row (locked by
        // lockDoctor), then the row
        jdbc.sql(RatingTotals.REPLACE)
                .params(doctorId, rating, rating == null ? 0 : 1)
                .update();
        jdbc.sql("UPDATE doctors SET rating = ?, review_count = ? WHERE doctor_id = ?")
                .params(rating, aggregate.count(), doctorId)
                .update();
    }

    Optional<ReviewDetails> byId(long reviewId, Instant now) {
        return jdbc.sql(SELECT + " WHERE r.review_id = ?")
                .param(reviewId)
                .query((rs, row) -> details(rs, now))
                .optional();
    }

    /** Reviews of these appointments, limited to one patient's or doctor's when {@code ownerColumn} is given. */
    List<ReviewDetails> ofAppointments(
            Collection<Long> appointmentIds, @Nullable String ownerColumn, long ownerId, Instant now) {
        String owner = ownerColumn == null ? "" : " AND " + ownerColumn + " = :owner";
        return jdbc.sql(SELECT + " WHERE r.appointment_id IN (:ids)" + owner)
                .param("ids", appointmentIds)
                .param("owner", ownerId)
                .query((rs, row) -> details(rs, now))
                .list();
    }

    List<ReviewDetails> visibleOf(long doctorId, int offset, int limit, Instant now) {
        return jdbc.sql(SELECT + " WHERE r.doctor_id = :doctor AND r.is_hidden = FALSE"
                        + " ORDER BY r.review_id DESC LIMIT :limit OFFSET :offset")
                .param("doctor", doctorId)
                .param("limit", limit)
                .param("offset", offset)
                .query((rs, row) -> details(rs, now))
                .list();
    }

    List<ReviewDetails> all(int offset, int limit, Instant now) {
        return jdbc.sql(SELECT + " ORDER BY r.review_id DESC LIMIT :limit OFFSET :offset")
                .param("limit", limit)
                .param("offset", offset)
                .query((rs, row) -> details(rs, now))
                .list();
    }

    private static ReviewDetails details(ResultSet rs, Instant now) throws SQLException {
        Instant submitted = rs.getTimestamp("submitted_at").toInstant();
        boolean hidden = rs.getBoolean("is_hidden");
        String last = rs.getString("last_name");
        return new ReviewDetails(
                rs.getLong("review_id"),
                rs.getLong("appointment_id"),
                rs.getLong("doctor_id"),
                rs.getString("doctor_name"),
                rs.getString("first_name") + (last == null || last.isEmpty() ? "" : " " + last.charAt(0) + "."),
                rs.getInt("stars"),
                rs.getString("comment"),
                submitted,
                !hidden && now.isBefore(submitted.plus(ReviewService.EDIT_WINDOW)),
                hidden,
                rs.getString("hidden_reason"));
    }
}
