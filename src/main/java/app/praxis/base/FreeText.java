package app.praxis.base;

import java.text.MessageFormat;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * The one check every free-text field shares (names, reasons, messages, notes, addresses): no control characters
 * other than newline and tab, and no bidirectional override or isolate characters (they make a text read
 * differently from what it is, e.g. a name that displays reversed). Length and emptiness stay each field's own rule.
 */
public final class FreeText {

    private FreeText() {}

    /**
     * Why {@code text} is refused, if it is, in the page's language and phrased about {@code subject} (already in
     * that language: "The name", "Der Name"): e.g. "The name contains an invisible control character; please
     * remove it."
     */
    public static Optional<String> problem(String text, String subject) {
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            if (isBidiControl(c)) {
                return Optional.of(message("base.freeText.direction", subject));
            }
            if (isControl(c)) {
                return Optional.of(message("base.freeText.control", subject));
            }
            i += Character.charCount(c);
        }
        return Optional.empty();
    }

    /** A static helper has no {@link Texts} bean: the base bundle read directly, in the current page's language. */
    private static String message(String key, String subject) {
        var bundle = ResourceBundle.getBundle(
                "i18n.base",
                CurrentLocale.get(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return new MessageFormat(bundle.getString(key), CurrentLocale.get()).format(new Object[] {subject});
    }

    /** C0 and C1 controls (and DEL) other than newline and tab. */
    static boolean isControl(int c) {
        return Character.getType(c) == Character.CONTROL && c != '\n' && c != '\t';
    }

    /** LRE, RLE, PDF, LRO, RLO and the isolates LRI, RLI, FSI, PDI. */
    static boolean isBidiControl(int c) {
        return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
    }
}
