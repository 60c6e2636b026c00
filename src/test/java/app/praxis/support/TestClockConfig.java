package app.praxis.support;

import app.praxis.base.ClinicProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** Replaces the application's system clock with the {@link TestClock} in every test context that imports it. */
@TestConfiguration(proxyBeanMethods = false)
public class TestClockConfig {

    @Bean
    @Primary
    TestClock testClock(ClinicProperties clinic) {
        return new TestClock(clinic.timeZone(), TestClock.configuredStart());
    }
}
