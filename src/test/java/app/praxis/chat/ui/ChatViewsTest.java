package app.praxis.chat.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.praxis.appointment.BookingFixture;
import app.praxis.appointment.ui.CardsOnScreen;
import app.praxis.base.Formats;
import app.praxis.base.Language;
import app.praxis.base.ui.LivePush;
import app.praxis.base.ui.MenuBadge;
import app.praxis.base.ui.MenuOnScreen;
import app.praxis.chat.ChatService;
import app.praxis.chat.ChatUpdates;
import app.praxis.doctor.DoctorSummary;
import app.praxis.patient.PatientSummary;
import app.praxis.security.Roles;
import app.praxis.support.IntegrationTest;
import app.praxis.support.SignIn;
import app.praxis.support.TestClock;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinSession;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.util.AopTestUtils;

/** The Messages screen: inbox, conversation panel, live updates and the menu's unread badge. */
@IntegrationTest
class ChatViewsTest extends SpringBrowserlessTest {

    @Autowired
    ChatService chats;

    @Autowired
    ChatUpdates updates;

    @Autowired
    BookingFixture fixture;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestClock clock;

    String family;
    DoctorSummary doctor;
    PatientSummary patient;

    @BeforeEach
    void setUp() {
        family = "ChatView" + UUID.randomUUID().toString().substring(0, 8);
        doctor = fixture.doctor(family);
        patient = fixture.quickPatient(family);
        fixture.pastAppointment(doctor.doctorId(), patient.patientId(), 10);
        asPatient();
    }

    /** Screens leave (their live subscriptions end) while still signed in; only then sign out. */
    @AfterEach
    void leaveTheScreensThenSignOut() {
        roundTrip(); // live updates queued while the test held the session run now, still signed in
        // The badges sit in the layout, which the route's removal does not detach: detach them, so their live
        // updates stop before the user is gone (an update arriving later finds them detached and asks nothing).
        MenuOnScreen.leave();
        UI.getCurrent().removeAll();
        SignIn.out();
    }

    private void asPatient() {
        SignIn.as(patient.userId(), Roles.PATIENT);
    }

    private void asDoctor() {
        SignIn.as(doctor.userId(), Roles.DOCTOR);
    }

    static <T> T target(T view) {
        return AopTestUtils.getUltimateTargetObject(view);
    }

    private MessagesView open(String parameter, long id) {
        UI.getCurrent().navigate("messages", QueryParameters.of(parameter, String.valueOf(id)));
        return (MessagesView) target(getCurrentView());
    }

    /** The messages' texts as the browser was sent them (the panel's element draws them). */
    private List<String> texts(ChatPanel panel) {
        return panel.state().days().stream()
                .flatMap(day -> day.items().stream())
                .map(ChatPanel.Item::text)
                .toList();
    }

    private List<String> dayHeadings(ChatPanel panel) {
        return panel.state().days().stream().map(ChatPanel.Day::label).toList();
    }

    /** The layout's two unread badges (the menu's, the top bar's) as shown: their texts, "" while hidden. */
    private List<String> badges() {
        return List.of(
                Optional.ofNullable(MenuOnScreen.badges().get("messages"))
                        .map(MenuBadge.Count::text)
                        .orElse(""),
                Optional.ofNullable(MenuOnScreen.topBarBadges().get("messages"))
                        .map(MenuBadge.Count::text)
                        .orElse(""));
    }

    /** Runs what other threads queued with ui.access (the poller's updates) until the condition holds. */
    private void awaitUi(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        VaadinSession session = VaadinSession.getCurrent();
        while (true) {
            session.getService().runPendingAccessTasks(session);
            if (condition.getAsBoolean()) {
                return;
            }
            assertThat(System.nanoTime())
                    .as("waited 5 s for the screen to update")
                    .isLessThan(deadline);
            Thread.sleep(25);
        }
    }

