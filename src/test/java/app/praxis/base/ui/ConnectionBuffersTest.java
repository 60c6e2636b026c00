package app.praxis.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.spring.SpringServlet;
import jakarta.servlet.http.HttpServlet;
import org.apache.catalina.Context;
import org.junit.jupiter.api.Test;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.servlet.ServletRegistrationBean;

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

        assertThat(vaadin.getInitParameters()).containsEntry("org.atmosphere.websocket.bufferSize", "1024");
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
                    .isEqualTo("1024");
            assertThat(context.findParameter("org.apache.tomcat.websocket.binaryBufferSize"))
                    .isEqualTo("1024");
            var connector = server.getTomcat().getConnector();
            assertThat(connector.getProperty("socket.appReadBufSize")).hasToString("4096");
            assertThat(connector.getProperty("socket.appWriteBufSize")).hasToString("4096");
            assertThat(System.getProperty("org.apache.tomcat.websocket.DEFAULT_BUFFER_SIZE"))
                    .as("set unless given on the command line")
                    .isNotNull();
        } finally {
            server.stop();
        }
    }
}
