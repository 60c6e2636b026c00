package app.praxis.base.ui;

import com.vaadin.flow.spring.SpringServlet;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
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
 * Large responses still work: the doctor's calendar week and the admin's grids answer in UIDL messages of tens of
 * kilobytes (journey tests and the memory benchmark open them on these settings).
 */
@Configuration(proxyBeanMethods = false)
class ConnectionBuffers {

    static final String ATMOSPHERE_BUFFER = "1024";
    static final String WEBSOCKET_BUFFER = "2048";
    static final String WEBSOCKET_MESSAGE_BUFFER = "1024";
    static final String SOCKET_BUFFER = "4096";

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
}
