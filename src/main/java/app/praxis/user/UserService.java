package app.praxis.user;

import app.praxis.audit.AuditAction;
import app.praxis.audit.AuditTrail;
import app.praxis.base.ClinicProperties;
import app.praxis.base.ConstraintViolations;
import app.praxis.base.ConstraintViolations.FieldMessage;
import app.praxis.base.CurrentLocale;
import app.praxis.base.FreeText;
import app.praxis.base.InvalidInputException;
import app.praxis.base.NotFoundException;
import app.praxis.base.Texts;
import app.praxis.security.CurrentUser;
import app.praxis.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Accounts: patients register themselves; admins create doctors and admins, and (de)activate anyone. */
@Service
public class UserService {

    // Text keys of what people read (in the page's language, through Texts).
    static final String EMAIL_TAKEN = "user.email.taken";
    static final String PHONE_TAKEN = "user.phone.taken";
    public static final String LAST_ADMIN = "user.lastAdmin";
    private static final LocalDate EARLIEST_BIRTH = LocalDate.of(1900, 1, 1);

    private final UserRepository users;
    private final PasswordEncoder passwordEncoder;
    private final Validator validator;
    private final ClinicProperties clinic;
    private final Clock clock;
    private final CurrentUser currentUser;
    private final AuditTrail audit;
    private final PasswordPolicy passwordPolicy;
    private final AccountMails mails;
    private final Texts texts;

    UserService(
            UserRepository users,
            PasswordEncoder passwordEncoder,
            Validator validator,
            ClinicProperties clinic,
            Clock clock,
            CurrentUser currentUser,
            AuditTrail audit,
            PasswordPolicy passwordPolicy,
            AccountMails mails,
            Texts texts) {
        this.texts = texts;
        this.audit = audit;
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.validator = validator;
        this.clinic = clinic;
        this.clock = clock;
        this.currentUser = currentUser;
        this.passwordPolicy = passwordPolicy;
        this.mails = mails;
    }

    /**
     * An active, confirmed patient account at once, without e-mail: for the demo clinic and test fixtures. People
     * register through {@link AccountService#signUpPatient}, whose account waits for its confirmation link. The
     * caller (PatientService) adds the patient record.
     */
    @Transactional
    public UserAccount registerPatientAccount(NewAccount account) {
        if (account.password() == null) {
            throw new InvalidInputException("password", texts.get("user.password.required"));
        }
        return create(account, Role.PATIENT, true, null);
    }

    /**
     * Every problem a new staff account would have (its fields, an e-mail or phone that is taken), without making
     * it: an admin's form shows these together with its own. The unique keys still decide at creation.
     */
    @Transactional(readOnly = true)
    @RolesAllowed(Roles.ADMIN)
    public Map<String, String> staffAccountProblems(NewAccount typed, Role role) {
        NewAccount account = typed.normalized();
        var errors = new LinkedHashMap<String, String>();
        String phone = "";
        try {
            phone = validate(account, role);
        } catch (InvalidInputException invalid) {
            errors.putAll(invalid.fieldErrors());
        }
        if (!errors.containsKey("email") && users.existsByEmail(account.email())) {
            errors.put("email", texts.get(EMAIL_TAKEN));
        }
        if (phone.isEmpty()) { // another field was refused: the number may still be valid, and taken
            phone = PhoneNumbers.toE164(account.phone(), clinic.phoneRegion()).orElse("");
        }
        if (!phone.isEmpty() && !errors.containsKey("phone") && users.existsByPhone(phone)) {
            errors.put("phone", texts.get(PHONE_TAKEN));
        }
        return errors;
    }

    /**
     * A doctor's or admin's account. Without a password (the admin's screens) its owner gets a one-time link to
     * choose one; with one (fixtures) it can sign in at once.
     */
    @Transactional
    @RolesAllowed(Roles.ADMIN)
    public UserAccount createStaffAccount(NewAccount account, Role role) {
        return createStaffAccount(account, role, null);
    }

    /** As {@link #createStaffAccount(NewAccount, Role)}, with the bio a doctor's page shows ("about"). */
    @Transactional
    @RolesAllowed(Roles.ADMIN)
    public UserAccount createStaffAccount(NewAccount account, Role role, @Nullable String bio) {
        if (role == Role.PATIENT) {
            throw new IllegalArgumentException("Patients register themselves");
        }
        boolean hasPassword = account.password() != null;
        UserAccount created = create(account, role, hasPassword, bio);
        if (!hasPassword) {
            mails.sendSetPasswordLink(created);
        }
        return created;
    }

