package app.praxis.base;

import java.util.Optional;

/** The language each account chose, kept by the feature that keeps accounts (for pages and for e-mails). */
public interface AccountLanguages {

    /** The signed-in person's language; empty when nobody is signed in. */
    Optional<Language> ofSignedIn();

    /** Remembers the signed-in person's choice on their account. */
    void chooseForSignedIn(Language language);

    /** The language an e-mail to this account is written in. */
    Language ofUser(long userId);
}
