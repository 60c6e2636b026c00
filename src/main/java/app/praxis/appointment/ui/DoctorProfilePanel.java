package app.praxis.appointment.ui;

import app.praxis.appointment.DoctorProfile;
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
        var facts = new Paragraph((card.specialization() == null ? "General practice" : card.specialization())
                + (card.yearsExperience() == null ? "" : " · " + card.yearsExperience() + " years' experience")
                + " · " + Formats.money(card.fee())
                + " · " + Formats.rating(card.rating(), card.reviewCount()));
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
