package app.praxis.review.ui;

import app.praxis.base.InvalidInputException;
import app.praxis.base.ui.FieldErrors;
import app.praxis.review.ReviewDetails;
import app.praxis.review.ReviewService;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Rating a completed visit, or changing one's rating: 1–5 stars and an optional text. */
class ReviewDialog extends Dialog {

    final RadioButtonGroup<Integer> stars = new RadioButtonGroup<>(getTranslation("review.dialog.stars"));
    final TextArea comment = new TextArea(getTranslation("review.dialog.comment"));
    final Span formError = new Span();
    final Button save = new Button(getTranslation("review.dialog.save"));

    ReviewDialog(ReviewService reviews, long appointmentId, @Nullable ReviewDetails existing, Runnable onSaved) {
        setHeaderTitle(getTranslation(existing == null ? "review.dialog.rate" : "review.dialog.change"));
        setId("review-dialog");
        setWidth("min(30rem, 100vw)");
        stars.setItems(List.of(5, 4, 3, 2, 1));
        stars.setItemLabelGenerator(n -> ReviewFormats.stars(n) + " " + n);
        stars.setId("review-stars");
        comment.setMaxLength(ReviewService.COMMENT_MAX);
        comment.setWidthFull();
        comment.setId("review-comment");
        comment.setHelperText(getTranslation("review.dialog.commentHelper"));
        formError.addClassNames("praxis-error");
        formError.setVisible(false);
        if (existing != null) {
            stars.setValue(existing.stars());
            comment.setValue(existing.comment() == null ? "" : existing.comment());
        }
        Map<String, HasValidation> fields = Map.of("stars", stars, "comment", comment);
        save.setId("save-review");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(event -> {
            formError.setVisible(false);
            try {
                if (existing == null) {
                    reviews.submit(appointmentId, stars.getValue(), comment.getValue());
                } else {
                    reviews.edit(existing.id(), stars.getValue(), comment.getValue());
                }
                Notification.show(getTranslation("review.dialog.thanks"), 3000, Notification.Position.BOTTOM_CENTER)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                close();
                onSaved.run();
            } catch (InvalidInputException refused) {
                var unshown = FieldErrors.show(refused.fieldErrors(), fields);
                if (!unshown.isEmpty()) {
                    formError.setText(String.join(" ", unshown.values()));
                    formError.setVisible(true);
                }
            }
        });
        add(formError, stars, comment);
        getFooter().add(new Button(getTranslation("review.cancel"), event -> close()), save);
    }
}
