package app.praxis.review.ui;

import app.praxis.appointment.ui.AppointmentSection.Line;
import app.praxis.base.Formats;
import app.praxis.review.ReviewDetails;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/** How a review reads on every screen: stars, who, when, the text (never rendered as HTML). */
final class ReviewFormats {

    private ReviewFormats() {}

    static String stars(int stars) {
        return "★".repeat(stars) + "☆".repeat(5 - stars);
    }

    /** The same review as lines of text for the cards drawn in the browser: stars (with what is said), byline, text. */
    static List<Line> lines(ReviewDetails review, ZoneId zone) {
        var lines = new ArrayList<Line>();
        lines.add(new Line(
                stars(review.stars()), "review-stars", I18NProvider.translate("review.starsLabel", review.stars())));
        lines.add(new Line(byline(review, zone), "review-byline", null));
        if (review.comment() != null) {
            lines.add(new Line(review.comment(), "review-comment", null));
        }
        if (review.hidden()) {
            lines.add(
                    new Line(I18NProvider.translate("review.hiddenBy", review.hiddenReason()), "review-hidden", null));
        }
        return lines;
    }

    static String byline(ReviewDetails review, ZoneId zone) {
        return I18NProvider.translate(
                "review.byline",
                review.author(),
                Formats.current().day(review.submittedAt().atZone(zone).toLocalDate()));
    }

    static Div review(ReviewDetails review, ZoneId zone) {
        var stars = new Span(stars(review.stars()));
        stars.getElement().setAttribute("aria-label", I18NProvider.translate("review.starsLabel", review.stars()));
        stars.addClassNames("review-stars", LumoUtility.TextColor.WARNING);
        var who = new Span(byline(review, zone));
        who.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY);
        var head = new Div(stars, who);
        head.addClassNames(LumoUtility.Display.FLEX, LumoUtility.Gap.SMALL, LumoUtility.FlexWrap.WRAP);
        var box = new Div(head);
        if (review.comment() != null) {
            var text = new Div(review.comment());
            text.getStyle().set("white-space", "pre-line").set("overflow-wrap", "anywhere");
            box.add(text);
        }
        if (review.hidden()) {
            var hidden = new Span(I18NProvider.translate("review.hiddenBy", review.hiddenReason()));
            hidden.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.ERROR);
            box.add(hidden);
        }
        box.addClassNames("review", LumoUtility.Padding.Vertical.XSMALL);
        return box;
    }
}
