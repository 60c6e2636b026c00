package app.praxis.review.ui;

import app.praxis.review.ReviewDetails;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.i18n.I18NProvider;
import java.time.ZoneId;
import java.util.List;
import tools.jackson.core.json.JsonWriteFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reviews under a heading, drawn in the browser as one element ({@code frontend/reviews/praxis-review-list.js}) fed
 * by one JSON property: stars (with what a screen reader says), who and when, the text (bound as text, never as
 * HTML), and why an admin hid it. It only shows, so the server keeps one element instead of five components a review
 * (issue 18: memory per session); the JSON is ASCII (★ and the rest escaped), one byte a character.
 */
@Tag("praxis-review-list")
@JsModule("./reviews/praxis-review-list.js")
class ReviewList extends Component {

    private static final JsonMapper JSON =
            JsonMapper.builder().enable(JsonWriteFeature.ESCAPE_NON_ASCII).build();

    ReviewList(String heading, List<ReviewDetails> reviews, ZoneId zone) {
        ObjectNode json = JsonNodeFactory.instance.objectNode().put("heading", heading);
        ArrayNode list = json.putArray("reviews");
        for (ReviewDetails review : reviews) {
            list.addArray()
                    .add(ReviewFormats.stars(review.stars()))
                    .add(I18NProvider.translate("review.starsLabel", review.stars()))
                    .add(ReviewFormats.byline(review, zone))
                    .add(review.comment() == null ? "" : review.comment())
                    .add(review.hidden() ? I18NProvider.translate("review.hiddenBy", review.hiddenReason()) : "");
        }
        getElement().setProperty("reviews", JSON.writeValueAsString(json));
    }
}
