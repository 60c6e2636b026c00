package app.praxis.review;

import app.praxis.audit.AuditAction;
import app.praxis.audit.AuditTrail;
import app.praxis.base.ConstraintViolations;
import app.praxis.base.ConstraintViolations.FieldMessage;
import app.praxis.base.InvalidInputException;
import app.praxis.base.NotFoundException;
import app.praxis.base.Texts;
import app.praxis.security.CurrentUser;
import app.praxis.security.PraxisUser;
import app.praxis.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Ratings from real visits. A patient rates the doctor of their own completed appointment once (the unique key
 * decides between two tabs), may change it for {@link #EDIT_WINDOW}; an admin hides an abusive review with a
 * reason. Every write locks the doctor's row first and then recomputes doctors.rating and doctors.review_count
 * from the visible reviews with a locking read, in the same transaction: concurrent reviews never lose an update.
 */
@Service
public class ReviewService {

    public static final Duration EDIT_WINDOW = Duration.ofDays(14);
    public static final int COMMENT_MAX = 2000;
    public static final int REASON_MAX = 500;
    static final String ALREADY_REVIEWED = "review.error.alreadyReviewed";
    static final String NOT_COMPLETED = "review.error.notCompleted";

    private final ReviewRepository reviews;
    private final ReviewQueries queries;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final AuditTrail audit;
    private final Texts texts;

    ReviewService(
            ReviewRepository reviews,
            ReviewQueries queries,
            CurrentUser currentUser,
            Clock clock,
            AuditTrail audit,
            Texts texts) {
        this.audit = audit;
        this.texts = texts;
        this.reviews = reviews;
        this.queries = queries;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The signed-in patient rates the doctor of their own completed appointment. */
    @Transactional
    @RolesAllowed(Roles.PATIENT)
    public ReviewDetails submit(long appointmentId, @Nullable Integer stars, @Nullable String comment) {
        long patientId = queries.patientIdOfUser(currentUser.require().userId())
                .orElseThrow(() -> new NotFoundException(texts.get("review.error.noPatient")));
        var visit = queries.appointment(appointmentId)
                .filter(found -> found.patientId() == patientId)
                .orElseThrow(() -> new NotFoundException(texts.get("review.error.noAppointment")));
        var errors = validate(stars, comment);
        if (!visit.completed()) {
            errors.put("appointment", texts.get(NOT_COMPLETED));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        queries.lockDoctor(visit.doctorId());
        var review = new Review(appointmentId, visit.doctorId(), patientId, stars, text(comment), clock.instant());
        try {
            review = reviews.saveAndFlush(review);
        } catch (DataIntegrityViolationException twice) {
            // The same visit rated in another tab meanwhile: the key decided.
            throw ConstraintViolations.translate(
                    twice,
                    Map.of("uk_reviews_appointment", new FieldMessage("appointment", texts.get(ALREADY_REVIEWED))));
        }
        queries.recomputeRating(visit.doctorId());
        return queries.byId(review.getId(), clock.instant()).orElseThrow();
    }

    /** The author changes their review within {@link #EDIT_WINDOW} of first submitting it. */
    @Transactional
    @RolesAllowed(Roles.PATIENT)
    public ReviewDetails edit(long reviewId, @Nullable Integer stars, @Nullable String comment) {
        long patientId = queries.patientIdOfUser(currentUser.require().userId())
                .orElseThrow(() -> new NotFoundException(texts.get("review.error.noPatient")));
        Review review = reviews.findById(reviewId)
                .filter(found -> found.getPatientId() == patientId)
                .orElseThrow(() -> new NotFoundException(texts.get("review.error.noReviewOfYours")));
        var errors = validate(stars, comment);
        Instant now = clock.instant();
        if (review.isHidden()) {
            errors.put("appointment", texts.get("review.error.hidden"));
        } else if (!now.isBefore(review.getSubmittedAt().plus(EDIT_WINDOW))) {
            errors.put("appointment", texts.get("review.error.tooLate"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        queries.lockDoctor(review.getDoctorId());
        review.edit(stars, text(comment), now);
        reviews.saveAndFlush(review);
        queries.recomputeRating(review.getDoctorId());
        return queries.byId(reviewId, now).orElseThrow();
    }

    /** An admin hides an abusive review with a reason; the rating and count follow at once. */
    @Transactional
    @RolesAllowed(Roles.ADMIN)
    public ReviewDetails hide(long reviewId, @Nullable String reason) {
        Review review = reviews.findById(reviewId)
                .orElseThrow(() -> new NotFoundException(texts.get("review.error.noReview", reviewId)));
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            throw new InvalidInputException("reason", texts.get("review.error.reasonMissing"));
        }
        if (why.length() > REASON_MAX) {
            throw new InvalidInputException("reason", texts.get("review.error.tooLong", REASON_MAX));
        }
        if (review.isHidden()) {
            throw new InvalidInputException("reason", texts.get("review.error.alreadyHidden"));
        }
        queries.lockDoctor(review.getDoctorId());
        review.hide(why, currentUser.require().userId(), clock.instant());
        reviews.saveAndFlush(review);
        queries.recomputeRating(review.getDoctorId());
        audit.record(AuditAction.HID_REVIEW, null, "review", reviewId);
        return queries.byId(reviewId, clock.instant()).orElseThrow();
    }

    /**
     * The reviews of these appointments that the caller may see, by appointment id: a patient their own, a doctor
     * the visible ones of their appointments, an admin all. Plain reads without a transaction around them (My
     * appointments asks on every opening; issue 18: round trips).
     */
    @PreAuthorize("isAuthenticated()")
    public Map<Long, ReviewDetails> ofAppointments(Collection<Long> appointmentIds) {
        if (appointmentIds.isEmpty()) {
            return Map.of();
        }
        PraxisUser caller = currentUser.require();
        Instant now = clock.instant();
        List<ReviewDetails> found =
                switch (caller.role()) {
                    // The caller's own reviews by their user id, joined in the one statement (no read of the
                    // patient's or doctor's id before it: My appointments asks on every opening).
                    case Roles.PATIENT -> queries.ofAppointments(appointmentIds, "p.user_id", caller.userId(), now);
                    case Roles.DOCTOR ->
                        queries.ofAppointments(appointmentIds, "d.user_id", caller.userId(), now).stream()
                                .filter(review -> !review.hidden())
                                .toList();
                    default -> queries.ofAppointments(appointmentIds, null, 0, now);
                };
        var byAppointment = new LinkedHashMap<Long, ReviewDetails>();
        found.forEach(review -> byAppointment.put(review.appointmentId(), review));
        return byAppointment;
    }

    /** A doctor's latest visible reviews, newest first, for their page. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<ReviewDetails> latestOf(long doctorId, int limit) {
        return queries.visibleOf(doctorId, 0, limit, clock.instant());
    }

    /** The signed-in doctor's visible reviews, newest first. */
    @Transactional(readOnly = true)
    @RolesAllowed(Roles.DOCTOR)
    public List<ReviewDetails> myReviews(int offset, int limit) {
        return queries.doctorIdOfUser(currentUser.require().userId())
                .map(doctorId -> queries.visibleOf(doctorId, offset, limit, clock.instant()))
                .orElse(List.of());
    }

    /** Every review, hidden ones too, newest first: the admin's moderation list. */
    @Transactional(readOnly = true)
    @RolesAllowed(Roles.ADMIN)
    public List<ReviewDetails> allReviews(int offset, int limit) {
        return queries.all(offset, limit, clock.instant());
    }

    @Transactional(readOnly = true)
    @RolesAllowed(Roles.ADMIN)
    public long countAll() {
        return reviews.count();
    }

    private Map<String, String> validate(@Nullable Integer stars, @Nullable String comment) {
        var errors = new LinkedHashMap<String, String>();
        if (stars == null || stars < 1 || stars > 5) {
            errors.put("stars", texts.get("review.error.stars"));
        }
        if (comment != null && comment.strip().length() > COMMENT_MAX) {
            errors.put("comment", texts.get("review.error.tooLong", COMMENT_MAX));
        }
        return errors;
    }

    private static @Nullable String text(@Nullable String comment) {
        return comment == null || comment.isBlank() ? null : comment.strip();
    }
}
