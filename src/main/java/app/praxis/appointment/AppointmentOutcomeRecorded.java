package app.praxis.appointment;

/**
 * Published inside the transaction that records how a visit went ({@code outcome} is COMPLETED or NO_SHOW), so
 * features above appointment (payment: a no-show owes nothing) can follow without appointment knowing them.
 */
public record AppointmentOutcomeRecorded(long appointmentId, AppointmentStatus outcome, long recordedBy) {}
