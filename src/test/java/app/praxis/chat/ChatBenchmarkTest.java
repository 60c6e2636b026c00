package app.praxis.chat;

import app.praxis.appointment.BookingFixture;
import app.praxis.doctor.DoctorSummary;
import app.praxis.patient.PatientSummary;
import app.praxis.security.Roles;
import app.praxis.support.IntegrationTest;
import app.praxis.support.SignIn;
import app.praxis.support.TestClock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Chat figures (docs/PERFORMANCE.md), run on purpose: {@code ./mvnw -Pbenchmark test -Dtest=ChatBenchmarkTest}.
 *
 * <ul>
 *   <li>Delivery latency, from the start of {@code ChatService.send} on the sender's side to the recipient's
 *       listener being called (where a screen's {@code ui.access} begins), for 1 and 50 conversations at once: on
 *       the same node (the poll right after the commit) and on another node (a second poller on the same database
 *       reading every second, as node B does). Browser rendering and the push round trip are not included.
 *   <li>Opening a conversation (its latest 50 messages) when chat_messages holds 1,000,000 rows
 *       ({@code -Dbenchmark.chatRows=…}), the doctor's inbox of 1,000 chats, and the unread total.
 * </ul>
 *
 * Prints figures and appends them to target/benchmarks/chat.txt; asserts nothing about time.
 */
@Tag("benchmark")
@IntegrationTest
class ChatBenchmarkTest {

    private static final int MESSAGES_PER_CONVERSATION = 20;
    private static final int ROWS = Integer.getInteger("benchmark.chatRows", 1_000_000);
    private static final int CHATS = 1_000;

    @Autowired
    ChatService chats;

    @Autowired
    ChatUpdates updates;

    @Autowired
    ChatProperties properties;

    @Autowired
    BookingFixture fixture;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestClock clock;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void deliveryLatencyForOneAndFiftyConversations() throws Exception {
        var otherNode = new ChatUpdates(jdbc, properties, clock);
        otherNode.start();
        try {
            for (int conversations : new int[] {1, 50, 1, 50}) {
                report(latency(conversations, updates, "same node"));
                report(latency(conversations, otherNode, "other node"));
            }
        } finally {
            otherNode.stop();
        }
    }

    /** Each conversation's patient sends, waits until the doctor's listener has it, sends the next. */
    private String latency(int conversations, ChatUpdates listeningNode, String where) throws Exception {
        record Pair(long chatId, long patientUserId, long doctorUserId) {}
        List<Pair> pairs = new ArrayList<>();
        for (int i = 0; i < conversations; i++) {
            String family = "Bench" + UUID.randomUUID().toString().substring(0, 8);
            DoctorSummary doctor = fixture.doctor(family);
            PatientSummary patient = fixture.quickPatient(family);
            fixture.pastAppointment(doctor.doctorId(), patient.patientId(), 3);
            SignIn.as(patient.userId(), Roles.PATIENT);
            pairs.add(new Pair(chats.chatWithDoctor(doctor.doctorId()), patient.userId(), doctor.userId()));
        }
        Map<Long, LinkedBlockingQueue<Long>> arrivals = new ConcurrentHashMap<>();
        List<ChatUpdates.Subscription> subscriptions = new ArrayList<>();
        for (Pair pair : pairs) {
            var queue = new LinkedBlockingQueue<Long>();
            arrivals.put(pair.chatId(), queue);
            subscriptions.add(listeningNode.subscribe(pair.doctorUserId(), update -> {
                if (update.kind() == ChatUpdate.Kind.MESSAGE) {
                    queue.offer(System.nanoTime());
                }
            }));
        }
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        var pool = Executors.newFixedThreadPool(conversations);
        try {
            var start = new CountDownLatch(1);
            List<Future<?>> runs = new ArrayList<>();
            for (Pair pair : pairs) {
                runs.add(pool.submit(() -> {
                    SignIn.as(pair.patientUserId(), Roles.PATIENT);
                    start.await();
                    for (int m = 0; m < MESSAGES_PER_CONVERSATION; m++) {
                        long sent = System.nanoTime();
                        chats.send(pair.chatId(), "Benchmark message " + m);
                        Long arrived = arrivals.get(pair.chatId()).poll(10, TimeUnit.SECONDS);
                        if (arrived == null) {
                            throw new IllegalStateException("A message did not arrive within 10 s");
                        }
                        latencies.add(arrived - sent);
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> run : runs) {
                run.get(10, TimeUnit.MINUTES);
            }
        } finally {
            pool.shutdownNow();
            subscriptions.forEach(ChatUpdates.Subscription::cancel);
        }
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        return "| Delivery, %s | %d conversation%s | %d | %.1f ms | %.1f ms |"
                .formatted(
                        where,
                        conversations,
                        conversations == 1 ? "" : "s",
                        sorted.size(),
                        millis(percentile(sorted, 50)),
                        millis(percentile(sorted, 95)));
    }

    @Test
    void openingAConversationAmongAMillionMessages() throws Exception {
        String family = "Million" + UUID.randomUUID().toString().substring(0, 8);
        DoctorSummary doctor = fixture.doctor(family);
        PatientSummary first = null;
        for (int i = 0; i < CHATS; i++) {
            PatientSummary patient = fixture.quickPatient(family + i);
            first = first == null ? patient : first;
            jdbc.sql("INSERT INTO appointments (doctor_id, patient_id, appointment_date, start_time, end_time,"
                            + " status, patient_first_name, patient_last_name, patient_user_id) SELECT ?, p.patient_id, '2026-01-05',"
                            + " '09:00', '09:30', 'COMPLETED', u.first_name, u.last_name, u.user_id FROM patients p"
                            + " JOIN users u ON u.user_id = p.user_id WHERE p.patient_id = ?")
                    .params(doctor.doctorId(), patient.patientId())
                    .update();
            jdbc.sql("INSERT INTO chats (doctor_id, patient_id) VALUES (?, ?)")
                    .params(doctor.doctorId(), patient.patientId())
                    .update();
        }
        List<Long> chatIds = jdbc.sql("SELECT chat_id FROM chats WHERE doctor_id = ? ORDER BY chat_id")
                .param(doctor.doctorId())
                .query(Long.class)
                .list();
        long existing =
                jdbc.sql("SELECT COUNT(*) FROM chat_messages").query(Long.class).single();
        long toInsert = Math.max(0, ROWS - existing);
        long loadStart = System.nanoTime();
        // MariaDB's sequence engine makes the rows in the server; chats get their messages interleaved, as real
        // traffic would: message n belongs to the (n mod 1,000)-th chat. All read but the newest 2,000.
        jdbc.sql("CREATE TEMPORARY TABLE bench_chats (n INT PRIMARY KEY, chat_id BIGINT NOT NULL)")
                .update();
        for (int i = 0; i < chatIds.size(); i++) {
            jdbc.sql("INSERT INTO bench_chats VALUES (?, ?)")
                    .params(i, chatIds.get(i))
                    .update();
        }
        for (long done = 0; done < toInsert; done += 100_000) {
            long batch = Math.min(100_000, toInsert - done);
            jdbc.sql("INSERT INTO chat_messages (chat_id, sender_id, message_text, sent_at, read_at)"
                            + " SELECT b.chat_id, ?, CONCAT('Message ', s.seq), ?, ?"
                            + " FROM seq_1_to_" + batch + " s JOIN bench_chats b ON b.n = (s.seq + ?) MOD ?")
                    .params(
                            doctor.userId(),
                            java.sql.Timestamp.from(clock.instant().minus(Duration.ofDays(1))),
                            java.sql.Timestamp.from(clock.instant()),
                            done,
                            CHATS)
                    .update();
        }
        jdbc.sql("UPDATE chat_messages SET read_at = NULL ORDER BY message_id DESC LIMIT 2000")
                .update();
        jdbc.sql("ANALYZE TABLE chat_messages").query().listOfRows();
        double loadSeconds = (System.nanoTime() - loadStart) / 1e9;
        long total =
                jdbc.sql("SELECT COUNT(*) FROM chat_messages").query(Long.class).single();
        long target = chatIds.get(CHATS / 2);
        long inTarget = jdbc.sql("SELECT COUNT(*) FROM chat_messages WHERE chat_id = ?")
                .param(target)
                .query(Long.class)
                .single();
        List<String> plan = jdbc.sql("EXPLAIN SELECT m.message_id FROM chat_messages m WHERE m.chat_id = ?"
                        + " AND m.message_id < ? ORDER BY m.message_id DESC LIMIT 51")
                .params(target, Long.MAX_VALUE)
                .query((rs, row) -> rs.getString("key") + " rows=" + rs.getString("rows") + " " + rs.getString("Extra"))
                .list();

        SignIn.as(doctor.userId(), Roles.DOCTOR);
        List<String> lines = new ArrayList<>();
        lines.add("chat_messages: %,d rows (loaded %,d in %.0f s); the opened chat holds %,d; plan: %s"
                .formatted(total, toInsert, loadSeconds, inTarget, plan));
        lines.add(timed(
                "Open a conversation (latest 50), `ChatService.conversation`", 300, () -> chats.conversation(target)));
        lines.add(
                timed("Earlier 50, `ChatService.olderMessages`", 300, () -> chats.olderMessages(target, 500_000_000L)));
        lines.add(timed("Doctor's inbox of 1,000 chats, `ChatService.inbox`", 50, () -> chats.inbox(false)));
        lines.add(timed("Unread total (badge), `ChatService.unreadTotal`", 300, chats::unreadTotal));
        lines.add(timed("Mark read, `ChatService.markRead` (nothing unread)", 300, () -> chats.markRead(target)));
        for (String line : lines) {
            report(line);
        }
    }

    private String timed(String what, int runs, Runnable action) {
        for (int i = 0; i < Math.max(20, runs / 5); i++) {
            action.run();
        }
        List<Long> times = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            action.run();
            times.add(System.nanoTime() - start);
        }
        Collections.sort(times);
        return "| %s | %d | %.2f ms | %.2f ms |"
                .formatted(what, runs, millis(percentile(times, 50)), millis(percentile(times, 95)));
    }

    private static long percentile(List<Long> sorted, int percent) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(percent / 100.0 * sorted.size()) - 1));
    }

    private static double millis(long nanos) {
        return nanos / 1e6;
    }

    private static void report(String line) throws Exception {
        System.out.println(line);
        Path file = Files.createDirectories(Path.of("target", "benchmarks")).resolve("chat.txt");
        Files.writeString(file, line + "\n", StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }
}
