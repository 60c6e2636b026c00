package app.praxis.chat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import app.praxis.appointment.BookingFixture;
import app.praxis.base.InvalidInputException;
import app.praxis.base.NotFoundException;
import app.praxis.doctor.DoctorSummary;
import app.praxis.patient.PatientSummary;
import app.praxis.security.Roles;
import app.praxis.support.IntegrationTest;
import app.praxis.support.SignIn;
import app.praxis.support.TestClock;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

/** Every rule of the chat, and every forbidden case, through the service. */
@IntegrationTest
class ChatServiceTest {

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

    @Autowired
    DataSource dataSource;

    String family;
    DoctorSummary doctor;
    PatientSummary patient;

    @BeforeEach
    void setUp() {
        family = "Chat" + UUID.randomUUID().toString().substring(0, 8);
        doctor = fixture.doctor(family);
        patient = fixture.quickPatient(family);
        fixture.pastAppointment(doctor.doctorId(), patient.patientId(), 10);
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    private long openAsPatient() {
        asPatient();
        return chats.chatWithDoctor(doctor.doctorId());
    }

    private void asPatient() {
        SignIn.as(patient.userId(), Roles.PATIENT);
    }

    private void asDoctor() {
        SignIn.as(doctor.userId(), Roles.DOCTOR);
    }

    private long count(String sql, Object... params) {
        return fixture.count(sql, params);
    }

    @Test
    void aPatientAndTheirDoctorShareOneChatWhoeverOpensItFirst() {
        long fromPatient = openAsPatient();
        assertThat(chats.chatWithDoctor(doctor.doctorId())).isEqualTo(fromPatient);
        asDoctor();
        assertThat(chats.chatWithPatient(patient.patientId())).isEqualTo(fromPatient);
        assertThat(count("SELECT COUNT(*) FROM chats WHERE doctor_id = ?", doctor.doctorId()))
                .isOne();
    }

    @Test
    void aPatientCannotStartAChatWithADoctorTheyNeverBooked() {
        DoctorSummary stranger = fixture.doctor(family + "Other");
        asPatient();
        assertThatThrownBy(() -> chats.chatWithDoctor(stranger.doctorId())).isInstanceOf(AccessDeniedException.class);
        assertThat(count("SELECT COUNT(*) FROM chats WHERE doctor_id = ?", stranger.doctorId()))
                .isZero();
    }

    @Test
    void aDoctorCannotStartAChatWithSomeoneElsesPatient() {
        PatientSummary stranger = fixture.quickPatient(family + "Other");
        asDoctor();
        assertThatThrownBy(() -> chats.chatWithPatient(stranger.patientId())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void anAdminCanNeitherOpenNorReadNorWriteAConversation() {
        long chat = openAsPatient();
        chats.send(chat, "Private");
        SignIn.as(1, Roles.ADMIN);
        assertThatThrownBy(() -> chats.conversation(chat)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> chats.inbox(false)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> chats.send(chat, "Hi")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> chats.markRead(chat)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> chats.chatWithDoctor(doctor.doctorId())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void onlyTheTwoParticipantsMayReadOrWriteAConversation() {
        long chat = openAsPatient();
        long first = chats.send(chat, "Only for my doctor").id();
        PatientSummary otherPatient = fixture.quickPatient(family + "Nosy");
        DoctorSummary otherDoctor = fixture.doctor(family + "Nosy");
        for (Runnable signIn : List.<Runnable>of(
                () -> SignIn.as(otherPatient.userId(), Roles.PATIENT),
                () -> SignIn.as(otherDoctor.userId(), Roles.DOCTOR))) {
            signIn.run();
            assertThatThrownBy(() -> chats.conversation(chat)).isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> chats.olderMessages(chat, Long.MAX_VALUE)).isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> chats.newerMessages(chat, 0)).isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> chats.lastReadOfMine(chat)).isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> chats.send(chat, "Let me in")).isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> chats.markRead(chat)).isInstanceOf(NotFoundException.class);
            assertThat(chats.inbox(false)).extracting(ConversationRow::chatId).doesNotContain(chat);
        }
        assertThat(count("SELECT COUNT(*) FROM chat_messages WHERE chat_id = ?", chat))
                .isOne();
        assertThat(count("SELECT COUNT(*) FROM chat_messages WHERE message_id = ? AND read_at IS NULL", first))
                .isOne();
    }

