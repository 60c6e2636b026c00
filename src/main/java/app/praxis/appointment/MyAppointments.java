package app.praxis.appointment;

import java.util.List;

/**
 * A patient's appointments: still to come (soonest first) and the rest (latest first), and whether they want
 * reminders by e-mail (read with their patient record: My appointments shows the switch beside the lists).
 */
public record MyAppointments(List<AppointmentRow> upcoming, List<AppointmentRow> past, boolean remindersOn) {

    public MyAppointments(List<AppointmentRow> upcoming, List<AppointmentRow> past) {
        this(upcoming, past, true);
    }
}
