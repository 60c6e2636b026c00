package app.praxis.appointment;

import app.praxis.availability.BookableSlot;
import app.praxis.base.DaySpan;
import app.praxis.base.Language;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The statements of a booking, written out in SQL because booking is the hottest write path and its cost is
 * round trips: the patient locked, what is left to check read in one statement, the appointment inserted. The
 * slot itself is taken by the calendar's guard ({@link app.praxis.availability.SlotReservations#reserve}).
 */
@Repository
class BookingRepository {

    /** The patient has a live appointment, other than {@code :exceptId}, overlapping {@code :date :start-:end}. */
    private static final String PATIENT_OVERLAP = """
            EXISTS (SELECT 1 FROM appointments x WHERE x.patient_id = :patientId AND x.status = 'SCHEDULED'
                    AND x.appointment_date = :date AND TIMESTAMP(x.appointment_date, x.start_time) < :end
                    AND %s > :start AND x.appointment_id <> :exceptId)""".formatted(DaySpan.endSql("x.appointment_date", "x.end_time"));

    private static final String CANDIDATE = """
            SELECT (d.is_available AND du.is_active) AS doctor_accepting,
                   CONCAT(du.first_name, ' ', du.last_name) AS doctor_name, d.clinic_name, d.clinic_address,
                   d.consultation_fee, pu.email AS patient_email,
                   CONCAT(pu.first_name, ' ', pu.last_name) AS patient_name,
                   %s AS patient_overlap,
                   pu.language AS patient_language, d.email_on_patient_changes AS doctor_wants_mail,
                   du.email AS doctor_email, du.language AS doctor_language
            FROM doctors d
            JOIN users du ON du.user_id = d.user_id
            JOIN patients p ON p.patient_id = :patientId
            JOIN users pu ON pu.user_id = p.user_id
            WHERE d.doctor_id = :doctorId
            """.formatted(PATIENT_OVERLAP);

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
     * What booking checks about a slot already read (its doctor, the patient, whether the patient already has an
     * appointment at that time), and what its e-mails need (the languages, the doctor's address), in one
     * statement. Read after the patient's lock, so the overlap is current; the slot's own state
     * is the guard's to decide.
     */
    BookingCandidate candidate(BookableSlot slot, long patientId) {
        return jdbc.sql(CANDIDATE)
                .param("doctorId", slot.doctorId())
                .param("patientId", patientId)
                .param("date", slot.date())
                .param("start", slot.startsAt())
                .param("end", slot.endsAt())
                .param("exceptId", 0)
                .query((rs, row) -> candidate(slot, rs))
                .single();
    }

    /** Whether the patient has another live appointment overlapping the slot's time. */
    boolean patientHasOverlap(long patientId, BookableSlot slot, long exceptAppointmentId) {
        return jdbc.sql("SELECT " + PATIENT_OVERLAP)
                .param("patientId", patientId)
                .param("date", slot.date())
                .param("start", slot.startsAt())
                .param("end", slot.endsAt())
                .param("exceptId", exceptAppointmentId)
                .query(Boolean.class)
                .single();
    }

    /** Inserts the SCHEDULED appointment in the slot; the live-slot unique key refuses a second one. */
    long insertAppointment(BookableSlot slot, long patientId, String reason) {
        var key = new GeneratedKeyHolder();
        // the patient's names copied in the same statement (V0033: the grid's patient-name ranges)
        jdbc.sql("INSERT INTO appointments (doctor_id, patient_id, availability_id, appointment_date, start_time,"
                        + " end_time, reason_for_visit, patient_first_name, patient_last_name, patient_user_id)"
                        + " SELECT ?, p.patient_id, ?, ?, ?, ?, ?, u.first_name, u.last_name, u.user_id"
                        + " FROM patients p JOIN users u ON u.user_id = p.user_id WHERE p.patient_id = ?")
                .params(slot.doctorId(), slot.id(), slot.date(), slot.startTime(), slot.endTime(), reason, patientId)
                .update(key, "appointment_id");
        return Objects.requireNonNull(key.getKey()).longValue();
    }

    private static BookingCandidate candidate(BookableSlot slot, ResultSet rs) throws SQLException {
        return new BookingCandidate(
                slot,
                rs.getBoolean("doctor_accepting"),
                rs.getString("doctor_name"),
                rs.getString("clinic_name"),
                rs.getString("clinic_address"),
                rs.getBigDecimal("consultation_fee"),
                rs.getString("patient_email"),
                rs.getString("patient_name"),
                rs.getBoolean("patient_overlap"),
                language(rs.getString("patient_language")),
                rs.getBoolean("doctor_wants_mail")
                        ? new AppointmentBooked.DoctorRecipient(
                                rs.getString("doctor_email"), language(rs.getString("doctor_language")))
                        : null);
    }

    /** An account's language as {@code AccountLanguages.ofUser} reads it from the same column. */
    static Language language(@Nullable String tag) {
        return Optional.ofNullable(tag).flatMap(Language::ofTag).orElse(Language.DEFAULT);
    }
}
