package app.praxis.appointment;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * The censuses of patients' names ({@link PatientNameCensus}) read in this HTTP request, kept as a request attribute
 * for the rest of it (round 15): Vaadin's grid asks for its count and then for its pages in one request (the
 * {@code DataCommunicator}: the count callback, then a fetch per page the viewport spans), and each asked the name's
 * 50,000 index entries again. Nothing is kept beyond the request, and nothing is shared between people, sessions or
 * nodes, so the next request reads again (and sees every write since); without a request (push, background work,
 * tests without one) nothing is kept. A write committed in this request forgets them ({@link WritesForgetCensuses}).
 */
final class RequestCensuses {

    private static final String ATTRIBUTE = RequestCensuses.class.getName();

    /** Whose census: the reader (its configuration) and the filter. */
    private record Key(Object reader, AppointmentFilter filter) {}

    private RequestCensuses() {}

    /** Whether this thread serves an HTTP request (else nothing is kept). */
    static boolean inRequest() {
        return RequestContextHolder.getRequestAttributes() != null;
    }

    static Optional<PatientNameCensus> of(Object reader, AppointmentFilter filter) {
        return Optional.ofNullable(kept(false)).map(kept -> kept.get(new Key(reader, filter)));
    }

    static void remember(Object reader, AppointmentFilter filter, PatientNameCensus census) {
        Map<Key, PatientNameCensus> kept = kept(true);
        if (kept != null) {
            kept.put(new Key(reader, filter), census);
        }
    }

    static void forget() {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request != null) {
            request.removeAttribute(ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
        }
    }

    @SuppressWarnings("unchecked")
    private static @org.jspecify.annotations.Nullable Map<Key, PatientNameCensus> kept(boolean create) {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request == null) {
            return null;
        }
        Object kept = request.getAttribute(ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
        if (kept == null && create) {
            kept = new HashMap<Key, PatientNameCensus>();
            request.setAttribute(ATTRIBUTE, kept, RequestAttributes.SCOPE_REQUEST);
        }
        return (Map<Key, PatientNameCensus>) kept;
    }
}
