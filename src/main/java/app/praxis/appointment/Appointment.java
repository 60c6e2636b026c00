package app.praxis.appointment;

import app.praxis.availability.AvailabilitySlot;
import app.praxis.availability.BookableSlot;
import app.praxis.base.AuditedEntity;
import app.praxis.base.InvalidInputException;
import app.praxis.doctor.Doctor;
import app.praxis.patient.Patient;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

/**
 * A patient's visit to a doctor in one slot. The table's generated slot_hold column (not mapped) plus its unique
 * key keep a slot to one live appointment. Status changes go through {@link AppointmentStatus#canBecome}.
 */
@Entity
@Table(name = "appointments")
public class Appointment extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "appointment_id")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "doctor_id")
    private Doctor doctor;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "patient_id")
    private Patient patient;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "availability_id")
    private @Nullable AvailabilitySlot slot;

    @Column(name = "appointment_date")
    private LocalDate date;

    @Column(name = "start_time")
    private LocalTime startTime;

    @Column(name = "end_time")
    private LocalTime endTime;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private AppointmentStatus status = AppointmentStatus.SCHEDULED;

    @Column(name = "reason_for_visit")
    private @Nullable String reasonForVisit;

    @Column(name = "cancellation_reason")
    private @Nullable String cancellationReason;

    @Column(name = "cancelled_by")
    private @Nullable Long cancelledBy;

    protected Appointment() {}

    Appointment(
            Doctor doctor,
            Patient patient,
            AvailabilitySlot slotReference,
            BookableSlot slot,
            @Nullable String reasonForVisit) {
        this.doctor = doctor;
        this.patient = patient;
        this.reasonForVisit = reasonForVisit;
        occupy(slotReference, slot);
    }

    /** Moves the appointment into another slot (the caller has taken the new slot and freed the old one). */
    void moveTo(AvailabilitySlot slotReference, BookableSlot slot) {
        requireStatusChange(AppointmentStatus.SCHEDULED, "Only a scheduled appointment can be moved.");
        occupy(slotReference, slot);
    }

    void cancel(String reason, long cancelledByUserId) {
        requireStatusChange(AppointmentStatus.CANCELLED, "This appointment is already " + status.label() + ".");
        this.status = AppointmentStatus.CANCELLED;
        this.cancellationReason = reason;
        this.cancelledBy = cancelledByUserId;
    }

    /** COMPLETED or NO_SHOW, which only the visit itself can decide. */
    void recordOutcome(AppointmentStatus outcome) {
        if (outcome != AppointmentStatus.COMPLETED && outcome != AppointmentStatus.NO_SHOW) {
            throw new IllegalArgumentException("Not an outcome: " + outcome);
        }
        requireStatusChange(outcome, "This appointment is already " + status.label() + ".");
        this.status = outcome;
    }

    LocalDateTime startsAt() {
        return date.atTime(startTime);
    }

    long doctorUserId() {
        return doctor.getUser().getId();
    }

    long patientUserId() {
        return patient.getUser().getId();
    }

    private void occupy(AvailabilitySlot slotReference, BookableSlot slot) {
        this.slot = slotReference;
        this.date = slot.date();
        this.startTime = slot.startTime();
        this.endTime = slot.endTime();
    }

    private void requireStatusChange(AppointmentStatus next, String refusal) {
        if (next == AppointmentStatus.SCHEDULED ? !status.isLive() : !status.canBecome(next)) {
            throw new InvalidInputException(BookingService.APPOINTMENT, refusal);
        }
    }

    public Long getId() {
        return id;
    }

    public Doctor getDoctor() {
        return doctor;
    }

    public Patient getPatient() {
        return patient;
    }

    public @Nullable AvailabilitySlot getSlot() {
        return slot;
    }

    public LocalDate getDate() {
        return date;
    }

    public LocalTime getStartTime() {
        return startTime;
    }

    public LocalTime getEndTime() {
        return endTime;
    }

    public AppointmentStatus getStatus() {
        return status;
    }

    public @Nullable String getReasonForVisit() {
        return reasonForVisit;
    }

    public @Nullable String getCancellationReason() {
        return cancellationReason;
    }

    public @Nullable Long getCancelledBy() {
        return cancelledBy;
    }
}
