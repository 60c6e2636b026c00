package app.praxis.availability;

import app.praxis.base.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import org.jspecify.annotations.Nullable;

/** A doctor's time off (doctor_time_off): no slot is offered inside it. Clinic-local times. */
@Entity
@Table(name = "doctor_time_off")
public class TimeOff extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "time_off_id")
    private Long id;

    @Column(name = "doctor_id")
    private Long doctorId;

    @Column(name = "starts_at")
    private LocalDateTime startsAt;

    @Column(name = "ends_at")
    private LocalDateTime endsAt;

    private @Nullable String reason;

    protected TimeOff() {}

    TimeOff(Long doctorId, LocalDateTime startsAt, LocalDateTime endsAt, @Nullable String reason) {
        this.doctorId = doctorId;
        this.startsAt = startsAt;
        this.endsAt = endsAt;
        this.reason = reason;
    }

    public Long getId() {
        return id;
    }

    public Long getDoctorId() {
        return doctorId;
    }

    public LocalDateTime getStartsAt() {
        return startsAt;
    }

    public LocalDateTime getEndsAt() {
        return endsAt;
    }

    public @Nullable String getReason() {
        return reason;
    }

    boolean overlaps(LocalDateTime start, LocalDateTime end) {
        return startsAt.isBefore(end) && start.isBefore(endsAt);
    }
}
