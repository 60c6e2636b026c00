package app.praxis.appointment;

import java.util.Set;

/**
 * appointments.status and the only moves between them: a SCHEDULED appointment ends as COMPLETED, NO_SHOW or
 * CANCELLED; those three are final (a cancelled appointment is never moved or reopened).
 */
public enum AppointmentStatus {
    SCHEDULED,
    COMPLETED,
    CANCELLED,
    NO_SHOW;

    public boolean canBecome(AppointmentStatus next) {
        return this == SCHEDULED && Set.of(COMPLETED, CANCELLED, NO_SHOW).contains(next);
    }

    public boolean isLive() {
        return this == SCHEDULED;
    }

    /** The key of this status's name in the page's language ("appointment.status.NO_SHOW"). */
    public String textKey() {
        return "appointment.status." + name();
    }

    /** The English name (CSV files, logs); pages show {@link #textKey()} in their language. */
    public String label() {
        return switch (this) {
            case SCHEDULED -> "Scheduled";
            case COMPLETED -> "Completed";
            case CANCELLED -> "Cancelled";
            case NO_SHOW -> "No-show";
        };
    }
}
