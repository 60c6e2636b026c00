package app.praxis.availability;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The SQL behind {@link SlotReservations}, written out because the conditional update is the point: the
 * database, not a read-then-write in Java, decides who gets a slot.
 */
@Repository
class SlotReservationRepository {

    private final JdbcClient jdbc;

    SlotReservationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Takes the slot if it is still free and no time off of its doctor covers it; the row lock makes concurrent
     * callers wait, and only one sees 1. Time off is checked here, in the same statement, so that a booking whose
     * earlier checks passed cannot take a slot that time off has covered since.
     */
    int markBooked(long slotId, long doctorId) {
        return jdbc.sql("UPDATE doctor_availability a SET a.is_booked = TRUE"
                        + " WHERE a.availability_id = ? AND a.doctor_id = ? AND a.is_booked = FALSE AND NOT "
                        + SlotSql.DURING_TIME_OFF)
                .params(slotId, doctorId)
                .update();
    }

    int markFree(long slotId) {
        return jdbc.sql("UPDATE doctor_availability SET is_booked = FALSE WHERE availability_id = ?")
                .param(slotId)
                .update();
    }

    Optional<BookableSlot> find(long slotId) {
        return jdbc.sql("SELECT " + SlotSql.BOOKABLE_COLUMNS
                        + " FROM doctor_availability a WHERE a.availability_id = ?")
                .param(slotId)
                .query(SlotReservationRepository::slot)
                .optional();
    }

    /** Free slots of one doctor from {@code earliest} up to and including {@code lastDay}, outside time off. */
    List<BookableSlot> free(long doctorId, LocalDateTime earliest, LocalDate lastDay) {
        return jdbc.sql("SELECT * FROM (SELECT " + SlotSql.BOOKABLE_COLUMNS + " FROM doctor_availability a"
                        + " WHERE a.doctor_id = :doctor AND a.is_booked = FALSE"
                        + " AND a.available_date BETWEEN :firstDay AND :lastDay"
                        + " AND TIMESTAMP(a.available_date, a.start_time) >= :earliest) s"
                        + " WHERE s.during_time_off = FALSE ORDER BY s.available_date, s.start_time")
                .param("doctor", doctorId)
                .param("firstDay", earliest.toLocalDate())
                .param("lastDay", lastDay)
                .param("earliest", earliest)
                .query(SlotReservationRepository::slot)
                .list();
    }

    private static BookableSlot slot(ResultSet rs, int row) throws SQLException {
        return SlotSql.bookable(rs);
    }
}
