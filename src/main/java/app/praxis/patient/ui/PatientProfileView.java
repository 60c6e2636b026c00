package app.praxis.patient.ui;

import app.praxis.patient.PatientProfile;
import app.praxis.patient.PatientProfileService;
import app.praxis.security.Roles;
import app.praxis.user.ProfilePhotos;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;

/** The signed-in patient's own profile: what their doctors see in the patient record. */
@Route("profile")
@Menu(title = "My profile", order = 8, icon = "vaadin:user-card")
@RolesAllowed(Roles.PATIENT)
class PatientProfileView extends Main implements HasDynamicTitle {

    final PatientProfileEditor editor;

    PatientProfileView(PatientProfileService profiles, ProfilePhotos photos, Clock clock) {
        setId("patient-profile");
        addClassNames("praxis-page");
        PatientProfile profile = profiles.myProfile();
        editor = new PatientProfileEditor(profiles, photos, profile, LocalDate.now(clock));
        var email = new Paragraph(getTranslation("patient.profile.signedInAs", profile.email()));
        add(
                new H2(getTranslation("patient.profile.heading")),
                email,
                new Paragraph(getTranslation("patient.profile.intro")),
                editor);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("patient.profile.title");
    }
}
