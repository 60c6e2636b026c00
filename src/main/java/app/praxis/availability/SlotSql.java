package app.praxis.availability;

import app.praxis.base.DaySpan;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalTime;

/**
 * The calendar's rules and slot columns as SQL, for queries elsewhere that read slots (the directory, booking)
 * and must agree with the calendar to the letter. Everything here is about a slot row aliased {@code a}.
 */
public final class SlotSql {

    /** Time off of the slot's doctor covers at least part of slot {@code a}. */
    public static final String DURING_TIME_OFF = """
            EXISTS (SELECT 1 FROM doctor_time_off t WHERE t.doctor_id = a.doctor_id
                    AND t.starts_at < %s
                    AND t.ends_at > TIMESTAMP(a.available_date, a.start_time))""".formatted(DaySpan.endSql("a.available_date", "a.end_time"));

    /** The columns of slot {@code a} that {@link #bookable} reads. */
    public static final String BOOKABLE_COLUMNS = """
            a.availability_id, a.doctor_id, a.available_date, a.start_time, a.end_time, a.is_booked,
            %s AS during_time_off""".formatted(DURING_TIME_OFF);

    private SlotSql() {}

    /** The slot in the current row of a query that selected {@link #BOOKABLE_COLUMNS}. */
    public static BookableSlot bookable(ResultSet rs) throws SQLException {
        return new BookableSlot(
                rs.getLong("availability_id"),
                rs.getLong("doctor_id"),
                rs.getObject("available_date", LocalDate.class),
                rs.getObject("start_time", LocalTime.class),
                rs.getObject("end_time", LocalTime.class),
                rs.getBoolean("is_booked"),
                rs.getBoolean("during_time_off"));
    }
}
