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

    public String label() {
        return switch (this) {
            case SCHEDULED -> "Scheduled";
            case COMPLETED -> "Completed";
            case CANCELLED -> "Cancelled";
            case NO_SHOW -> "No-show";
        };
    }
}
