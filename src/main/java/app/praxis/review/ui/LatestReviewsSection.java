package app.praxis.review.ui;

import app.praxis.appointment.ui.DoctorPageSection;
import app.praxis.base.ClinicProperties;
import app.praxis.review.ReviewDetails;
import app.praxis.review.ReviewService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.i18n.I18NProvider;
import java.util.List;
import java.util.Optional;

/**
 * The latest reviews on a doctor's page (first name and initial only), drawn in the browser as one element
 * ({@link ReviewList}); nothing while there are none.
 */
@org.springframework.stereotype.Component
class LatestReviewsSection implements DoctorPageSection {

    static final int SHOWN = 5;

    private final ReviewService reviews;
    private final ClinicProperties clinic;

    LatestReviewsSection(ReviewService reviews, ClinicProperties clinic) {
        this.reviews = reviews;
        this.clinic = clinic;
    }

    @Override
    public Optional<Component> sectionFor(long doctorId) {
        List<ReviewDetails> latest = reviews.latestOf(doctorId, SHOWN);
        if (latest.isEmpty()) {
            return Optional.empty();
        }
        var section = new ReviewList(I18NProvider.translate("review.latest"), latest, clinic.timeZone());
        section.setId("latest-reviews");
        return Optional.of(section);
    }
}
