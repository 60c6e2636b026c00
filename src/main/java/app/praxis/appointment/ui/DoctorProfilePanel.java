package app.praxis.appointment.ui;

import app.praxis.appointment.DoctorProfile;
import app.praxis.base.Formats;
import app.praxis.base.ui.Avatars;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.avatar.AvatarVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.theme.lumo.LumoUtility;

/** The top of a doctor's page. */
class DoctorProfilePanel extends Composite<Div> {

    DoctorProfilePanel(DoctorProfile profile) {
        var card = profile.card();
        var avatar = Avatars.of(card.fullName(), card.photo());
        avatar.addThemeVariants(AvatarVariant.LUMO_XLARGE);
        var name = new H2("Dr. " + card.fullName());
        name.setId("doctor-name");
        var parts = new java.util.ArrayList<String>();
        parts.add(
                card.specialization() == null
                        ? getTranslation("appointment.directory.generalPractice")
                        : card.specialization());
        if (card.yearsExperience() != null) {
            parts.add(getTranslation("appointment.directory.experience", card.yearsExperience()));
        }
        parts.add(Formats.current().money(card.fee()));
        parts.add(DoctorCards.rating(card.rating(), card.reviewCount()));
        var facts = new Paragraph(String.join(" · ", parts));
        facts.addClassNames(LumoUtility.TextColor.SECONDARY);
        getContent().add(avatar, name, facts);
        if (card.clinicName() != null || profile.clinicAddress() != null) {
            getContent()
                    .add(new Paragraph(String.join(
                            ", ",
                            java.util.stream.Stream.of(card.clinicName(), profile.clinicAddress())
                                    .filter(java.util.Objects::nonNull)
                                    .toList())));
        }
        if (profile.bio() != null) {
            getContent().add(new Paragraph(profile.bio()));
        }
        getContent().getStyle().set("overflow-wrap", "anywhere");
    }
}
