package app.praxis.user;

import app.praxis.audit.AuditAction;
import app.praxis.audit.AuditTrail;
import app.praxis.base.ClinicProperties;
import app.praxis.base.ConstraintViolations;
import app.praxis.base.ConstraintViolations.FieldMessage;
import app.praxis.base.FreeText;
import app.praxis.base.InvalidInputException;
import app.praxis.base.NotFoundException;
import app.praxis.security.CurrentUser;
import app.praxis.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Accounts: patients register themselves; admins create doctors and admins, and (de)activate anyone. */
@Service
public class UserService {

    static final String EMAIL_TAKEN = "This e-mail address is already registered. Sign in, or use another address.";
    static final String PHONE_TAKEN = "This phone number is already registered to another account.";
    private static final Map<String, FieldMessage> UNIQUE_KEYS = Map.of(
            "uk_users_email", new FieldMessage("email", EMAIL_TAKEN),
            "uk_users_phone", new FieldMessage("phone", PHONE_TAKEN));
    public static final String LAST_ADMIN =
            "This is the last active admin: activate or create another admin before deactivating this one.";
    private static final LocalDate EARLIEST_BIRTH = LocalDate.of(1900, 1, 1);

    private final UserRepository users;
    private final PasswordEncoder passwordEncoder;
    private final Validator validator;
    private final ClinicProperties clinic;
    private final Clock clock;
    private final CurrentUser currentUser;
    private final AuditTrail audit;

    UserService(
            UserRepository users,
            PasswordEncoder passwordEncoder,
            Validator validator,
            ClinicProperties clinic,
            Clock clock,
            CurrentUser currentUser,
            AuditTrail audit) {
        this.audit = audit;
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.validator = validator;
        this.clinic = clinic;
        this.clock = clock;
        this.currentUser = currentUser;
    }

    /** Anyone may register, but only as a patient. The caller (PatientService) adds the patient record. */
    @Transactional
    public UserAccount registerPatientAccount(NewAccount account) {
        return create(account, Role.PATIENT);
    }

    @Transactional
    @RolesAllowed(Roles.ADMIN)
    public UserAccount createStaffAccount(NewAccount account, Role role) {
        if (role == Role.PATIENT) {
            throw new IllegalArgumentException("Patients register themselves");
        }
        return create(account, role);
    }

    @Transactional
    @RolesAllowed(Roles.ADMIN)
    public UserAccount setActive(long userId, boolean active) {
        User user = users.findById(userId).orElseThrow(() -> new NotFoundException("No user " + userId));
        if (!active && user.getId() == currentUser.require().userId()) {
            throw new InvalidInputException("active", "You cannot deactivate your own account.");
        }
        if (!active && user.getRole() == Role.ADMIN) {
            var activeAdmins = users.lockActiveAdminIds();
            if (activeAdmins.contains(user.getId()) && activeAdmins.size() <= 1) {
                throw new InvalidInputException("active", LAST_ADMIN);
            }
        }
        user.setActive(active);
        audit.record(
                active ? AuditAction.ACTIVATED_ACCOUNT : AuditAction.DEACTIVATED_ACCOUNT,
                user.getRole() == Role.PATIENT ? user.getId() : null,
                "user",
                user.getId());
        return UserAccount.of(users.saveAndFlush(user));
    }

    /** An account as its owner or an admin may see it. */
    @Transactional(readOnly = true)
    public Optional<UserAccount> findAccount(long userId) {
        var caller = currentUser.require();
        if (caller.userId() != userId && !caller.hasRole(Roles.ADMIN)) {
            throw new AccessDeniedException("Not your account");
        }
        return users.findById(userId).map(UserAccount::of);
    }

    private UserAccount create(NewAccount typed, Role role) {
        NewAccount account = typed.normalized();
        String email = account.email();
        String phone = validate(account, role);
        var errors = new LinkedHashMap<String, String>();
        if (users.existsByEmail(email)) {
            errors.put("email", EMAIL_TAKEN);
        }
        if (users.existsByPhone(phone)) {
            errors.put("phone", PHONE_TAKEN);
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        var user = new User(
                email,
                phone,
                passwordEncoder.encode(account.password()),
                role,
                account.firstName(),
                account.lastName(),
                account.gender(),
                account.dateOfBirth());
        try {
            UserAccount created = UserAccount.of(users.saveAndFlush(user));
            audit.record(AuditAction.CREATED_ACCOUNT, role == Role.PATIENT ? created.id() : null, "user", created.id());
            return created;
        } catch (DataIntegrityViolationException raced) {
            // Another registration took the address between our check and our insert: the key decided.
            throw ConstraintViolations.translate(raced, UNIQUE_KEYS);
        }
    }

    /** Every field's problem at once, so the form can show them all; returns the phone number in E.164. */
    private String validate(NewAccount account, Role role) {
        var errors = new LinkedHashMap<String, String>();
        validator
                .validate(account)
                .forEach(violation ->
                        errors.putIfAbsent(violation.getPropertyPath().toString(), violation.getMessage()));
        String phone = "";
        if (!errors.containsKey("phone")) {
            Optional<String> e164 = PhoneNumbers.toE164(account.phone(), clinic.phoneRegion());
            if (e164.isEmpty()) {
                errors.put("phone", "Enter a valid phone number, e.g. +49 30 1234567");
            } else {
                phone = e164.get();
            }
        }
        LocalDate born = account.dateOfBirth();
        if (role == Role.PATIENT && born == null) {
            errors.putIfAbsent("dateOfBirth", "Enter a date of birth");
        } else if (born != null && born.isBefore(EARLIEST_BIRTH)) {
            errors.putIfAbsent("dateOfBirth", "Enter a date of birth after 1900");
        } else if (born != null && !born.isBefore(LocalDate.now(clock))) {
            errors.putIfAbsent("dateOfBirth", "The date of birth must be in the past");
        }
        FreeText.problem(account.firstName(), "The first name")
                .ifPresent(problem -> errors.putIfAbsent("firstName", problem));
        FreeText.problem(account.lastName(), "The last name")
                .ifPresent(problem -> errors.putIfAbsent("lastName", problem));
        if (account.password() != null && account.password().isBlank()) {
            errors.putIfAbsent("password", "The password cannot be only spaces");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return phone;
    }
}
