package app.praxis.appointment.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the doctor's page shows in its elements drawn in the browser (the profile, the latest reviews), read from the
 * JSON the server sent them, and in the booking's confirmation, for tests without a browser (the way {@link
 * CardsOnScreen} reads the cards).
 */
public final class DoctorPageOnScreen {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private DoctorPageOnScreen() {}

    /** The profile's texts as shown, one a line: name, facts, clinic, bio. */
    public static String profile() {
        return element("praxis-doctor-profile", "profile")
                .map(json -> texts(json, "title", "facts", "clinic", "bio"))
                .orElse("");
    }

    /** The latest reviews as shown (heading, then per review stars, byline, text, why hidden), or empty if none. */
    public static Optional<String> latestReviews() {
        return element("praxis-review-list", "reviews").map(json -> {
            List<String> lines = new ArrayList<>();
            lines.add(json.path("heading").asString());
            for (JsonNode review : json.path("reviews")) {
                for (JsonNode text : review) {
                    if (!text.asString().isEmpty()) {
                        lines.add(text.asString());
                    }
                }
            }
            return String.join("\n", lines);
        });
    }

    /**
     * Types {@code reason} into the booking's reason field and clicks "Book", as the browser does: the picker's element
     * calls its {@code bookClicked} with the reason as typed.
     */
    static void book(DoctorView view, String reason) {
        view.slots.times.book(reason);
    }

    /**
     * The booking's confirmation as shown in the page, one line a text (heading, time, reason; not its button), or
     * empty if the page shows none.
     */
    public static Optional<String> confirmation() {
        return descendants(UI.getCurrent())
                .filter(BookingConfirmation.class::isInstance)
                .findFirst()
                .map(confirmation -> confirmation
                        .getChildren()
                        .filter(child -> !(child instanceof Button))
                        .map(child -> child.getElement().getText())
                        .collect(Collectors.joining("\n")));
    }

    /** The message shown next to the booking's reason field ("" for none), as sent to the browser. */
    static String reasonError(DoctorView view) {
        return view.slots.times.reasonError();
    }

    private static String texts(JsonNode json, String... names) {
        return String.join(
                "\n",
                Stream.of(names)
                        .map(name -> json.path(name).asString())
                        .filter(text -> !text.isEmpty())
                        .toList());
    }

    private static Optional<JsonNode> element(String tag, String property) {
        return descendants(UI.getCurrent())
                .map(Component::getElement)
                .filter(element -> !element.isTextNode() && element.getTag().equals(tag))
                .findFirst()
                .map(element -> JSON.readTree(element.getProperty(property, "{}")));
    }

    private static Stream<Component> descendants(Component component) {
        return Stream.concat(Stream.of(component), component.getChildren().flatMap(DoctorPageOnScreen::descendants));
    }
}
