package app.praxis.appointment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import org.hibernate.annotations.Immutable;
import org.jspecify.annotations.Nullable;

/** One reschedule of an appointment: written once, never updated (appointment_reschedules). */
@Entity
@Immutable
@Table(name = "appointment_reschedules")
public class AppointmentReschedule {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "reschedule_id")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "appointment_id")
    private Appointment appointment;

    @Column(name = "old_date")
    private LocalDate oldDate;

    @Column(name = "old_time")
    private LocalTime oldTime;

    @Column(name = "new_date")
    private LocalDate newDate;

    @Column(name = "new_time")
    private LocalTime newTime;

    private @Nullable String reason;

    @Column(name = "rescheduled_by")
    private Long rescheduledBy;

    /** When it moved, from the application's clock like every other business time ("now" is one Clock bean). */
    @Column(name = "rescheduled_at", updatable = false)
    private Instant rescheduledAt;

    protected AppointmentReschedule() {}

    AppointmentReschedule(
            Appointment appointment,
            LocalDate oldDate,
            LocalTime oldTime,
            LocalDate newDate,
            LocalTime newTime,
            @Nullable String reason,
            Long rescheduledBy,
            Instant rescheduledAt) {
        this.appointment = appointment;
        this.oldDate = oldDate;
        this.oldTime = oldTime;
        this.newDate = newDate;
        this.newTime = newTime;
        this.reason = reason;
        this.rescheduledBy = rescheduledBy;
        this.rescheduledAt = rescheduledAt;
    }

    public Long getId() {
        return id;
    }

    public Appointment getAppointment() {
        return appointment;
    }

    public LocalDate getOldDate() {
        return oldDate;
    }

    public LocalTime getOldTime() {
        return oldTime;
    }

    public LocalDate getNewDate() {
        return newDate;
    }

    public LocalTime getNewTime() {
        return newTime;
    }

    public @Nullable String getReason() {
        return reason;
    }

    public Long getRescheduledBy() {
        return rescheduledBy;
    }

    public Instant getRescheduledAt() {
        return rescheduledAt;
    }
}
