package app.praxis.base;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * The default (embedded) profile's mail server: GreenMail in the application's own JVM, on a free loopback port,
 * with the mail sender pointed at it. A newcomer's demo then sends every e-mail for real (the admins' "Sent
 * e-mails" page shows them as sent) with no mail server installed. It accepts everything and keeps it in memory
 * only; the {@code mysql} profile never starts it and uses {@code spring.mail.*}.
 */
@Configuration(proxyBeanMethods = false)
@Profile("embedded")
@ConditionalOnProperty(name = "praxis.mail.dev-server.enabled", havingValue = "true")
class DevMailServer {

    private static final Logger log = LoggerFactory.getLogger(DevMailServer.class);

    @Bean(destroyMethod = "stop")
    GreenMail devSmtpServer(JavaMailSenderImpl mailSender) {
        var server = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
        server.start();
        mailSender.setHost("127.0.0.1");
        mailSender.setPort(server.getSmtp().getPort());
        log.info(
                "E-mails go to the in-process GreenMail SMTP server on 127.0.0.1:{} (admins: Sent e-mails)",
                server.getSmtp().getPort());
        return server;
    }
}
