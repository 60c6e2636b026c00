package app.praxis.chat;

import static org.assertj.core.api.Assertions.assertThat;

import app.praxis.PraxisApplication;
import app.praxis.appointment.BookingFixture;
import app.praxis.doctor.DoctorSummary;
import app.praxis.patient.PatientSummary;
import app.praxis.security.Roles;
import app.praxis.support.IntegrationTest;
import app.praxis.support.SharedSecurityContextStrategy;
import app.praxis.support.SignIn;
import app.praxis.support.TestClockConfig;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two Praxis nodes on one database, as behind a load balancer: this test's application context is node A, and a
 * second, complete application (its own web server, beans and poller) is node B. A message sent through A reaches
 * a listener registered on B within two seconds, and the other way round.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ChatAcrossNodesTest {

    private static final Duration WITHIN = Duration.ofSeconds(2);

    @Autowired
    ChatService chatsOnA;

    @Autowired
    ChatUpdates updatesOnA;

    @Autowired
    BookingFixture fixture;

    ConfigurableApplicationContext nodeB;

    /** Node B: the whole application again, on the same schema, with its own (test) clock and a web server. */
    @BeforeAll
    void startSecondNode() {
        nodeB = new SpringApplicationBuilder(
                        PraxisApplication.class, SharedSecurityContextStrategy.class, TestClockConfig.class)
                .profiles("embedded", "test")
                .properties("spring.main.banner-mode=off")
                .run("--server.port=0"); // an argument: application.properties (PORT or 8080) outranks builder defaults
    }

    @AfterAll
    void stopSecondNode() {
        if (nodeB != null) {
            nodeB.close();
        }
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void aMessageSentOnOneNodeReachesAListenerOnTheOtherWithinTwoSeconds() throws Exception {
        String family = "Nodes" + UUID.randomUUID().toString().substring(0, 8);
        DoctorSummary doctor = fixture.doctor(family);
        PatientSummary patient = fixture.quickPatient(family);
        fixture.pastAppointment(doctor.doctorId(), patient.patientId(), 10);
        SignIn.as(patient.userId(), Roles.PATIENT);
        long chat = chatsOnA.chatWithDoctor(doctor.doctorId());

        var reachedB = new CompletableFuture<ChatUpdate>();
        ChatUpdates updatesOnB = nodeB.getBean(ChatUpdates.class);
        assertThat(updatesOnB).isNotSameAs(updatesOnA);
        var onB = updatesOnB.subscribe(doctor.userId(), reachedB::complete);
        try {
            long sent = System.nanoTime();
            chatsOnA.send(chat, "Sent on node A");
            ChatUpdate update = reachedB.get(WITHIN.toMillis(), TimeUnit.MILLISECONDS);
            long millis = Duration.ofNanos(System.nanoTime() - sent).toMillis();

            assertThat(update.chatId()).isEqualTo(chat);
            assertThat(update.kind()).isEqualTo(ChatUpdate.Kind.MESSAGE);
            assertThat(millis).isLessThan(WITHIN.toMillis());
        } finally {
            onB.cancel();
        }

        var reachedA = new CompletableFuture<ChatUpdate>();
        var onA = updatesOnA.subscribe(patient.userId(), update -> {
            if (update.kind() == ChatUpdate.Kind.MESSAGE) {
                reachedA.complete(update);
            }
        });
        try {
            SignIn.as(doctor.userId(), Roles.DOCTOR);
            nodeB.getBean(ChatService.class).send(chat, "Answered on node B");
            assertThat(reachedA.get(WITHIN.toMillis(), TimeUnit.MILLISECONDS).chatId())
                    .isEqualTo(chat);
        } finally {
            onA.cancel();
        }
    }
}
