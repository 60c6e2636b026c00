package app.praxis.admin;

import app.praxis.admin.Figure.Kind;
import java.util.List;

/** The figures of a period and of the period of the same length just before it. */
public record ComparedFigures(DashboardFigures current, DashboardFigures previous) {

    /** The figures in the dashboard's order, each with its previous value (labels are text keys: admin.figure.*). */
    public List<Figure> list() {
        var c = current;
        var p = previous;
        return List.of(
                new Figure("admin.figure.booked", Kind.COUNT, c.booked(), p.booked(), true),
                new Figure("admin.figure.completed", Kind.COUNT, c.completed(), p.completed(), true),
                new Figure(
                        "admin.figure.cancelledByPatients",
                        Kind.COUNT,
                        c.cancelledByPatient(),
                        p.cancelledByPatient(),
                        false),
                new Figure(
                        "admin.figure.cancelledByPractice",
                        Kind.COUNT,
                        c.cancelledByPractice(),
                        p.cancelledByPractice(),
                        false),
                new Figure("admin.figure.noShows", Kind.COUNT, c.noShows(), p.noShows(), false),
                new Figure("admin.figure.noShowRate", Kind.PERCENT, c.noShowRate(), p.noShowRate(), false),
                new Figure("admin.figure.utilization", Kind.PERCENT, c.utilization(), p.utilization(), true),
                new Figure("admin.figure.newPatients", Kind.COUNT, c.newPatients(), p.newPatients(), true),
                new Figure("admin.figure.revenuePaid", Kind.MONEY, c.revenuePaid(), p.revenuePaid(), true),
                new Figure("admin.figure.revenuePending", Kind.MONEY, c.revenuePending(), p.revenuePending(), false),
                new Figure("admin.figure.refunded", Kind.MONEY, c.revenueRefunded(), p.revenueRefunded(), false),
                new Figure("admin.figure.averageRating", Kind.RATING, c.averageRating(), p.averageRating(), true));
    }
}
