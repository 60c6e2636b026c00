package app.praxis.availability;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface WeeklyScheduleRepository extends JpaRepository<WeeklySchedule, Long> {

    @Query("select w from WeeklySchedule w where w.doctorId = :doctorId order by w.dayOfWeek, w.startTime")
    List<WeeklySchedule> findByDoctor(@Param("doctorId") long doctorId);

    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("delete from WeeklySchedule w where w.doctorId = :doctorId")
    int deleteByDoctor(@Param("doctorId") long doctorId);

    @Query("select distinct w.doctorId from WeeklySchedule w")
    List<Long> findDoctorsWithHours();
}
