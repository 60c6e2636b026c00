package app.praxis.appointment.ui;

import app.praxis.appointment.DoctorProfile;
import app.praxis.base.Formats;
import app.praxis.base.ui.Avatars;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import java.util.ArrayList;
import java.util.Objects;
import java.util.stream.Stream;
import tools.jackson.core.json.JsonWriteFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The top of a doctor's page (photo or initials, name, facts, clinic, bio), drawn in the browser as one element
 * ({@code frontend/doctorpage/praxis-doctor-profile.js}) fed by one JSON property: it only shows, so the server keeps
 * one element instead of an avatar, a heading and paragraphs (issue 18: memory per session). The JSON is ASCII
 * (every other character escaped), so the property's string is stored at one byte a character.
 */
@Tag("praxis-doctor-profile")
@JsModule("./doctorpage/praxis-doctor-profile.js")
class DoctorProfilePanel extends Component {

    private static final JsonMapper JSON =
            JsonMapper.builder().enable(JsonWriteFeature.ESCAPE_NON_ASCII).build();

    DoctorProfilePanel(DoctorProfile profile) {
        var card = profile.card();
        var parts = new ArrayList<String>();
        parts.add(
                card.specialization() == null
                        ? getTranslation("appointment.directory.generalPractice")
                        : card.specialization());
        if (card.yearsExperience() != null) {
            parts.add(getTranslation("appointment.directory.experience", card.yearsExperience()));
        }
        parts.add(Formats.current().money(card.fee()));
        parts.add(DoctorCards.rating(card.rating(), card.reviewCount()));
        ObjectNode json = JsonNodeFactory.instance
                .objectNode()
                .put("name", card.fullName())
                .put("title", "Dr. " + card.fullName())
                .put("photo", card.photo() == null || card.photo().isBlank() ? "" : Avatars.url(card.photo()))
                .put("facts", String.join(" · ", parts))
                .put(
                        "clinic",
                        String.join(
                                ", ",
                                Stream.of(card.clinicName(), profile.clinicAddress())
                                        .filter(Objects::nonNull)
                                        .toList()))
                .put("bio", profile.bio() == null ? "" : profile.bio());
        getElement().setProperty("profile", JSON.writeValueAsString(json));
    }
}
