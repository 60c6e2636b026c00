package app.praxis.user;

import app.praxis.audit.AuditAction;
import app.praxis.audit.AuditTrail;
import app.praxis.base.ConstraintViolations;
import app.praxis.base.ConstraintViolations.FieldMessage;
import app.praxis.base.InvalidInputException;
import app.praxis.base.NotFoundException;
import app.praxis.base.Texts;
import app.praxis.security.ClientAddress;
import app.praxis.security.CurrentUser;
import app.praxis.security.EmailAddresses;
import app.praxis.security.PraxisUser;
import app.praxis.security.RateLimits;
import app.praxis.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * A person's own account: registering with a confirmation link, a forgotten password, a first password chosen through
 * an admin's link, changing the password or the e-mail address. Nothing any anonymous form answers tells whether an
 * address has an account: where it has, its owner gets an e-mail instead.
 */
@Service
public class AccountService {

    // Text keys of what people read (in the page's language, through Texts).
    public static final String RESET_SENT = "user.reset.sent";
    public static final String TOO_MANY_REQUESTS = "user.tooManyRequests";
    public static final String LINK_INVALID = "user.link.invalid";
    public static final String WRONG_PASSWORD = "user.password.wrong";
    public static final String ADDRESS_IN_USE = "user.email.inUse";
    static final String SAME_ADDRESS = "user.email.same";

    /** What a valid password link is for: a first password (an admin made the account) or a new one. */
    public record PasswordLink(String email, boolean firstPassword) {}

    /** What opening a confirmation link did: a registration confirmed (then sign in) or a new address applied. */
    public record Confirmed(
            LinkPurpose purpose, String email, @Nullable PraxisUser signIn) {}

    record EmailInput(
            @NotBlank(message = "user.email.required")
            @Email(message = "user.email.invalid")
            @Size(max = 255, message = "user.field.max255")
            String email) {}

    static final java.time.Duration LIMIT_WINDOW = java.time.Duration.ofMinutes(15);
    static final int PER_EMAIL = 3;
    static final int PER_ADDRESS = 10;

    private static final Set<LinkPurpose> PASSWORD_LINKS = Set.of(LinkPurpose.SET_PASSWORD, LinkPurpose.RESET_PASSWORD);
    private static final Set<LinkPurpose> EMAIL_LINKS = Set.of(LinkPurpose.CONFIRM_EMAIL, LinkPurpose.CHANGE_EMAIL);

    private final UserRepository users;
    private final UserService userService;
    private final AccountLinks links;
    private final AccountMails mails;
    private final PasswordEncoder passwordEncoder;
    private final PasswordPolicy policy;
    private final Validator validator;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final ObjectProvider<PersonalDataSection> sections;
    private final AuditTrail audit;
    private final RateLimits rateLimits;
    private final Texts texts;
    private final ApplicationEventPublisher events;

    AccountService(
            UserRepository users,
            UserService userService,
            AccountLinks links,
            AccountMails mails,
            PasswordEncoder passwordEncoder,
            PasswordPolicy policy,
            Validator validator,
            CurrentUser currentUser,
            Clock clock,
            ObjectProvider<PersonalDataSection> sections,
            AuditTrail audit,
            RateLimits rateLimits,
            Texts texts,
            ApplicationEventPublisher events) {
        this.events = events;
        this.texts = texts;
        this.audit = audit;
        this.rateLimits = rateLimits;
        this.users = users;
        this.userService = userService;
        this.links = links;
        this.mails = mails;
        this.passwordEncoder = passwordEncoder;
        this.policy = policy;
        this.validator = validator;
        this.currentUser = currentUser;
        this.clock = clock;
        this.sections = sections;
    }

    // --- registration -------------------------------------------------------------------------------------------

