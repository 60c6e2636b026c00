package app.praxis.review.ui;

import app.praxis.base.ClinicProperties;
import app.praxis.review.ReviewDetails;
import app.praxis.review.ReviewService;
import app.praxis.security.Roles;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/** The signed-in doctor's reviews, newest first (hidden ones are not shown, as patients do not see them). */
@Route("doctor/reviews")
@Menu(title = "Reviews", order = 6, icon = "vaadin:star")
@RolesAllowed(Roles.DOCTOR)
class DoctorReviewsView extends Main implements HasDynamicTitle {

    static final int SHOWN = 100;
    final Div list = new Div();

    DoctorReviewsView(ReviewService reviews, ClinicProperties clinic) {
        setId("doctor-reviews");
        addClassNames("praxis-page");
        List<ReviewDetails> mine = reviews.myReviews(0, SHOWN);
        list.setId("review-list");
        if (mine.isEmpty()) {
            list.add(new Paragraph(getTranslation("review.doctor.none")));
        }
        mine.forEach(review -> list.add(ReviewFormats.review(review, clinic.timeZone())));
        add(new H2(getTranslation("review.doctor.title")), list);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("review.doctor.pageTitle");
    }
}
