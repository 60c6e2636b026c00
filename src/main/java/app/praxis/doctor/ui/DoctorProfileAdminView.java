package app.praxis.doctor.ui;

import app.praxis.base.InvalidInputException;
import app.praxis.base.NotFoundException;
import app.praxis.base.ui.FieldErrors;
import app.praxis.doctor.DoctorAdminNote;
import app.praxis.doctor.DoctorProfileDetails;
import app.praxis.doctor.DoctorProfileService;
import app.praxis.doctor.DoctorService;
import app.praxis.doctor.SpecializationOption;
import app.praxis.security.Roles;
import app.praxis.user.ProfilePhotos;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.beans.factory.ObjectProvider;

/**
 * An admin opens a doctor's account from the users grid (by path, {@code admin/doctors/<user id>}): the doctor's
 * own profile fields, and the licence and specialization only an admin sets.
 */
@Route("admin/doctors/:userId")
@RolesAllowed(Roles.ADMIN)
class DoctorProfileAdminView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    final DoctorProfileForm form = new DoctorProfileForm();
    final TextField licenseNumber = new TextField(getTranslation("doctor.admin.licence"));
    final Select<SpecializationOption> specialization = new Select<>();
    final Button saveCredentials = new Button(getTranslation("doctor.admin.saveCredentials"));

    private final DoctorProfileService profiles;
    private final DoctorService doctors;
    private final ProfilePhotos photos;
    /** Lines that features above doctor add (appointment: whether patients can book this doctor, and why not). */
    private final ObjectProvider<DoctorAdminNote> notes;

    private long doctorId;

    DoctorProfileAdminView(
            DoctorProfileService profiles,
            DoctorService doctors,
            ProfilePhotos photos,
            ObjectProvider<DoctorAdminNote> notes) {
        this.notes = notes;
        this.profiles = profiles;
        this.photos = photos;
        this.doctors = doctors;
        setId("admin-doctor");
        addClassNames("praxis-page");
        licenseNumber.setManualValidation(true);
        specialization.setLabel(getTranslation("doctor.admin.specialization"));
        specialization.setEmptySelectionAllowed(true);
        specialization.setEmptySelectionCaption(getTranslation("doctor.generalPractice"));
        specialization.setItemLabelGenerator(
                option -> option == null ? getTranslation("doctor.generalPractice") : option.name());
        saveCredentials.setId("save-credentials");
        saveCredentials.addClickListener(event -> saveCredentials());
        form.addSaveListener(event -> saveProfile());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        add(new Anchor("admin/users", getTranslation("doctor.admin.backToUsers")));
        try {
            long userId = event.getRouteParameters().getLong("userId").orElseThrow(() -> new NotFoundException("-"));
            DoctorProfileDetails profile = profiles.profileOfUser(userId);
            doctorId = profile.doctorId();
            List<SpecializationOption> options = doctors.specializations();
            specialization.setItems(options);
            show(profile, options);
            var credentials = new FormLayout(licenseNumber, specialization, saveCredentials);
            credentials.setResponsiveSteps(
                    new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32em", 2));
            credentials.setColspan(saveCredentials, 2);
            add(
                    new H2("Dr. " + profile.fullName()),
                    new Paragraph(getTranslation("doctor.admin.roleAndEmail", profile.email())),
                    notes(profile.doctorId()),
                    DoctorProfileView.photoField(profile, photos),
                    new H3(getTranslation("doctor.admin.credentials")),
                    credentials,
                    new H3(getTranslation("doctor.admin.profile")),
                    form);
        } catch (NotFoundException missing) {
            add(new H2(getTranslation("doctor.admin.notFound")));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("doctor.admin.title");
    }

    private Div notes(long doctorId) {
        var lines = new Div();
        lines.setId("doctor-admin-notes");
        notes.orderedStream()
                .flatMap(note -> note.noteFor(doctorId).stream())
                .forEach(line -> lines.add(new Paragraph(line)));
        return lines;
    }

    private void show(DoctorProfileDetails profile, List<SpecializationOption> options) {
        form.setValue(profile.asChange());
        licenseNumber.setValue(profile.licenseNumber());
        specialization.setValue(options.stream()
                .filter(option -> Objects.equals(option.id(), profile.specializationId()))
                .findFirst()
                .orElse(null));
    }

    private void saveProfile() {
        form.clearErrors();
        try {
            form.setValue(profiles.update(doctorId, form.value()).asChange());
            DoctorProfileView.saved();
        } catch (InvalidInputException refused) {
            DoctorProfileView.unshown(form.showErrors(refused.fieldErrors()));
        }
    }

    private void saveCredentials() {
        Map<String, HasValidation> fields = Map.of("licenseNumber", licenseNumber, "specializationId", specialization);
        fields.values().forEach(field -> field.setInvalid(false));
        try {
            var option = specialization.getValue();
            var saved =
                    profiles.setCredentials(doctorId, licenseNumber.getValue(), option == null ? null : option.id());
            licenseNumber.setValue(saved.licenseNumber());
            DoctorProfileView.saved();
        } catch (InvalidInputException refused) {
            DoctorProfileView.unshown(FieldErrors.show(refused.fieldErrors(), fields));
        }
    }
}
