package app.praxis.appointment;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableAsync;

/** Appointment e-mails are sent on Spring Boot's task executor, after the commit and off the request thread. */
@Configuration
@EnableAsync
class AsyncConfig {}
