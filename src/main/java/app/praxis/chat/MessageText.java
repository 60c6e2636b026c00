package app.praxis.chat;

import app.praxis.base.FreeText;
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
        return FreeText.problem(text, "The message");
    }
}
