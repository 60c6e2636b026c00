package app.praxis.user;

import app.praxis.base.AccountLanguages;
import app.praxis.base.Language;
import app.praxis.security.CurrentUser;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Each account's language, on the users row: read when a page opens and when an e-mail is written. */
@Component
class UserLanguages implements AccountLanguages {

    private final UserRepository users;
    private final CurrentUser currentUser;

    UserLanguages(UserRepository users, CurrentUser currentUser) {
        this.users = users;
        this.currentUser = currentUser;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Language> ofSignedIn() {
        return currentUser
                .find()
                .flatMap(user -> users.findLanguageTag(user.userId()))
                .map(tag -> Language.ofTag(tag).orElse(Language.DEFAULT));
    }

    /** Only the signed-in person's own account: there is no id to pass, so nobody changes another's. */
    @Override
    @Transactional
    public void chooseForSignedIn(Language language) {
        currentUser.find().flatMap(user -> users.findById(user.userId())).ifPresent(user -> user.setLanguage(language));
    }

    @Override
    @Transactional(readOnly = true)
    public Language ofUser(long userId) {
        return users.findLanguageTag(userId).flatMap(Language::ofTag).orElse(Language.DEFAULT);
    }
}
