package app.praxis.admin;

import java.util.List;

/**
 * Everything the dashboard shows for one filter: the figures of this and the previous period, and the series.
 * {@code utilizationPerDoctor} names the busiest and the least busy doctors (all of them while there are few),
 * {@code otherDoctors} sums the rest.
 */
public record Dashboard(
        DashboardFilter filter,
        ComparedFigures figures,
        List<DailyCount> appointmentsPerDay,
        List<WeeklyRevenue> revenuePerWeek,
        List<DoctorUtilization> utilizationPerDoctor,
        List<SpecializationBookings> bookingsBySpecialization,
        List<HourCount> busiestHours,
        OtherDoctors otherDoctors) {}
