package app.praxis.appointment;

import app.praxis.availability.SlotSql;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** What decides a doctor's {@link Bookability}, read in one statement for {@link DoctorDirectory#bookability} (doctor, account and free slots). */
@Repository
class BookabilityRepository {

    /** A free slot {@code a} of the doctor from {@code :now} on, with whether time off covers it. */
    private static final String FREE = "SELECT " + SlotSql.BOOKABLE_COLUMNS
            + " FROM doctor_availability a WHERE a.doctor_id = :doctor AND a.is_booked = FALSE"
            + " AND a.available_date >= :today AND TIMESTAMP(a.available_date, a.start_time) >= :now";

    private final JdbcClient jdbc;

    BookabilityRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Facts(
            boolean accepting,
            boolean active,
            @Nullable LocalDateTime nextBookable,
            boolean tooSoon,
            boolean duringTimeOff,
            boolean beyondHorizon) {}

    /**
     * {@link #facts} of several doctors at once, by their users' ids, in one statement (a grid's page of doctors):
     * their free slots from now on, joined and aggregated per doctor.
     */
    Map<Long, Facts> factsOfUsers(
            Collection<Long> userIds, LocalDateTime now, LocalDateTime earliest, LocalDate lastDay) {
        var facts = new HashMap<Long, Facts>();
        if (userIds.isEmpty()) {
            return facts;
        }
        String free = "SELECT " + SlotSql.BOOKABLE_COLUMNS + " FROM doctor_availability a"
                + " WHERE a.doctor_id IN (SELECT x.doctor_id FROM doctors x WHERE x.user_id IN (:users))"
                + " AND a.is_booked = FALSE AND a.available_date >= :today"
                + " AND TIMESTAMP(a.available_date, a.start_time) >= :now";
        String start = "TIMESTAMP(f.available_date, f.start_time)";
        jdbc.sql("SELECT u.user_id, d.is_available, u.is_active,"
                        + " MIN(CASE WHEN f.during_time_off = FALSE AND " + start + " >= :earliest"
                        + "     AND f.available_date <= :lastDay THEN " + start + " END) AS next_bookable,"
                        + " COALESCE(MAX(f.during_time_off = FALSE AND " + start + " < :earliest), FALSE) AS too_soon,"
                        + " COALESCE(MAX(f.during_time_off = TRUE AND f.available_date <= :lastDay), FALSE)"
                        + "     AS during_time_off,"
                        + " COALESCE(MAX(f.during_time_off = FALSE AND f.available_date > :lastDay), FALSE)"
                        + "     AS beyond_horizon"
                        + " FROM doctors d JOIN users u ON u.user_id = d.user_id"
                        + " LEFT JOIN (" + free + ") f ON f.doctor_id = d.doctor_id"
                        + " WHERE u.user_id IN (:users) GROUP BY u.user_id, d.is_available, u.is_active")
                .param("users", userIds)
                .param("today", now.toLocalDate())
                .param("now", now)
                .param("earliest", earliest)
                .param("lastDay", lastDay)
                .query(rs -> {
                    facts.put(
                            rs.getLong("user_id"),
                            new Facts(
                                    rs.getBoolean("is_available"),
                                    rs.getBoolean("is_active"),
                                    rs.getObject("next_bookable", LocalDateTime.class),
                                    rs.getBoolean("too_soon"),
                                    rs.getBoolean("during_time_off"),
                                    rs.getBoolean("beyond_horizon")));
                });
        return facts;
    }

    Optional<Facts> facts(long doctorId, LocalDateTime now, LocalDateTime earliest, LocalDate lastDay) {
        return jdbc.sql("SELECT d.is_available, u.is_active,"
                        + " (SELECT MIN(TIMESTAMP(f.available_date, f.start_time)) FROM (" + FREE + ") f"
                        + "   WHERE f.during_time_off = FALSE AND TIMESTAMP(f.available_date, f.start_time) >= :earliest"
                        + "   AND f.available_date <= :lastDay) AS next_bookable,"
                        + " EXISTS (SELECT 1 FROM (" + FREE + ") f WHERE f.during_time_off = FALSE"
                        + "   AND TIMESTAMP(f.available_date, f.start_time) < :earliest) AS too_soon,"
                        + " EXISTS (SELECT 1 FROM (" + FREE + ") f WHERE f.during_time_off = TRUE"
                        + "   AND f.available_date <= :lastDay) AS during_time_off,"
                        + " EXISTS (SELECT 1 FROM (" + FREE + ") f WHERE f.during_time_off = FALSE"
                        + "   AND f.available_date > :lastDay) AS beyond_horizon"
                        + " FROM doctors d JOIN users u ON u.user_id = d.user_id WHERE d.doctor_id = :doctor")
                .param("doctor", doctorId)
                .param("today", now.toLocalDate())
                .param("now", now)
                .param("earliest", earliest)
                .param("lastDay", lastDay)
                .query((rs, row) -> new Facts(
                        rs.getBoolean("is_available"),
                        rs.getBoolean("is_active"),
                        rs.getObject("next_bookable", LocalDateTime.class),
                        rs.getBoolean("too_soon"),
                        rs.getBoolean("during_time_off"),
                        rs.getBoolean("beyond_horizon")))
                .optional();
    }
}
