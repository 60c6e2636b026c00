package app.praxis.appointment;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Period;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Appointment lists in one query each (doctor and patient joined; paged in the database). Only appointment's
 * tables and those of the features below it: the payment of each row is payment's to read.
 */
@Repository
class AppointmentRowRepository {

    private static final String SELECT = """
            SELECT a.appointment_id, a.doctor_id, CONCAT(du.first_name, ' ', du.last_name) AS doctor_name,
                   s.name AS specialization, a.patient_id, CONCAT(pu.first_name, ' ', pu.last_name) AS patient_name,
                   pu.date_of_birth, a.appointment_date, a.start_time, a.end_time, a.status, a.reason_for_visit,
                   a.cancellation_reason,
                   (SELECT COUNT(*) FROM appointment_reschedules r WHERE r.appointment_id = a.appointment_id)
                       AS reschedules
            """;

    private static final String FROM = """
            FROM appointments a
            JOIN doctors d ON d.doctor_id = a.doctor_id
            JOIN users du ON du.user_id = d.user_id
            LEFT JOIN specializations s ON s.specialization_id = d.specialization_id
            JOIN patients p ON p.patient_id = a.patient_id
            JOIN users pu ON pu.user_id = p.user_id
            """;

    private final JdbcClient jdbc;

    AppointmentRowRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<AppointmentRow> find(AppointmentFilter filter, boolean newestFirst, long offset, int limit, LocalDate today) {
        return find(filter, newestFirst(newestFirst), offset, limit, today);
    }

    /**
     * One page in {@code orderBy}, an ORDER BY list from {@link AppointmentSort} (never from outside), in two steps
     * (a deferred join): first the page's ids alone, from appointments and only the users whose names the filter or
     * the order reads, so that skipping to a deep page walks an index of appointments (V0014) instead of building
     * every joined row before it; then the page's rows by id. The default order, {@link AppointmentSort#TODAY_FIRST},
     * is read as its three parts (today, upcoming, past), each an index range in its own order. One doctor's or one
     * patient's appointments (their lists, the grid filtered to one of them) are few and found by their own index:
     * those stay one query.
     */
    List<AppointmentRow> find(AppointmentFilter filter, String orderBy, long offset, int limit, LocalDate today) {
        if (filter.doctorId() != null || filter.patientId() != null) {
            return findInOneQuery(filter, orderBy, offset, limit, today);
        }
        List<Long> ids = orderBy.equals(AppointmentSort.TODAY_FIRST.orderBy(true))
                ? todayFirstIds(filter, offset, limit, today)
                : pageIds(filter, "", orderBy, offset, limit, today);
        return byIds(ids, today);
    }

    /** The page as one query of all joined rows sorted and skipped (the only shape before V0014). */
    List<AppointmentRow> findInOneQuery(
            AppointmentFilter filter, String orderBy, long offset, int limit, LocalDate today) {
        var params = new LinkedHashMap<String, Object>();
        params.put("limit", limit);
        params.put("offset", offset);
        return jdbc.sql(SELECT + FROM + where(filter, params) + orderBy(orderBy, today, params)
                        + " LIMIT :limit OFFSET :offset")
                .params(params)
                .query((rs, row) -> row(rs, today))
                .list();
    }

    /** Today (by time), then upcoming (soonest first), then past (latest first): each part skipped by its count. */
    private List<Long> todayFirstIds(AppointmentFilter filter, long offset, int limit, LocalDate today) {
        String[][] parts = {
            {" AND a.appointment_date = :today", "a.start_time, a.appointment_id"},
            {" AND a.appointment_date > :today", "a.appointment_date, a.start_time, a.appointment_id"},
            {" AND a.appointment_date < :today", "a.appointment_date DESC, a.start_time DESC, a.appointment_id"}
        };
        var ids = new ArrayList<Long>();
        long skip = offset;
        for (String[] part : parts) {
            int wanted = limit - ids.size();
            if (wanted <= 0) {
                break;
            }
            if (skip > 0) {
                long size = count(filter, part[0], today);
                if (skip >= size) {
                    skip -= size;
                    continue;
                }
            }
            ids.addAll(pageIds(filter, part[0], part[1], skip, wanted, today));
            skip = 0;
        }
        return ids;
    }