    @Test
    void aPatientStartsTheChatFromTheDoctorsLinkAndWhatTheyWriteShowsAsText() {
        MessagesView view = open(MessagesView.DOCTOR, doctor.doctorId());

        assertThat(view.panel).isNotNull();
        ChatPanel panel = view.panel;
        assertThat(panel.state().name()).isEqualTo("Dr. Doc " + family);
        String xss = "<img src=x onerror=alert(1)> <b>Hello</b>";
        panel.send(xss); // what the composer's submit calls

        // Sent as a JSON string to Vaadin's message list in the browser, which sets it as text (no Markdown).
        assertThat(texts(panel)).containsExactly(xss);
        assertThat(panel.state().days().getFirst().items().getFirst().theme()).isEqualTo("current-user");
        assertThat(panel.state().error()).isEmpty();
        assertThat(dayHeadings(panel)).containsExactly("Today");
        assertThat(fixture.count("SELECT COUNT(*) FROM chat_messages WHERE chat_id = ?", panel.chatId))
                .isOne();
        assertThat(view.inbox.shown().entries()).singleElement().satisfies(entry -> {
            assertThat(entry.name()).isEqualTo("Dr. Doc " + family);
            assertThat(entry.preview()).isEqualTo(xss);
            assertThat(entry.selected()).as("the open chat is marked").isTrue();
        });
    }

    @Test
    void pushIsOnWhileTheConversationsAreOpenAndOffOnThePatientsOtherPages() {
        UI ui = UI.getCurrent(); // (a browser's new UI starts without push: LivePush's UI init listener)
        open(MessagesView.DOCTOR, doctor.doctorId());
        roundTrip();
        assertThat(LivePush.isOn(ui)).as("push on Messages").isTrue();

        open(MessagesView.DOCTOR, doctor.doctorId()); // the same page again: push stays on
        roundTrip();
        assertThat(LivePush.isOn(ui)).as("push on Messages opened again").isTrue();

        ui.navigate("patient");
        roundTrip();
        assertThat(LivePush.isOn(ui)).as("push after leaving Messages").isFalse();
    }

    @Test
    void aRefusedMessageIsExplainedUnderTheFieldAndNothingIsStored() {
        ChatPanel panel = open(MessagesView.DOCTOR, doctor.doctorId()).panel;
        panel.send("evil\u202Etxt");

        assertThat(panel.state().error()).contains("text-direction");
        assertThat(texts(panel)).isEmpty();
        assertThat(fixture.count("SELECT COUNT(*) FROM chat_messages WHERE chat_id = ?", panel.chatId))
                .isZero();
    }

    @Test
    void aTooLongMessageIsRefusedUnderTheFieldThenAGoodOneClearsTheRefusal() {
        ChatPanel panel = open(MessagesView.DOCTOR, doctor.doctorId()).panel;
        panel.send("x".repeat(5000));

        assertThat(panel.state().error()).startsWith("A message can be at most");
        assertThat(texts(panel)).isEmpty();
        assertThat(fixture.count("SELECT COUNT(*) FROM chat_messages WHERE chat_id = ?", panel.chatId))
                .isZero();

        panel.send("Fine now");
        assertThat(panel.state().error()).isEmpty();
        assertThat(texts(panel)).containsExactly("Fine now");
    }

    @Test
    void aChatIdOfSomeoneElsesConversationOpensNothing() {
        long theirs = chats.chatWithDoctor(doctor.doctorId());
        chats.send(theirs, "Private");
        PatientSummary other = fixture.quickPatient(family + "Other");
        SignIn.as(other.userId(), Roles.PATIENT);

        MessagesView view = open(MessagesView.CHAT, theirs);

        assertThat(view.panel).isNull();
        assertThat(view.getElement().getTextRecursively()).doesNotContain("Private");
        asPatient();
    }

    @Test
    void aPatientCannotOpenAChatWithADoctorTheyNeverBooked() {
        DoctorSummary stranger = fixture.doctor(family + "Other");
        asPatient();
        MessagesView view = open(MessagesView.DOCTOR, stranger.doctorId());

        assertThat(view.panel).isNull();
        assertThat(fixture.count("SELECT COUNT(*) FROM chats WHERE doctor_id = ?", stranger.doctorId()))
                .isZero();
    }