    /**
     * A patient registers: every field's problem is reported at once; then, whatever happens, the form says "check
     * your e-mail". A new address gets an inactive account and a confirmation link; an address that has an account
     * gets a note to its owner; a phone number that belongs to another account is told to the address typed (only
     * someone who reads that mailbox learns it). Returns the new account, if one was made, for the patient record.
     */
    @Transactional
    public Optional<UserAccount> signUpPatient(NewAccount typed) {
        NewAccount account = typed.normalized();
        String phone = userService.validate(account, Role.PATIENT);
        requireWithinLimits("sign-up", account.email());
        Optional<User> owner = users.findByEmail(account.email());
        if (owner.isPresent()) {
            mails.sendAlreadyRegistered(owner.get());
            return Optional.empty();
        }
        if (users.existsByPhone(phone)) {
            mails.sendPhoneTaken(account.email(), account.firstName());
            return Optional.empty();
        }
        User user = userService.newUser(account, phone, Role.PATIENT);
        user.setActive(false); // until the confirmation link is opened
        try {
            users.saveAndFlush(user);
        } catch (DataIntegrityViolationException raced) {
            // Another registration took the address or number between our check and our insert: the key decided,
            // and that registration's own e-mail tells its owner what happened. Same screen for this one.
            throw new RegistrationRaced(raced);
        }
        mails.sendConfirmation(user);
        return Optional.of(UserAccount.of(user));
    }

    /** Checks a registration's fields without registering (the form shows these with its own, all at once). */
    @Transactional(readOnly = true)
    public void checkNewPatient(NewAccount typed) {
        userService.validate(typed.normalized(), Role.PATIENT);
    }

    /** A registration lost a unique-key race: the caller shows the same "check your e-mail" screen. */
    public static final class RegistrationRaced extends RuntimeException {
        RegistrationRaced(Throwable cause) {
            super("A registration for the same address or number won a race", cause);
        }
    }

    /**
     * Opens a confirmation link: a registration's activates the account (and returns whom to sign in), a change of
     * address applies the new one (the unique key decides if another account took it meanwhile).
     */
    @Transactional
    public Confirmed confirmEmail(String token) {
        var target = links.redeem(token, EMAIL_LINKS)
                .orElseThrow(() -> new InvalidInputException("token", texts.get(LINK_INVALID)));
        User user = users.findById(target.userId()).orElseThrow(() -> new NotFoundException("No user"));
        Instant now = clock.instant();
        if (target.purpose() == LinkPurpose.CONFIRM_EMAIL) {
            if (user.getEmailConfirmedAt() != null) {
                throw new InvalidInputException(
                        "token", texts.get(LINK_INVALID)); // never re-opens an account an admin closed
            }
            user.confirmEmail(now);
            user.setActive(true);
            users.saveAndFlush(user);
            return new Confirmed(target.purpose(), user.getEmail(), UserAccountDetailsService.principal(user, "", now));
        }
        String newEmail = java.util.Objects.requireNonNull(target.newEmail());
        user.setEmail(newEmail);
        user.confirmEmail(now);
        try {
            users.saveAndFlush(user);
        } catch (DataIntegrityViolationException raced) {
            throw ConstraintViolations.translate(
                    raced, Map.of("uk_users_email", new FieldMessage("token", texts.get(ADDRESS_IN_USE))));
        }
        audit.record(AuditAction.CHANGED_PROFILE, patientUserId(user), "user", user.getId());
        return new Confirmed(target.purpose(), newEmail, null);
    }

    // --- passwords --------------------------------------------------------------------------------------------

    /** "Forgot password?": the same answer ({@link #RESET_SENT}) whether or not the address has an account. */
    @Transactional
    public String requestPasswordReset(String typedEmail) {
        String email = typedEmail.strip().toLowerCase(Locale.ROOT);
        var errors = new LinkedHashMap<String, String>();
        validator.validate(new EmailInput(email)).stream()
                .sorted(java.util.Comparator.comparingInt(UserService::precedence))
                .forEach(v -> errors.putIfAbsent("email", texts.get(v.getMessage())));
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        requireWithinLimits("password-reset", email);
        users.findByEmail(email)
                .filter(user -> user.isActive() || user.getEmailConfirmedAt() == null)
                .ifPresent(user -> {
                    if (user.isActive()) {
                        mails.sendResetLink(user);
                    } else {
                        mails.sendAlreadyRegistered(user); // unconfirmed: a fresh confirmation link
                    }
                });
        return texts.get(RESET_SENT);
    }

    /** Whether a password link would work now (the page shows its form, or says the link is spent). */
    @Transactional(readOnly = true)
    public Optional<PasswordLink> checkPasswordLink(String token) {
        return links.peek(token, PASSWORD_LINKS).flatMap(target -> users.findById(target.userId())
                .filter(User::isActive)
                .map(user -> new PasswordLink(user.getEmail(), target.purpose() == LinkPurpose.SET_PASSWORD)));
    }

