package app.praxis.appointment;

import java.time.LocalDate;
import java.util.List;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.Sort;

/**
 * For benchmarks outside this package: the admins' grid page as one query of every joined row sorted and skipped,
 * the shape {@link AppointmentRowRepository#find} had before V0014, to time both on the same data.
 */
public final class AppointmentQueryShapes {

    private final AppointmentRowRepository rows;

    public AppointmentQueryShapes(ApplicationContext context) {
        this.rows = context.getBean(AppointmentRowRepository.class);
    }

    public List<AppointmentRow> pageInOneQuery(
            AppointmentFilter filter, Sort sort, long offset, int limit, LocalDate today) {
        return rows.findInOneQuery(filter, AppointmentSort.orderBy(sort), offset, limit, today);
    }
}
