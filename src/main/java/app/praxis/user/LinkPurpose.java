package app.praxis.user;

/** What a one-time link e-mailed to a person lets them do (account_links.purpose). */
public enum LinkPurpose {
    /** An admin created the account: the person chooses a first password. */
    SET_PASSWORD,
    /** "Forgot password?": the person chooses a new password. */
    RESET_PASSWORD,
    /** A patient registered: opening the link activates the account. */
    CONFIRM_EMAIL,
    /** A signed-in person asked for a new address: opening the link (sent to it) applies it. */
    CHANGE_EMAIL
}
