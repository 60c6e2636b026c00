package app.praxis.audit;

/** What an audit row records. Stored by name (VARCHAR): never rename a constant, only add. */
public enum AuditAction {
    VIEWED_PATIENT_RECORD("Opened the patient record"),
    VIEWED_APPOINTMENTS("Viewed the patient's appointments"),
    VIEWED_MESSAGES("Read the conversation with the patient"),
    BOOKED_APPOINTMENT("Booked an appointment"),
    RESCHEDULED_APPOINTMENT("Rescheduled an appointment"),
    CANCELLED_APPOINTMENT("Cancelled an appointment"),
    RECORDED_OUTCOME("Recorded how a visit went"),
    RECORDED_PAYMENT("Recorded a payment"),
    RECORDED_DECLINED_CARD("Recorded a declined card"),
    REFUNDED_PAYMENT("Refunded a payment"),
    CREATED_ACCOUNT("Created an account"),
    ACTIVATED_ACCOUNT("Activated an account"),
    DEACTIVATED_ACCOUNT("Deactivated an account"),
    CHANGED_ROLE("Changed a role"),
    CHANGED_PROFILE("Changed a profile"),
    CHANGED_PASSWORD("Changed a password"),
    RESET_PASSWORD("Reset a password"),
    SIGNED_IN("Signed in"),
    SIGN_IN_FAILED("Failed to sign in"),
    SIGN_IN_THROTTLED("Sign-in refused: too many attempts"),
    SIGNED_OUT("Signed out"),
    CLOSED_ACCOUNT("Closed their account"),
    HID_REVIEW("Hid a review");

    private final String label;

    AuditAction(String label) {
        this.label = label;
    }

    /** The English label (kept for existing callers); screens show {@link #key()} in the reader's language. */
    public String label() {
        return label;
    }

    /** The text key of this action's label: {@code audit.action.<NAME>} in the audit bundle. */
    public String key() {
        return "audit.action." + name();
    }

    /** Actions that only read a patient's data (what a patient sees under "who opened my record"). */
    public boolean isView() {
        return this == VIEWED_PATIENT_RECORD || this == VIEWED_APPOINTMENTS || this == VIEWED_MESSAGES;
    }
}
