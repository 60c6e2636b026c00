package app.praxis.patient.ui;

import app.praxis.patient.PatientProfile;
import app.praxis.patient.PatientProfileService;
import app.praxis.security.Roles;
import app.praxis.user.ProfilePhotos;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;

/** The signed-in patient's own profile: what their doctors see in the patient record. */
@Route("profile")
@PageTitle("My profile · Praxis")
@Menu(title = "My profile", order = 8, icon = "vaadin:user-card")
@RolesAllowed(Roles.PATIENT)
class PatientProfileView extends Main {

    final PatientProfileEditor editor;

    PatientProfileView(PatientProfileService profiles, ProfilePhotos photos, Clock clock) {
        setId("patient-profile");
        addClassNames("praxis-page");
        PatientProfile profile = profiles.myProfile();
        editor = new PatientProfileEditor(profiles, photos, profile, LocalDate.now(clock));
        var email = new Paragraph("Signed in as " + profile.email());
        add(new H2("My profile"), email, new Paragraph("Your doctors see these details in your record."), editor);
    }
}
