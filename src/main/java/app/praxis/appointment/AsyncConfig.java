package app.praxis.appointment;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableAsync;

/**
 * {@code @Async} work on Spring Boot's task executor. E-mails no longer need it: they are written to the outbox in
 * the change's transaction ({@code base.OutgoingMail}) and sent by {@code base.MailOutbox}.
 */
@Configuration
@EnableAsync
class AsyncConfig {}
