package app.praxis.admin;

import app.praxis.admin.Figure.Kind;
import java.util.List;

/** The figures of a period and of the period of the same length just before it. */
public record ComparedFigures(DashboardFigures current, DashboardFigures previous) {

    /** The figures in the dashboard's order, each with its previous value. */
    public List<Figure> list() {
        var c = current;
        var p = previous;
        return List.of(
                new Figure("Appointments booked", Kind.COUNT, c.booked(), p.booked(), true),
                new Figure("Completed", Kind.COUNT, c.completed(), p.completed(), true),
                new Figure("Cancelled by patients", Kind.COUNT, c.cancelledByPatient(), p.cancelledByPatient(), false),
                new Figure(
                        "Cancelled by the practice",
                        Kind.COUNT,
                        c.cancelledByPractice(),
                        p.cancelledByPractice(),
                        false),
                new Figure("No-shows", Kind.COUNT, c.noShows(), p.noShows(), false),
                new Figure("No-show rate", Kind.PERCENT, c.noShowRate(), p.noShowRate(), false),
                new Figure("Utilization", Kind.PERCENT, c.utilization(), p.utilization(), true),
                new Figure("New patients", Kind.COUNT, c.newPatients(), p.newPatients(), true),
                new Figure("Revenue paid", Kind.MONEY, c.revenuePaid(), p.revenuePaid(), true),
                new Figure("Revenue pending", Kind.MONEY, c.revenuePending(), p.revenuePending(), false),
                new Figure("Refunded", Kind.MONEY, c.revenueRefunded(), p.revenueRefunded(), false),
                new Figure("Average rating", Kind.RATING, c.averageRating(), p.averageRating(), true));
    }
}
