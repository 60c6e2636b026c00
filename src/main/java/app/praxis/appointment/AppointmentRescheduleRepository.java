package app.praxis.appointment;

import org.springframework.data.jpa.repository.JpaRepository;

interface AppointmentRescheduleRepository extends JpaRepository<AppointmentReschedule, Long> {

    int countByAppointmentId(long appointmentId);
}
