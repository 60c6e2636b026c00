package app.praxis.base;

/**
 * What counts as a person using the app, for the idle timeout (security.IdleSessionFilter): every request but
 * Vaadin's heartbeats and the UI's own polls. The layout marks a request that carried a poll with
 * {@link #POLL_ATTRIBUTE}, so an open tab that only polls does not keep its session alive.
 */
public final class UserActivity {

    /** Request attribute set (to {@code Boolean.TRUE}) while handling a UI poll. */
    public static final String POLL_ATTRIBUTE = "praxis.ui-poll";

    private UserActivity() {}
}
