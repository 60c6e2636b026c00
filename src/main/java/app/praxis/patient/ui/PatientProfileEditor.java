package app.praxis.patient.ui;

import app.praxis.base.InvalidInputException;
import app.praxis.base.ui.PhotoField;
import app.praxis.patient.PatientProfile;
import app.praxis.patient.PatientProfileService;
import app.praxis.user.ProfilePhotos;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.time.LocalDate;

/** The form bound to one patient's profile: saves through the service, shows refusals next to the fields. */
class PatientProfileEditor extends Composite<Div> {

    final PatientProfileForm form;
    final PhotoField photo;
    private PatientProfile profile;

    PatientProfileEditor(
            PatientProfileService profiles, ProfilePhotos photos, PatientProfile profile, LocalDate today) {
        this.profile = profile;
        form = new PatientProfileForm(today);
        form.setValue(profile.asChange());
        form.addSaveListener(event -> {
            form.clearErrors();
            try {
                this.profile = profiles.update(this.profile.patientId(), form.value());
                form.setValue(this.profile.asChange());
                Notification.show(getTranslation("patient.profile.saved"), 3000, Notification.Position.BOTTOM_CENTER)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            } catch (InvalidInputException refused) {
                form.showErrors(refused.fieldErrors()).values().forEach(message -> Notification.show(
                                message, 6000, Notification.Position.MIDDLE)
                        .addThemeVariants(NotificationVariant.LUMO_ERROR));
            }
        });
        long userId = profile.userId();
        photo = new PhotoField(
                profile.fullName(),
                profile.photo(),
                photos.maxBytes(),
                (fileName, content) -> photos.replace(userId, fileName, content),
                () -> photos.remove(userId));
        getContent().add(photo, form);
    }
}