    @Transactional
    @RolesAllowed(Roles.ADMIN)
    public UserAccount setActive(long userId, boolean active) {
        User user = users.findById(userId).orElseThrow(() -> new NotFoundException("No user " + userId));
        if (!active && user.getId() == currentUser.require().userId()) {
            throw new InvalidInputException("active", texts.get("user.deactivateSelf"));
        }
        if (!active && user.getRole() == Role.ADMIN) {
            var activeAdmins = users.lockActiveAdminIds();
            if (activeAdmins.contains(user.getId()) && activeAdmins.size() <= 1) {
                throw new InvalidInputException("active", texts.get(LAST_ADMIN));
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

    private UserAccount create(NewAccount typed, Role role, boolean confirmed, @Nullable String bio) {
        NewAccount account = typed.normalized();
        String email = account.email();
        String phone = validate(account, role);
        var errors = new LinkedHashMap<String, String>();
        if (users.existsByEmail(email)) {
            errors.put("email", texts.get(EMAIL_TAKEN));
        }
        if (users.existsByPhone(phone)) {
            errors.put("phone", texts.get(PHONE_TAKEN));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        var user = newUser(account, phone, role);
        if (confirmed) {
            user.confirmEmail(clock.instant());
        }
        if (bio != null && !bio.isBlank()) {
            user.setBio(bio.strip());
        }
        try {
            UserAccount created = UserAccount.of(users.saveAndFlush(user));
            audit.record(AuditAction.CREATED_ACCOUNT, role == Role.PATIENT ? created.id() : null, "user", created.id());
            return created;
        } catch (DataIntegrityViolationException raced) {
            // Another registration took the address between our check and our insert: the key decided.
            throw ConstraintViolations.translate(
                    raced,
                    Map.of(
                            "uk_users_email", new FieldMessage("email", texts.get(EMAIL_TAKEN)),
                            "uk_users_phone", new FieldMessage("phone", texts.get(PHONE_TAKEN))));
        }
    }

    /** A new user from normalized, validated input; without a password, one nobody knows (a link sets the real one). */
    User newUser(NewAccount account, String phone, Role role) {
        String password = account.password();
        var user = new User(
                account.email(),
                phone,
                passwordEncoder.encode(password != null ? password : AccountLinks.unguessable()),
                role,
                account.firstName(),
                account.lastName(),
                account.gender(),
                account.dateOfBirth());
        // Signed up on a German page: German pages and e-mails from the start (jobs and fixtures: the default).
        user.setLanguage(CurrentLocale.language());
        return user;
    }

    /** Every field's problem at once, so the form can show them all; returns the phone number in E.164. */
    String validate(NewAccount account, Role role) {
        var errors = new LinkedHashMap<String, String>();
        validator.validate(account).stream()
                .sorted(java.util.Comparator.comparingInt(UserService::precedence))
                .forEach(violation ->
                        errors.putIfAbsent(violation.getPropertyPath().toString(), texts.get(violation.getMessage())));
        String phone = "";
        if (!errors.containsKey("phone")) {
            Optional<String> e164 = PhoneNumbers.toE164(account.phone(), clinic.phoneRegion());
            if (e164.isEmpty()) {
                errors.put("phone", texts.get(UserProfiles.PHONE_EXAMPLE));
            } else {
                phone = e164.get();
            }
        }
        LocalDate born = account.dateOfBirth();
        if (role == Role.PATIENT && born == null) {
            errors.putIfAbsent("dateOfBirth", texts.get("user.dateOfBirth.required"));
        } else if (born != null && born.isBefore(EARLIEST_BIRTH)) {
            errors.putIfAbsent("dateOfBirth", texts.get("user.dateOfBirth.after1900"));
        } else if (born != null && !born.isBefore(LocalDate.now(clock))) {
            errors.putIfAbsent("dateOfBirth", texts.get("user.dateOfBirth.past"));
        }
        FreeText.problem(account.firstName(), texts.get("user.firstName.subject"))
                .ifPresent(problem -> errors.putIfAbsent("firstName", problem));
        FreeText.problem(account.lastName(), texts.get("user.lastName.subject"))
                .ifPresent(problem -> errors.putIfAbsent("lastName", problem));
        String password = account.password();
        if (password == null) {
            if (role == Role.PATIENT) {
                errors.putIfAbsent("password", texts.get("user.password.required"));
            }
        } else {
            passwordPolicy
                    .problem(password, account.email(), account.firstName(), account.lastName())
                    .ifPresent(problem -> errors.putIfAbsent("password", texts.get(problem)));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return phone;
    }

    /**
     * Which of a field's problems it shows when it has several: missing, then too long, then the format (the
     * validator reports them in no fixed order).
     */
    static int precedence(jakarta.validation.ConstraintViolation<?> violation) {
        var type = violation.getConstraintDescriptor().getAnnotation().annotationType();
        if (type == jakarta.validation.constraints.NotBlank.class) {
            return 0;
        }
        return type == jakarta.validation.constraints.Size.class ? 1 : 2;
    }
}
