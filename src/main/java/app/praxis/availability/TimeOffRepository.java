package app.praxis.availability;

import java.time.LocalDateTime;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface TimeOffRepository extends JpaRepository<TimeOff, Long> {

    @Query("""
            select t from TimeOff t
            where t.doctorId = :doctorId and t.startsAt < :until and t.endsAt > :from
            order by t.startsAt""")
    List<TimeOff> findOverlapping(
            @Param("doctorId") long doctorId, @Param("from") LocalDateTime from, @Param("until") LocalDateTime until);
}
