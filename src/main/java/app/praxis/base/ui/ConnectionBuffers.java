package app.praxis.base.ui;

import com.vaadin.flow.spring.SpringServlet;
import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The buffers every open connection keeps, sized for what travels on it (issue 18: memory per session). A heap dump
 * of signed-in sessions showed about 110 KB of buffers per push WebSocket, most of them never used, and 8 KB read
 * and write buffers per keep-alive connection:
 *
 * <ul>
 *   <li>Atmosphere gives each WebSocket a byte and a char buffer of {@code org.atmosphere.websocket.bufferSize}
 *       (Vaadin sets 16384: 48 KB) that it uses only to read messages given as streams; Vaadin's endpoint gets whole
 *       strings, and the buffers grow on demand anyway: {@value #ATMOSPHERE_BUFFER} here. A Vaadin servlet init
 *       parameter overrides Vaadin's default (its {@code PushRequestHandler} keeps what the servlet config sets).
 *   <li>Tomcat's WebSocket frame reader starts with message buffers of the servlet context's
 *       {@code org.apache.tomcat.websocket.textBufferSize}/{@code binaryBufferSize} (8192 each, the text one 16 KB
 *       of chars). With {@code @Push}'s default transport the browser sends its events over HTTP, so nothing
 *       arrives on the socket but pings; should a message arrive, Tomcat grows the buffers at once to the maximum
 *       Atmosphere sets for a message (Vaadin's 16384, unchanged): no message is refused that was accepted before.
 *       {@value #WEBSOCKET_MESSAGE_BUFFER} here.
 *   <li>Tomcat's WebSocket read, write and compression buffers are {@code org.apache.tomcat.websocket.DEFAULT_BUFFER_SIZE}
 *       (a system property, 8192, five of them per socket): {@value #WEBSOCKET_BUFFER} here. A larger push message
 *       goes out in more, smaller writes; its size is not limited by it.
 *   <li>Tomcat's connector gives each connection a read and a write buffer of {@code socket.appReadBufSize} and
 *       {@code socket.appWriteBufSize} (8192): {@value #SOCKET_BUFFER} here. Requests and responses of any size
 *       still pass (in more reads and writes); headers are read into the request's own buffer.
 * </ul>
 *
 * Round 26 halved them again (docs/PERFORMANCE.md): Messages, the one page with push, kept its two connections'
 * buffers (the WebSocket and the poll's keep-alive connection), about 29 KB of its 99 KB per session, and nothing but
 * pings and a few small push messages had passed through them. A response longer than the write buffer goes out in
 * more writes: Tomcat copies it through the buffer and writes each time it fills.
 *
 * <p>And the push WebSocket goes without permessage-deflate ({@link #pushWithoutCompression}): Tomcat gave each push
 * socket an inflater and a deflater with their buffers (and zlib's native memory beside the heap) to compress
 * Vaadin's push messages, which are small and rare on this application's pages.
 *
 * <p>Large responses still work: the doctor's calendar week and the admin's grids answer in UIDL messages of tens of
 * kilobytes (journey tests and the memory benchmark open them on these settings).
 */
@Configuration(proxyBeanMethods = false)
class ConnectionBuffers {

    static final String ATMOSPHERE_BUFFER = "128";
    static final String WEBSOCKET_BUFFER = "1024";
    static final String WEBSOCKET_MESSAGE_BUFFER = "128";
    static final String SOCKET_BUFFER = "2048";

    /** Atmosphere reads its settings from the Vaadin servlet's init parameters before Vaadin's defaults. */
    @Bean
    static BeanPostProcessor atmosphereWebSocketBuffers() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessBeforeInitialization(Object bean, String beanName) {
                if (bean instanceof ServletRegistrationBean<?> registration
                        && registration.getServlet() instanceof SpringServlet) {
                    registration
                            .getInitParameters()
                            .putIfAbsent("org.atmosphere.websocket.bufferSize", ATMOSPHERE_BUFFER);
                }
                return bean;
            }
        };
    }

    /**
     * Tomcat reads its WebSocket buffer size once, when its WebSocket classes load: that happens when the server
     * starts, after the factory is customised here (an explicit {@code -D} on the command line wins).
     */
    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> connectionBufferSizes() {
        return factory -> {
            if (System.getProperty("org.apache.tomcat.websocket.DEFAULT_BUFFER_SIZE") == null) {
                System.setProperty("org.apache.tomcat.websocket.DEFAULT_BUFFER_SIZE", WEBSOCKET_BUFFER);
            }
            factory.addContextCustomizers(context -> {
                context.addParameter("org.apache.tomcat.websocket.textBufferSize", WEBSOCKET_MESSAGE_BUFFER);
                context.addParameter("org.apache.tomcat.websocket.binaryBufferSize", WEBSOCKET_MESSAGE_BUFFER);
            });
            factory.addConnectorCustomizers(connector -> {
                connector.setProperty("socket.appReadBufSize", SOCKET_BUFFER);
                connector.setProperty("socket.appWriteBufSize", SOCKET_BUFFER);
            });
        };
    }

    /** Where Vaadin's push connection opens its WebSocket (the Vaadin servlet is mapped to the whole context). */
    static final String PUSH_PATH = "/VAADIN/push";

    /**
     * The push WebSocket without permessage-deflate and without the headers no one reads after the upgrade (issue
     * 18: memory per session). Tomcat negotiates the extension from the upgrade request's {@code
     * Sec-WebSocket-Extensions} header before the endpoint sees the connection; this filter runs after Spring
     * Security's (which sees the whole request) and ahead of Tomcat's WebSocket filter, and hides that header on
     * Vaadin's push path, so Tomcat answers without the extension and keeps no compressor per socket (its inflater,
     * deflater and their buffers, and zlib's native memory). The browser then sends and receives plain frames, which
     * every WebSocket client must accept (RFC 6455: extensions are optional). The handshake's headers are kept four
     * times for as long as the socket is open (Tomcat's upgrade handler and {@code WsSession}, Atmosphere's endpoint
     * and its copy of the request): the browser's description of itself and its cache and encoding preferences
     * ({@link #UNREAD_AFTER_UPGRADE}) are hidden from them too. Host, origin, cookies, the WebSocket key and version
     * and any proxy header pass unchanged.
     */
    @Bean
    static FilterRegistrationBean<Filter> pushWithoutCompression() {
        Filter filter = (request, response, chain) -> chain.doFilter(
                request instanceof HttpServletRequest http && isUpgrade(http) ? new WithoutExtensions(http) : request,
                response);
        var registration = new FilterRegistrationBean<>(filter);
        registration.setName("pushWithoutCompression");
        registration.addUrlPatterns(PUSH_PATH);
        return registration;
    }

    /** The push upgrade's headers hidden from Tomcat's WebSocket and Atmosphere (lower case). */
    static final Set<String> UNREAD_AFTER_UPGRADE = Set.of(
            "sec-websocket-extensions", "user-agent", "accept-encoding", "accept-language", "cache-control", "pragma");

    private static boolean isUpgrade(HttpServletRequest request) {
        return "websocket".equalsIgnoreCase(request.getHeader("Upgrade"));
    }

    private static boolean hidden(String name) {
        return UNREAD_AFTER_UPGRADE.contains(name.toLowerCase(Locale.ROOT));
    }

    /**
     * A WebSocket upgrade request without {@link #UNREAD_AFTER_UPGRADE} (no extension offered) and without a
     * parameter map (the query string is unchanged).
     */
    static final class WithoutExtensions extends HttpServletRequestWrapper {

        WithoutExtensions(HttpServletRequest request) {
            super(request);
        }

        @Override
        public @Nullable String getHeader(String name) {
            return hidden(name) ? null : super.getHeader(name);
        }

        @Override
        public Enumeration<String> getHeaders(String name) {
            return hidden(name) ? Collections.emptyEnumeration() : super.getHeaders(name);
        }

        /**
         * Atmosphere reads the push request's parameters (Vaadin's UI and push ids, its own tracking id and transport,
         * about ten) from the query string, which passes; Tomcat's copy of them as a parameter map, kept in the
         * WebSocket's session while it is open, is left empty.
         */
        @Override
        public Map<String, String[]> getParameterMap() {
            return Map.of();
        }

        @Override
        public @Nullable String getParameter(String name) {
            return null;
        }

        @Override
        public String @Nullable [] getParameterValues(String name) {
            return null;
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.emptyEnumeration();
        }

        @Override
        public Enumeration<String> getHeaderNames() {
            return Collections.enumeration(Collections.list(super.getHeaderNames()).stream()
                    .filter(name -> !hidden(name))
                    .toList());
        }
    }
}
