package app.praxis.patient.ui;

import app.praxis.base.ui.AppLocale;
import app.praxis.base.ui.FieldErrors;
import app.praxis.patient.PatientProfileChange;
import app.praxis.patient.PatientProfileService;
import app.praxis.user.Gender;
import app.praxis.user.UserProfiles;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A patient's profile fields. The service validates; its per-field messages come back through
 * {@link #showErrors(Map)} and appear next to the fields.
 */
class PatientProfileForm extends FormLayout {

    final TextField firstName = new TextField(getTranslation("patient.form.firstName"));
    final TextField lastName = new TextField(getTranslation("patient.form.lastName"));
    final TextField phone = new TextField(getTranslation("patient.form.phone"));
    final DatePicker dateOfBirth = AppLocale.dates(new DatePicker(getTranslation("patient.form.dateOfBirth")));
    final Select<Gender> gender = new Select<>();
    final TextArea address = new TextArea(getTranslation("patient.form.address"));
    final TextField insuranceDetails = new TextField(getTranslation("patient.form.insurance"));
    final TextArea medicalHistory = new TextArea(getTranslation("patient.form.medicalHistory"));
    final TextField emergencyContact = new TextField(getTranslation("patient.form.emergencyContact"));
    final Button save = new Button(getTranslation("patient.form.save"));

    private final Map<String, HasValidation> fieldsByName = new LinkedHashMap<>();

    PatientProfileForm(LocalDate today) {
        addClassNames("praxis-form");
        setId("patient-profile-form");
        phone.setHelperText(getTranslation("patient.form.phoneHelper"));
        dateOfBirth.setMax(today);
        gender.setLabel(getTranslation("patient.form.gender"));
        gender.setItems(Gender.values());
        gender.setItemLabelGenerator(g -> g == null ? "" : getTranslation("patient.gender." + g.name()));
        gender.setEmptySelectionAllowed(true);
        gender.setEmptySelectionCaption(getTranslation("patient.form.genderNone"));
        address.setMaxLength(UserProfiles.ADDRESS_MAX);
        insuranceDetails.setMaxLength(PatientProfileService.INSURANCE_MAX);
        medicalHistory.setMaxLength(PatientProfileService.HISTORY_MAX);
        medicalHistory.setHelperText(getTranslation("patient.form.medicalHistoryHelper"));
        emergencyContact.setPlaceholder("+49 30 1234567");
        save.setId("save-profile");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(event -> fireEvent(new SaveEvent(this)));

        fieldsByName.put("firstName", firstName);
        fieldsByName.put("lastName", lastName);
        fieldsByName.put("phone", phone);
        fieldsByName.put("dateOfBirth", dateOfBirth);
        fieldsByName.put("gender", gender);
        fieldsByName.put("address", address);
        fieldsByName.put("insuranceDetails", insuranceDetails);
        fieldsByName.put("medicalHistory", medicalHistory);
        fieldsByName.put("emergencyContact", emergencyContact);
        fieldsByName.values().forEach(field -> field.setManualValidation(true));

        add(
                firstName,
                lastName,
                phone,
                dateOfBirth,
                gender,
                address,
                insuranceDetails,
                emergencyContact,
                medicalHistory,
                save);
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("32em", 2));
        setColspan(address, 2);
        setColspan(medicalHistory, 2);
        setColspan(save, 2);
    }

    void setValue(PatientProfileChange value) {
        firstName.setValue(value.firstName());
        lastName.setValue(value.lastName());
        phone.setValue(value.phone());
        dateOfBirth.setValue(value.dateOfBirth());
        gender.setValue(value.gender());
        address.setValue(text(value.address()));
        insuranceDetails.setValue(text(value.insuranceDetails()));
        medicalHistory.setValue(text(value.medicalHistory()));
        emergencyContact.setValue(text(value.emergencyContact()));
    }

    PatientProfileChange value() {
        return new PatientProfileChange(
                firstName.getValue(),
                lastName.getValue(),
                phone.getValue(),
                gender.getValue(),
                dateOfBirth.getValue(),
                address.getValue(),
                insuranceDetails.getValue(),
                medicalHistory.getValue(),
                emergencyContact.getValue());
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

    static class SaveEvent extends ComponentEvent<PatientProfileForm> {
        SaveEvent(PatientProfileForm source) {
            super(source, false);
        }
    }
}
