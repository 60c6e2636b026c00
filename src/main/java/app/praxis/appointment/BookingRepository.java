package app.praxis.appointment;

import app.praxis.availability.BookableSlot;
import app.praxis.availability.SlotSql;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Objects;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The statements of a booking, written out in SQL because booking is the hottest write path and its cost is
 * round trips: the patient locked, everything to check read in one statement, the appointment inserted. The slot itself is taken by the calendar's guard
 * ({@link app.praxis.availability.SlotReservations#reserve}).
 */
@Repository
class BookingRepository {

    private static final String CANDIDATE = """
            SELECT %s,
                   (d.is_available AND du.is_active) AS doctor_accepting,
                   CONCAT(du.first_name, ' ', du.last_name) AS doctor_name, d.clinic_name, d.clinic_address,
                   d.consultation_fee, pu.email AS patient_email,
                   CONCAT(pu.first_name, ' ', pu.last_name) AS patient_name,
                   EXISTS (SELECT 1 FROM appointments x WHERE x.patient_id = p.patient_id
                           AND x.status = 'SCHEDULED' AND x.appointment_date = a.available_date
                           AND x.start_time < a.end_time AND x.end_time > a.start_time) AS patient_overlap
            FROM doctor_availability a
            JOIN doctors d ON d.doctor_id = a.doctor_id
            JOIN users du ON du.user_id = d.user_id
            JOIN patients p ON p.patient_id = :patientId
            JOIN users pu ON pu.user_id = p.user_id
            WHERE a.availability_id = :slotId
            """.formatted(SlotSql.BOOKABLE_COLUMNS);

    private final JdbcClient jdbc;

    BookingRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Locks the signed-in patient's row until the transaction ends: one patient's bookings and moves run one after
     * another, so an overlap check made after the lock cannot be raced by the same patient booking elsewhere.
     */
    Optional<Long> lockPatientOfUser(long userId) {
        return jdbc.sql("SELECT patient_id FROM patients WHERE user_id = ? FOR UPDATE")
                .param(userId)
                .query(Long.class)
                .optional();
    }

    /** The same lock as {@link #lockPatientOfUser}, by the patient's id. */
    void lockPatient(long patientId) {
        jdbc.sql("SELECT patient_id FROM patients WHERE patient_id = ? FOR UPDATE")
                .param(patientId)
                .query(Long.class)
                .single();
    }

    /**
     * The slot, its doctor and the patient, with whether the patient already has an appointment at that time,
     * as booking checks them; empty for an unknown slot. Read after the patient's lock, so the overlap is current.
     */
    Optional<BookingCandidate> candidate(long slotId, long patientId) {
        return jdbc.sql(CANDIDATE)
                .param("slotId", slotId)
                .param("patientId", patientId)
                .query(BookingRepository::candidate)
                .optional();
    }

    /** Whether the patient has another live appointment overlapping the slot's time. */
    boolean patientHasOverlap(long patientId, BookableSlot slot, long exceptAppointmentId) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM appointments WHERE patient_id = ? AND status = 'SCHEDULED'"
                        + " AND appointment_date = ? AND start_time < ? AND end_time > ? AND appointment_id <> ?)")
                .params(patientId, slot.date(), slot.endTime(), slot.startTime(), exceptAppointmentId)
                .query(Boolean.class)
                .single();
    }

    /** Inserts the SCHEDULED appointment in the slot; the live-slot unique key refuses a second one. */
    long insertAppointment(BookableSlot slot, long patientId, String reason) {
        var key = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO appointments (doctor_id, patient_id, availability_id, appointment_date, start_time,"
                        + " end_time, reason_for_visit) VALUES (?, ?, ?, ?, ?, ?, ?)")
                .params(slot.doctorId(), patientId, slot.id(), slot.date(), slot.startTime(), slot.endTime(), reason)
                .update(key, "appointment_id");
        return Objects.requireNonNull(key.getKey()).longValue();
    }

    private static BookingCandidate candidate(ResultSet rs, int row) throws SQLException {
        BookableSlot slot = SlotSql.bookable(rs);
        return new BookingCandidate(
                slot,
                rs.getBoolean("doctor_accepting"),
                rs.getString("doctor_name"),
                rs.getString("clinic_name"),
                rs.getString("clinic_address"),
                rs.getBigDecimal("consultation_fee"),
                rs.getString("patient_email"),
                rs.getString("patient_name"),
                rs.getBoolean("patient_overlap"));
    }
}
