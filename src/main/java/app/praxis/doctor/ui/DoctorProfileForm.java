package app.praxis.doctor.ui;

import app.praxis.base.ui.AppLocale;
import app.praxis.base.ui.FieldErrors;
import app.praxis.doctor.DoctorProfileChange;
import app.praxis.doctor.DoctorProfileService;
import app.praxis.user.UserProfiles;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** What a doctor keeps on their own profile; the service validates and its messages appear next to the fields. */
class DoctorProfileForm extends FormLayout {

    final TextArea bio = new TextArea(getTranslation("doctor.form.bio"));
    final TextField clinicName = new TextField(getTranslation("doctor.form.clinicName"));
    final TextArea clinicAddress = new TextArea(getTranslation("doctor.form.clinicAddress"));
    final IntegerField yearsExperience = new IntegerField(getTranslation("doctor.form.yearsExperience"));
    final BigDecimalField consultationFee = AppLocale.numbers(new BigDecimalField(getTranslation("doctor.form.fee")));
    final Checkbox acceptingBookings = new Checkbox(getTranslation("doctor.form.accepting"));
    final Button save = new Button(getTranslation("doctor.form.save"));

    private final Map<String, HasValidation> fieldsByName = new LinkedHashMap<>();

    DoctorProfileForm() {
        addClassNames("praxis-form");
        setId("doctor-profile-form");
        bio.setMaxLength(DoctorProfileService.BIO_MAX);
        bio.setHelperText(getTranslation("doctor.form.bioHelper"));
        clinicName.setMaxLength(DoctorProfileService.CLINIC_NAME_MAX);
        clinicAddress.setMaxLength(UserProfiles.ADDRESS_MAX);
        yearsExperience.setMin(0);
        yearsExperience.setMax(80);
        consultationFee.setHelperText(getTranslation("doctor.form.feeHelper"));
        acceptingBookings.setHelperText(getTranslation("doctor.form.acceptingHelper"));
        save.setId("save-doctor-profile");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(event -> fireEvent(new SaveEvent(this)));

        fieldsByName.put("bio", bio);
        fieldsByName.put("clinicName", clinicName);
        fieldsByName.put("clinicAddress", clinicAddress);
        fieldsByName.put("yearsExperience", yearsExperience);
        fieldsByName.put("consultationFee", consultationFee);
        fieldsByName.values().forEach(field -> field.setManualValidation(true));

        add(clinicName, yearsExperience, clinicAddress, consultationFee, acceptingBookings, bio, save);
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("32em", 2));
        setColspan(bio, 2);
        setColspan(clinicAddress, 2);
        setColspan(save, 2);
    }

    void setValue(DoctorProfileChange value) {
        bio.setValue(text(value.bio()));
        clinicName.setValue(text(value.clinicName()));
        clinicAddress.setValue(text(value.clinicAddress()));
        yearsExperience.setValue(value.yearsExperience());
        consultationFee.setValue(value.consultationFee());
        acceptingBookings.setValue(value.acceptingBookings());
    }

    DoctorProfileChange value() {
        return new DoctorProfileChange(
                bio.getValue(),
                clinicName.getValue(),
                clinicAddress.getValue(),
                yearsExperience.getValue(),
                consultationFee.getValue(),
                acceptingBookings.getValue());
    }

    /** Shows each message next to its field; returns the messages no field could show. */
    Map<String, String> showErrors(Map<String, String> errors) {
        return FieldErrors.show(errors, fieldsByName);
    }

    void clearErrors() {
        fieldsByName.values().forEach(field -> field.setInvalid(false));
    }

    private static String text(@Nullable String value) {
        return value == null ? "" : value;
    }

    Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }

    static class SaveEvent extends ComponentEvent<DoctorProfileForm> {
        SaveEvent(DoctorProfileForm source) {
            super(source, false);
        }
    }
}
