package app.praxis.base.ui;

import com.vaadin.flow.component.HasValidation;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Puts the per-field messages of a refused input ({@code InvalidInputException.fieldErrors()}) next to the
 * fields they name. Every form does this the same way, so it is written once.
 */
public final class FieldErrors {

    private FieldErrors() {}

    /**
     * Clears the old messages of {@code fields}, shows each new one on its field, and returns those that name no
     * field (for the form to show elsewhere).
     */
    public static Map<String, String> show(Map<String, String> errors, Map<String, ? extends HasValidation> fields) {
        fields.values().forEach(field -> field.setInvalid(false));
        return show(errors, fields::get);
    }

    /**
     * Shows each message on the field {@code fieldFor} finds for its name (the caller clears old messages), and
     * returns those for which it finds none.
     */
    public static Map<String, String> show(
            Map<String, String> errors, Function<String, @Nullable HasValidation> fieldFor) {
        var unshown = new LinkedHashMap<String, String>();
        errors.forEach((name, message) -> {
            HasValidation field = fieldFor.apply(name);
            if (field == null) {
                unshown.put(name, message);
            } else {
                field.setErrorMessage(message);
                field.setInvalid(true);
            }
        });
        return unshown;
    }
}
