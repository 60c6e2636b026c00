package app.praxis.appointment;

import app.praxis.doctor.Doctor;
import app.praxis.patient.Patient;
import jakarta.persistence.LockModeType;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface AppointmentRepository extends JpaRepository<Appointment, Long> {

    /**
     * The patient row, locked: one patient's bookings run one after another, so the overlap check cannot be
     * raced by the same patient booking two doctors at once. The user comes along for the confirmation e-mail.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select p from Patient p join fetch p.user u where u.id = :userId")
    Optional<Patient> lockPatientOfUser(long userId);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select p from Patient p where p.id = :patientId")
    Optional<Patient> lockPatient(long patientId);

    /** The appointment row, locked, with its doctor and patient: changes to one appointment never interleave. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select a from Appointment a join fetch a.doctor join fetch a.patient where a.id = :id")
    Optional<Appointment> lockById(long id);

    @Query("select a from Appointment a join fetch a.doctor join fetch a.patient where a.id = :id")
    Optional<Appointment> findWithParties(long id);

    /** The same row lock the calendar takes for its edits, so time off and its cancellations run one at a time. */
    @Query(value = "SELECT doctor_id FROM doctors WHERE doctor_id = :doctorId FOR UPDATE", nativeQuery = true)
    Optional<Long> lockDoctor(long doctorId);

    @Query("select d from Doctor d join fetch d.user where d.id = :doctorId")
    Optional<Doctor> findDoctor(long doctorId);

    @Query("select d.id from Doctor d where d.user.id = :userId")
    Optional<Long> findDoctorIdOfUser(long userId);

    @Query("select p.id from Patient p where p.user.id = :userId")
    Optional<Long> findPatientIdOfUser(long userId);

    @Query("select p from Patient p join fetch p.user where p.id = :patientId")
    Optional<Patient> findPatient(long patientId);

    /** A live appointment of the patient that overlaps the given time, other than {@code exceptId}. */
    @Query("""
            select count(a) > 0 from Appointment a
            where a.patient.id = :patientId and a.status = app.praxis.appointment.AppointmentStatus.SCHEDULED
              and a.date = :date and a.startTime < :end and a.endTime > :start and a.id <> :exceptId
            """)
    boolean patientHasOverlap(long patientId, LocalDate date, LocalTime start, LocalTime end, long exceptId);

    boolean existsByDoctorIdAndPatientId(long doctorId, long patientId);
}
