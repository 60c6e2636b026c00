package app.praxis.support;

import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Puts the {@link TestClock} back to its start before each test. Rate limits count per window of that clock, and
 * a stopped clock never leaves a window: the counters start empty with it, so one test's forms (registration,
 * "forgot password") never use up another's allowance.
 */
public class TestClockExtension implements BeforeEachCallback {

    @Override
    public void beforeEach(ExtensionContext context) {
        var spring = SpringExtension.getApplicationContext(context);
        spring.getBean(TestClock.class).reset();
        spring.getBean(JdbcClient.class).sql("DELETE FROM rate_limit_counters").update();
    }
}
