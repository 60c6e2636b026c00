package app.praxis.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * GreenMail on a free port with the shared context's mail sender pointed at it while it runs, and pointed back
 * when it stops (a property override would start a second context, and a second database, for one test class).
 */
public final class TestSmtp extends GreenMail {

    private final JavaMailSenderImpl sender;
    private final String originalHost;
    private final int originalPort;

    public TestSmtp(JavaMailSenderImpl sender) {
        super(ServerSetupTest.SMTP.dynamicPort());
        this.sender = sender;
        this.originalHost = sender.getHost();
        this.originalPort = sender.getPort();
    }

    @Override
    public synchronized void start() {
        super.start();
        sender.setHost("127.0.0.1");
        sender.setPort(getSmtp().getPort());
    }

    @Override
    public synchronized void stop() {
        sender.setHost(originalHost);
        sender.setPort(originalPort);
        super.stop();
    }
}
