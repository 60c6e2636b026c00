package app.praxis.patient.ui;

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

    final TextField firstName = new TextField("First name");
    final TextField lastName = new TextField("Last name");
    final TextField phone = new TextField("Mobile phone");
    final DatePicker dateOfBirth = new DatePicker("Date of birth");
    final Select<Gender> gender = new Select<>();
    final TextArea address = new TextArea("Address");
    final TextField insuranceDetails = new TextField("Insurance (company and policy number)");
    final TextArea medicalHistory = new TextArea("Medical history");
    final TextField emergencyContact = new TextField("Emergency contact (phone)");
    final Button save = new Button("Save profile");

    private final Map<String, HasValidation> fieldsByName = new LinkedHashMap<>();

    PatientProfileForm(LocalDate today) {
        addClassNames("praxis-form");
        setId("patient-profile-form");
        phone.setHelperText("With country code, or a German number");
        dateOfBirth.setMax(today);
        gender.setLabel("Gender (optional)");
        gender.setItems(Gender.values());
        gender.setItemLabelGenerator(g -> g == null ? "" : g.label());
        gender.setEmptySelectionAllowed(true);
        gender.setEmptySelectionCaption("Prefer not to say");
        address.setMaxLength(UserProfiles.ADDRESS_MAX);
        insuranceDetails.setMaxLength(PatientProfileService.INSURANCE_MAX);
        medicalHistory.setMaxLength(PatientProfileService.HISTORY_MAX);
        medicalHistory.setHelperText("Allergies, conditions, medication: what your doctor should know");
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
