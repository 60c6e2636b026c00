package app.praxis.chat;

import app.praxis.base.FreeText;
import app.praxis.base.Texts;
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

    /** Why the (normalised) text is refused, if it is, in the page's language. */
    static Optional<String> problem(String text, Texts texts) {
        if (text.isEmpty()) {
            return Optional.of(texts.get("chat.message.empty"));
        }
        int length = text.codePointCount(0, text.length());
        if (length > MAX_LENGTH) {
            return Optional.of(texts.get("chat.message.tooLong", MAX_LENGTH, length));
        }
        return FreeText.problem(text, texts.get("chat.message.subject"));
    }
}
