package app.praxis.user;

import app.praxis.base.ClinicProperties;
import app.praxis.base.ConstraintViolations;
import app.praxis.base.ConstraintViolations.FieldMessage;
import app.praxis.base.InvalidInputException;
import app.praxis.base.NotFoundException;
import app.praxis.base.Texts;
import app.praxis.security.CurrentUser;
import app.praxis.security.Roles;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The personal part of a profile (the users row): checked here for every profile form (patient's, doctor's, an
 * admin's), written by the feature that owns the rest of the form, in its transaction. A person changes only
 * their own details; an admin anyone's.
 */
@Service
public class UserProfiles {

    public static final int ADDRESS_MAX = 500;
    static final String PHONE_EXAMPLE = "user.phone.invalid";
    private static final LocalDate EARLIEST_BIRTH = LocalDate.of(1900, 1, 1);

    private final UserRepository users;
    private final ClinicProperties clinic;
    private final Clock clock;
    private final CurrentUser currentUser;
    private final Texts texts;

    private final ApplicationEventPublisher events;

    UserProfiles(
            UserRepository users,
            ClinicProperties clinic,
            Clock clock,
            CurrentUser currentUser,
            Texts texts,
            ApplicationEventPublisher events) {
        this.texts = texts;
        this.events = events;
        this.users = users;
        this.clinic = clinic;
        this.clock = clock;
        this.currentUser = currentUser;
    }

    /**
     * Every field's problem at once (field name → message), empty when the details may be stored; lets a caller
     * report them together with its own fields' problems.
     */
    public Map<String, String> problems(PersonalDetails typed, boolean dateOfBirthRequired) {
        PersonalDetails details = typed.normalized();
        var errors = new LinkedHashMap<String, String>();
        name(errors, "firstName", details.firstName(), "user.firstName.required");
        name(errors, "lastName", details.lastName(), "user.lastName.required");
        if (details.phone().isEmpty()) {
            errors.put("phone", texts.get("user.phone.required"));
        } else if (toE164(details.phone()).isEmpty()) {
            errors.put("phone", texts.get(PHONE_EXAMPLE));
        }
        LocalDate born = details.dateOfBirth();
        if (born == null) {
            if (dateOfBirthRequired) {
                errors.put("dateOfBirth", texts.get("user.dateOfBirth.required"));
            }
        } else if (!born.isBefore(LocalDate.now(clock.withZone(clinic.timeZone())))) {
            errors.put("dateOfBirth", texts.get("user.dateOfBirth.past"));
        } else if (born.isBefore(EARLIEST_BIRTH)) {
            errors.put("dateOfBirth", texts.get("user.dateOfBirth.after1900"));
        }
        if (details.address() != null && details.address().length() > ADDRESS_MAX) {
            errors.put("address", texts.get("user.field.maxLength", ADDRESS_MAX));
        }
        return errors;
    }

    /**
     * Writes the details (after {@link #problems} found none; checked again here) inside the caller's transaction.
     * A phone number another account took meanwhile is refused by the unique key and reported on the phone field.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void update(long userId, PersonalDetails typed, boolean dateOfBirthRequired) {
        requireSelfOrAdmin(userId);
        var errors = problems(typed, dateOfBirthRequired);
        PersonalDetails details = typed.normalized();
        String phone = toE164(details.phone()).orElse("");
        User user = users.findById(userId).orElseThrow(() -> new NotFoundException("No user " + userId));
        if (!errors.containsKey("phone") && !phone.equals(user.getPhone()) && users.existsByPhone(phone)) {
            errors.put("phone", texts.get(UserService.PHONE_TAKEN));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        var renamed = new UserRenamed(userId, user.getFirstName(), user.getLastName());
        user.setPersonalDetails(
                details.firstName(),
                details.lastName(),
                phone,
                details.gender(),
                details.dateOfBirth(),
                details.address());
        try {
            users.saveAndFlush(user);
        } catch (DataIntegrityViolationException raced) {
            // Another account took the number between our check and our write: the key decided.
            throw ConstraintViolations.translate(
                    raced, Map.of("uk_users_phone", new FieldMessage("phone", texts.get(UserService.PHONE_TAKEN))));
        }
        if (!renamed.formerFirstName().equals(user.getFirstName())
                || !renamed.formerLastName().equals(user.getLastName())) {
            events.publishEvent(renamed);
        }
    }

    /** A doctor's "about" text (the users row's bio). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void updateBio(long userId, @Nullable String bio) {
        requireSelfOrAdmin(userId);
        User user = users.findById(userId).orElseThrow(() -> new NotFoundException("No user " + userId));
        user.setBio(PersonalDetails.blankToNull(bio));
    }

    /** The E.164 form of a number typed with or without a country code (the clinic's region), if valid. */
    public Optional<String> toE164(String typed) {
        return PhoneNumbers.toE164(typed, clinic.phoneRegion());
    }

    private void requireSelfOrAdmin(long userId) {
        var caller = currentUser.require();
        if (caller.userId() != userId && !caller.hasRole(Roles.ADMIN)) {
            throw new AccessDeniedException("You can only change your own profile");
        }
    }

    private void name(Map<String, String> errors, String field, String value, String missingKey) {
        if (value.isEmpty()) {
            errors.put(field, texts.get(missingKey));
        } else if (value.length() > 100) {
            errors.put(field, texts.get("user.field.max100"));
        }
    }
}
