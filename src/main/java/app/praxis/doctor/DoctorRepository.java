package app.praxis.doctor;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface DoctorRepository extends JpaRepository<Doctor, Long> {

    Optional<Doctor> findByUserId(Long userId);

    boolean existsByLicenseNumber(String licenseNumber);

    @Query("select d.id from Doctor d where d.user.id = :userId")
    Optional<Long> findDoctorIdByUserId(long userId);

    /** One query for the list: users and specializations fetched with their doctors (no N+1). */
    @Query("""
            select d from Doctor d join fetch d.user u left join fetch d.specialization
            order by u.lastName, u.firstName""")
    List<Doctor> findAllWithUserAndSpecialization();
}