    @Test
    void theDoctorSeesUnreadFirstWithABadgeOpensTheChatAndItIsRead() {
        long chat = chats.chatWithDoctor(doctor.doctorId());
        chats.send(chat, "Can I take ibuprofen?");
        PatientSummary quiet = fixture.quickPatient(family + "Quiet");
        fixture.pastAppointment(doctor.doctorId(), quiet.patientId(), 3);
        asDoctor();
        long quietChat = chats.chatWithPatient(quiet.patientId());

        UI.getCurrent().navigate(MessagesView.class);
        MessagesView view = target((MessagesView) getCurrentView());
        List<ChatInbox.Entry> entries = view.inbox.shown().entries();
        assertThat(entries).extracting(ChatInbox.Entry::id).containsExactly(chat, quietChat);
        assertThat(entries)
                .extracting(ChatInbox.Entry::href)
                .containsExactly("messages?chat=" + chat, "messages?chat=" + quietChat);
        assertThat(entries.getFirst().unread()).isOne();
        assertThat(entries.getFirst().unreadLabel()).isEqualTo("1 unread");
        assertThat(entries.get(1).unread()).isZero();
        assertThat(badges()).containsExactly("1", "1");
        assertThat(MenuOnScreen.badges().get("messages").label()).isEqualTo("1 unread message");

        view.unreadOnly.setValue(true);
        assertThat(view.inbox.shown().entries()).hasSize(1);
        view.unreadOnly.setValue(false);

        // The entry is a link: the browser's router follows it.
        UI.getCurrent()
                .navigate(
                        "messages",
                        QueryParameters.of(
                                MessagesView.CHAT,
                                String.valueOf(entries.getFirst().id())));
        view = target((MessagesView) getCurrentView());
        assertThat(view.panel).isNotNull();
        assertThat(texts(view.panel)).containsExactly("Can I take ibuprofen?");
        assertThat(fixture.count(
                        "SELECT COUNT(*) FROM chat_messages WHERE chat_id = ? AND read_at = ?",
                        chat,
                        Timestamp.from(clock.instant())))
                .isOne();
        assertThat(view.inbox.shown().entries().getFirst().unread()).isZero();
    }

    @Test
    void aMessageArrivesLiveInTheOpenPanelIsMarkedReadAndTheSenderSeesRead() throws Exception {
        long chat = chats.chatWithDoctor(doctor.doctorId());
        asDoctor();
        MessagesView doctorView = open(MessagesView.CHAT, chat);
        ChatPanel panel = doctorView.panel;

        asPatient();
        chats.send(chat, "I am on my way");
        asDoctor();
        awaitUi(() -> texts(panel).contains("I am on my way"));
        assertThat(fixture.count("SELECT COUNT(*) FROM chat_messages WHERE chat_id = ? AND read_at IS NULL", chat))
                .isZero();
        assertThat(badges()).containsExactly("", "");

        asPatient();
        MessagesView patientView = open(MessagesView.CHAT, chat);
        assertThat(patientView.panel.state().receipt()).isEqualTo("Read " + ChatTimesTest.hhmm(clock));
    }

    @Test
    void theUnreadBadgeCountsUpLiveOnAnyPage() throws Exception {
        long chat = chats.chatWithDoctor(doctor.doctorId());
        asDoctor();
        UI.getCurrent().navigate("doctor/appointments");
        assertThat(getCurrentView().getClass().getName()).contains("DoctorAgendaView");
        assertThat(badges()).containsExactly("", "");

        asPatient();
        chats.send(chat, "One");
        chats.send(chat, "Two");
        asDoctor();
        awaitUi(() -> badges().equals(List.of("2", "2")));
    }

    @Test
    void earlierMessagesLoadOnDemandAndDaysAreGrouped() {
        long chat = chats.chatWithDoctor(doctor.doctorId());
        ZoneId zone = clock.getZone();
        Instant now = clock.instant();
        Instant yesterday = now.atZone(zone).minusDays(1).toInstant();
        Instant earlier = now.atZone(zone).minusDays(3).toInstant();
        insert(chat, earlier, 10);
        insert(chat, yesterday, 20);
        insert(chat, now, 30);

        ChatPanel panel = open(MessagesView.CHAT, chat).panel;
        assertThat(texts(panel)).hasSize(50);
        assertThat(dayHeadings(panel)).containsExactly("Yesterday", "Today");
        assertThat(panel.state().hasOlder()).isTrue();

        panel.loadOlder(); // what "Earlier messages" calls
        assertThat(texts(panel)).hasSize(60).startsWith("Message 1");
        String date = Formats.of(Language.ENGLISH).day(LocalDate.ofInstant(earlier, zone));
        assertThat(dayHeadings(panel)).containsExactly(date, "Yesterday", "Today");
        assertThat(panel.state().hasOlder()).isFalse();
        panel.loadOlder(); // a stale click once there are none: nothing changes, nothing is asked
        assertThat(texts(panel)).hasSize(60);
    }

