package app.praxis.admin.ui;

import app.praxis.base.InvalidInputException;
import app.praxis.base.ui.AppLocale;
import app.praxis.base.ui.FieldErrors;
import app.praxis.doctor.DoctorService;
import app.praxis.doctor.NewDoctor;
import app.praxis.doctor.SpecializationOption;
import app.praxis.user.NewAccount;
import app.praxis.user.Role;
import app.praxis.user.UserService;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.formlayout.FormLayout.ResponsiveStep;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An admin makes a doctor's or an admin's account. No password is typed: the new person is e-mailed a one-time link
 * to choose one. Every field's problem (also a taken e-mail, phone or licence) shows next to it at once.
 */
class NewStaffDialog extends Dialog {

    final TextField firstName = new TextField(getTranslation("admin.staff.firstName"));
    final TextField lastName = new TextField(getTranslation("admin.staff.lastName"));
    final EmailField email = new EmailField(getTranslation("admin.staff.email"));
    final TextField phone = new TextField(getTranslation("admin.staff.phone"));
    final TextField licenseNumber = new TextField(getTranslation("admin.staff.licenseNumber"));
    final ComboBox<SpecializationOption> specialization = new ComboBox<>(getTranslation("admin.staff.specialization"));
    final IntegerField yearsExperience = new IntegerField(getTranslation("admin.staff.yearsExperience"));
    final TextField clinicName = new TextField(getTranslation("admin.staff.clinicName"));
    final TextArea clinicAddress = new TextArea(getTranslation("admin.staff.clinicAddress"));
    final BigDecimalField consultationFee =
            AppLocale.numbers(new BigDecimalField(getTranslation("admin.staff.consultationFee")));
    final TextArea bio = new TextArea(getTranslation("admin.staff.bio"));
    final Paragraph formError = new Paragraph();
    final Button create = new Button();

    private final Role role;
    private final Map<String, HasValidation> fields = new LinkedHashMap<>();

    NewStaffDialog(Role role, DoctorService doctors, UserService users, Runnable created) {
        this.role = role;
        setHeaderTitle(getTranslation(role == Role.DOCTOR ? "admin.staff.newDoctor" : "admin.staff.newAdmin"));
        create.setText(getTranslation(role == Role.DOCTOR ? "admin.staff.createDoctor" : "admin.staff.createAdmin"));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        phone.setPlaceholder("+49 30 1234567");
        formError.addClassNames("praxis-error");
        formError.setVisible(false);
        fields.put("firstName", firstName);
        fields.put("lastName", lastName);
        fields.put("email", email);
        fields.put("phone", phone);
        var form = new FormLayout(firstName, lastName, email, phone);
        if (role == Role.DOCTOR) {
            specialization.setItems(doctors.specializations());
            specialization.setItemLabelGenerator(SpecializationOption::name);
            yearsExperience.setMin(0);
            yearsExperience.setMax(80);
            fields.put("licenseNumber", licenseNumber);
            fields.put("specializationId", specialization);
            fields.put("yearsExperience", yearsExperience);
            fields.put("clinicName", clinicName);
            fields.put("clinicAddress", clinicAddress);
            fields.put("consultationFee", consultationFee);
            fields.put("bio", bio);
            form.add(licenseNumber, specialization, yearsExperience, consultationFee, clinicName, clinicAddress, bio);
            form.setColspan(clinicAddress, 2);
            form.setColspan(bio, 2);
        }
        fields.values().forEach(field -> field.setManualValidation(true));
        form.setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("32em", 2));
        form.setMaxWidth("40rem");
        add(new Paragraph(getTranslation("admin.staff.intro")), formError, form);
        var cancel = new Button(getTranslation("admin.cancel"), event -> close());
        getFooter().add(cancel, create);
        create.addClickListener(event -> {
            formError.setVisible(false);
            try {
                String who;
                if (role == Role.DOCTOR) {
                    who = doctors.createDoctor(newDoctor(), bio.getValue()).fullName();
                } else {
                    who = users.createStaffAccount(account(), Role.ADMIN).fullName();
                }
                Notification.show(
                                getTranslation(
                                        "admin.staff.created",
                                        who,
                                        email.getValue().strip()),
                                6000,
                                Notification.Position.TOP_CENTER)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                close();
                created.run();
            } catch (InvalidInputException invalid) {
                var unshown = FieldErrors.show(invalid.fieldErrors(), fields);
                if (!unshown.isEmpty()) {
                    formError.setText(String.join(" ", unshown.values()));
                    formError.setVisible(true);
                }
            }
        });
    }

    Role role() {
        return role;
    }

    private NewAccount account() {
        return new NewAccount(
                email.getValue(), phone.getValue(), firstName.getValue(), lastName.getValue(), null, null, null);
    }

    private NewDoctor newDoctor() {
        var chosen = specialization.getValue();
        return new NewDoctor(
                account(),
                chosen == null ? null : chosen.id(),
                licenseNumber.getValue(),
                yearsExperience.getValue(),
                blankToNull(clinicName.getValue()),
                blankToNull(clinicAddress.getValue()),
                consultationFee.getValue());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
