package app.praxis.base;

import java.time.Clock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** One clock for the whole application, in the clinic's zone, so tests can fix "now". */
@Configuration
class ClockConfig {

    @Bean
    @ConditionalOnMissingBean
    Clock clinicClock(ClinicProperties clinic) {
        return Clock.system(clinic.timeZone());
    }
}
