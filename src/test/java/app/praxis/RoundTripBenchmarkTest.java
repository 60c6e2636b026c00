package app.praxis;

import static org.assertj.core.api.Assertions.assertThat;

import app.praxis.chat.ChatUpdates;
import app.praxis.support.BrowserTest;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinRequestInterceptor;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletRequest;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import jdk.jfr.Category;
import jdk.jfr.Event;
import jdk.jfr.Label;
import jdk.jfr.Name;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.Ordered;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.web.util.ContentCachingRequestWrapper;

/**
 * Round trips of the common actions in a real headless Chromium, on the demo clinic: the doctor's calendar to the
 * next week, switching it between week and month, a patient opening a doctor's page from the directory, booking
 * (the confirm button), opening My appointments from the booking's confirmation and sending a chat message. For
 * each action, after warm-up, {@link #RUNS} runs give:
 *
 * <ul>
 *   <li><b>server time</b>: from a request's arrival to its response, summed over the action's Vaadin requests
 *       (UIDL requests over HTTP; the push connection only carries the server's messages to the browser here). A
 *       servlet filter registered by this test only, first in the chain, times each request, so Spring Security's
 *       filters are included; a Vaadin request interceptor counts push messages, should the client send any;
 *   <li><b>browser time</b>: in the page, from the click to the moment the Flow client has no request in flight
 *       and the expected change is in the DOM ({@code performance.now()}, polled every few milliseconds).
 * </ul>
 *
 * Run on purpose only, never part of the suite (it asserts nothing about time):
 * {@code ./mvnw -B -ntp verify -Dtest=NONE -Dsurefire.failIfNoSpecifiedTests=false
 * -Dit.test=RoundTripBenchmarkTest -Dbenchmark.roundtrips=true}, adding {@code -Pproduction
 * -Dvaadin.productionMode=true} for Vaadin's production mode. Figures go to {@code target/benchmarks/roundtrips.txt}.
 */
@Tag("benchmark")
@EnabledIfSystemProperty(named = "benchmark.roundtrips", matches = "true")
@Import(RoundTripBenchmarkTest.Timing.class)
// A hundred messages in a minute or two: the chat's limit of 30 a minute would refuse most (its check still runs).
@TestPropertySource(properties = "praxis.chat.max-messages-per-minute=1000")
class RoundTripBenchmarkTest extends BrowserTest {

    static final int WARM_UP = Integer.getInteger("benchmark.warmUp", 10);
    /**
     * 90 since round 42 (30 before): the 95th percentile of 30 runs is their second slowest, which one neighbour's
     * burst or one GC pause decides; of 90 it is the fifth slowest, and the figure of each 30 in turn is reported too.
     */
    static final int RUNS = Integer.getInteger("benchmark.runs", 90);
    /** Runs per block of {@link #blockPercentiles}: as many as one run of the benchmark measured until round 42. */
    static final int BLOCK = 30;

    private static final String DOCTOR = "dr.weber@praxis.demo";
    private static final String PATIENT = "paul.neumann@example.org";

    /** One request as the server saw it. */
    record Request(String kind, long startNanos, long nanos) {}

    /**
     * The action whose run is under way ({@code null} between runs), for the flight recorder's events below: a
     * profiled run ({@code JAVA_TOOL_OPTIONS=-XX:StartFlightRecording...}) can then attribute CPU samples,
     * allocation and database reads to one action's requests by thread and time.
     */
    static volatile @Nullable String currentAction;

    static volatile boolean currentMeasured;

    /** A Vaadin request of a run, as a flight-recorder event (nothing is recorded unless a recording runs). */
    @Name("praxis.RoundTrip")
    @Label("Round trip request")
    @Category("Praxis")
    static class RoundTripEvent extends Event {
        @Label("Action")
        @Nullable
        String action;

        @Label("Measured run (not warm-up)")
        boolean measured;

        @Label("The request's RPC (its body's start; recorded only in a profiled run)")
        @Nullable
        String rpc;

