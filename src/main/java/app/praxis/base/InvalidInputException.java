package app.praxis.base;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Input a person typed was rejected. Carries one message per field so a view can show each next to its field;
 * the service that throws it has stored nothing.
 */
public class InvalidInputException extends RuntimeException {

    private final Map<String, String> fieldErrors;

    public InvalidInputException(Map<String, String> fieldErrors) {
        super(String.join("; ", fieldErrors.values()));
        this.fieldErrors = Map.copyOf(new LinkedHashMap<>(fieldErrors));
    }

    public InvalidInputException(String field, String message) {
        this(Map.of(field, message));
    }

    /** Field name → message, in no particular order. */
    public Map<String, String> fieldErrors() {
        return fieldErrors;
    }
}