    @Test
    void inGermanTheScreenItsDaysAndItsRefusalsAreGerman() {
        UI.getCurrent().setLocale(Locale.GERMANY);
        UI.getCurrent().navigate("messages");
        MessagesView inbox = (MessagesView) target(getCurrentView());
        assertThat(inbox.getPageTitle()).isEqualTo("Nachrichten · Praxis");
        assertThat(MenuOnScreen.heading()).isEqualTo("Nachrichten");
        assertThat(inbox.inbox.shown().empty()).contains("Noch keine Unterhaltungen");
        assertThat(MenuOnScreen.titles()).contains("Nachrichten", "Mein Konto");

        long chat = chats.chatWithDoctor(doctor.doctorId());
        ZoneId zone = clock.getZone();
        Instant now = clock.instant();
        Instant earlier = now.atZone(zone).minusDays(3).toInstant();
        insert(chat, earlier, 1);
        insert(chat, now.atZone(zone).minusDays(1).toInstant(), 1);
        insert(chat, now, 1);
        ChatPanel panel = open(MessagesView.CHAT, chat).panel;

        assertThat(dayHeadings(panel))
                .containsExactly(
                        Formats.of(Language.GERMAN).day(LocalDate.ofInstant(earlier, zone)), "Gestern", "Heute");
        assertThat(dayHeadings(panel).getFirst()).matches("[A-Z][a-z]\\., \\d{1,2}\\. .+ \\d{4}");
        assertThat(panel.texts().older()).isEqualTo("Frühere Nachrichten");
        assertThat(panel.texts().send()).isEqualTo("Senden");

        panel.send("   ");
        assertThat(panel.state().error()).isEqualTo("Schreiben Sie zuerst eine Nachricht.");
        assertThat(texts(panel)).hasSize(3);
    }

    private int inserted;

    private void insert(long chat, Instant at, int count) {
        for (int i = 0; i < count; i++) {
            jdbc.sql("INSERT INTO chat_messages (chat_id, sender_id, message_text, sent_at) VALUES (?, ?, ?, ?)")
                    .params(chat, doctor.userId(), "Message " + (++inserted), Timestamp.from(at))
                    .update();
        }
    }

    @Test
    void screensLetGoOfTheirListenersWhenTheyCloseSoNothingLeaks() {
        long chat = chats.chatWithDoctor(doctor.doctorId());
        int before = updates.listenerCount();
        UI.getCurrent().navigate("appointments");
        int withLayout = updates.listenerCount();
        assertThat(withLayout).as("the layout's two badges share one listener").isEqualTo(before + 1);

        for (int i = 0; i < 25; i++) {
            open(MessagesView.CHAT, chat);
            assertThat(updates.listenerCount()).isEqualTo(withLayout + 1);
            UI.getCurrent().navigate("appointments");
            assertThat(updates.listenerCount()).isEqualTo(withLayout);
        }
        open(MessagesView.CHAT, chat);
        assertThat(updates.listenerCount()).isEqualTo(withLayout + 1);
        // What Vaadin does when a UI is closed, its tab gone or its heartbeat timed out: the session drops it.
        UI.getCurrent().getSession().removeUI(UI.getCurrent());
        assertThat(updates.listenerCount()).isEqualTo(before);
    }

    @Test
    void theMenuOffersMessagesToPatientsAndDoctors() {
        UI.getCurrent().navigate("appointments");
        assertThat(MenuOnScreen.titles()).contains("Messages");
        assertThat(MenuOnScreen.topBarLinks()).containsExactly("messages");
        assertThat(MenuOnScreen.topBarLabels()).containsExactly("Messages");
    }

    @Test
    void theAppointmentCardsLeadToTheConversationForPatientAndDoctor() {
        UI.getCurrent().navigate("appointments");
        // The card's "Message" is a plain link drawn in the browser; following it is a navigation to its address.
        var link = new com.vaadin.flow.router.Location(
                CardsOnScreen.links("message-doctor").getFirst());
        UI.getCurrent().navigate(link.getPath(), link.getQueryParameters());
        MessagesView patientView = target((MessagesView) getCurrentView());
        assertThat(patientView.panel).isNotNull();
        long chat = patientView.panel.chatId;

        asDoctor();
        UI.getCurrent().navigate("doctor/appointments");
        test(find(com.vaadin.flow.component.button.Button.class)
                        .withClassName("message-patient")
                        .first())
                .click();
        MessagesView doctorView = target((MessagesView) getCurrentView());
        assertThat(doctorView.panel).isNotNull();
        assertThat(doctorView.panel.chatId).isEqualTo(chat);
    }
}
