package app.praxis.admin.ui;

import app.praxis.admin.DailyCount;
import app.praxis.admin.DashboardFilter;
import app.praxis.admin.DoctorUtilization;
import app.praxis.admin.HourCount;
import app.praxis.admin.OtherDoctors;
import app.praxis.admin.SpecializationBookings;
import app.praxis.admin.WeeklyRevenue;
import app.praxis.appointment.AppointmentStatus;
import app.praxis.base.Formats;
import app.praxis.base.ui.chart.ChartData;
import app.praxis.base.ui.chart.ChartSeries;
import com.vaadin.flow.i18n.I18NProvider;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/** The dashboard's series as chart data: labels and values only, the counting was done by the database. */
final class DashboardCharts {

    private static final Map<AppointmentStatus, String> STATUS_COLORS = Map.of(
            AppointmentStatus.COMPLETED, "#009E73",
            AppointmentStatus.SCHEDULED, "#0072B2",
            AppointmentStatus.NO_SHOW, "#D55E00",
            AppointmentStatus.CANCELLED, "#999999");

    private DashboardCharts() {}

    /** One bar per day of the range (days without appointments too), stacked by status. */
    static ChartData perDay(DashboardFilter filter, List<DailyCount> counts) {
        var byStatus = new EnumMap<AppointmentStatus, Map<LocalDate, Long>>(AppointmentStatus.class);
        counts.forEach(count ->
                byStatus.computeIfAbsent(count.status(), s -> new HashMap<>()).put(count.day(), count.count()));
        List<LocalDate> days = filter.from().datesUntil(filter.to().plusDays(1)).toList();
        var series = new ArrayList<ChartSeries>();
        for (AppointmentStatus status : AppointmentStatus.values()) {
            Map<LocalDate, Long> perDay = byStatus.getOrDefault(status, Map.of());
            series.add(new ChartSeries(
                            I18NProvider.translate("admin.dashboard.status." + status.name()),
                            days.stream()
                                    .map(day -> perDay.getOrDefault(day, 0L))
                                    .toList())
                    .withColor(STATUS_COLORS.get(status)));
        }
        Formats formats = Formats.current();
        return new ChartData(days.stream().map(formats::shortDay).toList(), series);
    }

    static ChartData revenue(List<WeeklyRevenue> weeks) {
        Formats formats = Formats.current();
        List<String> labels = weeks.stream()
                .map(week -> I18NProvider.translate("admin.dashboard.chart.weekOf", formats.shortDay(week.weekStart())))
                .toList();
        return new ChartData(
                labels,
                List.of(
                        amounts(I18NProvider.translate("admin.dashboard.chart.paid"), weeks, WeeklyRevenue::paid)
                                .withColor("#009E73"),
                        amounts(I18NProvider.translate("admin.dashboard.chart.pending"), weeks, WeeklyRevenue::pending)
                                .withColor("#E69F00"),
                        amounts(
                                        I18NProvider.translate("admin.dashboard.chart.refunded"),
                                        weeks,
                                        WeeklyRevenue::refunded)
                                .withColor("#CC79A7")));
    }

    private static ChartSeries amounts(
            String name, List<WeeklyRevenue> weeks, Function<WeeklyRevenue, BigDecimal> amount) {
        return new ChartSeries(name, weeks.stream().map(amount).toList());
    }

    /**
     * A bar per doctor shown, busiest first; when the clinic has more doctors than the chart names, one bar for the
     * doctors between the busiest and the least busy ("1,980 other doctors", their share together) between the two.
     */
    static ChartData utilization(List<DoctorUtilization> doctors, OtherDoctors others) {
        List<@Nullable Double> values = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        int busiest = others.doctors() == 0 ? doctors.size() : (doctors.size() + 1) / 2;
        for (int i = 0; i < doctors.size(); i++) {
            if (i == busiest) {
                labels.add(I18NProvider.translate(
                        "admin.dashboard.chart.otherDoctors", Formats.current().number(others.doctors())));
                values.add(others.utilization());
            }
            labels.add("Dr. " + doctors.get(i).doctorName());
            values.add(doctors.get(i).utilization());
        }
        return new ChartData(
                labels, List.of(new ChartSeries(I18NProvider.translate("admin.dashboard.chart.bookedShare"), values)));
    }

    static ChartData specializations(List<SpecializationBookings> bookings) {
        return new ChartData(
                bookings.stream()
                        .map(SpecializationBookings::specialization)
                        .map(name -> SpecializationBookings.NONE.equals(name)
                                ? I18NProvider.translate("admin.dashboard.chart.noSpecialization")
                                : name)
                        .toList(),
                List.of(new ChartSeries(
                        I18NProvider.translate("admin.dashboard.chart.bookings"),
                        bookings.stream().map(SpecializationBookings::bookings).toList())));
    }

    /** Hours of the day along the axis (from the earliest to the latest with appointments), stacked by weekday. */
    static ChartData hours(List<HourCount> counts) {
        if (counts.isEmpty()) {
            return ChartData.empty();
        }
        int first = counts.stream().mapToInt(HourCount::hour).min().orElseThrow();
        int last = counts.stream().mapToInt(HourCount::hour).max().orElseThrow();
        var byDay = new EnumMap<DayOfWeek, Map<Integer, Long>>(DayOfWeek.class);
        counts.forEach(count ->
                byDay.computeIfAbsent(count.day(), d -> new HashMap<>()).put(count.hour(), count.count()));
        var labels = new ArrayList<String>();
        for (int hour = first; hour <= last; hour++) {
            labels.add(String.format("%02d:00", hour));
        }
        var series = new ArrayList<ChartSeries>();
        byDay.forEach((day, perHour) -> {
            var values = new ArrayList<Long>();
            for (int hour = first; hour <= last; hour++) {
                values.add(perHour.getOrDefault(hour, 0L));
            }
            series.add(new ChartSeries(
                    day.getDisplayName(
                            TextStyle.SHORT, Formats.current().language().locale()),
                    values));
        });
        return new ChartData(labels, series);
    }
}
