package app.praxis.security;

import java.text.Normalizer;
import java.util.Locale;

/**
 * One form of an e-mail address for storing, finding and counting: surrounding spaces dropped, Unicode NFC (so a
 * composed and a decomposed "ä" are one address), lower case. Accounts are looked up by this form compared
 * byte for byte, never through a case- or accent-insensitive collation.
 */
public final class EmailAddresses {

    private EmailAddresses() {}

    public static String normalise(String typed) {
        return Normalizer.normalize(typed.strip(), Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    }
}
