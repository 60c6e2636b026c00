package app.praxis.chat;

import java.util.Optional;

/**
 * What a message may contain: 1–4,000 characters after trimming, no control characters other than newline and
 * tab, no bidirectional override or isolate characters (they can make a text read differently from what it is).
 */
final class MessageText {

    static final int MAX_LENGTH = 4000;

    private MessageText() {}

    /** The text as stored: line ends normalised, trimmed. */
    static String normalise(String text) {
        return text.replace("\r\n", "\n").replace('\r', '\n').strip();
    }

    /** Why the (normalised) text is refused, if it is. */
    static Optional<String> problem(String text) {
        if (text.isEmpty()) {
            return Optional.of("Write a message first.");
        }
        int length = text.codePointCount(0, text.length());
        if (length > MAX_LENGTH) {
            return Optional.of("A message can be at most " + MAX_LENGTH + " characters (this one has " + length + ").");
        }
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            if (isBidiControl(c)) {
                return Optional.of("The message contains an invisible text-direction character; please remove it.");
            }
            if (Character.getType(c) == Character.CONTROL && c != '\n' && c != '\t') {
                return Optional.of("The message contains an invisible control character; please remove it.");
            }
            i += Character.charCount(c);
        }
        return Optional.empty();
    }

    /** LRE, RLE, PDF, LRO, RLO and the isolates LRI, RLI, FSI, PDI. */
    private static boolean isBidiControl(int c) {
        return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
    }
}