        @Label("The request thread's CPU time during the request (ns)")
        long cpuNanos;
    }

    /** Test-only timing of every Vaadin request (nothing of it ships: it lives in the test sources). */
    @TestConfiguration
    static class Timing {

        static final List<Request> REQUESTS = new CopyOnWriteArrayList<>();

        private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

        /** First in the chain: the whole HTTP request, Spring Security's filters included. */
        @Bean
        FilterRegistrationBean<Filter> roundTripTimingFilter() {
            Filter filter = (request, response, chain) -> {
                String query = request instanceof HttpServletRequest http ? http.getQueryString() : null;
                long start = System.nanoTime();
                var event = new RoundTripEvent();
                long cpuStart = event.isEnabled() ? THREADS.getCurrentThreadCpuTime() : 0;
                event.begin();
                boolean uidl = query != null && query.contains("v-r=uidl");
                // in a profiled run, what each request asked for (the body as Vaadin read it)
                var body = uidl && event.isEnabled() && request instanceof HttpServletRequest http
                        ? new ContentCachingRequestWrapper(http, 4096)
                        : null;
                try {
                    chain.doFilter(body != null ? body : request, response);
                } finally {
                    if (uidl) {
                        REQUESTS.add(new Request("uidl", start, System.nanoTime() - start));
                        String action = currentAction;
                        if (action != null && event.shouldCommit()) {
                            event.action = action;
                            event.measured = currentMeasured;
                            event.cpuNanos = THREADS.getCurrentThreadCpuTime() - cpuStart;
                            if (body != null) {
                                String text = body.getContentAsString();
                                event.rpc = text.substring(0, Math.min(text.length(), 600));
                            }
                            event.commit();
                        }
                    }
                }
            };
            var registration = new FilterRegistrationBean<>(filter);
            registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
            registration.addUrlPatterns("/*");
            return registration;
        }

        /** Messages the client sends over the push connection, if any (they pass no servlet filter). */
        @Bean
        VaadinServiceInitListener roundTripTimingInterceptor() {
            return (ServiceInitEvent event) -> event.addVaadinRequestInterceptor(new VaadinRequestInterceptor() {
                @Override
                public void requestStart(VaadinRequest request, VaadinResponse response) {
                    request.setAttribute("roundtrip.start", System.nanoTime());
                }

                @Override
                public void handleException(
                        VaadinRequest request, VaadinResponse response, VaadinSession session, Exception e) {}

                @Override
                public void requestEnd(VaadinRequest request, VaadinResponse response, VaadinSession session) {
                    if (request.getAttribute("roundtrip.start") instanceof Long start
                            && "push".equals(request.getParameter("v-r"))) {
                        REQUESTS.add(new Request("push", start, System.nanoTime() - start));
                    }
                }
            });
        }
    }

