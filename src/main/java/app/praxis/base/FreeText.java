package app.praxis.base;

import java.util.Optional;

/**
 * The one check every free-text field shares (names, reasons, messages, notes, addresses): no control characters
 * other than newline and tab, and no bidirectional override or isolate characters (they make a text read
 * differently from what it is, e.g. a name that displays reversed). Length and emptiness stay each field's own rule.
 */
public final class FreeText {

    private FreeText() {}

    /**
     * Why {@code text} is refused, if it is, phrased about {@code subject} ("The name", "The reason"): e.g. "The
     * name contains an invisible control character; please remove it."
     */
    public static Optional<String> problem(String text, String subject) {
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            if (isBidiControl(c)) {
                return Optional.of(subject + " contains an invisible text-direction character; please remove it.");
            }
            if (isControl(c)) {
                return Optional.of(subject + " contains an invisible control character; please remove it.");
            }
            i += Character.charCount(c);
        }
        return Optional.empty();
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
