package app.praxis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.praxis.appointment.BookingFixture;
import app.praxis.appointment.BookingService;
import app.praxis.appointment.DoctorDirectory;
import app.praxis.appointment.ReminderService;
import app.praxis.availability.AvailabilityService;
import app.praxis.availability.WeeklyHours;
import app.praxis.availability.WeeklyInterval;
import app.praxis.base.InvalidInputException;
import app.praxis.base.MailOutbox;
import app.praxis.base.OutgoingMail;
import app.praxis.doctor.DoctorSummary;
import app.praxis.patient.PatientService;
import app.praxis.patient.PatientSummary;
import app.praxis.security.Roles;
import app.praxis.security.SignInLimits;
import app.praxis.support.IntegrationTest;
import app.praxis.support.SharedSecurityContextStrategy;
import app.praxis.support.SignIn;
import app.praxis.support.TestAccounts;
import app.praxis.support.TestClock;
import app.praxis.support.TestClockConfig;
import app.praxis.support.TestSmtp;
import app.praxis.user.NewAccount;
import app.praxis.waitlist.NewWaitlistEntry;
import app.praxis.waitlist.WaitlistService;
import jakarta.mail.Message;
import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two Praxis nodes on one database, as behind the load balancer of docker-compose.yml: this test's context is node
 * A, a second complete application is node B (as in ChatAcrossNodesTest). A booking on one is seen by the other;
 * with both nodes' e-mail senders running, each e-mail arrives once; reminders, waitlist offers and the nightly
 * horizon run on both at once and still happen once per due item; wrong passwords count alike on both.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TwoNodesTest {

    @Autowired
    BookingService bookingOnA;

    @Autowired
    BookingFixture fixture;

    @Autowired
    JavaMailSenderImpl senderOnA;

    @Autowired
    MailOutbox outboxOnA;

    @Autowired
    OutgoingMail mailOnA;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    TestClock clockOnA;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PatientService patientsOnA;

    @Autowired
    AuthenticationConfiguration authenticationOnA;

    ConfigurableApplicationContext nodeB;
    TestSmtp smtp;
    String family;

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

    @BeforeEach
    void bothNodesMailToOneServer() {
        smtp = new TestSmtp(senderOnA);
        smtp.start();
        var senderOnB = nodeB.getBean(JavaMailSenderImpl.class);
        senderOnB.setHost("127.0.0.1");
        senderOnB.setPort(smtp.getSmtp().getPort());
        nodeB.getBean(TestClock.class).reset();
        family = "Nodes" + UUID.randomUUID().toString().substring(0, 8);
    }

    @AfterEach
    void tearDown() {
        smtp.stop();
        SignIn.out();
    }

    /** Moves both nodes' clocks. */
    private void moveTo(LocalDateTime wallClock) {
        clockOnA.setTo(wallClock);
        nodeB.getBean(TestClock.class).setTo(wallClock);
    }

    @Test
    void aBookingOnOneNodeIsSeenAndDefendedByTheOther() {
        DoctorSummary doctor = fixture.doctor(family);
        PatientSummary paul = fixture.quickPatient(family + "p");
        PatientSummary rita = fixture.quickPatient(family + "r");
        long slot = fixture.slot(doctor.doctorId(), 2, LocalTime.of(10, 0));
        SignIn.as(paul.userId(), Roles.PATIENT);
        assertThat(nodeB.getBean(DoctorDirectory.class).freeSlots(doctor.doctorId()))
                .extracting(s -> s.id())
                .contains(slot);

        bookingOnA.book(slot, "Booked on A");

        assertThat(nodeB.getBean(DoctorDirectory.class).freeSlots(doctor.doctorId()))
                .extracting(s -> s.id())
                .doesNotContain(slot);
        SignIn.as(rita.userId(), Roles.PATIENT);
        assertThatThrownBy(() -> nodeB.getBean(BookingService.class).book(slot, "On B"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(
                                e.fieldErrors().get(BookingService.SLOT))
                        .isEqualTo(BookingService.SLOT_TAKEN));
    }

    @Test
    void wrongPasswordsCountOnBothNodesAlikeSoAlternatingThemGainsNothing() throws Exception {
        NewAccount account = TestAccounts.newAccount("Split", "Guesses");
        patientsOnA.register(account);
        String attacker = "203.0.113.77";
        AuthenticationManager onA = authenticationOnA.getAuthenticationManager();
        AuthenticationManager onB =
                nodeB.getBean(AuthenticationConfiguration.class).getAuthenticationManager();

        for (int i = 0; i <= SignInLimits.FREE_FAILURES; i++) {
            AuthenticationManager node = i % 2 == 0 ? onA : onB;
            String guess = "wrong guess " + i;
            assertThatThrownBy(() -> signIn(node, account.email(), guess, attacker))
                    .isInstanceOf(BadCredentialsException.class);
        }

        assertThatThrownBy(() -> signIn(onA, account.email(), account.password(), attacker))
                .as("node A counts node B's failures too")
                .isInstanceOf(LockedException.class);
        assertThatThrownBy(() -> signIn(onB, account.email(), account.password(), attacker))
                .isInstanceOf(LockedException.class);
        assertThat(signIn(onB, account.email(), account.password(), "198.51.100.77")
                        .isAuthenticated())
                .as("the owner from another address")
                .isTrue();
    }

    private static Authentication signIn(AuthenticationManager node, String email, String password, String address) {
        var token = UsernamePasswordAuthenticationToken.unauthenticated(email, password);
        token.setDetails(new WebAuthenticationDetails(address, null));
        return node.authenticate(token);
    }

    @Test
    void withBothSendersRunningEveryEMailArrivesOnce() throws Exception {
        int count = 200;
        List<String> recipients = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            recipients.add(family.toLowerCase() + "-" + i + "@example.org");
        }
        // Written in batches as changes would write them; both nodes' scheduled senders pick them up at once.
        long started = System.nanoTime();
        for (int from = 0; from < count; from += 50) {
            List<String> batch = recipients.subList(from, from + 50);
            transaction.executeWithoutResult(
                    status -> batch.forEach(to -> mailOnA.send(to, "Hello " + to, "Text", "a test")));
        }
        var outboxOnB = nodeB.getBean(MailOutbox.class);
        twice(outboxOnA::deliverDue, outboxOnB::deliverDue, 10);
        assertThat(smtp.waitForIncomingEmail(30_000, count)).isTrue();
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf(
                "FIGURE two nodes delivered %d e-mails in %.2f s (%.0f per second)%n", count, seconds, count / seconds);

        Map<String, Long> received = Arrays.stream(smtp.getReceivedMessages())
                .map(message -> {
                    try {
                        return message.getRecipients(Message.RecipientType.TO)[0].toString();
                    } catch (jakarta.mail.MessagingException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .filter(recipients::contains)
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        assertThat(received)
                .hasSize(count)
                .allSatisfy((to, times) -> assertThat(times).as(to).isOne());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM mail_outbox WHERE recipient LIKE ? AND status = 'SENT'")
                        .param(family.toLowerCase() + "-%")
                        .query(Long.class)
                        .single())
                .isEqualTo(count);
    }

    @Test
    void remindersWaitlistOffersAndTheNightlyHorizonRunOncePerItemOnTwoNodes() throws Exception {
        DoctorSummary doctor = fixture.doctor(family);
        PatientSummary paul = fixture.quickPatient(family + "p");
        PatientSummary wanda = fixture.quickPatient(family + "w");
        LocalDateTime start = fixture.today().plusDays(3).atTime(10, 0);
        SignIn.as(paul.userId(), Roles.PATIENT);
        List<Long> appointments = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            appointments.add(bookingOnA.book(fixture.slot(doctor.doctorId(), start.plusMinutes(30L * i)), "Visit"));
        }
        SignIn.as(wanda.userId(), Roles.PATIENT);
        nodeB.getBean(WaitlistService.class)
                .join(new NewWaitlistEntry(
                        doctor.doctorId(),
                        start.toLocalDate(),
                        start.toLocalDate(),
                        LocalTime.of(12, 0),
                        LocalTime.of(18, 0)));
        fixture.slot(doctor.doctorId(), start.withHour(13));
        fixture.slot(doctor.doctorId(), start.withHour(14));
        SignIn.out();

        moveTo(start.minusHours(12));
        var remindersOnA = clockedBean(null, ReminderService.class);
        var remindersOnB = nodeB.getBean(ReminderService.class);
        twice(remindersOnA::sendDue, remindersOnB::sendDue, 3);
        var waitlistOnA = clockedBean(null, WaitlistService.class);
        var waitlistOnB = nodeB.getBean(WaitlistService.class);
        twice(waitlistOnA::offerDue, waitlistOnB::offerDue, 3);

        for (long appointment : appointments) {
            assertThat(jdbc.sql("SELECT COUNT(*) FROM appointment_reminders WHERE appointment_id = ?")
                            .param(appointment)
                            .query(Long.class)
                            .single())
                    .isOne();
        }
        assertThat(mailsLike(paul, "Reminder:%")).isEqualTo(5);
        assertThat(mailsLike(wanda, "A time with%")).as("one offer, one hold").isEqualTo(1);
        assertThat(fixture.count(
                        "SELECT COUNT(*) FROM doctor_availability WHERE doctor_id = ? AND held_for IS NOT NULL",
                        doctor.doctorId()))
                .isOne();

        // The nightly horizon: both nodes' jobs at once add each new day's slots once.
        moveTo(fixture.today().atTime(0, 30));
        DoctorSummary weekly = fixture.doctor(family + "h");
        SignIn.as(weekly.userId(), Roles.DOCTOR);
        var availability = nodeB.getBean(AvailabilityService.class);
        availability.saveWeeklyHours(
                weekly.doctorId(),
                new WeeklyHours(
                        Arrays.stream(DayOfWeek.values())
                                .map(day -> new WeeklyInterval(day, LocalTime.of(9, 0), LocalTime.of(10, 0)))
                                .toList(),
                        60,
                        0,
                        fixture.today(),
                        null));
        SignIn.out();
        long before = fixture.count("SELECT COUNT(*) FROM doctor_availability WHERE doctor_id = ?", weekly.doctorId());
        moveTo(fixture.today().plusDays(7).atTime(0, 30));
        Object rollerOnA = clockedBean("horizonRoller", null);
        Object rollerOnB = nodeB.getBean("horizonRoller");
        twice(
                () -> {
                    ReflectionTestUtils.invokeMethod(rollerOnA, "rollAll");
                    return 0;
                },
                () -> {
                    ReflectionTestUtils.invokeMethod(rollerOnB, "rollAll");
                    return 0;
                },
                1);
        long after = fixture.count("SELECT COUNT(*) FROM doctor_availability WHERE doctor_id = ?", weekly.doctorId());
        assertThat(after - before).as("a week of new days, once").isEqualTo(7);
    }

    /** A bean of node A (this test's context), by type or by name. */
    @SuppressWarnings("unchecked")
    private <T> T clockedBean(
            @org.jspecify.annotations.Nullable String name, @org.jspecify.annotations.Nullable Class<T> type) {
        return name == null ? applicationContext.getBean(type) : (T) applicationContext.getBean(name);
    }

    @Autowired
    org.springframework.context.ApplicationContext applicationContext;

    private long mailsLike(PatientSummary patient, String subject) {
        return jdbc.sql("""
                        SELECT COUNT(*) FROM mail_outbox o JOIN users u ON u.email = o.recipient
                        WHERE u.user_id = ? AND o.subject LIKE ?""").params(patient.userId(), subject).query(Long.class).single();
    }

    /** Runs both at the same instant, {@code rounds} times. */
    private static void twice(Callable<Integer> onA, Callable<Integer> onB, int rounds) throws Exception {
        try (ExecutorService pool = Executors.newFixedThreadPool(2)) {
            for (int round = 0; round < rounds; round++) {
                var go = new CountDownLatch(1);
                Future<Integer> a = pool.submit(() -> {
                    go.await();
                    return onA.call();
                });
                Future<Integer> b = pool.submit(() -> {
                    go.await();
                    return onB.call();
                });
                go.countDown();
                a.get();
                b.get();
            }
        }
    }
}
