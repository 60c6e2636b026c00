package app.praxis.doctor;

import app.praxis.base.ConstraintViolations;
import app.praxis.base.ConstraintViolations.FieldMessage;
import app.praxis.base.InvalidInputException;
import app.praxis.base.NotFoundException;
import app.praxis.base.Texts;
import app.praxis.security.CurrentUser;
import app.praxis.security.Roles;
import app.praxis.user.Role;
import app.praxis.user.User;
import app.praxis.user.UserAccount;
import app.praxis.user.UserService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.EntityManager;
import jakarta.validation.Validator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class DoctorService {

    /** The message (in English; the key {@code doctor.error.licenceTaken}) for a licence number already taken. */
    static final String LICENSE_TAKEN = "Another doctor already has this licence number.";

    private final UserService userService;
    private final DoctorRepository doctors;
    private final SpecializationRepository specializations;
    private final EntityManager entityManager;
    private final Validator validator;
    private final CurrentUser currentUser;
    private final Texts texts;
    private final ApplicationEventPublisher events;

    DoctorService(
            UserService userService,
            DoctorRepository doctors,
            SpecializationRepository specializations,
            EntityManager entityManager,
            Validator validator,
            CurrentUser currentUser,
            Texts texts,
            ApplicationEventPublisher events) {
        this.texts = texts;
        this.events = events;
        this.userService = userService;
        this.doctors = doctors;
        this.specializations = specializations;
        this.entityManager = entityManager;
        this.validator = validator;
        this.currentUser = currentUser;
    }

    /** An admin adds a doctor: account and doctor record in one transaction, or neither. */
    @Transactional
    @RolesAllowed(Roles.ADMIN)
    public DoctorSummary createDoctor(NewDoctor newDoctor) {
        return createDoctor(newDoctor, null);
    }

    /**
     * An admin adds a doctor with a bio; every field's problem is reported at once (taken e-mail, phone or licence
     * too, and the unique keys decide a race). Without a password in the account, the doctor is e-mailed a one-time
     * link to choose one.
     */
    @Transactional
    @RolesAllowed(Roles.ADMIN)
    public DoctorSummary createDoctor(NewDoctor newDoctor, @Nullable String bio) {
        var errors =
                new LinkedHashMap<String, String>(userService.staffAccountProblems(newDoctor.account(), Role.DOCTOR));
        validator.validate(newDoctor).stream()
                .filter(v -> !v.getPropertyPath().toString().startsWith("account."))
                .forEach(v -> errors.putIfAbsent(v.getPropertyPath().toString(), texts.get(v.getMessage())));
        Specialization specialization = null;
        if (newDoctor.specializationId() != null) {
            specialization =
                    specializations.findById(newDoctor.specializationId()).orElse(null);
            if (specialization == null) {
                errors.put("specializationId", texts.get("doctor.error.specialization"));
            }
        }
        if (newDoctor.licenseNumber() != null
                && doctors.existsByLicenseNumber(newDoctor.licenseNumber().trim())) {
            errors.put("licenseNumber", texts.get("doctor.error.licenceTaken"));
        }
        if (bio != null && bio.length() > 5000) {
            errors.put("bio", texts.get("doctor.error.tooLong", 5000));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        UserAccount account = userService.createStaffAccount(newDoctor.account(), Role.DOCTOR, bio);
        var doctor = new Doctor(
                entityManager.getReference(User.class, account.id()),
                specialization,
                newDoctor.licenseNumber().trim());
        doctor.setPractice(newDoctor.yearsExperience(), newDoctor.clinicName(), newDoctor.clinicAddress());
        doctor.setConsultationFee(newDoctor.consultationFee());
        DoctorSummary created;
        try {
            created = DoctorSummary.of(doctors.saveAndFlush(doctor));
        } catch (DataIntegrityViolationException e) {
            throw ConstraintViolations.translate(
                    e,
                    Map.of(
                            "uk_doctors_license",
                            new FieldMessage("licenseNumber", texts.get("doctor.error.licenceTaken"))));
        }
        events.publishEvent(new DoctorCreated(created.doctorId()));
        return created;
    }

    @Transactional(readOnly = true)
    public List<SpecializationOption> specializations() {
        return specializations.findAllByOrderByNameAsc().stream()
                .map(s -> new SpecializationOption(s.getId(), s.getName()))
                .toList();
    }

    /** The doctor record of the signed-in user, if they are a doctor. */
    @Transactional(readOnly = true)
    public Optional<Long> signedInDoctorId() {
        return currentUser.find().flatMap(user -> doctors.findDoctorIdByUserId(user.userId()));
    }

    /** Every doctor, by name, for an admin choosing whose calendar or records to open. */
    @Transactional(readOnly = true)
    @RolesAllowed(Roles.ADMIN)
    public List<DoctorSummary> allDoctors() {
        return doctors.findAllWithUserAndSpecialization().stream()
                .map(DoctorSummary::of)
                .toList();
    }

    /** Whether the signed-in doctor is e-mailed when a patient books, moves or cancels. */
    @Transactional(readOnly = true)
    @RolesAllowed(Roles.DOCTOR)
    public boolean emailsOnPatientChanges() {
        return signedInDoctor().isEmailOnPatientChanges();
    }

    /** The signed-in doctor's switch for those e-mails. */
    @Transactional
    @RolesAllowed(Roles.DOCTOR)
    public void setEmailsOnPatientChanges(boolean on) {
        signedInDoctor().setEmailOnPatientChanges(on);
    }

    private Doctor signedInDoctor() {
        return signedInDoctorId()
                .flatMap(doctors::findById)
                .orElseThrow(() -> new NotFoundException(texts.get("doctor.error.noRecord")));
    }
}