    /**
     * Sets the password through a one-time link (reset, or an admin's first-password link); the policy applies and
     * every session of the account ends. Refused input leaves the link usable; a spent or expired link changes
     * nothing.
     */
    @Transactional
    public void setPasswordWithLink(String token, String newPassword) {
        var peeked = links.peek(token, PASSWORD_LINKS)
                .orElseThrow(() -> new InvalidInputException("token", texts.get(LINK_INVALID)));
        User user = users.findById(peeked.userId())
                .filter(User::isActive)
                .orElseThrow(() -> new InvalidInputException("token", texts.get(LINK_INVALID)));
        checkPolicy(user, "newPassword", newPassword);
        links.redeem(token, PASSWORD_LINKS)
                .orElseThrow(() -> new InvalidInputException("token", texts.get(LINK_INVALID)));
        Instant now = clock.instant();
        user.changePassword(passwordEncoder.encode(newPassword), now);
        user.confirmEmail(now); // the link reached this mailbox
        users.saveAndFlush(user);
        audit.record(AuditAction.RESET_PASSWORD, patientUserId(user), "user", user.getId());
    }

    /**
     * The signed-in person changes their password (the current one required, the policy applies); every other
     * session of the account ends on every node. Returns the instant of the change: the caller's own session counts
     * as signed in then.
     */
    @Transactional
    public Instant changePassword(String currentPassword, String newPassword) {
        User user = signedInUser();
        var errors = new LinkedHashMap<String, String>();
        if (!passwordEncoder.matches(currentPassword, user.getPasswordHash())) {
            errors.put("currentPassword", texts.get(WRONG_PASSWORD));
        }
        policy.problem(newPassword, user.getEmail(), user.getFirstName(), user.getLastName())
                .ifPresent(problem -> errors.put("newPassword", texts.get(problem)));
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        Instant now = clock.instant();
        user.changePassword(passwordEncoder.encode(newPassword), now);
        users.saveAndFlush(user);
        audit.record(AuditAction.CHANGED_PASSWORD, patientUserId(user), "user", user.getId());
        mails.sendPasswordChanged(user);
        return now;
    }

