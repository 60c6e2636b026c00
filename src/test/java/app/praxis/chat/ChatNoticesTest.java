package app.praxis.chat;

import static org.assertj.core.api.Assertions.assertThat;

import app.praxis.appointment.BookingFixture;
import app.praxis.base.MailOutbox;
import app.praxis.doctor.DoctorSummary;
import app.praxis.patient.PatientSummary;
import app.praxis.security.Roles;
import app.praxis.support.IntegrationTest;
import app.praxis.support.SignIn;
import app.praxis.support.TestClock;
import app.praxis.support.TestSmtp;
import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/** "E-mail when away": one e-mail per conversation until read, without the message, claimed by one node. */
@IntegrationTest
class ChatNoticesTest {

    private TestSmtp smtp;

    @Autowired
    JavaMailSenderImpl mailSender;

    @Autowired
    ChatService chats;

    @Autowired
    ChatNotices notices;

    @Autowired
    MailOutbox outbox;

    @Autowired
    BookingFixture fixture;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestClock clock;

    DoctorSummary doctor;
    PatientSummary patient;
    String doctorEmail;
    String patientEmail;

    @BeforeEach
    void setUp() {
        smtp = new TestSmtp(mailSender);
        smtp.start();
        String family = "Notice" + UUID.randomUUID().toString().substring(0, 8);
        doctor = fixture.doctor(family);
        patient = fixture.quickPatient(family);
        fixture.pastAppointment(doctor.doctorId(), patient.patientId(), 10);
        doctorEmail = email(doctor.userId());
        patientEmail = email(patient.userId());
    }

    @AfterEach
    void tearDown() {
        smtp.stop();
        SignIn.out();
    }

    private String email(long userId) {
        return jdbc.sql("SELECT email FROM users WHERE user_id = ?")
                .param(userId)
                .query(String.class)
                .single();
    }

    /** E-mails to one address (other tests' unread messages may be due too, and go elsewhere). */
    private List<MimeMessage> mailsTo(String address) {
        return Arrays.stream(smtp.getReceivedMessages())
                .filter(message -> {
                    try {
                        return Arrays.stream(message.getRecipients(Message.RecipientType.TO))
                                .anyMatch(to -> to.toString().equalsIgnoreCase(address));
                    } catch (jakarta.mail.MessagingException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .toList();
    }

    @Test
    void aGermanSpeakingRecipientIsToldInGerman() throws Exception {
        jdbc.sql("UPDATE users SET language = 'de' WHERE user_id = ?")
                .param(doctor.userId())
                .update();
        SignIn.as(patient.userId(), Roles.PATIENT);
        long chat = chats.chatWithDoctor(doctor.doctorId());
        chats.send(chat, "Eine Frage zum Befund");

        clock.advance(Duration.ofMinutes(16));
        notices.sendDue();
        outbox.deliverDue();

        assertThat(mailsTo(doctorEmail)).singleElement().satisfies(mail -> {
            assertThat(mail.getSubject()).isEqualTo("Neue Nachricht von Pat " + doctorFamily());
            String body = app.praxis.support.Mails.text(mail);
            assertThat(body)
                    .contains("Guten Tag Dr.")
                    .contains("hat Ihnen in Praxis geschrieben")
                    .contains("/messages?chat=" + chat)
                    .doesNotContain("Befund", "Hello");
        });
    }

    @Test
    void aMessageUnreadFor15MinutesBringsOneShortEMailWithALinkAndWithoutTheText() throws Exception {
        SignIn.as(patient.userId(), Roles.PATIENT);
        long chat = chats.chatWithDoctor(doctor.doctorId());
        chats.send(chat, "My test results say HbA1c 7.9");

        clock.advance(Duration.ofMinutes(14));
        notices.sendDue();
        outbox.deliverDue();
        assertThat(mailsTo(doctorEmail)).isEmpty();

        clock.advance(Duration.ofMinutes(2));
        notices.sendDue();
        outbox.deliverDue();
        assertThat(mailsTo(doctorEmail)).singleElement().satisfies(mail -> {
            assertThat(mail.getSubject()).isEqualTo("New message from Pat " + doctorFamily());
            String body = GreenMailUtil.getBody(mail);
            assertThat(body).contains("/messages?chat=" + chat).doesNotContain("HbA1c");
        });

        chats.send(chat, "Another one");
        clock.advance(Duration.ofMinutes(30));
        notices.sendDue();
        outbox.deliverDue();
        assertThat(mailsTo(doctorEmail)).as("one e-mail until read").hasSize(1);

        SignIn.as(doctor.userId(), Roles.DOCTOR);
        chats.markRead(chat);
        chats.send(chat, "Answer for the patient");
        SignIn.as(patient.userId(), Roles.PATIENT);
        chats.send(chat, "Thanks, one more question");
        clock.advance(Duration.ofMinutes(16));
        notices.sendDue();
        outbox.deliverDue();
        assertThat(mailsTo(doctorEmail))
                .as("read, so the next unread message may be told")
                .hasSize(2);
        assertThat(mailsTo(patientEmail)).singleElement().satisfies(mail -> assertThat(mail.getSubject())
                .isEqualTo("New message from Dr. Doc " + doctorFamily()));
    }

    @Test
    void twoNodesRunningTheJobAtOnceSendOneEMail() throws Exception {
        SignIn.as(patient.userId(), Roles.PATIENT);
        long chat = chats.chatWithDoctor(doctor.doctorId());
        chats.send(chat, "Hello");
        clock.advance(Duration.ofMinutes(20));

        var pool = Executors.newFixedThreadPool(2);
        try {
            var start = new CountDownLatch(1);
            List<Future<Integer>> runs = List.of(
                    pool.submit(() -> {
                        start.await();
                        return notices.sendDue();
                    }),
                    pool.submit(() -> {
                        start.await();
                        return notices.sendDue();
                    }));
            start.countDown();
            for (Future<Integer> run : runs) {
                run.get(30, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        outbox.deliverDue();
        assertThat(mailsTo(doctorEmail)).hasSize(1);
    }

    private String doctorFamily() {
        return jdbc.sql("SELECT last_name FROM users WHERE user_id = ?")
                .param(doctor.userId())
                .query(String.class)
                .single();
    }
}
