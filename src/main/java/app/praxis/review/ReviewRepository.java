package app.praxis.review;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ReviewRepository extends JpaRepository<Review, Long> {

    Optional<Review> findByAppointmentId(long appointmentId);
}
