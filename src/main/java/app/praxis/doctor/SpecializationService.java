package app.praxis.doctor;

import app.praxis.base.ConstraintViolations;
import app.praxis.base.ConstraintViolations.FieldMessage;
import app.praxis.base.InvalidInputException;
import app.praxis.base.NotFoundException;
import app.praxis.base.Texts;
import app.praxis.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Validator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The admin's list of specializations: add, rename, describe, delete while unused. A name is unique: checked
 * first for a friendly answer, and decided by the unique key when two admins race.
 */
@Service
public class SpecializationService {

    /** The message (in English; the key {@code doctor.error.nameTaken}) for a name another specialization has. */
    public static final String NAME_TAKEN = "There is already a specialization with this name.";

    private final SpecializationRepository specializations;
    private final Validator validator;
    private final Texts texts;

    SpecializationService(SpecializationRepository specializations, Validator validator, Texts texts) {
        this.texts = texts;
        this.specializations = specializations;
        this.validator = validator;
    }

    /** Every specialization by name, with how many doctors have it (one query). */
    @Transactional(readOnly = true)
    @RolesAllowed(Roles.ADMIN)
    public List<SpecializationRow> list() {
        return specializations.findAllWithDoctorCounts();
    }

    @Transactional
    @RolesAllowed(Roles.ADMIN)
    public SpecializationRow add(SpecializationForm typed) {
        SpecializationForm form = validate(typed, null);
        try {
            var saved = specializations.saveAndFlush(new Specialization(form.name(), form.description()));
            return new SpecializationRow(saved.getId(), saved.getName(), saved.getDescription(), 0);
        } catch (DataIntegrityViolationException raced) {
            throw ConstraintViolations.translate(raced, uniqueName());
        }
    }

    /** Renames and/or re-describes a specialization; its doctors keep it. */
    @Transactional
    @RolesAllowed(Roles.ADMIN)
    public SpecializationRow update(long id, SpecializationForm typed) {
        Specialization specialization = specializations
                .findById(id)
                .orElseThrow(() -> new NotFoundException(texts.get("doctor.error.noSuchSpecialization")));
        SpecializationForm form = validate(typed, id);
        specialization.change(form.name(), form.description());
        try {
            specializations.saveAndFlush(specialization);
        } catch (DataIntegrityViolationException raced) {
            throw ConstraintViolations.translate(raced, uniqueName());
        }
        return new SpecializationRow(id, form.name(), form.description(), specializations.countDoctors(id));
    }

    /**
     * Deletes a specialization no doctor has. The count is read under a lock on the specialization's row, and a
     * doctor given it meanwhile would have to wait for that lock (the foreign key's check takes a shared lock).
     */
    @Transactional
    @RolesAllowed(Roles.ADMIN)
    public void delete(long id) {
        specializations
                .lockById(id)
                .orElseThrow(() -> new NotFoundException(texts.get("doctor.error.noSuchSpecialization")));
        long doctors = specializations.countDoctors(id);
        if (doctors > 0) {
            throw new InvalidInputException("name", texts.get("doctor.error.specializationInUse", doctors));
        }
        specializations.deleteById(id);
        specializations.flush();
    }

    private Map<String, FieldMessage> uniqueName() {
        return Map.of("uk_specializations_name", new FieldMessage("name", texts.get("doctor.error.nameTaken")));
    }

    private SpecializationForm validate(SpecializationForm typed, Long id) {
        SpecializationForm form = typed.normalized();
        var errors = new LinkedHashMap<String, String>();
        validator
                .validate(form)
                .forEach(v -> errors.putIfAbsent(v.getPropertyPath().toString(), texts.get(v.getMessage())));
        if (!errors.containsKey("name")) {
            specializations
                    .findByNameIgnoreCase(form.name())
                    .filter(other -> !other.getId().equals(id))
                    .ifPresent(other -> errors.put("name", texts.get("doctor.error.nameTaken")));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return form;
    }
}
