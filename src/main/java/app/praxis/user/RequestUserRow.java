package app.praxis.user;

import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * What the account check read of the signed-in person's {@code users} row at the start of this HTTP request (the
 * photo's name), kept as a request attribute for the rest of the request: the layout shows the photo after each
 * navigation, and asking the same row again a few milliseconds later cost one statement per click (issue 18: round
 * trips). Nothing is kept beyond the request; without one (push messages, tests without a request) the photo is read
 * as before. A photo changed in this request is forgotten here, so it is read again.
 */
final class RequestUserRow {

    private static final String ATTRIBUTE = RequestUserRow.class.getName();

    /** The row as read: whose it is and its photo's name (none: initials). */
    record Known(long userId, @Nullable String photo) {}

    private RequestUserRow() {}

    static void remember(long userId, @Nullable String photo) {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request != null) {
            request.setAttribute(ATTRIBUTE, new Known(userId, photo), RequestAttributes.SCOPE_REQUEST);
        }
    }

    /** The row read in this request for {@code userId}, if one was. */
    static Optional<Known> of(long userId) {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        return request != null
                        && request.getAttribute(ATTRIBUTE, RequestAttributes.SCOPE_REQUEST) instanceof Known known
                        && known.userId() == userId
                ? Optional.of(known)
                : Optional.empty();
    }

    static void forget() {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request != null) {
            request.removeAttribute(ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
        }
    }
}
