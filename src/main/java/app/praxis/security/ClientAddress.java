package app.praxis.security;

import java.util.Optional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The address the current HTTP request came from (as the servlet container reports it: behind a proxy, set
 * {@code server.forward-headers-strategy=native} so it is the client's, not the proxy's). Empty outside a request
 * (scheduled jobs, push over a websocket).
 */
public final class ClientAddress {

    /** Longest address kept (an IPv6 address with a zone fits). */
    static final int MAX_LENGTH = 64;

    private ClientAddress() {}

    public static Optional<String> current() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            return Optional.ofNullable(attributes.getRequest().getRemoteAddr()).map(ClientAddress::clip);
        }
        return Optional.empty();
    }

    static String clip(String address) {
        return address.length() > MAX_LENGTH ? address.substring(0, MAX_LENGTH) : address;
    }
}
