package app.praxis.patient.ui;

import app.praxis.base.ui.AppLocale;
import app.praxis.base.ui.FieldErrors;
import app.praxis.user.Gender;
import app.praxis.user.NewAccount;
import app.praxis.user.PasswordPolicy;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The registration fields. The service validates (this form only checks that both passwords match); its
 * per-field messages come back through {@link #showErrors(Map)} and appear next to the fields, all at once.
 */
class RegistrationForm extends FormLayout {

    final TextField firstName = new TextField(getTranslation("patient.form.firstName"));
    final TextField lastName = new TextField(getTranslation("patient.form.lastName"));
    final EmailField email = new EmailField(getTranslation("patient.form.email"));
    final TextField phone = new TextField(getTranslation("patient.form.phone"));
    final DatePicker dateOfBirth = AppLocale.dates(new DatePicker(getTranslation("patient.form.dateOfBirth")));
    final Select<Gender> gender = new Select<>();
    final PasswordField password = new PasswordField(getTranslation("patient.form.password"));
    final PasswordField confirmPassword = new PasswordField(getTranslation("patient.form.confirmPassword"));
    final Button submit = new Button(getTranslation("patient.form.submit"));

    private final Map<String, HasValidation> fieldsByName = new LinkedHashMap<>();

    /** {@code today} in the clinic's zone: the latest date of birth the picker offers. */
    RegistrationForm(LocalDate today) {
        addClassNames("praxis-form");
        phone.setPlaceholder("+49 30 1234567");
        phone.setHelperText(getTranslation("patient.form.phoneHelper"));
        dateOfBirth.setMax(today);
        gender.setLabel(getTranslation("patient.form.gender"));
        gender.setItems(Gender.values());
        gender.setItemLabelGenerator(
                g -> g == null ? "" : getTranslation("patient.gender." + g.name())); // null: the empty item
        gender.setEmptySelectionAllowed(true);
        gender.setEmptySelectionCaption(getTranslation("patient.form.genderNone"));
        password.setHelperText(password.getTranslation(PasswordPolicy.HINT));
        password.setMaxLength(PasswordPolicy.MAX_LENGTH * 2); // characters may be two UTF-16 units (emoji)
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickShortcut(com.vaadin.flow.component.Key.ENTER);
        submit.addClickListener(event -> submit());

        fieldsByName.put("firstName", firstName);
        fieldsByName.put("lastName", lastName);
        fieldsByName.put("email", email);
        fieldsByName.put("phone", phone);
        fieldsByName.put("dateOfBirth", dateOfBirth);
        fieldsByName.put("password", password);
        fieldsByName.put("confirmPassword", confirmPassword);
        // The service is the judge: the components' own client-side checks would contradict its messages.
        fieldsByName.values().forEach(field -> field.setManualValidation(true));

        add(firstName, lastName, email, phone, dateOfBirth, gender, password, confirmPassword, submit);
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("32em", 2));
        setColspan(submit, 2);
    }

    NewAccount value() {
        return new NewAccount(
                email.getValue(),
                phone.getValue(),
                firstName.getValue(),
                lastName.getValue(),
                dateOfBirth.getValue(),
                gender.getValue(),
                password.getValue());
    }

    /** Shows each message next to its field; returns the messages no field could show. */
    Map<String, String> showErrors(Map<String, String> errors) {
        return FieldErrors.show(errors, fieldsByName);
    }

    void clearErrors() {
        fieldsByName.values().forEach(field -> field.setInvalid(false));
    }

    /** The form's own finding (the two passwords differ), shown together with the service's. */
    Map<String, String> mismatch() {
        return password.getValue().equals(confirmPassword.getValue())
                ? Map.of()
                : Map.of("confirmPassword", getTranslation("patient.form.mismatch"));
    }

    private void submit() {
        fireEvent(new SubmitEvent(this));
    }

    Registration addSubmitListener(ComponentEventListener<SubmitEvent> listener) {
        return addListener(SubmitEvent.class, listener);
    }

    static class SubmitEvent extends ComponentEvent<RegistrationForm> {
        SubmitEvent(RegistrationForm source) {
            super(source, false);
        }
    }
}
