package app.praxis.patient;

import app.praxis.base.AuditedEntity;
import app.praxis.user.User;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/** The patient-specific part of a user (patients). Age and gender live on the user. */
@Entity
@Table(name = "patients")
public class Patient extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "patient_id")
    private Long id;

    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "user_id")
    private User user;

    @Column(name = "insurance_details")
    private @Nullable String insuranceDetails;

    /** The diagram's medical_notes. */
    @Column(name = "medical_history")
    private @Nullable String medicalHistory;

    @Column(name = "emergency_contact")
    private @Nullable String emergencyContact;

    protected Patient() {}

    Patient(User user) {
        this.user = user;
    }

    public Long getId() {
        return id;
    }

    public User getUser() {
        return user;
    }

    public @Nullable String getInsuranceDetails() {
        return insuranceDetails;
    }

    public @Nullable String getMedicalHistory() {
        return medicalHistory;
    }

    public @Nullable String getEmergencyContact() {
        return emergencyContact;
    }

    void setRecord(
            @Nullable String insuranceDetails, @Nullable String medicalHistory, @Nullable String emergencyContact) {
        this.insuranceDetails = insuranceDetails;
        this.medicalHistory = medicalHistory;
        this.emergencyContact = emergencyContact;
    }
}