    /** One action's runs. */
    record Runs(
            List<Double> serverMillis,
            List<Double> browserMillis,
            List<Integer> requests,
            List<Double> statements,
            List<Double> gcPauseMillis) {

        Runs() {
            this(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        }
    }

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @Autowired
    ChatUpdates chatUpdates;

    /** Chat listeners on this node before and after the chat's runs (issue 18: UIs left behind still listening?). */
    private final List<String> listeners = new ArrayList<>();

    private final Map<String, Runs> results = new LinkedHashMap<>();

    @Test
    void commonActions() throws Exception {
        String load = loadAverage();
        WebDriver doctorBrowser = driver;
        WebDriver patient = newBrowser("RoundTripPatient");
        try {
            calendar();
            driver = patient;
            directoryAndBooking();
            chat();
        } finally {
            driver = doctorBrowser;
            patient.quit();
            report(load); // what was measured, also when an action failed
        }
    }

    private void calendar() {
        signIn(DOCTOR, DEMO_PASSWORD);
        waitFor(By.id("doctor-home"));
        open("doctor/calendar?view=week&date=" + LocalDate.now(clock));
        waitFor(By.id("calendar-title"));
        awaitIdle();
        WebElement next = waitFor(By.cssSelector("#calendar-toolbar vaadin-button[aria-label='Next']"));
        WebElement previous = waitFor(By.cssSelector("#calendar-toolbar vaadin-button[aria-label='Previous']"));
        for (int i = 0; i < WARM_UP + RUNS; i++) {
            // Next, then back: every run shows this week or the next, both full of the demo's slots.
            measure("Calendar: next / previous week", i, i % 2 == 0 ? next : previous, TITLE_CHANGED);
        }
        WebElement select = waitFor(By.cssSelector("#calendar-toolbar vaadin-select"));
        for (int i = 0; i < WARM_UP + RUNS; i++) {
            String target = i % 2 == 0 ? "Month" : "Week";
            // Opening the list is the browser's own business (no request); choosing an entry is the round trip.
            js().executeScript("arguments[0].opened = true;", select);
            WebElement item = new WebDriverWait(driver, java.time.Duration.ofSeconds(10))
                    .until(d -> (WebElement) js().executeScript(
                                    "return [...arguments[0].querySelectorAll('vaadin-select-item'),"
                                            + " ...document.querySelectorAll('vaadin-select-item')]"
                                            + ".find(e => e.textContent.trim() === arguments[1]);",
                                    select,
                                    target));
            measure("Calendar: switch week/month", i, item, TITLE_CHANGED);
        }
        signOut();
    }

    private void directoryAndBooking() {
        signIn(PATIENT, DEMO_PASSWORD);
        waitFor(By.id("patient-home"));
        open("doctors");
        waitFor(By.cssSelector("#doctor-directory a.doctor-card-link"));
        awaitIdle();
        for (int i = 0; i < WARM_UP + RUNS; i++) {
            List<WebElement> links = driver.findElements(By.cssSelector("#doctor-directory a.doctor-card-link"));
            WebElement link = links.get(i % Math.min(links.size(), 6));
            measure("Open a doctor's page (from the directory)", i, link, "!!document.getElementById('doctor-name')");
            js().executeScript("history.back();");
            waitFor(By.cssSelector("#doctor-directory a.doctor-card-link"));
            awaitIdle();
        }

        long doctorId = doctorId("dr.becker@praxis.demo");
        List<Long> slots = freeSlotsFor(doctorId, PATIENT, WARM_UP + RUNS);
        assertThat(slots).as("free slots to book").hasSize(WARM_UP + RUNS);
        for (int i = 0; i < WARM_UP + RUNS; i++) {
            open("doctors/" + doctorId + "?slot=" + slots.get(i));
            WebElement reason = waitFor(By.cssSelector("#booking-reason textarea"));
            reason.sendKeys("Round trip " + i);
            // The typed reason goes to the server when the field loses focus, as when a person moves to the button.
            js().executeScript("arguments[0].blur();", reason);
            awaitIdle();
            measure(
                    "Book (confirm)",
                    i,
                    driver.findElement(By.id("book")),
                    "!!document.getElementById('booking-confirmation')");
            // Since round 38 the click shows the booking's confirmation; the patient's list is its button's page.
            measure(
                    "Open My appointments (from the booking's confirmation)",
                    i,
                    driver.findElement(By.id("booked-my-appointments")),
                    "location.pathname.endsWith('/appointments')"
                            + " && !!document.querySelector('praxis-my-appointments')");
        }
        assertThat(jdbc.sql(
                                "SELECT COUNT(*) FROM appointments WHERE availability_id IN (:slots) AND status = 'SCHEDULED'")
                        .param("slots", slots)
                        .query(Long.class)
                        .single())
                .as("every confirm booked its slot")
                .isEqualTo(WARM_UP + RUNS);
    }

    private void chat() {
        long doctorId = jdbc.sql("""
                        SELECT a.doctor_id FROM appointments a JOIN patients p ON p.patient_id = a.patient_id
                        JOIN users u ON u.user_id = p.user_id WHERE u.email = ? ORDER BY a.appointment_id LIMIT 1""").param(PATIENT).query(Long.class).single();
        listeners.add("after the bookings, before the chat page: " + chatUpdates.listenerCount());
        open("messages?doctor=" + doctorId);
        waitFor(By.id("chat-panel"));
        awaitIdle();
        listeners.add("on the chat page: " + chatUpdates.listenerCount());
        String run = UUID.randomUUID().toString().substring(0, 8);
        for (int i = 0; i < WARM_UP + RUNS; i++) {
            WebElement field = waitFor(By.cssSelector("#chat-panel vaadin-message-input textarea"));
            String text = "Round trip " + run + " " + i;
            field.sendKeys(text);
            WebElement send = (WebElement)
                    js().executeScript("return [...document.querySelectorAll('#chat-panel vaadin-message-input *')]"
                            + ".find(e => e.localName.endsWith('button'));");
            measure("Send a chat message", i, send, "true");
        }
        assertThat(jdbc.sql("SELECT COUNT(*) FROM chat_messages WHERE message_text LIKE ?")
                        .param("Round trip " + run + " %")
                        .query(Long.class)
                        .single())
                .as("every message stored")
                .isEqualTo(WARM_UP + RUNS);
        listeners.add("after the messages: " + chatUpdates.listenerCount());
    }

    /** The calendar's title shows the range; it changes once the server has answered with the new range. */
    private static final String TITLE_CHANGED = "document.getElementById('calendar-title').textContent !== before";

    /**
     * Clicks {@code target} in the page and waits there until the Flow client saw a request, has none in flight
     * any more, and {@code doneJs} holds; then adds the server's time of the requests made meanwhile.
     */
    private void measure(String action, int run, WebElement target, String doneJs) {
        int mark = Timing.REQUESTS.size();
        long questionsBefore = questions();
        long pausesBefore = gcPauseMillis();
        currentAction = action;
        currentMeasured = run >= WARM_UP;
        Object browser = js().executeAsyncScript("""
                        const target = arguments[0], callback = arguments[arguments.length - 1];
                        const before = document.getElementById('calendar-title')?.textContent;
                        const clients = () => Object.values(window.Vaadin?.Flow?.clients ?? {});
                        const active = () => clients().some(c => c.isActive && c.isActive());
                        let sawActive = false;
                        const started = performance.now();
                        target.click();
                        const poll = () => {
                          if (active()) sawActive = true;
                          else if (sawActive && (%s)) return callback(performance.now() - started);
                          if (performance.now() - started > 20000) return callback(-1);
                          setTimeout(poll, 1);
                        };
                        poll();""".formatted(doneJs), target);
        awaitIdle();
        sleep(50); // (see below)
        currentAction = null;
        double browserMillis = ((Number) browser).doubleValue();
        assertThat(browserMillis).as("%s, run %d, finished", action, run).isPositive();
        // A request may end a moment after the browser saw its response: the wait above let the server record it.
        List<Request> requests = new ArrayList<>(Timing.REQUESTS.subList(mark, Timing.REQUESTS.size()));
        double serverMillis = requests.stream().mapToLong(Request::nanos).sum() / 1e6;
        // Statements the database received meanwhile (the two status reads themselves taken off; the chat's
        // poller may add its one query a second).
        double statements = questions() - questionsBefore - 2;
        // The JVM's stop-the-world GC pauses meanwhile (the app, the test and its browser share this JVM's heap):
        // a run with one is slow whatever its code did.
        double pauses = gcPauseMillis() - pausesBefore;
        if (run >= WARM_UP) {
            Runs runs = results.computeIfAbsent(action, a -> new Runs());
            runs.serverMillis().add(serverMillis);
            runs.browserMillis().add(browserMillis);
            runs.requests().add(requests.size());
            runs.statements().add(statements);
            runs.gcPauseMillis().add(pauses);
        }
    }

    /** The database's count of statements received from every client (the app is its only one here). */
    private long questions() {
        return jdbc.sql("SHOW GLOBAL STATUS LIKE 'Questions'")
                .query((rs, row) -> rs.getLong(2))
                .single();
    }

    private void awaitIdle() {
        new WebDriverWait(driver, java.time.Duration.ofSeconds(30))
                .until(d -> (Boolean) js().executeScript("return Object.values(window.Vaadin?.Flow?.clients ?? {})"
                        + ".every(c => !c.isActive || !c.isActive());"));
    }

    private JavascriptExecutor js() {
        return (JavascriptExecutor) driver;
    }

    private long doctorId(String email) {
        return jdbc.sql("SELECT d.doctor_id FROM doctors d JOIN users u ON u.user_id = d.user_id WHERE u.email = ?")
                .param(email)
                .query(Long.class)
                .single();
    }

    /**
     * Free slots of one doctor the patient may book one after another: from the day after tomorrow (the
     * journey runs on the real clock), outside time off and holds, none overlapping the patient's appointments.
     */
    private List<Long> freeSlotsFor(long doctorId, String patientEmail, int count) {
        return jdbc.sql("""
                        SELECT a.availability_id FROM doctor_availability a
                        WHERE a.doctor_id = :doctor AND a.is_booked = FALSE AND a.held_until IS NULL
                          AND a.available_date BETWEEN :first AND :last
                          AND NOT EXISTS (SELECT 1 FROM doctor_time_off t WHERE t.doctor_id = a.doctor_id
                                          AND t.starts_at < TIMESTAMP(a.available_date, a.end_time)
                                          AND t.ends_at > TIMESTAMP(a.available_date, a.start_time))
                          AND NOT EXISTS (SELECT 1 FROM appointments x JOIN patients p ON p.patient_id = x.patient_id
                                          JOIN users u ON u.user_id = p.user_id
                                          WHERE u.email = :patient AND x.status = 'SCHEDULED'
                                            AND x.appointment_date = a.available_date
                                            AND x.start_time < a.end_time AND x.end_time > a.start_time)
                        ORDER BY a.available_date, a.start_time LIMIT :count""")
                .param("doctor", doctorId)
                .param("first", LocalDate.now(clock).plusDays(2))
                .param("last", LocalDate.now(clock).plusDays(40))
                .param("patient", patientEmail)
                .param("count", count)
                .query(Long.class)
                .list();
    }

    private void report(String loadBefore) throws Exception {
        var lines = new ArrayList<String>();
        lines.add("Round trips, " + RUNS + " runs after " + WARM_UP + " warm-up runs; Vaadin production mode: "
                + System.getProperty("vaadin.productionMode", "false") + "; load average before: " + loadBefore
                + ", after: " + loadAverage() + "; server JVM: " + heapSettings());
        lines.add("| action | requests | SQL statements (median) | server p50 ms | server p95 ms | browser p50 ms"
                + " | browser p95 ms | runs with a GC pause (their pauses, ms) | server p95 of the runs without"
                + " | server p95 of each " + BLOCK + " runs in turn |");
        lines.add("|---|---:|---:|---:|---:|---:|---:|---|---:|---|");
        results.forEach((action, runs) -> lines.add(String.format(
                Locale.ROOT, // one decimal point in every figure, whatever the machine's locale
                "| %s | %s | %.0f | %.1f | %.1f | %.1f | %.1f | %s | %.1f | %s |",
                action,
                runs.requests().stream()
                        .distinct()
                        .sorted()
                        .map(String::valueOf)
                        .toList(),
                percentile(runs.statements(), 50),
                percentile(runs.serverMillis(), 50),
                percentile(runs.serverMillis(), 95),
                percentile(runs.browserMillis(), 50),
                percentile(runs.browserMillis(), 95),
                withPauses(runs),
                withoutPauses(runs),
                blockPercentiles(runs.serverMillis()))));
        if (!listeners.isEmpty()) {
            lines.add("");
            lines.add("Chat listeners on the node (the patient's browser only): " + String.join("; ", listeners));
        }
        String report = String.join("\n", lines);
        System.out.println("\n=== Round trips ===\n" + report + "\n");
        Path file = Files.createDirectories(Path.of("target", "benchmarks")).resolve("roundtrips.txt");
        Files.writeString(
                file,
                report + "\n\n",
                java.nio.file.StandardOpenOption.CREATE,
                java.nio.file.StandardOpenOption.APPEND);
    }

    /** How many runs had a GC pause, and how long their pauses were (with each run's server time). */
    private static String withPauses(Runs runs) {
        var paused = new ArrayList<String>();
        for (int i = 0; i < runs.gcPauseMillis().size(); i++) {
            if (runs.gcPauseMillis().get(i) > 0) {
                paused.add(String.format(
                        Locale.ROOT,
                        "%.0f (server %.0f)",
                        runs.gcPauseMillis().get(i),
                        runs.serverMillis().get(i)));
            }
        }
        return paused.size() + (paused.isEmpty() ? "" : ": " + String.join(", ", paused));
    }

    /**
     * The 95th percentile of each {@link #BLOCK} runs in turn (a last, shorter block has none): how far apart the
     * figures of 30 runs, what one run of the benchmark measured until round 42, fall within one server's life.
     */
    static String blockPercentiles(List<Double> millis) {
        var blocks = new ArrayList<String>();
        for (int from = 0; from + BLOCK <= millis.size(); from += BLOCK) {
            blocks.add(String.format(Locale.ROOT, "%.1f", percentile(millis.subList(from, from + BLOCK), 95)));
        }
        return String.join(" / ", blocks);
    }

    private static double withoutPauses(Runs runs) {
        var without = new ArrayList<Double>();
        for (int i = 0; i < runs.gcPauseMillis().size(); i++) {
            if (runs.gcPauseMillis().get(i) == 0) {
                without.add(runs.serverMillis().get(i));
            }
        }
        return without.isEmpty() ? Double.NaN : percentile(without, 95);
    }

    /**
     * Stop-the-world GC time so far: every collector's pause time. G1's "G1 Concurrent GC" bean counts the
     * stop-the-world pauses of its concurrent cycle (Remark and Cleanup, since JDK 20), not the concurrent work, so
     * it is counted too (until round 10 it was left out, and a Remark pause of 70–210 ms went unseen).
     */
    private static long gcPauseMillis() {
        return java.lang.management.ManagementFactory.getGarbageCollectorMXBeans().stream()
                .filter(bean -> countsPauses(bean.getName()))
                .mapToLong(java.lang.management.GarbageCollectorMXBean::getCollectionTime)
                .sum();
    }

    /**
     * Whether the collector's bean of this name counts pauses: Shenandoah's and ZGC's "… Cycles" beans count their
     * concurrent cycles' whole time, in which the application runs (round 43: "pauses" of 409–644 ms in runs whose GC
     * log has none over 0.8 ms), so only their "… Pauses" beans are; all three of G1's are.
     */
    static boolean countsPauses(String beanName) {
        return !beanName.endsWith(" Cycles");
    }

    /**
     * The heap options this JVM (the application's) was started with, its collector and the collector's mode (round
     * 43's report could not tell generational Shenandoah from the single-generation one), and its maximum heap.
     */
    private static String heapSettings() {
        var options = java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(arg -> arg.startsWith("-Xm")
                        || arg.startsWith("-XX:+Use") && arg.endsWith("GC")
                        || arg.startsWith("-XX:ShenandoahGCMode="))
                .toList();
        return (options.isEmpty() ? "default heap" : String.join(" ", options)) + ", max heap "
                + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB";
    }

    /** Nearest-rank percentile. */
    static double percentile(List<Double> values, int percent) {
        List<Double> sorted = values.stream().sorted().toList();
        int rank = (int) Math.ceil(sorted.size() * percent / 100.0);
        return sorted.get(Math.max(0, rank - 1));
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (java.io.IOException e) {
            return "unknown";
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
