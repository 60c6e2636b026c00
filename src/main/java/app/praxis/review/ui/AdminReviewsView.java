package app.praxis.review.ui;

import app.praxis.base.ClinicProperties;
import app.praxis.base.InvalidInputException;
import app.praxis.review.ReviewDetails;
import app.praxis.review.ReviewService;
import app.praxis.security.Roles;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.RolesAllowed;

/** Every review, newest first, for moderation: an abusive one is hidden with a reason (the rating follows). */
@Route("admin/reviews")
@Menu(title = "Reviews", order = 6, icon = "vaadin:star")
@RolesAllowed(Roles.ADMIN)
class AdminReviewsView extends Main implements HasDynamicTitle {

    static final int SHOWN = 200;
    final Div list = new Div();
    private final ReviewService reviews;
    private final ClinicProperties clinic;

    AdminReviewsView(ReviewService reviews, ClinicProperties clinic) {
        this.reviews = reviews;
        this.clinic = clinic;
        setId("admin-reviews");
        addClassNames("praxis-page");
        list.setId("review-list");
        add(new H2(getTranslation("review.admin.title")), list);
        refresh();
    }

    void refresh() {
        list.removeAll();
        reviews.allReviews(0, SHOWN).forEach(review -> list.add(row(review)));
    }

    private Div row(ReviewDetails review) {
        var doctor = new Span("Dr. " + review.doctorName());
        doctor.addClassNames(LumoUtility.FontWeight.SEMIBOLD);
        var row = new Div(doctor, ReviewFormats.review(review, clinic.timeZone()));
        row.addClassNames(
                "admin-review",
                LumoUtility.Padding.Vertical.SMALL,
                LumoUtility.Border.BOTTOM,
                LumoUtility.BorderColor.CONTRAST_10);
        if (!review.hidden()) {
            var hide = new Button(getTranslation("review.admin.hide"), event -> hideDialog(review)
                    .open());
            hide.addClassName("hide-review");
            hide.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
            row.add(hide);
        }
        return row;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("review.admin.pageTitle");
    }

    HideDialog hideDialog(ReviewDetails review) {
        return new HideDialog(review);
    }

    /** Asks why, then hides. */
    class HideDialog extends Dialog {

        final TextArea reason = new TextArea(getTranslation("review.admin.reason"));
        final Button confirm = new Button(getTranslation("review.admin.confirmHide"));

        HideDialog(ReviewDetails review) {
            setHeaderTitle(getTranslation("review.admin.hideTitle"));
            setWidth("min(30rem, 100vw)");
            reason.setMaxLength(ReviewService.REASON_MAX);
            reason.setWidthFull();
            reason.setManualValidation(true);
            confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
            confirm.addClickListener(event -> {
                try {
                    reviews.hide(review.id(), reason.getValue());
                    close();
                    refresh();
                } catch (InvalidInputException refused) {
                    reason.setErrorMessage(
                            String.join(" ", refused.fieldErrors().values()));
                    reason.setInvalid(true);
                }
            });
            add(ReviewFormats.review(review, clinic.timeZone()), reason);
            getFooter().add(new Button(getTranslation("review.cancel"), event -> close()), confirm);
        }
    }
}
