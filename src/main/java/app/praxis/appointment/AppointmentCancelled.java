package app.praxis.appointment;

/**
 * Published inside the cancelling transaction ({@code byPractice}: the doctor or an admin cancelled, so the
 * reason is a message to the patient). {@code cancelledBy} is the user who cancelled.
 */
public record AppointmentCancelled(AppointmentNotice notice, String reason, boolean byPractice, long cancelledBy) {}
