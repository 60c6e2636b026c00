package app.praxis.appointment;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Which appointments a list shows. Empty parts do not filter; names match anywhere in the full name.
 */
public record AppointmentFilter(
        @Nullable Long doctorId,
        @Nullable Long patientId,
        @Nullable String doctorName,
        @Nullable String patientName,
        @Nullable AppointmentStatus status,
        @Nullable LocalDate from,
        @Nullable LocalDate to) {

    public static AppointmentFilter none() {
        return new AppointmentFilter(null, null, null, null, null, null, null);
    }

    AppointmentFilter forPatient(long id) {
        return new AppointmentFilter(doctorId, id, doctorName, patientName, status, from, to);
    }
}
