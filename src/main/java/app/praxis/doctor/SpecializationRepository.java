package app.praxis.doctor;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface SpecializationRepository extends JpaRepository<Specialization, Long> {

    List<Specialization> findAllByOrderByNameAsc();

    Optional<Specialization> findByNameIgnoreCase(String name);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("SELECT s FROM Specialization s WHERE s.id = :id")
    Optional<Specialization> lockById(Long id);

    @Query("SELECT COUNT(d) FROM Doctor d WHERE d.specialization.id = :id")
    long countDoctors(Long id);

    @Query("""
            SELECT new app.praxis.doctor.SpecializationRow(s.id, s.name, s.description, COUNT(d))
            FROM Specialization s LEFT JOIN Doctor d ON d.specialization = s
            GROUP BY s.id, s.name, s.description
            ORDER BY s.name, s.id""")
    List<SpecializationRow> findAllWithDoctorCounts();
}