    @Test
    void aRaceToOpenTheChatEndsWithOneChatThatBothGet() throws Exception {
        var pool = Executors.newFixedThreadPool(2);
        try {
            var start = new CountDownLatch(1);
            Future<Long> patientSide = pool.submit(() -> {
                SignIn.as(patient.userId(), Roles.PATIENT);
                start.await();
                return chats.chatWithDoctor(doctor.doctorId());
            });
            Future<Long> doctorSide = pool.submit(() -> {
                SignIn.as(doctor.userId(), Roles.DOCTOR);
                start.await();
                return chats.chatWithPatient(patient.patientId());
            });
            start.countDown();
            assertThat(patientSide.get(20, TimeUnit.SECONDS)).isEqualTo(doctorSide.get(20, TimeUnit.SECONDS));
        } finally {
            pool.shutdownNow();
        }
        assertThat(count("SELECT COUNT(*) FROM chats WHERE doctor_id = ?", doctor.doctorId()))
                .isOne();
    }

    @Test
    void sendingStoresTheMessageAndTheChatsLastMessageAtTheClocksTime() {
        long chat = openAsPatient();
        clock.advance(Duration.ofMinutes(3));
        MessageView sent = chats.send(chat, "  Is the result of my blood test in?\n ");

        assertThat(sent.text()).isEqualTo("Is the result of my blood test in?");
        assertThat(sent.sentAt()).isEqualTo(clock.instant());
        var row = jdbc.sql("SELECT last_message, last_message_id, updated_at FROM chats WHERE chat_id = ?")
                .param(chat)
                .query((rs, n) -> List.of(
                        rs.getString(1), rs.getLong(2), rs.getTimestamp(3).toInstant()))
                .single();
        assertThat(row).containsExactly(sent.text(), sent.id(), clock.instant());
        assertThat(jdbc.sql("SELECT sent_at FROM chat_messages WHERE message_id = ?")
                        .param(sent.id())
                        .query(Timestamp.class)
                        .single()
                        .toInstant())
                .isEqualTo(clock.instant());

        asDoctor();
        Conversation conversation = chats.conversation(chat);
        assertThat(conversation.partyName()).isEqualTo("Pat " + family);
        assertThat(conversation.partyInitials()).isEqualTo("P" + family.charAt(0));
        assertThat(conversation.messages()).singleElement().satisfies(message -> {
            assertThat(message.mine()).isFalse();
            assertThat(message.text()).isEqualTo(sent.text());
            assertThat(message.readAt()).isNull();
        });
        assertThat(chats.unreadTotal()).isOne();
        assertThat(chats.inbox(false)).singleElement().satisfies(inboxRow -> {
            assertThat(inboxRow.chatId()).isEqualTo(chat);
            assertThat(inboxRow.lastMessage()).isEqualTo(sent.text());
            assertThat(inboxRow.lastMessageAt()).isEqualTo(clock.instant());
            assertThat(inboxRow.unread()).isOne();
        });
    }

    @Test
    void theTextIsOneTo4000CharactersWithoutControlOrTextDirectionCharacters() {
        long chat = openAsPatient();
        for (String refused : List.of(
                "",
                " \n\t ",
                "x".repeat(4001),
                "bell\u0007",
                "null\u0000byte",
                "escape\u001B[31m",
                "evil\u202Etxt.exe",
                "isolate\u2066x\u2069")) {
            var refusal = catchThrowableOfType(InvalidInputException.class, () -> chats.send(chat, refused));
            assertThat(refusal.fieldErrors()).containsOnlyKeys(ChatService.MESSAGE);
        }
        assertThat(catchThrowableOfType(InvalidInputException.class, () -> chats.send(chat, "x".repeat(4001)))
                        .fieldErrors()
                        .get(ChatService.MESSAGE))
                .contains("at most 4000");
        assertThat(count("SELECT COUNT(*) FROM chat_messages WHERE chat_id = ?", chat))
                .isZero();
        assertThat(count("SELECT COUNT(*) FROM chats WHERE chat_id = ? AND last_message IS NULL", chat))
                .isOne();

        assertThat(chats.send(chat, "x".repeat(4000)).text()).hasSize(4000);
        assertThat(chats.send(chat, "Line one\n\tindented\r\nline three").text())
                .isEqualTo("Line one\n\tindented\nline three");
        assertThat(chats.send(chat, "😷".repeat(4000)).text()).hasSize(8000);
        String script = "<script>alert('x')</script><b>bold</b>";
        assertThat(chats.send(chat, script).text()).isEqualTo(script);
    }

