package app.praxis.base;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/** The embedded profile's own SMTP server takes the application's e-mails, so the demo needs no mail server. */
class DevMailServerTest {

    @Test
    void theMailSenderIsPointedAtAnInProcessServerThatReceivesTheEMails() throws Exception {
        var sender = new JavaMailSenderImpl();
        sender.setHost("mail.invalid");
        sender.setPort(25);
        var server = new DevMailServer().devSmtpServer(sender);
        try {
            assertThat(sender.getHost()).isEqualTo("127.0.0.1");
            assertThat(sender.getPort()).isEqualTo(server.getSmtp().getPort()).isPositive();
            var message = new SimpleMailMessage();
            message.setFrom("no-reply@praxis.local");
            message.setTo("paul.neumann@example.org");
            message.setSubject("Your appointment");
            message.setText("See you");
            sender.send(message);
            assertThat(server.getReceivedMessages()).singleElement().satisfies(m -> assertThat(m.getSubject())
                    .isEqualTo("Your appointment"));
        } finally {
            server.stop();
        }
    }
}