    /**
     * The signed-in person asks to use another address (the current password required): a link goes to the new
     * address and the change applies when it is opened. An address that has an account gets a note instead; the
     * screen says the same either way.
     */
    @Transactional
    public void requestEmailChange(String currentPassword, String typedEmail) {
        User user = signedInUser();
        String email = typedEmail.strip().toLowerCase(Locale.ROOT);
        var errors = new LinkedHashMap<String, String>();
        if (!passwordEncoder.matches(currentPassword, user.getPasswordHash())) {
            errors.put("currentPassword", texts.get(WRONG_PASSWORD));
        }
        validator.validate(new EmailInput(email)).stream()
                .sorted(java.util.Comparator.comparingInt(UserService::precedence))
                .forEach(v -> errors.putIfAbsent("newEmail", texts.get(v.getMessage())));
        if (!errors.containsKey("newEmail") && email.equals(user.getEmail())) {
            errors.put("newEmail", texts.get(SAME_ADDRESS));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        Optional<User> owner = users.findByEmail(email);
        if (owner.isPresent()) {
            mails.sendAddressTaken(email, owner.get().language());
        } else {
            mails.sendEmailChangeLink(user, email);
        }
    }

    /** An admin sends a staff account's set-password link again (the older link stops working). */
    @Transactional
    @RolesAllowed(Roles.ADMIN)
    public void resendSetPasswordLink(long userId) {
        User user = users.findById(userId).orElseThrow(() -> new NotFoundException("No user " + userId));
        if (user.getRole() == Role.PATIENT || user.getEmailConfirmedAt() != null) {
            throw new InvalidInputException("account", texts.get("user.password.alreadyChosen"));
        }
        mails.sendSetPasswordLink(UserAccount.of(user));
    }

    /** Whether a staff account still waits for its owner to choose a first password (the admin may resend). */
    @Transactional(readOnly = true)
    @RolesAllowed(Roles.ADMIN)
    public boolean awaitsFirstPassword(long userId) {
        return users.findById(userId)
                .map(user -> user.getRole() != Role.PATIENT && user.getEmailConfirmedAt() == null)
                .orElse(false);
    }

    // --- my data, closing the account ------------------------------------------------------------------------------

    /**
     * The signed-in patient's own data as one JSON document: their profile and every feature's section (patient
     * record, appointments, payments, messages), each contributed by the feature that keeps it.
     */
    @Transactional(readOnly = true)
    @RolesAllowed(Roles.PATIENT)
    public byte[] exportMyData() {
        User user = signedInUser();
        var document = new LinkedHashMap<String, Object>();
        document.put("exportedAt", clock.instant().toString());
        var profile = new LinkedHashMap<String, Object>();
        profile.put("userId", user.getId());
        profile.put("email", user.getEmail());
        profile.put("phone", user.getPhone());
        profile.put("firstName", user.getFirstName());
        profile.put("lastName", user.getLastName());
        profile.put("gender", user.getGender() == null ? "" : user.getGender().label());
        profile.put(
                "dateOfBirth",
                user.getDateOfBirth() == null ? "" : user.getDateOfBirth().toString());
        profile.put("address", user.getAddress() == null ? "" : user.getAddress());
        document.put("profile", profile);
        sections.orderedStream().forEach(section -> document.put(section.name(), section.export(user.getId())));
        return JsonMapper.builder().build().writerWithDefaultPrettyPrinter().writeValueAsBytes(document);
    }

    /**
     * The signed-in patient closes their account (their password required): it is deactivated, every session ends,
     * and the personal fields are blanked (name, e-mail, phone, birth date, address, bio, photo, and each feature's
     * own, e.g. the patient record's insurance and history). Appointments and payments stay for the practice's
     * records, attached to "Closed account".
     */
    @Transactional
    @RolesAllowed(Roles.PATIENT)
    public void closeMyAccount(String currentPassword) {
        User user = signedInUser();
        if (!passwordEncoder.matches(currentPassword, user.getPasswordHash())) {
            throw new InvalidInputException("closePassword", texts.get(WRONG_PASSWORD));
        }
        Instant now = clock.instant();
        var renamed = new UserRenamed(user.getId(), user.getFirstName(), user.getLastName());
        user.anonymise(
                "closed-" + user.getId() + "@closed.invalid",
                String.format("+99%012d", user.getId()),
                passwordEncoder.encode(AccountLinks.unguessable()),
                now);
        users.saveAndFlush(user);
        events.publishEvent(renamed);
        links.retireAll(user.getId());
        sections.orderedStream().forEach(section -> section.anonymise(user.getId()));
        audit.record(AuditAction.CLOSED_ACCOUNT, user.getId(), "user", user.getId());
    }

    /** The audit trail's patient: the account itself when it is a patient's. */
    private static @Nullable Long patientUserId(User user) {
        return user.getRole() == Role.PATIENT ? user.getId() : null;
    }

    /**
     * Registration and "forgot password" send e-mails to addresses anyone types: at most {@link #PER_ADDRESS} a
     * window from one client address and {@link #PER_EMAIL} to one e-mail, counted in the database (every node).
     * The refusal is the same whether or not the e-mail has an account.
     */
    private void requireWithinLimits(String form, String email) {
        var address = ClientAddress.current();
        boolean allowed =
                rateLimits.tryAcquire(form + ":email:" + EmailAddresses.normalise(email), LIMIT_WINDOW, PER_EMAIL)
                        && address.map(ip -> rateLimits.tryAcquire(form + ":address:" + ip, LIMIT_WINDOW, PER_ADDRESS))
                                .orElse(true);
        if (!allowed) {
            throw new InvalidInputException("email", texts.get(TOO_MANY_REQUESTS));
        }
    }

    private User signedInUser() {
        long userId = currentUser.require().userId();
        return users.findById(userId).orElseThrow(() -> new NotFoundException("No user " + userId));
    }

    private void checkPolicy(User user, String field, String password) {
        policy.problem(password, user.getEmail(), user.getFirstName(), user.getLastName())
                .ifPresent(problem -> {
                    throw new InvalidInputException(field, texts.get(problem));
                });
    }
}