    private List<Long> pageIds(
            AppointmentFilter filter, String andWhere, String orderBy, long offset, int limit, LocalDate today) {
        var params = new LinkedHashMap<String, Object>();
        params.put("limit", limit);
        params.put("offset", offset);
        params.put("today", today);
        return jdbc.sql("SELECT a.appointment_id FROM appointments a" + joinsFor(filter, orderBy)
                        + where(filter, params) + andWhere + " ORDER BY " + orderBy + " LIMIT :limit OFFSET :offset")
                .params(params)
                .query(Long.class)
                .list();
    }

    /** The rows of these appointments, in the order of {@code ids}. */
    private List<AppointmentRow> byIds(List<Long> ids, LocalDate today) {
        if (ids.isEmpty()) {
            return List.of();
        }
        var byId = new HashMap<Long, AppointmentRow>();
        jdbc.sql(SELECT + FROM + " WHERE a.appointment_id IN (:ids)")
                .param("ids", ids)
                .query((rs, row) -> row(rs, today))
                .list()
                .forEach(row -> byId.put(row.id(), row));
        return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
    }

    /**
     * The joins a query of appointment ids needs for this filter and order: the doctor's or patient's user only
     * where their name is filtered or sorted on. Every appointment has both (foreign keys, inner joins), so leaving
     * a join out changes no count.
     */
    private static String joinsFor(AppointmentFilter filter, String orderBy) {
        var joins = new StringBuilder();
        if (hasText(filter.doctorName()) || orderBy.contains("du.")) {
            joins.append(" JOIN doctors d ON d.doctor_id = a.doctor_id JOIN users du ON du.user_id = d.user_id");
        }
        if (hasText(filter.patientName()) || orderBy.contains("pu.")) {
            joins.append(" JOIN patients p ON p.patient_id = a.patient_id JOIN users pu ON pu.user_id = p.user_id");
        }
        return joins.toString();
    }

    private static boolean hasText(@Nullable String text) {
        return text != null && !text.isBlank();
    }

    /**
     * Every appointment the filter selects, in {@link #find}'s order, handed over one row at a time as the result
     * set is read (for exports: no list of all rows is built).
     */
    void forEach(AppointmentFilter filter, boolean newestFirst, LocalDate today, Consumer<AppointmentRow> action) {
        forEach(filter, newestFirst(newestFirst), today, action);
    }

    void forEach(AppointmentFilter filter, String orderBy, LocalDate today, Consumer<AppointmentRow> action) {
        var params = new LinkedHashMap<String, Object>();
        jdbc.sql(SELECT + FROM + where(filter, params) + orderBy(orderBy, today, params))
                .params(params)
                .query(rs -> {
                    action.accept(row(rs, today));
                });
    }

    private static String newestFirst(boolean newestFirst) {
        String direction = newestFirst ? "DESC" : "ASC";
        return "a.appointment_date " + direction + ", a.start_time " + direction + ", a.appointment_id";
    }

    private static String orderBy(String orderBy, LocalDate today, Map<String, Object> params) {
        if (orderBy.contains(":today")) {
            params.put("today", today);
        }
        return " ORDER BY " + orderBy;
    }

    /**
     * The appointments that hold a doctor's slots on the days [from, to] (cancelled ones hold none), keyed by
     * the slot's id, in one query.
     */
    Map<Long, AppointmentRow> holdingSlots(long doctorId, LocalDate from, LocalDate to, LocalDate today) {
        var bySlot = new LinkedHashMap<Long, AppointmentRow>();
        jdbc.sql(SELECT + ", a.availability_id " + FROM
                        + " WHERE a.doctor_id = :doctorId AND a.appointment_date BETWEEN :from AND :to"
                        + " AND a.status <> 'CANCELLED' AND a.availability_id IS NOT NULL"
                        + " ORDER BY a.appointment_date, a.start_time")
                .param("doctorId", doctorId)
                .param("from", from)
                .param("to", to)
                .query(rs -> {
                    bySlot.put(rs.getLong("availability_id"), row(rs, today));
                });
        return bySlot;
    }

