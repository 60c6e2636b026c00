package app.praxis.appointment;

import java.util.List;

/** A patient's appointments: still to come (soonest first) and the rest (latest first). */
public record MyAppointments(List<AppointmentRow> upcoming, List<AppointmentRow> past) {}
