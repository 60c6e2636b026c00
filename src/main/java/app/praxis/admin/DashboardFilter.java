package app.praxis.admin;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.jspecify.annotations.Nullable;

/**
 * What the dashboard counts: appointments (and slots, payments) dated in [from, to] (clinic-local days, both
 * included), optionally of one doctor or of one specialization's doctors.
 */
public record DashboardFilter(
        LocalDate from,
        LocalDate to,
        @Nullable Long doctorId,
        @Nullable Long specializationId) {

    public static DashboardFilter of(DashboardPeriod period, LocalDate today) {
        return new DashboardFilter(period.from(today), period.to(today), null, null);
    }

    public DashboardFilter forDoctor(@Nullable Long doctor) {
        return new DashboardFilter(from, to, doctor, specializationId);
    }

    public DashboardFilter forSpecialization(@Nullable Long specialization) {
        return new DashboardFilter(from, to, doctorId, specialization);
    }

    /** Days in the range, both ends included. */
    public long days() {
        return ChronoUnit.DAYS.between(from, to) + 1;
    }

    /** The period of the same length that ends the day before this one starts. */
    public LocalDate previousFrom() {
        return from.minusDays(days());
    }

    public LocalDate previousTo() {
        return from.minusDays(1);
    }
}