    @Test
    void aSenderMaySend30MessagesAMinuteCountedInTheDatabase() {
        long chat = openAsPatient();
        IntStream.range(0, 30).forEach(i -> {
            clock.advance(Duration.ofSeconds(1));
            chats.send(chat, "Message " + i);
        });
        var refusal = catchThrowableOfType(InvalidInputException.class, () -> chats.send(chat, "One too many"));
        assertThat(refusal.fieldErrors().get(ChatService.MESSAGE)).contains("30 messages in the last minute");
        assertThat(count("SELECT COUNT(*) FROM chat_messages WHERE chat_id = ?", chat))
                .isEqualTo(30);

        asDoctor();
        chats.send(chat, "The doctor is not limited by the patient's messages");

        asPatient();
        clock.advance(Duration.ofSeconds(31));
        chats.send(chat, "A minute after the first, one more is fine");
        assertThat(count("SELECT COUNT(*) FROM chat_messages WHERE chat_id = ?", chat))
                .isEqualTo(32);
    }

    @Test
    void aSendThatFailsHalfwayStoresNeitherTheMessageNorTheChatsLastMessage() {
        long chat = openAsPatient();
        chats.send(chat, "Stored before");
        // The last of the send's statements (the chat event) fails for this chat only, as a lost connection would.
        jdbc.sql("CREATE TRIGGER chat_test_fail_" + chat + " BEFORE INSERT ON chat_events FOR EACH ROW"
                        + " IF NEW.chat_id = " + chat
                        + " THEN SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'test failure'; END IF")
                .update();
        try {
            assertThatThrownBy(() -> chats.send(chat, "Never stored")).isInstanceOf(DataAccessException.class);
        } finally {
            jdbc.sql("DROP TRIGGER chat_test_fail_" + chat).update();
        }
        assertThat(count("SELECT COUNT(*) FROM chat_messages WHERE chat_id = ?", chat))
                .isOne();
        assertThat(jdbc.sql("SELECT last_message FROM chats WHERE chat_id = ?")
                        .param(chat)
                        .query(String.class)
                        .single())
                .isEqualTo("Stored before");
    }

    @Test
    void aDeactivatedAccountCannotSend() {
        long chat = openAsPatient();
        jdbc.sql("UPDATE users SET is_active = FALSE WHERE user_id = ?")
                .param(patient.userId())
                .update();

        assertThatThrownBy(() -> chats.send(chat, "Still here?")).isInstanceOf(AccessDeniedException.class);
        assertThat(count("SELECT COUNT(*) FROM chat_messages WHERE chat_id = ?", chat))
                .isZero();
    }

    @Test
    void openingMarksTheOtherPersonsMessagesReadAtTheClocksTimeAndTheSenderSeesIt() {
        long chat = openAsPatient();
        MessageView question = chats.send(chat, "Question");
        asDoctor();
        MessageView answer = chats.send(chat, "Answer");
        assertThat(chats.unreadTotal()).isOne();

        clock.advance(Duration.ofMinutes(7));
        Instant readAt = clock.instant();
        assertThat(chats.markRead(chat)).isOne();
        assertThat(chats.markRead(chat)).isZero();
        assertThat(chats.unreadTotal()).isZero();
        assertThat(chats.lastReadOfMine(chat)).isEmpty();

        asPatient();
        assertThat(chats.unreadTotal()).isOne();
        assertThat(chats.lastReadOfMine(chat)).get().satisfies(mine -> {
            assertThat(mine.id()).isEqualTo(question.id());
            assertThat(mine.readAt()).isEqualTo(readAt);
        });
        assertThat(count("SELECT COUNT(*) FROM chat_messages WHERE message_id = ? AND read_at IS NULL", answer.id()))
                .isOne();
    }

    @Test
    void theLatest50OpenFirstAndEarlierOnesLoadOnDemandByIdKeyset() {
        long chat = openAsPatient();
        Instant at = clock.instant().minus(Duration.ofDays(3));
        for (int i = 1; i <= 120; i++) {
            jdbc.sql("INSERT INTO chat_messages (chat_id, sender_id, message_text, sent_at) VALUES (?, ?, ?, ?)")
                    .params(chat, i % 2 == 0 ? doctor.userId() : patient.userId(), "No " + i, Timestamp.from(at))
                    .update();
        }
        Conversation conversation = chats.conversation(chat);
        assertThat(conversation.messages()).hasSize(50);
        assertThat(conversation.messages().getFirst().text()).isEqualTo("No 71");
        assertThat(conversation.messages().getLast().text()).isEqualTo("No 120");
        assertThat(conversation.hasOlder()).isTrue();
        assertThat(conversation.messages()).filteredOn(MessageView::mine).hasSize(25);

        List<MessageView> older =
                chats.olderMessages(chat, conversation.messages().getFirst().id());
        assertThat(older).extracting(MessageView::text).startsWith("No 21").endsWith("No 70");
        List<MessageView> oldest = chats.olderMessages(chat, older.getFirst().id());
        assertThat(oldest).extracting(MessageView::text).hasSize(20).startsWith("No 1");
        assertThat(chats.newerMessages(chat, older.getLast().id()))
                .extracting(MessageView::text)
                .hasSize(50)
                .startsWith("No 71");
    }

