package app.praxis.user.ui;

import app.praxis.base.ui.FieldErrors;
import app.praxis.user.PasswordPolicy;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.textfield.PasswordField;
import java.util.LinkedHashMap;
import java.util.Map;

/** A new password typed twice; the service judges it (the policy), this only checks that both match. */
class NewPasswordForm {

    final PasswordField newPassword = new PasswordField();
    final PasswordField repeat = new PasswordField();
    private final Map<String, HasValidation> fields = new LinkedHashMap<>();

    NewPasswordForm() {
        newPassword.setLabel(newPassword.getTranslation("user.password.new"));
        repeat.setLabel(repeat.getTranslation("user.password.repeat"));
        newPassword.setHelperText(newPassword.getTranslation(PasswordPolicy.HINT));
        newPassword.setMaxLength(PasswordPolicy.MAX_LENGTH * 2); // characters may be two UTF-16 units (emoji)
        fields.put("newPassword", newPassword);
        fields.put("repeatPassword", repeat);
        fields.values().forEach(field -> field.setManualValidation(true));
    }

    /** The message for a mismatch, if any, to show together with the service's. */
    Map<String, String> mismatch() {
        return newPassword.getValue().equals(repeat.getValue())
                ? Map.of()
                : Map.of("repeatPassword", repeat.getTranslation("user.password.mismatch"));
    }

    void clear() {
        fields.values().forEach(field -> field.setInvalid(false));
    }

    Map<String, String> show(Map<String, String> errors) {
        return FieldErrors.show(errors, fields::get);
    }
}
