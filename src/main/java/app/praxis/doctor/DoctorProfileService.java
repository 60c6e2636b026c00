package app.praxis.doctor;

import app.praxis.audit.AuditAction;
import app.praxis.audit.AuditTrail;
import app.praxis.base.ConstraintViolations;
import app.praxis.base.ConstraintViolations.FieldMessage;
import app.praxis.base.InvalidInputException;
import app.praxis.base.NotFoundException;
import app.praxis.security.CurrentUser;
import app.praxis.security.Roles;
import app.praxis.user.UserProfiles;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
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

    DoctorProfileService(
            DoctorRepository doctors,
            SpecializationRepository specializations,
            UserProfiles userProfiles,
            CurrentUser currentUser,
            AuditTrail audit) {
        this.audit = audit;
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
        return DoctorProfileDetails.of(
                doctors.findByUserId(userId).orElseThrow(() -> new NotFoundException("No doctor record")));
    }

    /** The profile of the doctor whose account this is: for admins opening a user. */
    @Transactional(readOnly = true)
    @RolesAllowed(Roles.ADMIN)
    public DoctorProfileDetails profileOfUser(long userId) {
        return DoctorProfileDetails.of(
                doctors.findByUserId(userId).orElseThrow(() -> new NotFoundException("No doctor " + userId)));
    }

    /** Stores the whole form or nothing. A doctor changes only their own profile; an admin anyone's. */
    @Transactional
    @RolesAllowed({Roles.DOCTOR, Roles.ADMIN})
    public DoctorProfileDetails update(long doctorId, DoctorProfileChange change) {
        Doctor doctor = doctors.findById(doctorId).orElseThrow(() -> new NotFoundException("No doctor " + doctorId));
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
            errors.put("yearsExperience", "Enter 0 to 80 years");
        }
        BigDecimal fee = change.consultationFee();
        if (fee == null) {
            errors.put("consultationFee", "Enter a fee (0 for none)");
        } else if (fee.signum() < 0) {
            errors.put("consultationFee", "The fee cannot be negative");
        } else if (fee.stripTrailingZeros().scale() > 2) {
            errors.put("consultationFee", "Use at most two decimals (cents)");
        } else if (fee.compareTo(FEE_MAX) > 0) {
            errors.put("consultationFee", "The fee is too large");
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
        Doctor doctor = doctors.findById(doctorId).orElseThrow(() -> new NotFoundException("No doctor " + doctorId));
        var errors = new LinkedHashMap<String, String>();
        String licence = licenseNumber == null ? "" : licenseNumber.strip();
        if (licence.isEmpty()) {
            errors.put("licenseNumber", "Enter the licence number");
        } else if (licence.length() > 100) {
            errors.put("licenseNumber", "At most 100 characters");
        } else if (!licence.equals(doctor.getLicenseNumber()) && doctors.existsByLicenseNumber(licence)) {
            errors.put("licenseNumber", DoctorService.LICENSE_TAKEN);
        }
        Specialization specialization = null;
        if (specializationId != null) {
            specialization = specializations.findById(specializationId).orElse(null);
            if (specialization == null) {
                errors.put("specializationId", "Choose a specialization from the list");
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        doctor.setCredentials(licence, specialization);
        audit.record(AuditAction.CHANGED_PROFILE, null, "doctor", doctorId);
        try {
            return DoctorProfileDetails.of(doctors.saveAndFlush(doctor));
        } catch (DataIntegrityViolationException raced) {
            throw ConstraintViolations.translate(
                    raced,
                    Map.of("uk_doctors_license", new FieldMessage("licenseNumber", DoctorService.LICENSE_TAKEN)));
        }
    }

    private static @Nullable String limited(Map<String, String> errors, String field, @Nullable String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip();
        if (text.length() > max) {
            errors.put(field, "At most " + max + " characters");
        }
        return text;
    }
}
