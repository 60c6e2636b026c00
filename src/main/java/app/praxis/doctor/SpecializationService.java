package app.praxis.doctor;

import app.praxis.base.ConstraintViolations;
import app.praxis.base.ConstraintViolations.FieldMessage;
import app.praxis.base.InvalidInputException;
import app.praxis.base.NotFoundException;
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

    public static final String NAME_TAKEN = "There is already a specialization with this name.";
    private static final Map<String, FieldMessage> UNIQUE_NAME =
            Map.of("uk_specializations_name", new FieldMessage("name", NAME_TAKEN));

    private final SpecializationRepository specializations;
    private final Validator validator;

    SpecializationService(SpecializationRepository specializations, Validator validator) {
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
            throw ConstraintViolations.translate(raced, UNIQUE_NAME);
        }
    }

    /** Renames and/or re-describes a specialization; its doctors keep it. */
    @Transactional
    @RolesAllowed(Roles.ADMIN)
    public SpecializationRow update(long id, SpecializationForm typed) {
        Specialization specialization =
                specializations.findById(id).orElseThrow(() -> new NotFoundException("No such specialization"));
        SpecializationForm form = validate(typed, id);
        specialization.change(form.name(), form.description());
        try {
            specializations.saveAndFlush(specialization);
        } catch (DataIntegrityViolationException raced) {
            throw ConstraintViolations.translate(raced, UNIQUE_NAME);
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
        specializations.lockById(id).orElseThrow(() -> new NotFoundException("No such specialization"));
        long doctors = specializations.countDoctors(id);
        if (doctors > 0) {
            throw new InvalidInputException(
                    "name",
                    doctors == 1
                            ? "1 doctor has this specialization: give them another one first."
                            : doctors + " doctors have this specialization: give them another one first.");
        }
        specializations.deleteById(id);
        specializations.flush();
    }

    private SpecializationForm validate(SpecializationForm typed, Long id) {
        SpecializationForm form = typed.normalized();
        var errors = new LinkedHashMap<String, String>();
        validator
                .validate(form)
                .forEach(v -> errors.putIfAbsent(v.getPropertyPath().toString(), v.getMessage()));
        if (!errors.containsKey("name")) {
            specializations
                    .findByNameIgnoreCase(form.name())
                    .filter(other -> !other.getId().equals(id))
                    .ifPresent(other -> errors.put("name", NAME_TAKEN));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return form;
    }
}
