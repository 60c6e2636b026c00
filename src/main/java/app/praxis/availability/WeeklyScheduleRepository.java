package app.praxis.availability;

import org.springframework.data.jpa.repository.JpaRepository;

interface WeeklyScheduleRepository extends JpaRepository<WeeklySchedule, Long> {}
