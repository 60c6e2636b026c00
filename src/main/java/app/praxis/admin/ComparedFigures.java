package app.praxis.admin;

/** The figures of a period and of the period of the same length just before it. */
public record ComparedFigures(DashboardFigures current, DashboardFigures previous) {}
