package app.praxis.patient;

import app.praxis.user.AccountService;
import app.praxis.user.NewAccount;
import app.praxis.user.User;
import app.praxis.user.UserAccount;
import app.praxis.user.UserService;
import jakarta.persistence.EntityManager;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

@Service
public class PatientService {

    private final UserService userService;
    private final PatientRepository patients;
    private final EntityManager entityManager;
    private final AccountService accounts;
    private final TransactionTemplate transaction;

    PatientService(
            UserService userService,
            PatientRepository patients,
            EntityManager entityManager,
            AccountService accounts,
            PlatformTransactionManager transactionManager) {
        this.userService = userService;
        this.transaction = new TransactionTemplate(transactionManager);
        this.accounts = accounts;
        this.patients = patients;
        this.entityManager = entityManager;
    }

    /**
     * The registration form: every field's problem at once, then always the same outcome for the screen ("check your
     * e-mail"), whether or not the address (or phone number) already has an account. A new account waits, inactive,
     * for its confirmation link; its patient record is made now, in the same transaction.
     */
    public void signUp(NewAccount account) {
        try {
            transaction.executeWithoutResult(status -> accounts.signUpPatient(account)
                    .ifPresent(created ->
                            patients.save(new Patient(entityManager.getReference(User.class, created.id())))));
        } catch (AccountService.RegistrationRaced raced) {
            // another registration took the address or number a moment ago: its own e-mail tells its owner; the
            // screen says the same as always
        }
    }

    /** The registration form's checks without registering (for a form that has found a problem of its own). */
    public void checkSignUp(NewAccount account) {
        accounts.checkNewPatient(account);
    }

    /**
     * An active patient account at once, without a confirmation e-mail: for the demo clinic and test fixtures.
     * The account and the patient record in one transaction, or neither.
     */
    @Transactional
    public PatientSummary register(NewAccount account) {
        UserAccount created = userService.registerPatientAccount(account);
        Patient patient = patients.save(new Patient(entityManager.getReference(User.class, created.id())));
        return new PatientSummary(patient.getId(), created.id(), created.fullName());
    }
}
