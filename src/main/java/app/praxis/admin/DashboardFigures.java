package app.praxis.admin;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * The dashboard's figures for one period, each computed by the database.
 *
 * @param booked every appointment dated in the period, whatever became of it
 * @param completed appointments marked completed
 * @param cancelledByPatient cancelled by the patient's own account
 * @param cancelledByPractice cancelled by anyone else (the doctor, an admin, time off)
 * @param noShows appointments marked no-show
 * @param bookedMinutes slot time held by a live appointment
 * @param publishedMinutes slot time published
 * @param newPatients patients whose first (not cancelled) appointment falls in the period (first with this doctor
 *     or specialization when the dashboard is narrowed to one)
 * @param revenuePaid amounts of payments with status PAID
 * @param revenuePending amounts still PENDING, of appointments not cancelled (a cancelled one's fee is not due)
 * @param revenueRefunded amounts REFUNDED
 * @param averageRating average rating of the doctors counted (the schema keeps only each doctor's current rating,
 *     so it is the same for every period); null while none is rated
 */
public record DashboardFigures(
        long booked,
        long completed,
        long cancelledByPatient,
        long cancelledByPractice,
        long noShows,
        long bookedMinutes,
        long publishedMinutes,
        long newPatients,
        BigDecimal revenuePaid,
        BigDecimal revenuePending,
        BigDecimal revenueRefunded,
        @Nullable BigDecimal averageRating) {

    public long cancelled() {
        return cancelledByPatient + cancelledByPractice;
    }

    /** No-shows among the appointments whose outcome is known (completed or no-show); null when there are none. */
    public @Nullable Double noShowRate() {
        long known = completed + noShows;
        return known == 0 ? null : (double) noShows / known;
    }

    /** Booked slot time / published slot time; null when nothing was published. */
    public @Nullable Double utilization() {
        return publishedMinutes == 0 ? null : (double) bookedMinutes / publishedMinutes;
    }
}
