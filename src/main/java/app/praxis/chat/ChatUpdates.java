package app.praxis.chat;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Live chat updates for the screens open on this node. Every node reads the new rows of {@code chat_events} by id
 * once a {@link ChatProperties#pollInterval()} (one indexed query per node, however many screens are open) and
 * hands each event to the listeners of its two participants. A send or read on this node asks for a read right
 * after its commit ({@link #pollSoon()}), so the same node sees its own events at once, through the same path.
 *
 * <p>Ids are handed out at insert but become visible at commit, so a lower id can appear after a higher one was
 * read: ids skipped over are asked for again for a few rounds (they may also be gaps from rolled-back inserts).
 */
@Component
public class ChatUpdates {

    /** Ends a listener's subscription. */
    public interface Subscription {
        void cancel();
    }

    private static final Logger log = LoggerFactory.getLogger(ChatUpdates.class);
    private static final int BATCH = 1000;
    private static final int GAP_ROUNDS = 10;
    private static final int MAX_GAPS = 1000;
    private static final int CLEAN_UP_EVERY = 60;

    private final JdbcClient jdbc;
    private final ChatProperties properties;
    private final Clock clock;
    private final Map<Long, List<Consumer<ChatUpdate>>> listenersByUser = new ConcurrentHashMap<>();
    private final AtomicBoolean pollQueued = new AtomicBoolean();
    /** Ids not seen yet below {@link #lastSeen}, with the rounds left to ask for them. Poller thread only. */
    private final Map<Long, Integer> gaps = new LinkedHashMap<>();

    private volatile long lastSeen = -1;
    private long rounds;
    private ScheduledExecutorService poller;

    ChatUpdates(JdbcClient jdbc, ChatProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.properties = properties;
        this.clock = clock;
    }

    @PostConstruct
    void start() {
        poller = Executors.newSingleThreadScheduledExecutor(runnable -> {
            var thread = new Thread(runnable, "chat-updates");
            thread.setDaemon(true);
            return thread;
        });
        long every = properties.pollInterval().toMillis();
        poller.scheduleWithFixedDelay(this::pollSafely, 0, every, TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void stop() {
        poller.shutdownNow();
    }

    /**
     * Calls {@code listener} (on a background thread) for every event in a chat of {@code userId}, until the
     * subscription is cancelled. Screens cancel when they detach.
     */
    public Subscription subscribe(long userId, Consumer<ChatUpdate> listener) {
        listenersByUser
                .computeIfAbsent(userId, id -> new CopyOnWriteArrayList<>())
                .add(listener);
        return () -> listenersByUser.computeIfPresent(userId, (id, listeners) -> {
            listeners.remove(listener);
            return listeners.isEmpty() ? null : listeners;
        });
    }

    /** How many listeners are registered on this node (for tests and metrics). */
    public int listenerCount() {
        return listenersByUser.values().stream().mapToInt(List::size).sum();
    }

    /** Reads new events soon, on the poller's thread (coalesced: many calls make one read). */
    void pollSoon() {
        if (pollQueued.compareAndSet(false, true)) {
            try {
                poller.execute(() -> {
                    pollQueued.set(false);
                    pollSafely();
                });
            } catch (RuntimeException rejected) {
                pollQueued.set(false);
            }
        }
    }

    private void pollSafely() {
        try {
            poll();
            if (++rounds % CLEAN_UP_EVERY == 0) {
                cleanUp();
            }
        } catch (RuntimeException e) {
            log.warn("Reading chat events failed; trying again in {}", properties.pollInterval(), e);
        }
    }

    /** One query: the events after the last one seen, and those skipped over recently. */
    void poll() {
        if (lastSeen < 0) {
            lastSeen = jdbc.sql("SELECT COALESCE(MAX(event_id), 0) FROM chat_events")
                    .query(Long.class)
                    .single();
        }
        String sql = """
                SELECT e.event_id, e.chat_id, e.kind, d.user_id AS doctor_user_id, p.user_id AS patient_user_id,
                       e.message_id, m.sender_id
                FROM chat_events e
                JOIN chats c ON c.chat_id = e.chat_id
                JOIN doctors d ON d.doctor_id = c.doctor_id
                JOIN patients p ON p.patient_id = c.patient_id
                LEFT JOIN chat_messages m ON m.message_id = e.message_id
                WHERE e.event_id > :lastSeen""" + (gaps.isEmpty() ? "" : " OR e.event_id IN (:gaps)") + " ORDER BY e.event_id LIMIT " + BATCH;
        var query = jdbc.sql(sql).param("lastSeen", lastSeen);
        if (!gaps.isEmpty()) {
            query = query.param("gaps", List.copyOf(gaps.keySet()));
        }
        List<ChatUpdate> events = query.query((rs, row) -> new ChatUpdate(
                        rs.getLong("event_id"),
                        rs.getLong("chat_id"),
                        ChatUpdate.Kind.valueOf(rs.getString("kind")),
                        rs.getLong("doctor_user_id"),
                        rs.getLong("patient_user_id"),
                        rs.getObject("message_id", Long.class),
                        rs.getObject("sender_id", Long.class)))
                .list();
        agePendingGaps();
        for (ChatUpdate event : events) {
            if (gaps.remove(event.eventId()) == null) {
                for (long skipped = lastSeen + 1; skipped < event.eventId() && gaps.size() < MAX_GAPS; skipped++) {
                    gaps.put(skipped, GAP_ROUNDS);
                }
                lastSeen = Math.max(lastSeen, event.eventId());
            }
            deliver(event);
        }
    }

    private void agePendingGaps() {
        gaps.replaceAll((id, roundsLeft) -> roundsLeft - 1);
        gaps.values().removeIf(roundsLeft -> roundsLeft < 0);
    }

    private void deliver(ChatUpdate event) {
        for (long userId : List.of(event.doctorUserId(), event.patientUserId())) {
            for (Consumer<ChatUpdate> listener : new ArrayList<>(listenersByUser.getOrDefault(userId, List.of()))) {
                try {
                    listener.accept(event);
                } catch (RuntimeException e) {
                    log.warn("A chat listener failed on event {}", event.eventId(), e);
                }
            }
        }
    }

    /** Events every node has long read go; each node deletes only what it has read itself (idempotent). */
    private void cleanUp() {
        jdbc.sql("DELETE FROM chat_events WHERE event_id <= ? AND created_at < ? LIMIT 10000")
                .params(lastSeen, Timestamp.from(clock.instant().minus(properties.eventRetention())))
                .update();
    }
}
