package app.praxis.user;

import app.praxis.base.AccountLanguages;
import app.praxis.base.ClinicProperties;
import app.praxis.base.CurrentLocale;
import app.praxis.base.Language;
import app.praxis.base.OutgoingMail;
import app.praxis.base.Texts;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The account e-mails: each carries a one-time link (or a note) and is sent from inside the transaction that
 * causes it, in the recipient's language. The links open {@code /password} (choose a first or new password) and {@code /confirm-email}.
 */
@Component
class AccountMails {

    static final String PASSWORD_PATH = "password";
    static final String CONFIRM_PATH = "confirm-email";

    private final OutgoingMail mail;
    private final AccountLinks links;
    private final ClinicProperties clinic;
    private final String linkBase;
    private final Duration setPasswordValidFor;
    private final Duration resetValidFor;
    private final Duration confirmValidFor;
    private final Texts texts;
    private final AccountLanguages languages;

    AccountMails(
            OutgoingMail mail,
            AccountLinks links,
            ClinicProperties clinic,
            Texts texts,
            AccountLanguages languages,
            @Value("${praxis.account.link-base:${PRAXIS_URL:http://localhost:8080}}") String linkBase,
            @Value("${praxis.account.set-password-valid-for:PT72H}") Duration setPasswordValidFor,
            @Value("${praxis.account.reset-password-valid-for:PT30M}") Duration resetValidFor,
            @Value("${praxis.account.confirm-email-valid-for:PT24H}") Duration confirmValidFor) {
        this.mail = mail;
        this.texts = texts;
        this.languages = languages;
        this.links = links;
        this.clinic = clinic;
        this.linkBase = linkBase.endsWith("/") ? linkBase : linkBase + "/";
        this.setPasswordValidFor = setPasswordValidFor;
        this.resetValidFor = resetValidFor;
        this.confirmValidFor = confirmValidFor;
    }

    Duration resetValidFor() {
        return resetValidFor;
    }

    void sendSetPasswordLink(UserAccount account) {
        String token = links.issue(account.id(), LinkPurpose.SET_PASSWORD, setPasswordValidFor, null);
        Language language = languages.ofUser(account.id());
        mail.send(
                account.email(),
                texts.get(language, "user.mail.setPassword.subject", clinic.name()),
                body(
                        language,
                        account.firstName(),
                        "user.mail.setPassword.body",
                        clinic.name(),
                        setPasswordValidFor.toHours(),
                        link(PASSWORD_PATH, token)),
                "set-password link");
    }

    void sendResetLink(User user) {
        String token = links.issue(user.getId(), LinkPurpose.RESET_PASSWORD, resetValidFor, null);
        Language language = user.language();
        mail.send(
                user.getEmail(),
                texts.get(language, "user.mail.reset.subject"),
                body(
                        language,
                        user.getFirstName(),
                        "user.mail.reset.body",
                        resetValidFor.toMinutes(),
                        link(PASSWORD_PATH, token)),
                "password reset link");
    }

    void sendConfirmation(User user) {
        String token = links.issue(user.getId(), LinkPurpose.CONFIRM_EMAIL, confirmValidFor, null);
        Language language = user.language();
        mail.send(
                user.getEmail(),
                texts.get(language, "user.mail.confirm.subject"),
                body(
                        language,
                        user.getFirstName(),
                        "user.mail.confirm.body",
                        confirmValidFor.toHours(),
                        link(CONFIRM_PATH, token)),
                "registration confirmation");
    }

    /** Someone registered with an address that has an account: its owner is told, the form said nothing. */
    void sendAlreadyRegistered(User owner) {
        Language language = owner.language();
        String body;
        if (owner.getEmailConfirmedAt() == null && owner.getRole() == Role.PATIENT) {
            String token = links.issue(owner.getId(), LinkPurpose.CONFIRM_EMAIL, confirmValidFor, null);
            body = body(
                    language,
                    owner.getFirstName(),
                    "user.mail.alreadyRegistered.unconfirmed",
                    clinic.name(),
                    confirmValidFor.toHours(),
                    link(CONFIRM_PATH, token));
        } else {
            body = body(
                    language,
                    owner.getFirstName(),
                    "user.mail.alreadyRegistered.confirmed",
                    clinic.name(),
                    linkBase + "login");
        }
        mail.send(
                owner.getEmail(),
                texts.get(language, "user.mail.alreadyRegistered.subject"),
                body,
                "already-registered note");
    }

    /**
     * The registration's phone number belongs to another account: told to the address typed, not on screen (in the
     * language of the page they registered on: the address has no account of its own).
     */
    void sendPhoneTaken(String email, String firstName) {
        Language language = CurrentLocale.language();
        mail.send(
                email,
                texts.get(language, "user.mail.phoneTaken.subject"),
                body(language, firstName, "user.mail.phoneTaken.body", clinic.name(), linkBase + "login"),
                "phone-taken note");
    }

    void sendEmailChangeLink(User user, String newEmail) {
        String token = links.issue(user.getId(), LinkPurpose.CHANGE_EMAIL, confirmValidFor, newEmail);
        Language language = user.language();
        mail.send(
                newEmail,
                texts.get(language, "user.mail.changeEmail.subject"),
                body(
                        language,
                        user.getFirstName(),
                        "user.mail.changeEmail.body",
                        clinic.name(),
                        confirmValidFor.toHours(),
                        link(CONFIRM_PATH, token)),
                "e-mail change link");
    }

    /**
     * A signed-in person asked to move to an address that has an account: that address's owner is told, in their
     * language.
     */
    void sendAddressTaken(String newEmail, Language ownersLanguage) {
        mail.send(
                newEmail,
                texts.get(ownersLanguage, "user.mail.addressTaken.subject"),
                texts.get(ownersLanguage, "user.mail.addressTaken.body", clinic.name()) + signature(),
                "address-taken note");
    }

    void sendPasswordChanged(User user) {
        Language language = user.language();
        mail.send(
                user.getEmail(),
                texts.get(language, "user.mail.passwordChanged.subject"),
                body(language, user.getFirstName(), "user.mail.passwordChanged.body", linkBase + "login"),
                "password-changed notice");
    }

    /** The greeting, the text of {@code key} with {@code args}, and the clinic's name, in {@code language}. */
    private String body(Language language, String firstName, String key, Object... args) {
        return texts.get(language, "user.mail.greeting", firstName) + "\n\n" + texts.get(language, key, args)
                + signature();
    }

    private String link(String path, String token) {
        return UriComponentsBuilder.fromUriString(linkBase + path)
                .queryParam("token", token)
                .build()
                .toUriString();
    }

    private String signature() {
        return "\n\n" + clinic.name();
    }
}
