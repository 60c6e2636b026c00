package app.praxis.review;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The clinic's sum and count of the doctors' current ratings (V0023_1: {@code doctor_rating_totals}, one row), for
 * the admin dashboard's average rating without a look-up per doctor. {@link ReviewQueries#recomputeRating} keeps it
 * in step in the transaction that changes a rating; {@link #rebuild} fills it from {@code doctors} after ratings were
 * written by plain SQL (the demo clinic's seeder, the benchmarks' generators, test fixtures).
 */
@Component
public class RatingTotals {

    /** Takes a doctor's current rating out and the new one (its two parameters: new rating or null, 1 or 0) in. */
    static final String REPLACE = "UPDATE doctor_rating_totals t JOIN doctors d ON d.doctor_id = ?"
            + " SET t.rating_sum = t.rating_sum - COALESCE(d.rating, 0) + COALESCE(?, 0),"
            + " t.rated = t.rated - (d.rating IS NOT NULL) + ? WHERE t.id = 1";

    private final JdbcClient jdbc;

    RatingTotals(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Sets the row to every doctor's ratings summed and counted. */
    @Transactional
    public void rebuild() {
        jdbc.sql("UPDATE doctor_rating_totals t, (SELECT COALESCE(SUM(rating), 0) AS rating_sum, COUNT(rating) AS"
                        + " rated FROM doctors) d SET t.rating_sum = d.rating_sum, t.rated = d.rated WHERE t.id = 1")
                .update();
    }
}
