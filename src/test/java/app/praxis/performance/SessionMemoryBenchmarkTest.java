package app.praxis.performance;

import static org.assertj.core.api.Assertions.assertThat;

import app.praxis.performance.ProductionApp.Histogram;
import app.praxis.support.BrowserTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Memory per signed-in session and page weight, on the production build (issue 18). Run on purpose, after building
 * the production jar:
 *
 * <pre>
 * ./mvnw -Pproduction -DskipTests package
 * ./mvnw -Pbenchmark test -Dtest=SessionMemoryBenchmarkTest
 * </pre>
 *
 * <p>It starts {@code target/praxis.jar} in its own JVM ({@link ProductionApp}: fixed heap, production mode, fresh
 * embedded database with the demo clinic), then, page by page: visits the page once with one browser and signs out
 * (warm-up), reads the live heap (baseline), signs in N headless Chromium sessions as N different people, parks each
 * on the page, reads the live heap again and reports (after − baseline) / N, with the classes that grew most; then
 * signs them all out. The demo has one admin: the harness adds admins {@code admin2…@praxis.demo} (the demo admin's
 * password) in SQL. Options: {@code -Dbenchmark.sessions=10}, {@code -Dbenchmark.pages=patient-home,...},
 * {@code -Dbenchmark.jar=target/praxis.jar}, {@code -Dbenchmark.heap=1g}, {@code -Dbenchmark.gc=g1|zgc}. Figures go
 * to the console and to {@code target/benchmarks/session-memory.txt}; nothing about them is asserted.
 *
 * <p>Each row gives the figure first (the whole live heap's growth per session), then the same without G1's
 * filler objects (dead space the histogram counts as live), and the load average at the reading. A larger N divides
 * what the heap gains once per run (request processors' buffers, the JDBC driver's caches) by more sessions; it needs
 * N people of each chosen page's role (30 patients, 12 doctors, admins are added).
 */
@Tag("benchmark")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SessionMemoryBenchmarkTest {

    static final String PASSWORD = "praxis-demo-2026";
    static final Duration WAIT = Duration.ofSeconds(60);
    static final int SESSIONS = Integer.getInteger("benchmark.sessions", 10);

    /**
     * {@code -Dbenchmark.marginal=M}: after the reading with N sessions, M more are opened and the heap read again;
     * (that − the N reading) / M is what one more session costs once the first N have paid what is paid once.
     */
    static final int MARGINAL = Integer.getInteger("benchmark.marginal", 0);

    /**
     * {@code -Dbenchmark.warmup=representative} (round 9): the warm-up opens as many browsers as the reading, the
     * baseline waits until their UIs are gone and no class has been loaded for 20 s (the class-load log is on). The
     * same as {@code -Dbenchmark.warmupSessions=N -Dbenchmark.warmupUisGone=true -Dbenchmark.classLog=true
     * -Dbenchmark.warmupQuiet=20}. The default since round 10; {@code -Dbenchmark.warmup=single} gives round 8's
     * method: one warm-up browser.
     */
    static final boolean REPRESENTATIVE = ProductionApp.REPRESENTATIVE_WARMUP;

    /** Browsers at once in the warm-up (1: round 8's method), and how many such rounds. */
    static final int WARMUP_SESSIONS = Integer.getInteger("benchmark.warmupSessions", REPRESENTATIVE ? SESSIONS : 1);

    static final int WARMUP_ROUNDS = Integer.getInteger("benchmark.warmupRounds", 1);

    /**
     * Seconds a parked session waits before the heap is read: the page load's extra keep-alive connections close
     * (Tomcat: 20 s without a request), and the UI's last response kept for a resent request is the poll's.
     */
    static final int SETTLE_SECONDS = Integer.getInteger("benchmark.settle", 30);

    /** Instances counted per session beside the bytes: what holds a UI, a session or a connection. */
    static final List<String> COUNTED = List.of(
            "com.vaadin.flow.component.UI",
            "com.vaadin.flow.spring.SpringVaadinSession",
            "org.apache.catalina.session.StandardSession",
            "org.apache.tomcat.util.net.NioEndpoint$NioSocketWrapper",
            "org.apache.tomcat.websocket.WsSession",
            "org.atmosphere.cpr.AtmosphereResourceImpl",
            "com.vaadin.flow.internal.StateNode");

    /** A page under test: who opens it and the in-app path there after signing in ("" = the role's home). */
    record Page(String name, String role, String path) {}

    private ProductionApp app;
    private final Map<String, List<String>> accounts = new LinkedHashMap<>();
    private long doctorId;
    private final List<String> report = new ArrayList<>();

    @BeforeAll
    void startApplication() throws Exception {
        Path folder = Path.of("target", "session-memory");
        app = ProductionApp.start(Path.of(System.getProperty("benchmark.jar", "target/praxis.jar")), folder);
        try (Connection db = app.database()) {
            addAdmins(db, SESSIONS + MARGINAL);
            for (String role : List.of("PATIENT", "DOCTOR", "ADMIN")) {
                accounts.put(role, emails(db, role));
            }
            doctorId = doctorWithFreeTimes(db);
        }
        report.add(String.format(
                Locale.ROOT,
                "%s — %d sessions per page, parked %d s, heap %s, collector %s, %d cores, load average %s",
                Instant.now(Clock.systemUTC()), // when the benchmark ran, for its report (not the tests' clock)
                SESSIONS,
                SETTLE_SECONDS,
                ProductionApp.HEAP,
                ProductionApp.COLLECTOR,
                Runtime.getRuntime().availableProcessors(),
                loadAverage()));
    }

    @AfterAll
    void stopApplication() throws Exception {
        if (app != null) {
            app.close();
        }
        Path out = Path.of("target", "benchmarks", "session-memory.txt");
        Files.createDirectories(out.getParent());
        Files.write(
                out,
                (String.join("\n", report) + "\n\n").getBytes(StandardCharsets.UTF_8),
                StandardOpenOption.CREATE,
                StandardOpenOption.APPEND);
    }

    List<Page> pages() {
        List<Page> all = List.of(
                new Page("patient-home", "PATIENT", ""),
                new Page("patient-directory", "PATIENT", "doctors"),
                new Page("patient-doctor-page", "PATIENT", "doctors/" + doctorId),
                new Page("patient-directory-then-doctor", "PATIENT", "doctors|doctors/" + doctorId),
                new Page("patient-appointments", "PATIENT", "appointments"),
                new Page("patient-messages", "PATIENT", "messages"),
                // Messages with a conversation open (the inbox's first entry: every demo patient has one).
                new Page("patient-messages-chat", "PATIENT", "messages|" + FIRST_CHAT),
                new Page("doctor-calendar-week", "DOCTOR", "doctor/calendar"),
                new Page("admin-dashboard", "ADMIN", ""),
                new Page("admin-users", "ADMIN", "admin/users"),
                new Page("admin-appointments", "ADMIN", "admin/appointments"),
                new Page("admin-payments", "ADMIN", "admin/payments"));
        String chosen = System.getProperty("benchmark.pages", "");
        if (chosen.isBlank()) {
            return all;
        }
        List<String> names = Arrays.asList(chosen.split(","));
        return all.stream().filter(page -> names.contains(page.name())).toList();
    }

    @Test
    @Order(1)
    void bytesPerSessionPerPage() throws Exception {
        List<String> table = new ArrayList<>();
        // The figure first: the whole live heap's growth per session. Beside it the same reading without G1's
        // filler objects, which are dead space, not any session's (see ProductionApp.Histogram#fillerBytes).
        table.add("| page | sessions | baseline live heap | with sessions | bytes per session (the issue's figure)"
                + " | without G1's filler objects | UIs alive | load average |");
        table.add("|---|---:|---:|---:|---:|---:|---:|---|");
        ClassLoadLog classLog = new ClassLoadLog(app.folder);
        for (Page page : pages()) {
            List<String> people = people(page.role(), SESSIONS + MARGINAL);
            warmUp(page, people);
            Histogram before = app.liveHeap();
            int classesAtBaseline = classLog.lines().size();
            if (Boolean.getBoolean("benchmark.baselineDump")) {
                // The baseline's live objects, for HeapDumpSummary's diff: mode (what grew, and what holds it).
                dump(page.name() + "-baseline");
            }
            List<WebDriver> browsers = new ArrayList<>();
            try {
                for (int i = 0; i < SESSIONS; i++) {
                    WebDriver browser = browser(page.name() + "-" + i, 1280, 900);
                    browsers.add(browser);
                    visit(browser, people.get(i), page);
                }
                Thread.sleep(SETTLE_SECONDS * 1000L);
                Histogram after = app.liveHeap();
                int classesAtReading = classLog.lines().size();
                if (Boolean.getBoolean("benchmark.heapDump")) {
                    // For retained sizes (HeapDumpSummary, or Eclipse MAT): only live objects, sessions still open.
                    dump(page.name());
                }
                long perSession = (after.totalBytes() - before.totalBytes()) / SESSIONS;
                long withoutFillers = (after.bytesWithoutFillers() - before.bytesWithoutFillers()) / SESSIONS;
                long uis = after.instances("com.vaadin.flow.component.UI");
                table.add(String.format(
                        Locale.ROOT,
                        "| %s | %d | %,d | %,d | **%,d** | %,d | %d | %s |",
                        page.name(),
                        SESSIONS,
                        before.totalBytes(),
                        after.totalBytes(),
                        perSession,
                        withoutFillers,
                        uis,
                        loadAverage()));
                report.add(page.name() + ": " + String.format(Locale.ROOT, "%,d", perSession)
                        + " bytes per session (" + String.format(Locale.ROOT, "%,d", withoutFillers)
                        + " without G1's filler objects: " + String.format(Locale.ROOT, "%,d", before.fillerBytes())
                        + " -> " + String.format(Locale.ROOT, "%,d", after.fillerBytes())
                        + " bytes of them); grew most:");
                for (String counted : COUNTED) {
                    report.add(String.format(
                            Locale.ROOT,
                            "  %,8d -> %,8d  %s",
                            before.instances(counted),
                            after.instances(counted),
                            counted));
                }
                report.addAll(after.grownFrom(before, SESSIONS, 25));
                reportClassesLoaded(classLog, page.name(), classesAtBaseline, classesAtReading, "the baseline");
                if (MARGINAL > 0) {
                    // The marginal cost: M more sessions on top of the N, read again. What the first N cost once
                    // (classes, caches, pools) is not paid again; what each session holds is.
                    for (int i = SESSIONS; i < SESSIONS + MARGINAL; i++) {
                        WebDriver browser = browser(page.name() + "-" + i, 1280, 900);
                        browsers.add(browser);
                        visit(browser, people.get(i), page);
                    }
                    Thread.sleep(SETTLE_SECONDS * 1000L);
                    Histogram more = app.liveHeap();
                    int classesAtMore = classLog.lines().size();
                    if (Boolean.getBoolean("benchmark.heapDump")) {
                        dump(page.name() + "-more");
                    }
                    long marginal = (more.totalBytes() - after.totalBytes()) / MARGINAL;
                    long marginalWithoutFillers = (more.bytesWithoutFillers() - after.bytesWithoutFillers()) / MARGINAL;
                    table.add(String.format(
                            Locale.ROOT,
                            "| %s, the %d sessions after the first %d (marginal) | %d | %,d | %,d | **%,d** | %,d | %d"
                                    + " | %s |",
                            page.name(),
                            MARGINAL,
                            SESSIONS,
                            SESSIONS + MARGINAL,
                            after.totalBytes(),
                            more.totalBytes(),
                            marginal,
                            marginalWithoutFillers,
                            more.instances("com.vaadin.flow.component.UI"),
                            loadAverage()));
                    report.add(page.name() + ", " + MARGINAL + " more sessions: "
                            + String.format(Locale.ROOT, "%,d", marginal)
                            + " bytes per added session (" + String.format(Locale.ROOT, "%,d", marginalWithoutFillers)
                            + " without G1's filler objects); grew most:");
                    for (String counted : COUNTED) {
                        report.add(String.format(
                                Locale.ROOT,
                                "  %,8d -> %,8d  %s",
                                after.instances(counted),
                                more.instances(counted),
                                counted));
                    }
                    report.addAll(more.grownFrom(after, MARGINAL, 25));
                    reportClassesLoaded(
                            classLog, page.name() + "-more", classesAtReading, classesAtMore, "the first reading");
                }
                System.out.println(table.getLast());
                for (WebDriver browser : browsers) {
                    signOut(browser);
                }
            } finally {
                browsers.forEach(WebDriver::quit);
            }
        }
        report.add("");
        report.addAll(table);
        System.out.println(String.join("\n", report));
        assertThat(table).hasSizeGreaterThan(2);
    }

    /**
     * A closed tab frees its UI: N patients on their home page, then each closes the tab (another tab of the same
     * browser stays open, so the browser itself lives on). Reports the live heap and the UIs alive with the tabs
     * open, and then every two seconds until the UIs are back to the baseline's count (at most a minute).
     */
    @Test
    @Order(2)
    void closedTabFreesItsUi() throws Exception {
        Page page = new Page("patient-home", "PATIENT", "");
        List<String> people = people(page.role());
        WebDriver warm = browser("warm-closing", 1280, 900);
        try {
            visit(warm, people.getFirst(), page);
            signOut(warm);
        } finally {
            warm.quit();
        }
        Histogram before = app.liveHeap();
        long uisBefore = before.instances("com.vaadin.flow.component.UI");
        List<WebDriver> browsers = new ArrayList<>();
        try {
            for (int i = 0; i < SESSIONS; i++) {
                WebDriver browser = browser("closing-" + i, 1280, 900);
                browsers.add(browser);
                visit(browser, people.get(i), page);
            }
            Histogram open = app.liveHeap();
            report.add("");
            report.add("Closed tabs (" + SESSIONS + " patients on their home page, then each tab closed):");
            report.add(String.format(
                    Locale.ROOT,
                    "  tabs open: %,d bytes per session above the baseline, UIs %d -> %d",
                    (open.totalBytes() - before.totalBytes()) / SESSIONS,
                    uisBefore,
                    open.instances("com.vaadin.flow.component.UI")));
            long closed = System.nanoTime(); // elapsed time on this machine, not the clinic's clock
            for (WebDriver browser : browsers) {
                String first = browser.getWindowHandle();
                browser.switchTo().newWindow(org.openqa.selenium.WindowType.TAB);
                String second = browser.getWindowHandle();
                browser.switchTo().window(first).close();
                browser.switchTo().window(second);
            }
            Duration took = Duration.ofNanos(System.nanoTime() - closed);
            for (int second = 0; second <= 60; second += 2) {
                Histogram now = app.liveHeap();
                long uis = now.instances("com.vaadin.flow.component.UI");
                report.add(String.format(
                        Locale.ROOT,
                        "  %2d s after the last tab closed (closing took %.1f s): %,d bytes per session above the"
                                + " baseline, UIs %d",
                        Duration.ofNanos(System.nanoTime() - closed).minus(took).toSeconds(),
                        took.toMillis() / 1000.0,
                        (now.totalBytes() - before.totalBytes()) / SESSIONS,
                        uis));
                if (uis <= uisBefore) {
                    break;
                }
                Thread.sleep(2000);
            }
            // What a signed-in session without a tab keeps, once the closed tabs' connections have timed out too
            // (keep-alive 15 s): the HTTP and Vaadin session alone, until sign-out or the idle timeout.
            Thread.sleep(SETTLE_SECONDS * 1000L);
            Histogram settled = app.liveHeap();
            report.add(String.format(
                    Locale.ROOT,
                    "  %d s later: %,d bytes per session above the baseline, UIs %d, sessions %d -> %d, connections"
                            + " %d -> %d (uptime load %s)",
                    SETTLE_SECONDS,
                    (settled.totalBytes() - before.totalBytes()) / SESSIONS,
                    settled.instances("com.vaadin.flow.component.UI"),
                    before.instances("org.apache.catalina.session.StandardSession"),
                    settled.instances("org.apache.catalina.session.StandardSession"),
                    before.instances("org.apache.tomcat.util.net.NioEndpoint$NioSocketWrapper"),
                    settled.instances("org.apache.tomcat.util.net.NioEndpoint$NioSocketWrapper"),
                    loadAverage()));
            report.addAll(settled.grownFrom(before, SESSIONS, 15));
            if (Boolean.getBoolean("benchmark.heapDump")) {
                Path dump = app.folder.resolve("closed-tabs.hprof").toAbsolutePath();
                Files.deleteIfExists(dump);
                app.jcmd("GC.heap_dump " + dump);
            }
            System.out.println(String.join("\n", report.subList(report.size() - 6, report.size())));
        } finally {
            browsers.forEach(WebDriver::quit);
        }
    }

    /**
     * Page weight on a phone: a fresh browser (empty cache) at 375 × 812 opens the sign-in page; the bytes on the
     * wire (the Resource Timing API's {@code transferSize}: compressed body plus headers) and the requests are summed
     * per step: the sign-in page, signing in (the home page's document and what it adds), then a doctor's page
     * opened in the app. The service worker's own downloads (the PWA's offline cache) are not the page's: they are
     * counted from the server's access log instead, as everything the server sent during the whole visit.
     */
    @Test
    @Order(3)
    void pageWeightOnAPhone() throws Exception {
        Path accessLog = app.folder.resolve("access.log");
        long logStart = Files.exists(accessLog) ? Files.size(accessLog) : 0;
        WebDriver phone = browser("phone", 375, 812);
        try {
            List<String> lines = new ArrayList<>();
            phone.get(app.url("login"));
            awaitIdle(phone);
            Thread.sleep(3000);
            lines.add(weight("sign-in page (first visit, empty cache)", phone, resources(phone)));
            @SuppressWarnings("unchecked")
            var largest = (List<String>) ((JavascriptExecutor) phone)
                    .executeScript("return performance.getEntriesByType('navigation')"
                            + ".concat(performance.getEntriesByType('resource'))"
                            + ".sort((a, b) => b.transferSize - a.transferSize).slice(0, 12)"
                            + ".map(e => e.transferSize + ' ' + e.name.replace(location.origin, ''));");
            largest.forEach(entry -> lines.add("      " + entry));
            var username = phone.findElement(By.cssSelector("vaadin-login-form input[name='username']"));
            username.sendKeys(accounts.get("PATIENT").getFirst());
            var password = phone.findElement(By.cssSelector("vaadin-login-form input[name='password']"));
            password.sendKeys(PASSWORD);
            password.sendKeys(Keys.ENTER);
            new WebDriverWait(phone, WAIT)
                    .until(driver -> !driver.getCurrentUrl().contains("login"));
            awaitIdle(phone);
            Thread.sleep(3000);
            List<long[]> home = resources(phone);
            lines.add(weight("signing in: the patient's home page", phone, home));
            navigateInApp(phone, "doctors/" + doctorId);
            Thread.sleep(3000);
            List<long[]> all = resources(phone);
            lines.add(weight("then a doctor's page (in the app)", phone, all.subList(home.size(), all.size())));
            long[] served = served(accessLog, logStart);
            lines.add(String.format(
                    Locale.ROOT,
                    "  the server sent %,d bytes of bodies in %d responses for the whole visit (access log,"
                            + " service worker's downloads included)",
                    served[0],
                    served[1]));
            report.add("");
            report.add("Page weight at 375 px (production build):");
            report.addAll(lines);
            System.out.println(String.join("\n", lines));
        } finally {
            phone.quit();
        }
    }

    /** Per resource of the current document: {transferSize, encodedBodySize}; the document itself first. */
    @SuppressWarnings("unchecked")
    private static List<long[]> resources(WebDriver browser) {
        var entries = (List<List<Number>>) ((JavascriptExecutor) browser)
                .executeScript("return performance.getEntriesByType('navigation')"
                        + ".concat(performance.getEntriesByType('resource'))"
                        + ".map(e => [e.transferSize || 0, e.encodedBodySize || 0]);");
        return entries.stream()
                .map(entry -> new long[] {entry.get(0).longValue(), entry.get(1).longValue()})
                .toList();
    }

    private static String weight(String what, WebDriver browser, List<long[]> resources) {
        long bytes = resources.stream().mapToLong(r -> r[0]).sum();
        long fetched = resources.stream().filter(r -> r[0] > 0).count();
        return String.format(
                Locale.ROOT,
                "  %s: %,d bytes on the wire in %d requests (%d entries, the rest from the cache)",
                what,
                bytes,
                fetched,
                resources.size());
    }

    /** Bytes of bodies and responses the server logged after {@code from} ("%b %s %S %r" lines). */
    private static long[] served(Path accessLog, long from) throws Exception {
        if (!Files.exists(accessLog)) {
            return new long[] {0, 0};
        }
        byte[] all = Files.readAllBytes(accessLog);
        String text = new String(all, (int) from, all.length - (int) from, StandardCharsets.UTF_8);
        long bytes = 0;
        long responses = 0;
        for (String line : text.split("\n")) {
            String[] parts = line.strip().split(" ");
            if (parts.length >= 2) {
                responses++;
                String size = parts[0];
                bytes += size.equals("-") ? 0 : Long.parseLong(size);
            }
        }
        return new long[] {bytes, responses};
    }

    /** Signs in (the login form, as a person would), then goes to each path of the page in the same UI. */
    private void visit(WebDriver browser, String email, Page page) {
        // A lost sign-in (round 4 saw PWA icon requests replace the signed-in cookie) is a failure: fixed in the
        // application (SessionlessPwaRequests), so the benchmark does not sign in again to hide it.
        browser.get(app.url("login"));
        var username = new WebDriverWait(browser, WAIT)
                .until(ExpectedConditions.visibilityOfElementLocated(
                        By.cssSelector("vaadin-login-form input[name='username']")));
        username.sendKeys(email);
        var password = browser.findElement(By.cssSelector("vaadin-login-form input[name='password']"));
        password.sendKeys(PASSWORD);
        password.sendKeys(Keys.ENTER);
        new WebDriverWait(browser, WAIT).until(driver -> !driver.getCurrentUrl().contains("login"));
        awaitIdle(browser);
        new WebDriverWait(browser, WAIT).until(ExpectedConditions.visibilityOfElementLocated(By.id("logout")));
        if (!page.path().isEmpty()) {
            for (String path : page.path().split("\\|")) {
                if (path.equals(FIRST_CHAT)) {
                    openFirstChat(browser);
                } else {
                    navigateInApp(browser, path);
                }
            }
        }
    }

    /** In a path: click the first conversation of Messages' inbox (its chat id differs per person). */
    static final String FIRST_CHAT = "@first-chat";

    /** Messages' first conversation opened as a person does: its link in the inbox, followed by the router. */
    static void openFirstChat(WebDriver browser) {
        new WebDriverWait(browser, WAIT)
                .until(ExpectedConditions.elementToBeClickable(By.cssSelector("praxis-chat-inbox a.chat-entry")))
                .click();
        new WebDriverWait(browser, WAIT).until(driver -> driver.getCurrentUrl().contains("messages?chat="));
        new WebDriverWait(browser, WAIT).until(ExpectedConditions.visibilityOfElementLocated(By.id("chat-panel")));
        awaitIdle(browser);
    }

    /** A router link clicked inside the open UI, as the menu and the cards do (no page reload, no new UI). */
    static void navigateInApp(WebDriver browser, String path) {
        ((JavascriptExecutor) browser)
                .executeScript(
                        "const a = document.createElement('a'); a.href = arguments[0];"
                                + " a.setAttribute('router-link', ''); document.body.appendChild(a); a.click(); a.remove();",
                        path);
        new WebDriverWait(browser, WAIT).until(driver -> driver.getCurrentUrl().endsWith("/" + path));
        awaitIdle(browser);
    }

    /** Until Vaadin's client has no request in flight. */
    static void awaitIdle(WebDriver browser) {
        new WebDriverWait(browser, WAIT).until(driver -> (Boolean) ((JavascriptExecutor) driver)
                .executeScript("const f = window.Vaadin && window.Vaadin.Flow;"
                        + " if (!f || !f.clients) return false;"
                        + " const cs = Object.values(f.clients).filter(c => c.isActive);"
                        + " return cs.length > 0 && cs.every(c => !c.isActive());"));
    }

    static void signOut(WebDriver browser) {
        new WebDriverWait(browser, WAIT)
                .until(ExpectedConditions.elementToBeClickable(By.id("logout")))
                .click();
        new WebDriverWait(browser, WAIT).until(driver -> driver.getCurrentUrl().contains("login"));
        awaitIdle(browser);
        // Leaving the sign-in page sends its unload beacon with the (new, anonymous) session's cookie; then the
        // browser forgets the session.
        browser.get("about:blank");
        browser.manage().deleteAllCookies();
    }

    static WebDriver browser(String name, int width, int height) throws Exception {
        var driver = BrowserTest.headlessChromium(name, width, height, options -> {});
        driver.manage().window().setSize(new Dimension(width, height));
        return driver;
    }

    /**
     * N different people of this role, one per session. The demo has 30 patients and 12 doctors (admins are added
     * as needed): a larger N works for the patients' and admins' pages, and a doctor's page refuses more than 12.
     */
    private List<String> people(String role) {
        return people(role, SESSIONS);
    }

    private List<String> people(String role, int wanted) {
        List<String> all = accounts.get(role);
        if (all.size() < wanted) {
            throw new IllegalStateException("Only " + all.size() + " active " + role + " accounts for " + wanted
                    + " sessions: choose pages of other roles (-Dbenchmark.pages) or fewer sessions");
        }
        return all.subList(0, wanted);
    }

    /**
     * Warm-up before the baseline: by default one browser visits the page and signs out (round 8's method). With
     * {@code -Dbenchmark.warmupSessions=K} K browsers at once (the people the reading will use, so the same code
     * paths, caches and pools are exercised as by the N sessions), {@code -Dbenchmark.warmupRounds=R} times; with
     * {@code -Dbenchmark.warmupUisGone=true} the baseline waits (at most 3 minutes) until no UI of the warm-up is
     * alive any more, so that no warm-up UI is counted at the baseline or freed during the reading; with
     * {@code -Dbenchmark.warmupQuiet=S} (and the class-load log on) it waits until no class has been loaded for S
     * seconds.
     */
    private void warmUp(Page page, List<String> people) throws Exception {
        int sessions = Math.min(WARMUP_SESSIONS, people.size());
        for (int round = 0; round < WARMUP_ROUNDS; round++) {
            List<WebDriver> warm = new ArrayList<>();
            try {
                for (int i = 0; i < sessions; i++) {
                    WebDriver browser = browser("warm-" + page.name() + "-" + round + "-" + i, 1280, 900);
                    warm.add(browser);
                    visit(browser, people.get(i), page);
                }
                for (WebDriver browser : warm) {
                    signOut(browser);
                }
            } finally {
                warm.forEach(WebDriver::quit);
            }
        }
        int quiet = Integer.getInteger("benchmark.warmupQuiet", REPRESENTATIVE ? 20 : 0);
        ClassLoadLog classLog = new ClassLoadLog(app.folder);
        if (quiet > 0 && classLog.on()) {
            // The application's own first runs (e.g. its scheduled jobs one minute after start: the reminders and
            // chat notices queue e-mails, the outbox renders them with ical4j and Jakarta Mail) load classes that no
            // session holds: the baseline waits until no class has been loaded for this many seconds (at most 3
            // minutes), so that they are in it.
            long until = System.nanoTime() + Duration.ofMinutes(3).toNanos(); // elapsed time, not the clinic's
            int seen = classLog.lines().size();
            long quietSince = System.nanoTime();
            while (System.nanoTime() < until
                    && System.nanoTime() - quietSince
                            < Duration.ofSeconds(quiet).toNanos()) {
                Thread.sleep(2000);
                int now = classLog.lines().size();
                if (now != seen) {
                    seen = now;
                    quietSince = System.nanoTime();
                }
            }
            report.add(page.name() + ": " + seen + " classes loaded when the baseline was read (no new one for "
                    + Duration.ofNanos(System.nanoTime() - quietSince).toSeconds() + " s)");
        }
        if (REPRESENTATIVE || Boolean.getBoolean("benchmark.warmupUisGone")) {
            long until = System.nanoTime() + Duration.ofMinutes(3).toNanos(); // elapsed time, not the clinic's
            long uis;
            while ((uis = app.liveHeap().instances("com.vaadin.flow.component.UI")) > 0 && System.nanoTime() < until) {
                Thread.sleep(5000);
            }
            report.add(page.name() + ": warm-up of " + sessions + " sessions x " + WARMUP_ROUNDS
                    + " rounds; UIs alive at" + " the baseline: " + uis);
        } else {
            report.add(page.name() + ": warm-up of " + sessions + " sessions x " + WARMUP_ROUNDS + " rounds (round 8's"
                    + " method unless more than one)");
        }
    }

    private void dump(String name) throws Exception {
        Path dump = app.folder.resolve(name + ".hprof").toAbsolutePath();
        Files.deleteIfExists(dump);
        app.jcmd("GC.heap_dump " + dump);
    }

    /** The classes loaded between two marks of the class-load log: their count by group, all of them in a file. */
    private void reportClassesLoaded(ClassLoadLog log, String name, int from, int to, String since) throws Exception {
        if (!log.on()) {
            return;
        }
        List<String> loaded = log.lines().subList(from, to);
        Path list = app.folder.resolve(name + "-classes-loaded.txt");
        Files.write(list, loaded, StandardCharsets.UTF_8);
        report.add(String.format(
                Locale.ROOT,
                "  %,d classes loaded since %s (%.1f per session; all in %s), by group:",
                loaded.size(),
                since,
                loaded.size() / (double) SESSIONS,
                list));
        report.addAll(ClassLoadLog.summary(loaded, 20));
    }

    /** The demo has one admin; more are copies of it (same password), enough for one per session. */
    private static void addAdmins(Connection db, int wanted) throws SQLException {
        try (var statement = db.prepareStatement("INSERT IGNORE INTO users (email, phone, password_hash, role,"
                + " first_name, last_name, is_active) SELECT ?, ?, password_hash, 'ADMIN', 'Admin', ?, TRUE"
                + " FROM users WHERE email = 'admin@praxis.demo'")) {
            for (int i = 2; i <= wanted; i++) {
                statement.setString(1, "admin" + i + "@praxis.demo");
                statement.setString(2, String.format(Locale.ROOT, "+4930990%05d", i));
                statement.setString(3, "Number " + i);
                statement.executeUpdate();
            }
        }
    }

    private static List<String> emails(Connection db, String role) throws SQLException {
        try (var statement =
                db.prepareStatement("SELECT email FROM users WHERE role = ? AND is_active ORDER BY user_id")) {
            statement.setString(1, role);
            List<String> emails = new ArrayList<>();
            try (var rows = statement.executeQuery()) {
                while (rows.next()) {
                    emails.add(rows.getString(1));
                }
            }
            return emails;
        }
    }

    /** The doctor with the most free times ahead: their page shows a full week of them. */
    private static long doctorWithFreeTimes(Connection db) throws SQLException {
        try (var statement = db.prepareStatement("SELECT doctor_id FROM doctor_availability"
                        + " WHERE is_booked = FALSE AND available_date > CURRENT_DATE"
                        + " GROUP BY doctor_id ORDER BY COUNT(*) DESC, doctor_id LIMIT 1");
                var rows = statement.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }

    static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (Exception unknown) {
            return "?";
        }
    }
}
