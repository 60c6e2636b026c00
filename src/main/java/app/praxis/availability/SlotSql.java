package app.praxis.availability;

/**
 * The calendar's rules as SQL conditions, for queries elsewhere that read slots (the directory, booking) and
 * must agree with the calendar to the letter. Each condition is about a slot row aliased {@code a}.
 */
public final class SlotSql {

    /** Time off of the slot's doctor covers at least part of slot {@code a}. */
    public static final String DURING_TIME_OFF = """
            EXISTS (SELECT 1 FROM doctor_time_off t WHERE t.doctor_id = a.doctor_id
                    AND t.starts_at < TIMESTAMP(a.available_date, a.end_time)
                    AND t.ends_at > TIMESTAMP(a.available_date, a.start_time))""";

    private SlotSql() {}
}
