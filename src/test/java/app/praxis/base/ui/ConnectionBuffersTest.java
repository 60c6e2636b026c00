package app.praxis.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.spring.SpringServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Collections;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.catalina.Context;
import org.junit.jupiter.api.Test;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * The connection buffers reach the places that read them: Atmosphere's from the Vaadin servlet's init parameters,
 * Tomcat's WebSocket message buffers from the context's parameters, the socket buffers from the connector, and the
 * WebSocket read/write buffer size from its system property. That large responses still pass on these settings is
 * shown by the journeys (the calendar's week, the booking page) and the memory benchmark, which run on them.
 */
class ConnectionBuffersTest {

    private final ConnectionBuffers buffers = new ConnectionBuffers();

    @Test
    void atmosphereGetsSmallWebSocketBuffersThroughTheVaadinServletUnlessSetThere() {
        var processor = ConnectionBuffers.atmosphereWebSocketBuffers();
        var vaadin = new ServletRegistrationBean<>(new SpringServlet(null, false), "/*");
        var explicit = new ServletRegistrationBean<>(new SpringServlet(null, false), "/*");
        explicit.addInitParameter("org.atmosphere.websocket.bufferSize", "4096");
        var other = new ServletRegistrationBean<>(new HttpServlet() {}, "/other");

        processor.postProcessBeforeInitialization(vaadin, "vaadin");
        processor.postProcessBeforeInitialization(explicit, "explicit");
        processor.postProcessBeforeInitialization(other, "other");

        assertThat(vaadin.getInitParameters()).containsEntry("org.atmosphere.websocket.bufferSize", "128");
        assertThat(explicit.getInitParameters()).containsEntry("org.atmosphere.websocket.bufferSize", "4096");
        assertThat(other.getInitParameters()).isEmpty();
    }

    @Test
    void tomcatGetsSmallWebSocketAndSocketBuffers() {
        var factory = new TomcatServletWebServerFactory(0);
        buffers.connectionBufferSizes().customize(factory);
        var server = (TomcatWebServer) factory.getWebServer();
        try {
            server.start();
            var context = (Context) server.getTomcat().getHost().findChildren()[0];
            assertThat(context.findParameter("org.apache.tomcat.websocket.textBufferSize"))
                    .isEqualTo("128");
            assertThat(context.findParameter("org.apache.tomcat.websocket.binaryBufferSize"))
                    .isEqualTo("128");
            var connector = server.getTomcat().getConnector();
            assertThat(connector.getProperty("socket.appReadBufSize")).hasToString("2048");
            assertThat(connector.getProperty("socket.appWriteBufSize")).hasToString("2048");
            assertThat(System.getProperty("org.apache.tomcat.websocket.DEFAULT_BUFFER_SIZE"))
                    .as("set unless given on the command line")
                    .isNotNull();
        } finally {
            server.stop();
        }
    }

    @Test
    void thePushWebSocketIsOpenedWithoutPermessageDeflateNorUnreadHeadersAndOtherRequestsPassUnchanged()
            throws Exception {
        var registration = ConnectionBuffers.pushWithoutCompression();
        assertThat(registration.getUrlPatterns()).containsExactly("/VAADIN/push");
        var filter = registration.getFilter();

        var upgrade = new MockHttpServletRequest("GET", "/VAADIN/push");
        upgrade.setQueryString("v-uiId=0&v-pushId=abc&X-Atmosphere-Transport=websocket");
        upgrade.setParameter("v-uiId", "0");
        upgrade.setParameter("v-pushId", "abc");
        upgrade.setParameter("X-Atmosphere-Transport", "websocket");
        upgrade.addHeader("Upgrade", "websocket");
        upgrade.addHeader("Sec-WebSocket-Extensions", "permessage-deflate; client_max_window_bits");
        upgrade.addHeader("Sec-WebSocket-Key", "dGhlIHNhbXBsZSBub25jZQ==");
        upgrade.addHeader("User-Agent", "Mozilla/5.0 (X11; Linux x86_64) Chrome/142.0.0.0 Safari/537.36");
        upgrade.addHeader("Accept-Language", "de-DE,de;q=0.9");
        upgrade.addHeader("Origin", "https://praxis.example");
        upgrade.addHeader("Cookie", "JSESSIONID=abc");
        var seen = new AtomicReference<HttpServletRequest>();
        filter.doFilter(
                upgrade, new MockHttpServletResponse(), (request, response) -> seen.set((HttpServletRequest) request));

        // What Tomcat's upgrade reads to negotiate extensions: none offered, so none is installed on the socket.
        assertThat(seen.get().getHeader("Sec-WebSocket-Extensions")).isNull();
        assertThat(Collections.list(seen.get().getHeaders("sec-websocket-extensions")))
                .isEmpty();
        // Kept four times while the socket is open, read by no one after the upgrade: hidden too.
        assertThat(seen.get().getHeader("user-agent")).isNull();
        assertThat(seen.get().getHeader("Accept-Language")).isNull();
        assertThat(Collections.list(seen.get().getHeaderNames()))
                .containsExactlyInAnyOrder("Upgrade", "Sec-WebSocket-Key", "Origin", "Cookie");
        assertThat(seen.get().getHeader("Sec-WebSocket-Key")).isEqualTo("dGhlIHNhbXBsZSBub25jZQ==");
        assertThat(seen.get().getHeader("Origin")).isEqualTo("https://praxis.example");
        assertThat(seen.get().getHeader("Cookie")).isEqualTo("JSESSIONID=abc");
        // Atmosphere reads the parameters from the query string, which passes; Tomcat's copy as a map is not made.
        assertThat(seen.get().getQueryString()).isEqualTo("v-uiId=0&v-pushId=abc&X-Atmosphere-Transport=websocket");
        assertThat(seen.get().getParameterMap()).isEmpty();
        assertThat(seen.get().getParameter("v-uiId")).isNull();

        // A push request over HTTP (long polling, the client's fallback) is not touched.
        var polling = new MockHttpServletRequest("GET", "/VAADIN/push");
        polling.addHeader("User-Agent", "Mozilla/5.0");
        filter.doFilter(
                polling, new MockHttpServletResponse(), (request, response) -> seen.set((HttpServletRequest) request));
        assertThat(seen.get()).isSameAs(polling);
    }
}
