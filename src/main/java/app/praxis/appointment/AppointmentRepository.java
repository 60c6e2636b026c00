package app.praxis.appointment;

import app.praxis.patient.Patient;
import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface AppointmentRepository extends JpaRepository<Appointment, Long> {

    /** The appointment row, locked, with its doctor and patient: changes to one appointment never interleave. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select a from Appointment a join fetch a.doctor join fetch a.patient where a.id = :id")
    Optional<Appointment> lockById(long id);

    @Query("select a from Appointment a join fetch a.doctor join fetch a.patient where a.id = :id")
    Optional<Appointment> findWithParties(long id);

    /** The same row lock the calendar takes for its edits, so time off and its cancellations run one at a time. */
    @Query(value = "SELECT doctor_id FROM doctors WHERE doctor_id = :doctorId FOR UPDATE", nativeQuery = true)
    Optional<Long> lockDoctor(long doctorId);

    @Query("select d.id from Doctor d where d.user.id = :userId")
    Optional<Long> findDoctorIdOfUser(long userId);

    @Query("select p.id from Patient p where p.user.id = :userId")
    Optional<Long> findPatientIdOfUser(long userId);

    @Query("select p from Patient p join fetch p.user where p.id = :patientId")
    Optional<Patient> findPatient(long patientId);

    boolean existsByDoctorIdAndPatientId(long doctorId, long patientId);
}
