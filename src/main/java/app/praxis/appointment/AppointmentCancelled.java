package app.praxis.appointment;

/** {@code byPractice}: the doctor or an admin cancelled, so the reason is a message to the patient. */
public record AppointmentCancelled(AppointmentNotice notice, String reason, boolean byPractice) {}
