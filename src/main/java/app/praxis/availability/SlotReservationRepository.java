package app.praxis.availability;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
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
    int markBooked(BookableSlot slot) {
        return jdbc.sql("UPDATE doctor_availability a SET a.is_booked = TRUE"
                        + " WHERE a.availability_id = ? AND a.doctor_id = ? AND a.is_booked = FALSE" + AS_READ
                        + " AND NOT " + SlotSql.DURING_TIME_OFF)
                .params(slot.id(), slot.doctorId(), slot.date(), slot.startTime(), slot.endTime())
                .update();
    }

    /**
     * The slot still where the caller read it (a doctor may have moved a free slot since): the appointment takes the
     * times it read, and the booked seconds are counted on that day without reading the slot again (V0020).
     */
    private static final String AS_READ = " AND a.available_date = ? AND a.start_time = ? AND a.end_time = ?";

    /**
     * As {@link #markBooked(BookableSlot)}, and the slot must not be held for anyone but this patient at
     * {@code now}: a hold (a waitlist offer) is decided in the same statement as the booking.
     */
    int markBooked(BookableSlot slot, long patientId, Instant now) {
        return jdbc.sql("UPDATE doctor_availability a SET a.is_booked = TRUE, a.held_for = NULL, a.held_until = NULL"
                        + " WHERE a.availability_id = ? AND a.doctor_id = ? AND a.is_booked = FALSE" + AS_READ
                        + " AND (a.held_until IS NULL OR a.held_until <= ? OR a.held_for = ?) AND NOT "
                        + SlotSql.DURING_TIME_OFF)
                .params(
                        slot.id(),
                        slot.doctorId(),
                        slot.date(),
                        slot.startTime(),
                        slot.endTime(),
                        Timestamp.from(now),
                        patientId)
                .update();
    }

    /** Holds a free slot for a patient until {@code until} if nobody holds it at {@code now}; 1 if it did. */
    int hold(long slotId, long patientId, Instant now, Instant until) {
        return jdbc.sql("UPDATE doctor_availability a SET a.held_for = ?, a.held_until = ?"
                        + " WHERE a.availability_id = ? AND a.is_booked = FALSE"
                        + " AND (a.held_until IS NULL OR a.held_until <= ?) AND NOT "
                        + SlotSql.DURING_TIME_OFF)
                .params(patientId, Timestamp.from(until), slotId, Timestamp.from(now))
                .update();
    }

    int releaseHold(long slotId, long patientId) {
        return jdbc.sql("UPDATE doctor_availability SET held_for = NULL, held_until = NULL"
                        + " WHERE availability_id = ? AND held_for = ?")
                .params(slotId, patientId)
                .update();
    }

    /** Gives the slot back if it is booked; 1 if it was. */
    int markFree(long slotId) {
        return jdbc.sql(
                        "UPDATE doctor_availability SET is_booked = FALSE WHERE availability_id = ? AND is_booked = TRUE")
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

    /**
     * Free slots of one doctor from {@code earliest} up to and including {@code lastDay}, outside time off and not
     * held for a waitlist offer at {@code now}.
     */
    List<BookableSlot> free(long doctorId, LocalDateTime earliest, LocalDate lastDay, Instant now) {
        return jdbc.sql("SELECT * FROM (SELECT " + SlotSql.BOOKABLE_COLUMNS + " FROM doctor_availability a"
                        + " WHERE a.doctor_id = :doctor AND a.is_booked = FALSE"
                        + " AND (a.held_until IS NULL OR a.held_until <= :now)"
                        + " AND a.available_date BETWEEN :firstDay AND :lastDay"
                        + " AND TIMESTAMP(a.available_date, a.start_time) >= :earliest) s"
                        + " WHERE s.during_time_off = FALSE ORDER BY s.available_date, s.start_time")
                .param("doctor", doctorId)
                .param("firstDay", earliest.toLocalDate())
                .param("lastDay", lastDay)
                .param("earliest", earliest)
                .param("now", Timestamp.from(now))
                .query(SlotReservationRepository::slot)
                .list();
    }

    private static BookableSlot slot(ResultSet rs, int row) throws SQLException {
        return SlotSql.bookable(rs);
    }
}
