package app.praxis.admin;

import app.praxis.base.CsvExport;
import app.praxis.base.InvalidInputException;
import app.praxis.base.Texts;
import app.praxis.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The admin's dashboard: figures for a period compared with the period of the same length before it, and the
 * series its charts draw. Every number is an aggregate computed by the database ({@link DashboardRepository}).
 */
@Service
public class DashboardService {

    /** Longest range the dashboard accepts (its daily chart draws a bar per day). */
    public static final int MAX_DAYS = 366;

    private final DashboardRepository repository;
    private final Clock clock;
    private final Texts texts;

    DashboardService(DashboardRepository repository, Clock clock, Texts texts) {
        this.repository = repository;
        this.clock = clock;
        this.texts = texts;
    }

    /** Today in the clinic's zone, for the views' ready-made ranges. */
    @RolesAllowed(Roles.ADMIN)
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    @Transactional(readOnly = true)
    @RolesAllowed(Roles.ADMIN)
    public Dashboard dashboard(DashboardFilter filter) {
        check(filter);
        var revenue = repository.revenueAndWeeks(filter);
        var utilization = repository.utilizationPerDoctor(filter);
        return new Dashboard(
                filter,
                compare(filter, revenue.byPeriod()),
                repository.appointmentsPerDay(filter),
                revenue.weeks(),
                utilization.shown(),
                repository.bookingsBySpecialization(filter),
                repository.busiestHours(filter),
                utilization.others());
    }

    /** The figures alone (this period and the previous one), e.g. for an export. */
    @Transactional(readOnly = true)
    @RolesAllowed(Roles.ADMIN)
    public ComparedFigures figures(DashboardFilter filter) {
        check(filter);
        return compare(filter);
    }

    /**
     * The figures of both periods as CSV: one row per figure, raw numbers (rates as fractions, amounts in euros)
     * so a spreadsheet can compute with them.
     */
    @Transactional(readOnly = true)
    @RolesAllowed(Roles.ADMIN)
    public void exportCsv(DashboardFilter filter, OutputStream out) throws IOException {
        check(filter);
        String current = texts.get("admin.dashboard.csv.range", filter.from(), filter.to());
        String previous = texts.get("admin.dashboard.csv.range", filter.previousFrom(), filter.previousTo());
        try (var csv = CsvExport.open(
                out,
                texts.get("admin.dashboard.csv.figure"),
                current,
                previous,
                texts.get("admin.dashboard.csv.trend"))) {
            for (Figure figure : compare(filter).list()) {
                csv.row(
                        texts.get(figure.label()),
                        raw(figure.current()),
                        raw(figure.previous()),
                        figure.trend().name());
            }
        }
    }

    private static @Nullable Object raw(@Nullable Number value) {
        if (value instanceof Double fraction) {
            return BigDecimal.valueOf(fraction).setScale(4, RoundingMode.HALF_UP);
        }
        return value;
    }

    /** Each query reads both periods at once; 1 is the current period, 0 the previous one. */
    private ComparedFigures compare(DashboardFilter filter) {
        return compare(filter, repository.revenue(filter));
    }

    private ComparedFigures compare(DashboardFilter filter, Map<Integer, BigDecimal[]> revenue) {
        var counts = repository.appointmentCounts(filter);
        var minutes = repository.slotMinutes(filter);
        var newPatients = repository.newPatients(filter);
        BigDecimal rating = repository.averageRating(filter);
        return new ComparedFigures(
                figures(1, counts, minutes, newPatients, revenue, rating),
                figures(0, counts, minutes, newPatients, revenue, rating));
    }

    private static DashboardFigures figures(
            int period,
            Map<Integer, long[]> countsByPeriod,
            Map<Integer, long[]> minutesByPeriod,
            Map<Integer, Long> newPatients,
            Map<Integer, BigDecimal[]> revenueByPeriod,
            @Nullable BigDecimal rating) {
        long[] counts = countsByPeriod.getOrDefault(period, new long[5]);
        long[] minutes = minutesByPeriod.getOrDefault(period, new long[2]);
        BigDecimal[] revenue = revenueByPeriod.getOrDefault(
                period, new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO});
        return new DashboardFigures(
                counts[0],
                counts[1],
                counts[2],
                counts[3],
                counts[4],
                minutes[0],
                minutes[1],
                newPatients.getOrDefault(period, 0L),
                revenue[0],
                revenue[1],
                revenue[2],
                rating);
    }

    private void check(DashboardFilter filter) {
        var errors = new LinkedHashMap<String, String>();
        if (filter.from().isAfter(filter.to())) {
            errors.put("to", texts.get("admin.dashboard.error.endBeforeStart"));
        } else if (filter.days() > MAX_DAYS) {
            errors.put("to", texts.get("admin.dashboard.error.tooManyDays", MAX_DAYS));
        }
        if (filter.doctorId() != null && filter.specializationId() != null) {
            errors.put("specializationId", texts.get("admin.dashboard.error.doctorOrSpecialization"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }
}
