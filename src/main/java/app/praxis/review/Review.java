package app.praxis.review;

import app.praxis.base.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A patient's rating of one completed appointment (reviews): one per appointment, by the unique key. */
@Entity
@Table(name = "reviews")
public class Review extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "review_id")
    private Long id;

    @Column(name = "appointment_id")
    private long appointmentId;

    @Column(name = "doctor_id")
    private long doctorId;

    @Column(name = "patient_id")
    private long patientId;

    private int stars;

    private @Nullable String comment;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "edited_at")
    private @Nullable Instant editedAt;

    @Column(name = "is_hidden")
    private boolean hidden;

    @Column(name = "hidden_reason")
    private @Nullable String hiddenReason;

    @Column(name = "hidden_by")
    private @Nullable Long hiddenBy;

    @Column(name = "hidden_at")
    private @Nullable Instant hiddenAt;

    protected Review() {}

    Review(long appointmentId, long doctorId, long patientId, int stars, @Nullable String comment, Instant now) {
        this.appointmentId = appointmentId;
        this.doctorId = doctorId;
        this.patientId = patientId;
        this.stars = stars;
        this.comment = comment;
        this.submittedAt = now;
    }

    public Long getId() {
        return id;
    }

    public long getAppointmentId() {
        return appointmentId;
    }

    public long getDoctorId() {
        return doctorId;
    }

    public long getPatientId() {
        return patientId;
    }

    public int getStars() {
        return stars;
    }

    public @Nullable String getComment() {
        return comment;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public @Nullable Instant getEditedAt() {
        return editedAt;
    }

    public boolean isHidden() {
        return hidden;
    }

    public @Nullable String getHiddenReason() {
        return hiddenReason;
    }

    void edit(int stars, @Nullable String comment, Instant now) {
        this.stars = stars;
        this.comment = comment;
        this.editedAt = now;
    }

    void hide(String reason, long adminUserId, Instant now) {
        this.hidden = true;
        this.hiddenReason = reason;
        this.hiddenBy = adminUserId;
        this.hiddenAt = now;
    }
}
