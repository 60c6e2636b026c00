package app.praxis.base;

import java.util.Locale;
import java.util.Map;
import org.springframework.dao.DataIntegrityViolationException;

/**
 * Turns a unique, foreign-key or check constraint the database refused into a message for the person who typed
 * the value. The database decides (a race cannot slip past it); this only explains its answer.
 */
public final class ConstraintViolations {

    /** Which field a constraint guards, and what to tell the user when it refuses a value. */
    public record FieldMessage(String field, String message) {}

    private ConstraintViolations() {}

    /**
     * Returns the user-facing error for the first known constraint named in the exception's chain, or rethrows
     * the original exception when none is known (a programming error must not be disguised as bad input).
     */
    public static InvalidInputException translate(
            DataIntegrityViolationException exception, Map<String, FieldMessage> messagesByConstraint) {
        String text = chainText(exception);
        return messagesByConstraint.entrySet().stream()
                .filter(entry -> text.contains(entry.getKey().toLowerCase(Locale.ROOT)))
                .findFirst()
                .map(entry -> new InvalidInputException(
                        entry.getValue().field(), entry.getValue().message()))
                .orElseThrow(() -> exception);
    }

    /** MySQL 8 reports keys as "table.key", MariaDB as "key"; searching the whole chain covers both. */
    private static String chainText(Throwable exception) {
        var text = new StringBuilder();
        for (Throwable t = exception; t != null && t.getCause() != t; t = t.getCause()) {
            text.append(t.getMessage()).append('\n');
        }
        return text.toString().toLowerCase(Locale.ROOT);
    }
}
