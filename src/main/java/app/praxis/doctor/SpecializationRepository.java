package app.praxis.doctor;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface SpecializationRepository extends JpaRepository<Specialization, Long> {

    List<Specialization> findAllByOrderByNameAsc();
}
