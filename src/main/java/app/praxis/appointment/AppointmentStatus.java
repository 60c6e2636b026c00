package app.praxis.appointment;

/** appointments.status. SCHEDULED is the only live state that can still change. */
public enum AppointmentStatus {
    SCHEDULED,
    COMPLETED,
    CANCELLED,
    NO_SHOW
}
