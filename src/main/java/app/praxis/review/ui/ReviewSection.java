package app.praxis.review.ui;

import app.praxis.appointment.AppointmentRow;
import app.praxis.appointment.AppointmentStatus;
import app.praxis.appointment.ui.AppointmentSection;
import app.praxis.base.ClinicProperties;
import app.praxis.review.ReviewDetails;
import app.praxis.review.ReviewService;
import app.praxis.security.CurrentUser;
import app.praxis.security.Roles;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.i18n.I18NProvider;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Review's part of the appointment cards: a patient rates a completed visit ("Rate this visit") or changes their
 * rating for 14 days; the doctor and admins see the rating given. One query for all rows shown.
 */
@org.springframework.stereotype.Component
class ReviewSection implements AppointmentSection {

    static final String RATE = "review:rate";
    static final String CHANGE = "review:change";

    private final ReviewService reviews;
    private final CurrentUser currentUser;
    private final ClinicProperties clinic;

    ReviewSection(ReviewService reviews, CurrentUser currentUser, ClinicProperties clinic) {
        this.reviews = reviews;
        this.currentUser = currentUser;
        this.clinic = clinic;
    }

    @Override
    public Map<Long, Component> sectionsFor(List<AppointmentRow> rows, Runnable onChange) {
        var sections = new LinkedHashMap<Long, Component>();
        Completed completed = completedOf(rows);
        completed.rows().forEach(row -> {
            ReviewDetails review = completed.given().get(row.id());
            var part = new Div();
            part.addClassNames("review-section");
            if (review != null) {
                part.add(ReviewFormats.review(review, clinic.timeZone()));
            }
            if (completed.mayRate(review)) {
                var button = new Button(
                        I18NProvider.translate(review == null ? "review.card.rate" : "review.card.change"),
                        event -> new ReviewDialog(reviews, row.id(), review, onChange).open());
                button.addClassNames(review == null ? "rate-visit" : "change-rating");
                button.addThemeVariants(ButtonVariant.LUMO_SMALL);
                part.add(button);
            }
            if (part.getComponentCount() > 0) {
                sections.put(row.id(), part);
            }
        });
        return sections;
    }

    @Override
    public Map<Long, Part> partsFor(List<AppointmentRow> rows) {
        var parts = new LinkedHashMap<Long, Part>();
        Completed completed = completedOf(rows);
        completed.rows().forEach(row -> {
            ReviewDetails review = completed.given().get(row.id());
            List<Line> lines = review == null ? List.of() : ReviewFormats.lines(review, clinic.timeZone());
            List<Action> actions = completed.mayRate(review)
                    ? List.of(
                            review == null
                                    ? new Action(
                                            RATE, I18NProvider.translate("review.card.rate"), "rate-visit", "small")
                                    : new Action(
                                            CHANGE,
                                            I18NProvider.translate("review.card.change"),
                                            "change-rating",
                                            "small"))
                    : List.of();
            if (!lines.isEmpty() || !actions.isEmpty()) {
                parts.put(row.id(), new Part("review-section", lines, List.of(), actions));
            }
        });
        return parts;
    }

    /** The completed visits among {@code rows}, their reviews (one query) and whether the viewer is the patient. */
    private Completed completedOf(List<AppointmentRow> rows) {
        List<AppointmentRow> completed = rows.stream()
                .filter(row -> row.status() == AppointmentStatus.COMPLETED)
                .toList();
        if (completed.isEmpty()) {
            return new Completed(completed, Map.of(), false);
        }
        boolean patient =
                currentUser.find().map(user -> user.hasRole(Roles.PATIENT)).orElse(false);
        return new Completed(
                completed,
                reviews.ofAppointments(
                        completed.stream().map(AppointmentRow::id).toList()),
                patient);
    }

    private record Completed(List<AppointmentRow> rows, Map<Long, ReviewDetails> given, boolean patient) {
        /** The patient may rate a visit not yet rated, or change a rating while it is still editable. */
        boolean mayRate(@Nullable ReviewDetails review) {
            return patient && (review == null || review.editable());
        }
    }

    /** "Rate this visit" or "Change rating": the dialog, with the review as it is now (the service checks again). */
    @Override
    public boolean act(AppointmentRow row, String action, Runnable onChange) {
        if (!action.equals(RATE) && !action.equals(CHANGE)) {
            return false;
        }
        ReviewDetails review = reviews.ofAppointments(List.of(row.id())).get(row.id());
        new ReviewDialog(reviews, row.id(), review, onChange).open();
        return true;
    }
}
