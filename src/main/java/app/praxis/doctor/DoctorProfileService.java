package app.praxis.doctor;

import app.praxis.audit.AuditAction;
import app.praxis.audit.AuditTrail;
import app.praxis.base.ConstraintViolations;
import app.praxis.base.ConstraintViolations.FieldMessage;
import app.praxis.base.InvalidInputException;
import app.praxis.base.NotFoundException;
import app.praxis.base.Texts;
import app.praxis.security.CurrentUser;
import app.praxis.security.Roles;
import app.praxis.user.UserProfiles;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A doctor's profile: the doctor edits their "about", clinic, experience, fee and whether they accept bookings;
 * the licence and specialization are set by an admin only. An admin may edit every part of any doctor.
 */
@Service
public class DoctorProfileService {

    public static final int BIO_MAX = 4000;
    public static final int CLINIC_NAME_MAX = 255;
    public static final BigDecimal FEE_MAX = new BigDecimal("99999999.99");

    private final DoctorRepository doctors;
    private final SpecializationRepository specializations;
    private final UserProfiles userProfiles;
    private final CurrentUser currentUser;
    private final AuditTrail audit;
    private final Texts texts;
    private final ApplicationEventPublisher events;

    DoctorProfileService(
            DoctorRepository doctors,
            SpecializationRepository specializations,
            UserProfiles userProfiles,
            CurrentUser currentUser,
            AuditTrail audit,
            Texts texts,
            ApplicationEventPublisher events) {
        this.events = events;
        this.audit = audit;
        this.texts = texts;
        this.doctors = doctors;
        this.specializations = specializations;
        this.userProfiles = userProfiles;
        this.currentUser = currentUser;
    }

    /** The signed-in doctor's own profile. */
    @Transactional(readOnly = true)
    @RolesAllowed(Roles.DOCTOR)
    public DoctorProfileDetails myProfile() {
        long userId = currentUser.require().userId();
        return DoctorProfileDetails.of(doctors.findByUserId(userId)
                .orElseThrow(() -> new NotFoundException(texts.get("doctor.error.noRecord"))));
    }

    /** The profile of the doctor whose account this is: for admins opening a user. */
    @Transactional(readOnly = true)
    @RolesAllowed(Roles.ADMIN)
    public DoctorProfileDetails profileOfUser(long userId) {
        return DoctorProfileDetails.of(doctors.findByUserId(userId)
                .orElseThrow(() -> new NotFoundException(texts.get("doctor.error.noSuchDoctor"))));
    }

    /** Stores the whole form or nothing. A doctor changes only their own profile; an admin anyone's. */
    @Transactional
    @RolesAllowed({Roles.DOCTOR, Roles.ADMIN})
    public DoctorProfileDetails update(long doctorId, DoctorProfileChange change) {
        Doctor doctor = doctors.findById(doctorId)
                .orElseThrow(() -> new NotFoundException(texts.get("doctor.error.noSuchDoctor")));
        var caller = currentUser.require();
        if (!caller.hasRole(Roles.ADMIN) && doctor.getUser().getId() != caller.userId()) {
            throw new AccessDeniedException("You can only change your own profile");
        }
        var errors = new LinkedHashMap<String, String>();
        String bio = limited(errors, "bio", change.bio(), BIO_MAX);
        String clinicName = limited(errors, "clinicName", change.clinicName(), CLINIC_NAME_MAX);
        String clinicAddress = limited(errors, "clinicAddress", change.clinicAddress(), UserProfiles.ADDRESS_MAX);
        Integer years = change.yearsExperience();
        if (years != null && (years < 0 || years > 80)) {
            errors.put("yearsExperience", texts.get("doctor.error.years"));
        }
        BigDecimal fee = change.consultationFee();
        if (fee == null) {
            errors.put("consultationFee", texts.get("doctor.error.feeMissing"));
        } else if (fee.signum() < 0) {
            errors.put("consultationFee", texts.get("doctor.error.feeNegative"));
        } else if (fee.stripTrailingZeros().scale() > 2) {
            errors.put("consultationFee", texts.get("doctor.error.feeCents"));
        } else if (fee.compareTo(FEE_MAX) > 0) {
            errors.put("consultationFee", texts.get("doctor.error.feeTooLarge"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        userProfiles.updateBio(doctor.getUser().getId(), bio);
        doctor.setPractice(years, clinicName, clinicAddress);
        doctor.setConsultationFee(fee.setScale(2, java.math.RoundingMode.UNNECESSARY));
        doctor.setAvailable(change.acceptingBookings());
        audit.record(AuditAction.CHANGED_PROFILE, null, "doctor", doctorId);
        return DoctorProfileDetails.of(doctors.saveAndFlush(doctor));
    }

    /** The licence number and specialization: an admin's decision, never the doctor's. */
    @Transactional
    @RolesAllowed(Roles.ADMIN)
    public DoctorProfileDetails setCredentials(
            long doctorId, @Nullable String licenseNumber, @Nullable Long specializationId) {
        Doctor doctor = doctors.findById(doctorId)
                .orElseThrow(() -> new NotFoundException(texts.get("doctor.error.noSuchDoctor")));
        var errors = new LinkedHashMap<String, String>();
        String licence = licenseNumber == null ? "" : licenseNumber.strip();
        if (licence.isEmpty()) {
            errors.put("licenseNumber", texts.get("doctor.error.licenceMissing"));
        } else if (licence.length() > 100) {
            errors.put("licenseNumber", texts.get("doctor.error.tooLong", 100));
        } else if (!licence.equals(doctor.getLicenseNumber()) && doctors.existsByLicenseNumber(licence)) {
            errors.put("licenseNumber", texts.get("doctor.error.licenceTaken"));
        }
        Specialization specialization = null;
        if (specializationId != null) {
            specialization = specializations.findById(specializationId).orElse(null);
            if (specialization == null) {
                errors.put("specializationId", texts.get("doctor.error.specialization"));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        @Nullable
        Long before = doctor.getSpecialization() == null
                ? null
                : doctor.getSpecialization().getId();
        doctor.setCredentials(licence, specialization);
        audit.record(AuditAction.CHANGED_PROFILE, null, "doctor", doctorId);
        try {
            var saved = DoctorProfileDetails.of(doctors.saveAndFlush(doctor));
            if (!Objects.equals(before, specializationId)) {
                // after the flush: the doctor's row is locked until this transaction ends
                events.publishEvent(new DoctorSpecializationChanged(doctorId, before, specializationId));
            }
            return saved;
        } catch (DataIntegrityViolationException raced) {
            throw ConstraintViolations.translate(
                    raced,
                    Map.of(
                            "uk_doctors_license",
                            new FieldMessage("licenseNumber", texts.get("doctor.error.licenceTaken"))));
        }
    }

    private @Nullable String limited(Map<String, String> errors, String field, @Nullable String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip();
        if (text.length() > max) {
            errors.put(field, texts.get("doctor.error.tooLong", max));
        }
        return text;
    }
}
