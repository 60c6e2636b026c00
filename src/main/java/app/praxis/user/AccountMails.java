package app.praxis.user;

import app.praxis.base.ClinicProperties;
import app.praxis.base.OutgoingMail;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The account e-mails: each carries a one-time link (or a note) and is sent from inside the transaction that
 * causes it. The links open {@code /password} (choose a first or new password) and {@code /confirm-email}.
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

    AccountMails(
            OutgoingMail mail,
            AccountLinks links,
            ClinicProperties clinic,
            @Value("${praxis.account.link-base:${PRAXIS_URL:http://localhost:8080}}") String linkBase,
            @Value("${praxis.account.set-password-valid-for:PT72H}") Duration setPasswordValidFor,
            @Value("${praxis.account.reset-password-valid-for:PT30M}") Duration resetValidFor,
            @Value("${praxis.account.confirm-email-valid-for:PT24H}") Duration confirmValidFor) {
        this.mail = mail;
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
        mail.send(
                account.email(),
                "Your account at " + clinic.name(),
                greeting(account.firstName())
                        + clinic.name()
                        + " has made an account for you. Choose your password here (the link works once,"
                        + " for " + hours(setPasswordValidFor) + "):\n\n"
                        + link(PASSWORD_PATH, token)
                        + "\n\nThen sign in with this e-mail address and that password."
                        + signature(),
                "set-password link");
    }

    void sendResetLink(User user) {
        String token = links.issue(user.getId(), LinkPurpose.RESET_PASSWORD, resetValidFor, null);
        mail.send(
                user.getEmail(),
                "Choose a new password",
                greeting(user.getFirstName())
                        + "someone (we hope you) asked for a new password for your account. Choose it here (the link"
                        + " works once, for " + minutes(resetValidFor) + "):\n\n"
                        + link(PASSWORD_PATH, token)
                        + "\n\nIf you did not ask, ignore this e-mail: your password stays as it is."
                        + signature(),
                "password reset link");
    }

    void sendConfirmation(User user) {
        String token = links.issue(user.getId(), LinkPurpose.CONFIRM_EMAIL, confirmValidFor, null);
        mail.send(
                user.getEmail(),
                "Confirm your e-mail address",
                greeting(user.getFirstName())
                        + "thank you for registering. Open this link to confirm your address and start using your"
                        + " account (it works once, for " + hours(confirmValidFor) + "):\n\n"
                        + link(CONFIRM_PATH, token)
                        + "\n\nIf you did not register, ignore this e-mail: the account stays closed."
                        + signature(),
                "registration confirmation");
    }

    /** Someone registered with an address that has an account: its owner is told, the form said nothing. */
    void sendAlreadyRegistered(User owner) {
        String next;
        if (owner.getEmailConfirmedAt() == null && owner.getRole() == Role.PATIENT) {
            String token = links.issue(owner.getId(), LinkPurpose.CONFIRM_EMAIL, confirmValidFor, null);
            next = "Your account is not confirmed yet. To confirm it, open this link (it works once, for "
                    + hours(confirmValidFor) + "):\n\n" + link(CONFIRM_PATH, token);
        } else {
            next = "Sign in with this address here:\n\n" + linkBase + "login\n\nForgotten your password? Choose"
                    + " \"Forgot password?\" on that page.";
        }
        mail.send(
                owner.getEmail(),
                "You already have an account",
                greeting(owner.getFirstName())
                        + "someone (we hope you) tried to register at " + clinic.name()
                        + " with this e-mail address, which already has an account. No second account was made.\n\n"
                        + next
                        + "\n\nIf it was not you, ignore this e-mail."
                        + signature(),
                "already-registered note");
    }

    /** The registration's phone number belongs to another account: told to the address typed, not on screen. */
    void sendPhoneTaken(String email, String firstName) {
        mail.send(
                email,
                "We could not create your account",
                greeting(firstName)
                        + "the mobile number you gave already belongs to another account at " + clinic.name()
                        + ", so no account was made for this address. If that account is yours, sign in with it"
                        + " (or choose \"Forgot password?\" on " + linkBase + "login). Otherwise register again"
                        + " with your own number, or ask the clinic."
                        + signature(),
                "phone-taken note");
    }

    void sendEmailChangeLink(User user, String newEmail) {
        String token = links.issue(user.getId(), LinkPurpose.CHANGE_EMAIL, confirmValidFor, newEmail);
        mail.send(
                newEmail,
                "Confirm your new e-mail address",
                greeting(user.getFirstName())
                        + "open this link to use this address for your account at " + clinic.name()
                        + " from now on (it works once, for " + hours(confirmValidFor) + "):\n\n"
                        + link(CONFIRM_PATH, token)
                        + "\n\nUntil then you sign in with your old address. If you did not ask for this, ignore"
                        + " this e-mail."
                        + signature(),
                "e-mail change link");
    }

    /** A signed-in person asked to move to an address that has an account: that address's owner is told. */
    void sendAddressTaken(String newEmail) {
        mail.send(
                newEmail,
                "Someone wanted to use this address",
                "Hello,\n\nsomeone with an account at " + clinic.name() + " asked to use this e-mail address for it."
                        + " This address already has an account, so nothing changed. If you know nothing of it,"
                        + " ignore this e-mail."
                        + signature(),
                "address-taken note");
    }

    void sendPasswordChanged(User user) {
        mail.send(
                user.getEmail(),
                "Your password was changed",
                greeting(user.getFirstName())
                        + "the password of your account was just changed, and every other place where you were"
                        + " signed in was signed out. If this was not you, choose \"Forgot password?\" on "
                        + linkBase + "login at once, or call the clinic."
                        + signature(),
                "password-changed notice");
    }

    private String link(String path, String token) {
        return UriComponentsBuilder.fromUriString(linkBase + path)
                .queryParam("token", token)
                .build()
                .toUriString();
    }

    private static String greeting(String firstName) {
        return "Hello " + firstName + ",\n\n";
    }

    private String signature() {
        return "\n\n" + clinic.name();
    }

    private static String hours(Duration duration) {
        long hours = duration.toHours();
        return hours == 1 ? "1 hour" : hours + " hours";
    }

    private static String minutes(Duration duration) {
        return duration.toMinutes() + " minutes";
    }
}
