package app.praxis.doctor;

import app.praxis.base.AuditedEntity;
import app.praxis.user.User;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/** The doctor-specific part of a user (doctors). The diagram's "about" is the user's bio. */
@Entity
@Table(name = "doctors")
public class Doctor extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "doctor_id")
    private Long id;

    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "user_id")
    private User user;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "specialization_id")
    private @Nullable Specialization specialization;

    @Column(name = "license_number")
    private String licenseNumber;

    @Column(name = "years_experience")
    private @Nullable Integer yearsExperience;

    @Column(name = "clinic_name")
    private @Nullable String clinicName;

    @Column(name = "clinic_address")
    private @Nullable String clinicAddress;

    @Column(name = "consultation_fee")
    private BigDecimal consultationFee = BigDecimal.ZERO;

    /** Average of the visible reviews, derived and written only by the review feature; null while unrated. */
    @Column(insertable = false, updatable = false)
    private @Nullable BigDecimal rating;

    /** Visible reviews behind the rating (kept in step by the review feature). */
    @Column(name = "review_count", insertable = false, updatable = false)
    private int reviewCount;

    /** Accepting new bookings. */
    @Column(name = "is_available")
    private boolean available = true;

    /** E-mailed when a patient books, moves or cancels. */
    @Column(name = "email_on_patient_changes")
    private boolean emailOnPatientChanges = true;

    protected Doctor() {}

    Doctor(User user, @Nullable Specialization specialization, String licenseNumber) {
        this.user = user;
        this.specialization = specialization;
        this.licenseNumber = licenseNumber;
    }

    public Long getId() {
        return id;
    }

    public User getUser() {
        return user;
    }

    public @Nullable Specialization getSpecialization() {
        return specialization;
    }

    public String getLicenseNumber() {
        return licenseNumber;
    }

    public @Nullable Integer getYearsExperience() {
        return yearsExperience;
    }

    public @Nullable String getClinicName() {
        return clinicName;
    }

    public @Nullable String getClinicAddress() {
        return clinicAddress;
    }

    public BigDecimal getConsultationFee() {
        return consultationFee;
    }

    public @Nullable BigDecimal getRating() {
        return rating;
    }

    public int getReviewCount() {
        return reviewCount;
    }

    public boolean isAvailable() {
        return available;
    }

    void setPractice(@Nullable Integer yearsExperience, @Nullable String clinicName, @Nullable String clinicAddress) {
        this.yearsExperience = yearsExperience;
        this.clinicName = clinicName;
        this.clinicAddress = clinicAddress;
    }

    void setConsultationFee(BigDecimal consultationFee) {
        this.consultationFee = consultationFee;
    }

    void setAvailable(boolean available) {
        this.available = available;
    }

    public boolean isEmailOnPatientChanges() {
        return emailOnPatientChanges;
    }

    void setEmailOnPatientChanges(boolean emailOnPatientChanges) {
        this.emailOnPatientChanges = emailOnPatientChanges;
    }

    void setCredentials(String licenseNumber, @Nullable Specialization specialization) {
        this.licenseNumber = licenseNumber;
        this.specialization = specialization;
    }
}
