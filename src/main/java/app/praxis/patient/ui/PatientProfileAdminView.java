package app.praxis.patient.ui;

import app.praxis.base.NotFoundException;
import app.praxis.patient.PatientProfile;
import app.praxis.patient.PatientProfileService;
import app.praxis.security.Roles;
import app.praxis.user.ProfilePhotos;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** An admin opens a patient's account from the users grid (by path, {@code admin/patients/<user id>}). */
@Route("admin/patients/:userId")
@RolesAllowed(Roles.ADMIN)
class PatientProfileAdminView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final PatientProfileService profiles;
    private final Clock clock;
    private final ProfilePhotos photos;

    @Nullable
    PatientProfileEditor editor;

    PatientProfileAdminView(PatientProfileService profiles, ProfilePhotos photos, Clock clock) {
        this.profiles = profiles;
        this.photos = photos;
        this.clock = clock;
        setId("admin-patient");
        addClassNames("praxis-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        add(new Anchor("admin/users", getTranslation("patient.admin.backToUsers")));
        try {
            long userId = event.getRouteParameters().getLong("userId").orElseThrow(() -> new NotFoundException("-"));
            PatientProfile profile = profiles.profileOfUser(userId);
            editor = new PatientProfileEditor(profiles, photos, profile, LocalDate.now(clock));
            add(
                    new H2(profile.fullName()),
                    new Paragraph(getTranslation("patient.admin.roleAndEmail", profile.email())),
                    editor);
        } catch (NotFoundException missing) {
            add(new H2(getTranslation("patient.admin.notFound")));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("patient.admin.title");
    }
}
