package app.praxis.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.apache.commons.logging.impl.Log4jApiLogFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.core.log.LogMessage;

/**
 * Spring's and Spring Security's debug messages (Commons Logging, {@link LogMessage}) are built only when their level
 * is on, and what is on still reaches Logback (commons-logging.properties: issue 18, the booking click's profile).
 */
class LazyLogMessagesTest {

    private static final String CATEGORY = "app.praxis.base.LazyLogMessagesTest.category";

    private final Logger logback = (Logger) LoggerFactory.getLogger(CATEGORY);
    private final ListAppender<ILoggingEvent> logged = new ListAppender<>();

    @BeforeEach
    void listen() {
        logback.setLevel(Level.INFO);
        logged.start();
        logback.addAppender(logged);
    }

    @AfterEach
    void stopListening() {
        logback.detachAppender(logged);
        logback.setLevel(null);
    }

    @Test
    void commonsLoggingGoesThroughTheLog4jApi() {
        assertThat(LogFactory.getFactory()).isInstanceOf(Log4jApiLogFactory.class);
    }

    @Test
    void aMessageBelowTheLevelIsNeverBuilt() {
        Log log = LogFactory.getLog(CATEGORY);
        var built = new AtomicInteger();

        log.debug(LogMessage.of(() -> "debug " + built.incrementAndGet()));
        log.trace(LogMessage.of(() -> "trace " + built.incrementAndGet()));

        assertThat(built).hasValue(0);
        assertThat(logged.list).isEmpty();
    }

    @Test
    void aMessageAtTheLevelReachesLogbackUnderItsCategory() {
        Log log = LogFactory.getLog(CATEGORY);

        log.info(LogMessage.format("booked %s", 42));
        log.warn("careful", new IllegalStateException("why"));

        assertThat(logged.list)
                .extracting(ILoggingEvent::getLevel, ILoggingEvent::getFormattedMessage, ILoggingEvent::getLoggerName)
                .containsExactly(tuple(Level.INFO, "booked 42", CATEGORY), tuple(Level.WARN, "careful", CATEGORY));
        assertThat(logged.list.get(1).getThrowableProxy().getMessage()).isEqualTo("why");
    }
}
