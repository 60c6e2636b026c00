package app.praxis.patient;

import app.praxis.audit.AuditAction;
import app.praxis.audit.AuditTrail;
import app.praxis.base.InvalidInputException;
import app.praxis.base.NotFoundException;
import app.praxis.base.Texts;
import app.praxis.security.CurrentUser;
import app.praxis.security.Roles;
import app.praxis.user.UserProfiles;
import jakarta.annotation.security.RolesAllowed;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A patient's profile: the personal details on the users row and the patient record (insurance, medical
 * history, emergency contact). A patient reads and edits only their own; an admin any patient's.
 */
@Service
public class PatientProfileService {

    public static final int INSURANCE_MAX = 255;
    public static final int HISTORY_MAX = 5000;

    private final PatientRepository patients;
    private final UserProfiles userProfiles;
    private final CurrentUser currentUser;
    private final AuditTrail audit;
    private final Texts texts;

    PatientProfileService(
            PatientRepository patients,
            UserProfiles userProfiles,
            CurrentUser currentUser,
            AuditTrail audit,
            Texts texts) {
        this.texts = texts;
        this.audit = audit;
        this.patients = patients;
        this.userProfiles = userProfiles;
        this.currentUser = currentUser;
    }

    /** The signed-in patient's own profile. */
    @Transactional(readOnly = true)
    @RolesAllowed(Roles.PATIENT)
    public PatientProfile myProfile() {
        return PatientProfile.of(own());
    }

    /** The profile of the patient whose account this is: for admins opening a user. */
    @Transactional(readOnly = true)
    @RolesAllowed(Roles.ADMIN)
    public PatientProfile profileOfUser(long userId) {
        return PatientProfile.of(patients.findByUserId(userId)
                .orElseThrow(() -> new NotFoundException(texts.get("patient.error.noSuchPatient"))));
    }

    /**
     * Stores the whole form, or nothing: every field's problem is reported at once. A patient may change only
     * their own profile, an admin anyone's.
     */
    @Transactional
    @RolesAllowed({Roles.PATIENT, Roles.ADMIN})
    public PatientProfile update(long patientId, PatientProfileChange change) {
        Patient patient = patients.findById(patientId)
                .orElseThrow(() -> new NotFoundException(texts.get("patient.error.noSuchPatient")));
        var caller = currentUser.require();
        if (!caller.hasRole(Roles.ADMIN) && patient.getUser().getId() != caller.userId()) {
            throw new AccessDeniedException("You can only change your own profile");
        }
        var errors = new LinkedHashMap<String, String>(userProfiles.problems(change.personal(), true));
        String insurance = limited(errors, "insuranceDetails", change.insuranceDetails(), INSURANCE_MAX);
        String history = limited(errors, "medicalHistory", change.medicalHistory(), HISTORY_MAX);
        String emergency = null;
        if (change.emergencyContact() != null && !change.emergencyContact().isBlank()) {
            emergency = userProfiles.toE164(change.emergencyContact().strip()).orElse(null);
            if (emergency == null) {
                errors.put("emergencyContact", texts.get("patient.error.phone"));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        userProfiles.update(patient.getUser().getId(), change.personal(), true);
        patient.setRecord(insurance, history, emergency);
        audit.record(AuditAction.CHANGED_PROFILE, patient.getUser().getId(), "patient", patientId);
        return PatientProfile.of(patients.saveAndFlush(patient));
    }

    private Patient own() {
        long userId = currentUser.require().userId();
        return patients.findByUserId(userId)
                .orElseThrow(() -> new NotFoundException(texts.get("patient.error.noRecord")));
    }

    private @Nullable String limited(Map<String, String> errors, String field, @Nullable String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip();
        if (text.length() > max) {
            errors.put(field, texts.get("patient.error.tooLong", max));
        }
        return text;
    }
}
