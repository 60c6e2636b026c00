package app.praxis.appointment;

import java.util.List;

/**
 * A doctor's list: earlier appointments still waiting for an outcome, today's, and the scheduled ones to come.
 */
public record DoctorAgenda(
        List<AppointmentRow> awaitingOutcome, List<AppointmentRow> today, List<AppointmentRow> upcoming) {}
