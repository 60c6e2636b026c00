package app.praxis.security;

/**
 * The security headers' values, in one place (SecurityConfig sends them on every response).
 *
 * <p>The Content-Security-Policy is what Vaadin Flow 25 works with: its client evaluates the JavaScript the
 * server sends ({@code executeJs}, property bindings) with {@code new Function} ('unsafe-eval'), its bootstrap page
 * carries an inline script and components set inline styles ('unsafe-inline'; Flow's nonce mode does not cover
 * push). Everything else is locked to this origin: no plug-ins, no framing (clickjacking), no {@code <base>}
 * rewriting, forms post only here, the push WebSocket and XHR go only here.
 */
final class SecurityHeaders {

    static final String CONTENT_SECURITY_POLICY = String.join(
            "; ",
            "default-src 'self'",
            "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data: blob:",
            "font-src 'self' data:",
            "connect-src 'self'",
            "worker-src 'self'",
            "manifest-src 'self'",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'none'");

    /** Sensors and features a clinic's pages never use. */
    static final String PERMISSIONS_POLICY = String.join(
            ", ",
            "camera=()",
            "microphone=()",
            "geolocation=()",
            "payment=()",
            "usb=()",
            "serial=()",
            "bluetooth=()",
            "magnetometer=()",
            "gyroscope=()",
            "accelerometer=()",
            "interest-cohort=()");

    /** A year, as HSTS preload lists expect. */
    static final long HSTS_MAX_AGE_SECONDS = 31_536_000;

    private SecurityHeaders() {}
}