    @Test
    void theDoctorsInboxPutsUnreadFirstThenNewestAndCanShowOnlyUnread() {
        PatientSummary second = fixture.quickPatient(family + "Two");
        PatientSummary third = fixture.quickPatient(family + "Three");
        fixture.pastAppointment(doctor.doctorId(), second.patientId(), 6);
        fixture.pastAppointment(doctor.doctorId(), third.patientId(), 7);
        long withFirst = openAsPatient();
        chats.send(withFirst, "Unread, oldest");
        SignIn.as(second.userId(), Roles.PATIENT);
        long withSecond = chats.chatWithDoctor(doctor.doctorId());
        chats.send(withSecond, "Will be read");
        SignIn.as(third.userId(), Roles.PATIENT);
        long withThird = chats.chatWithDoctor(doctor.doctorId());
        asDoctor();
        chats.markRead(withSecond);
        chats.send(withSecond, "Doctor's answer, the newest message");

        assertThat(chats.inbox(false))
                .extracting(ConversationRow::chatId, ConversationRow::unread)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(withFirst, 1),
                        org.assertj.core.groups.Tuple.tuple(withSecond, 0),
                        org.assertj.core.groups.Tuple.tuple(withThird, 0));
        assertThat(chats.inbox(true)).extracting(ConversationRow::chatId).containsExactly(withFirst);
        assertThat(chats.inbox(false).get(2).lastMessage()).isNull();

        SignIn.as(second.userId(), Roles.PATIENT);
        assertThat(chats.inbox(false)).singleElement().satisfies(row -> {
            assertThat(row.partyName()).isEqualTo("Dr. Doc " + family);
            assertThat(row.partyInitials()).isEqualTo("D" + family.charAt(0));
            assertThat(row.unread()).isOne();
        });
    }

    @Test
    void aSentMessageAndAReadReceiptReachTheParticipantsListenersButNoOneElses() throws Exception {
        long chat = openAsPatient();
        var doctorSaw = new CopyOnWriteArrayList<ChatUpdate>();
        var strangerSaw = new CopyOnWriteArrayList<ChatUpdate>();
        var doctorListening = updates.subscribe(doctor.userId(), doctorSaw::add);
        var strangerListening =
                updates.subscribe(fixture.quickPatient("Stranger").userId(), strangerSaw::add);
        try {
            chats.send(chat, "Hello");
            asDoctor();
            awaitUntil(() -> doctorSaw.stream().anyMatch(u -> u.kind() == ChatUpdate.Kind.MESSAGE));
            chats.markRead(chat);
            awaitUntil(() -> doctorSaw.stream().anyMatch(u -> u.kind() == ChatUpdate.Kind.READ));
            assertThat(doctorSaw)
                    .allSatisfy(update -> assertThat(update.chatId()).isEqualTo(chat));
            assertThat(strangerSaw).isEmpty();
        } finally {
            doctorListening.cancel();
            strangerListening.cancel();
        }
    }

    @Test
    void anEventCommittedAfterAHigherOneIsStillDelivered() throws Exception {
        long chat = openAsPatient();
        var seen = new CopyOnWriteArrayList<Long>();
        var listening = updates.subscribe(doctor.userId(), update -> seen.add(update.eventId()));
        try (Connection slow = dataSource.getConnection()) {
            slow.setAutoCommit(false);
            long slowId;
            try (var insert = slow.prepareStatement(
                    "INSERT INTO chat_events (chat_id, kind, created_at) VALUES (?, 'READ', ?)",
                    Statement.RETURN_GENERATED_KEYS)) {
                insert.setLong(1, chat);
                insert.setTimestamp(2, Timestamp.from(clock.instant()));
                insert.executeUpdate();
                ResultSet key = insert.getGeneratedKeys();
                key.next();
                slowId = key.getLong(1);
            }
            var fastKey = new org.springframework.jdbc.support.GeneratedKeyHolder();
            jdbc.sql("INSERT INTO chat_events (chat_id, kind, created_at) VALUES (?, 'READ', ?)")
                    .params(chat, Timestamp.from(clock.instant()))
                    .update(fastKey);
            long fastId = fastKey.getKey().longValue();
            assertThat(slowId).isLessThan(fastId);

            awaitUntil(() -> seen.contains(fastId));
            assertThat(seen).doesNotContain(slowId);
            slow.commit();
            awaitUntil(() -> seen.contains(slowId));
        } finally {
            listening.cancel();
        }
    }

    static void awaitUntil(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waited 5 s").isLessThan(deadline);
            Thread.sleep(20);
        }
    }
}
