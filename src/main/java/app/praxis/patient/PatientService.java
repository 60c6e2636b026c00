package app.praxis.patient;

import app.praxis.user.NewAccount;
import app.praxis.user.User;
import app.praxis.user.UserAccount;
import app.praxis.user.UserService;
import jakarta.persistence.EntityManager;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class PatientService {

    private final UserService userService;
    private final PatientRepository patients;
    private final EntityManager entityManager;

    PatientService(UserService userService, PatientRepository patients, EntityManager entityManager) {
        this.userService = userService;
        this.patients = patients;
        this.entityManager = entityManager;
    }

    /** Self-registration: the account and the patient record in one transaction, or neither. */
    @Transactional
    public PatientSummary register(NewAccount account) {
        UserAccount created = userService.registerPatientAccount(account);
        Patient patient = patients.save(new Patient(entityManager.getReference(User.class, created.id())));
        return new PatientSummary(patient.getId(), created.id(), created.fullName());
    }
}