    /** How many appointments the filter selects: from appointments' indexes unless a name is filtered. */
    long count(AppointmentFilter filter) {
        return count(filter, "", null);
    }

    private long count(AppointmentFilter filter, String andWhere, @Nullable LocalDate today) {
        var params = new LinkedHashMap<String, Object>();
        if (today != null) {
            params.put("today", today);
        }
        return jdbc.sql("SELECT COUNT(*) FROM appointments a" + joinsFor(filter, "") + where(filter, params) + andWhere)
                .params(params)
                .query(Long.class)
                .single();
    }

    List<RescheduleEntry> history(long appointmentId, ZoneId clinicZone) {
        return jdbc.sql("""
                        SELECT r.old_date, r.old_time, r.new_date, r.new_time, r.reason,
                               CONCAT(CASE WHEN u.role = 'DOCTOR' THEN 'Dr. ' ELSE '' END,
                                      u.first_name, ' ', u.last_name) AS who, r.rescheduled_at
                        FROM appointment_reschedules r JOIN users u ON u.user_id = r.rescheduled_by
                        WHERE r.appointment_id = ? ORDER BY r.rescheduled_at, r.reschedule_id
                        """)
                .param(appointmentId)
                .query((rs, row) -> new RescheduleEntry(
                        rs.getObject("old_date", LocalDate.class),
                        rs.getObject("old_time", LocalTime.class),
                        rs.getObject("new_date", LocalDate.class),
                        rs.getObject("new_time", LocalTime.class),
                        rs.getString("reason"),
                        rs.getString("who"),
                        LocalDateTime.ofInstant(
                                rs.getTimestamp("rescheduled_at").toInstant(), clinicZone)))
                .list();
    }

    private static String where(AppointmentFilter filter, Map<String, Object> params) {
        var where = new StringBuilder(" WHERE 1 = 1");
        if (filter.doctorId() != null) {
            where.append(" AND a.doctor_id = :doctorId");
            params.put("doctorId", filter.doctorId());
        }
        if (filter.patientId() != null) {
            where.append(" AND a.patient_id = :patientId");
            params.put("patientId", filter.patientId());
        }
        if (filter.doctorName() != null && !filter.doctorName().isBlank()) {
            where.append(" AND CONCAT(du.first_name, ' ', du.last_name) LIKE :doctorName");
            params.put("doctorName", contains(filter.doctorName()));
        }
        if (filter.patientName() != null && !filter.patientName().isBlank()) {
            where.append(" AND CONCAT(pu.first_name, ' ', pu.last_name) LIKE :patientName");
            params.put("patientName", contains(filter.patientName()));
        }
        if (filter.status() != null) {
            where.append(" AND a.status = :status");
            params.put("status", filter.status().name());
        }
        if (filter.from() != null) {
            where.append(" AND a.appointment_date >= :from");
            params.put("from", filter.from());
        }
        if (filter.to() != null) {
            where.append(" AND a.appointment_date <= :to");
            params.put("to", filter.to());
        }
        return where.toString();
    }

    /** A LIKE pattern that finds the text anywhere, with the user's own % and _ taken literally. */
    private static String contains(String text) {
        return "%" + text.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    private static AppointmentRow row(ResultSet rs, LocalDate today) throws SQLException {
        LocalDate birth = rs.getObject("date_of_birth", LocalDate.class);
        return new AppointmentRow(
                rs.getLong("appointment_id"),
                rs.getLong("doctor_id"),
                rs.getString("doctor_name"),
                rs.getString("specialization"),
                rs.getLong("patient_id"),
                rs.getString("patient_name"),
                birth == null ? null : Period.between(birth, today).getYears(),
                rs.getObject("appointment_date", LocalDate.class),
                rs.getObject("start_time", LocalTime.class),
                rs.getObject("end_time", LocalTime.class),
                AppointmentStatus.valueOf(rs.getString("status")),
                rs.getString("reason_for_visit"),
                rs.getString("cancellation_reason"),
                rs.getInt("reschedules"));
    }
}
