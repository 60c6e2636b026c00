package app.praxis.appointment;

import java.util.Locale;
import org.springframework.data.domain.Sort;

/**
 * The orders of the admins' appointments grid: one per column, each ending in the appointment's id so equal rows
 * keep one order from page to page, and the default, {@link #TODAY_FIRST}. Only these reach SQL: a sort property
 * from outside is looked up here, never pasted into a query.
 */
public enum AppointmentSort {
    /** Today's appointments (by time), then the upcoming ones (soonest first), then the past (latest first). */
    TODAY_FIRST("CASE WHEN a.appointment_date = :today THEN 0 WHEN a.appointment_date > :today THEN 1 ELSE 2 END,"
            + " CASE WHEN a.appointment_date >= :today THEN a.appointment_date END,"
            + " CASE WHEN a.appointment_date >= :today THEN a.start_time END,"
            + " a.appointment_date DESC, a.start_time DESC, a.appointment_id"),
    DATE("a.appointment_date %s, a.start_time %s, a.appointment_id %s"),
    TIME("a.start_time %s, a.appointment_date %s, a.appointment_id %s"),
    /** By the doctor's name; doctors of one name one after the other (by their user's id), each by date and time. */
    DOCTOR("du.last_name %s, du.first_name %s, du.user_id %s, a.appointment_date %s, a.start_time %s,"
            + " a.appointment_id %s"),
    /** By the patient's name, as {@link #DOCTOR}. */
    PATIENT("pu.last_name %s, pu.first_name %s, pu.user_id %s, a.appointment_date %s, a.start_time %s,"
            + " a.appointment_id %s"),
    STATUS("a.status %s, a.appointment_date %s, a.start_time %s, a.appointment_id %s"),
    /**
     * By the reason for the visit: its first 700 characters, {@code reason_sort} (V0019, the column's collation),
     * read from an index; reasons that agree in those (reasons are at most 1,000) follow date, time and id.
     */
    REASON("a.reason_sort %s, a.appointment_date %s, a.start_time %s, a.appointment_id %s");

    private final String orderBy;

    AppointmentSort(String orderBy) {
        this.orderBy = orderBy;
    }

    /** The ORDER BY list (without the keywords); {@link #TODAY_FIRST} has one direction only. */
    String orderBy(boolean ascending) {
        return orderBy.replace("%s", ascending ? "ASC" : "DESC");
    }

    /** Whether {@code orderBy} is this order, either way. */
    boolean isOrderBy(String orderBy) {
        return orderBy(true).equals(orderBy) || orderBy(false).equals(orderBy);
    }

    /**
     * The first order of a Spring {@link Sort} whose property names one of these constants (as the grid's columns
     * do), or {@link #TODAY_FIRST} when unsorted. An unknown property is refused.
     */
    static String orderBy(Sort sort) {
        return sort.stream()
                .findFirst()
                .map(order ->
                        valueOf(order.getProperty().toUpperCase(Locale.ROOT)).orderBy(order.isAscending()))
                .orElse(TODAY_FIRST.orderBy(true));
    }
}
