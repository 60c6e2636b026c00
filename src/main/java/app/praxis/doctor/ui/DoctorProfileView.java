package app.praxis.doctor.ui;

import app.praxis.base.InvalidInputException;
import app.praxis.base.ui.PhotoField;
import app.praxis.doctor.DoctorProfileDetails;
import app.praxis.doctor.DoctorProfileService;
import app.praxis.security.Roles;
import app.praxis.user.ProfilePhotos;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** The signed-in doctor's own profile: what patients read on their page, the fee, accepting bookings. */
@Route("doctor/profile")
@Menu(title = "My profile", order = 8, icon = "vaadin:user-card")
@RolesAllowed(Roles.DOCTOR)
class DoctorProfileView extends Main implements HasDynamicTitle {

    final DoctorProfileForm form = new DoctorProfileForm();
    final Paragraph credentials = new Paragraph();
    private DoctorProfileDetails profile;

    final PhotoField photo;

    DoctorProfileView(DoctorProfileService profiles, ProfilePhotos photos) {
        setId("doctor-profile");
        addClassNames("praxis-page");
        profile = profiles.myProfile();
        form.setValue(profile.asChange());
        credentials.setText(getTranslation("doctor.profile.credentialsByAdmins", credentialsText(profile)));
        form.addSaveListener(event -> save(profiles, form, profile.doctorId()));
        photo = photoField(profile, photos);
        add(new H2(getTranslation("doctor.profile.heading")), photo, credentials, form);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("doctor.profile.title");
    }

    private void save(DoctorProfileService profiles, DoctorProfileForm form, long doctorId) {
        form.clearErrors();
        try {
            profile = profiles.update(doctorId, form.value());
            form.setValue(profile.asChange());
            saved();
        } catch (InvalidInputException refused) {
            unshown(form.showErrors(refused.fieldErrors()));
        }
    }

    static PhotoField photoField(DoctorProfileDetails profile, ProfilePhotos photos) {
        long userId = profile.userId();
        return new PhotoField(
                profile.fullName(),
                profile.photo(),
                photos.maxBytes(),
                (fileName, content) -> photos.replace(userId, fileName, content),
                () -> photos.remove(userId));
    }

    static String credentialsText(DoctorProfileDetails profile) {
        return I18NProvider.translate(
                "doctor.profile.credentials",
                profile.licenseNumber(),
                profile.specialization() == null
                        ? I18NProvider.translate("doctor.generalPractice")
                        : profile.specialization());
    }

    static void saved() {
        Notification.show(I18NProvider.translate("doctor.profile.saved"), 3000, Notification.Position.BOTTOM_CENTER)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    static void unshown(java.util.Map<String, String> messages) {
        messages.values().forEach(message -> Notification.show(message, 6000, Notification.Position.MIDDLE)
                .addThemeVariants(NotificationVariant.LUMO_ERROR));
    }
}
