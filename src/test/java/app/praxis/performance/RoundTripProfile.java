package app.praxis.performance;

import java.nio.file.*;
import java.util.*;
import java.util.stream.*;
import jdk.jfr.consumer.*;

/**
 * Reads a flight recording of a profiled {@code RoundTripBenchmarkTest} run and attributes what happened on the
 * request threads during one action's measured requests (its {@code praxis.RoundTrip} events) to parts of the
 * click: CPU samples ({@code jdk.ExecutionSample}), allocation ({@code jdk.ObjectAllocationSample} weight),
 * database reads ({@code jdk.SocketRead}, recorded with threshold 0) and the GC pauses that overlap the requests.
 * Run by hand, not a test: {@code java src/test/java/app/praxis/performance/RoundTripProfile.java rt.jfr "Book
 * (confirm)"} ({@code -DmaxMs=}/{@code -DminMs=} keep only requests of that server time). See docs/PERFORMANCE.md,
 * Round trips, round 10.
 */
public class RoundTripProfile {
    record Trip(long thread, long start, long end, String action) {}

    static List<String> frames(RecordedStackTrace st) {
        if (st == null) return List.of();
        var out = new ArrayList<String>();
        for (var f : st.getFrames()) {
            var m = f.getMethod();
            out.add(m.getType().getName() + "." + m.getName());
        }
        return out;
    }

    static long ns(java.time.Instant i) {
        return i.getEpochSecond() * 1_000_000_000L + i.getNano();
    }

    static String[][] CATS = {
        {"booking: calendar file (ical4j)", "net.fortuna.ical4j"},
        {"driver: parsing a statement not in its cache (QueryInfo)", "com.mysql.cj.QueryInfo.<init>"},
        {"booking: the commit's counts (SummaryDeltas)", "appointment.SummaryDeltas"},
        {"booking: the commit's slot minutes (DailyDeltas)", "base.DailyDeltas"},
        {"booking: the database's commit", "ConnectionImpl.commit"},
        {"booking: the event's listeners (mails, payments)", "SimpleApplicationEventMulticaster.multicastEvent"},
        {"booking: rest of BookingService.book", "appointment.BookingService.book"},
        {"navigation: My appointments: payments", "payment.ui.PaymentSection"},
        {"navigation: My appointments: reviews", "review.ui.ReviewSection"},
        {"navigation: My appointments: the list's reads", "AppointmentRowRepository"},
        {"navigation: My appointments' construction, other (MyAppointmentsView.<init>)", "MyAppointmentsView.<init>"},
        {
            "navigation: the view's Spring bean and proxy (createBean, not the constructor)",
            "AbstractAutowireCapableBeanFactory.createBean"
        },
        {"navigation: MainLayout", "app.praxis.base.ui.MainLayout"},
        {"navigation: router, other", "com.vaadin.flow.component.UI.navigate"},
        {"click handler, other (notification...)", "DoctorView.book"},
        {"UIDL response (changes to JSON, writing)", "UidlWriter"},
        {"UIDL request: other (RPC decoding, session lock...)", "UidlRequestHandler"},
        {"Spring Security filter chain (outside Vaadin)", "org.springframework.security.web"},
        {"other", ""},
    };

    static String cat(List<String> fr) {
        for (var c : CATS) for (var f : fr) if (c[1].isEmpty() || f.contains(c[1])) return c[0];
        return "other";
    }

    static final double MAX_MS = Double.parseDouble(System.getProperty("maxMs", "1e9"));
    static final double MIN_MS = Double.parseDouble(System.getProperty("minMs", "0"));

    public static void main(String[] a) throws Exception {
        Path p = Path.of(a[0]);
        String prefix = a.length > 1 ? a[1] : "Book (confirm)";
        var trips = new ArrayList<Trip>();
        try (var rf = new RecordingFile(p)) {
            while (rf.hasMoreEvents()) {
                var e = rf.readEvent();
                if (e.getEventType().getName().equals("praxis.RoundTrip")
                        && e.getBoolean("measured")
                        && e.getString("action").startsWith(prefix)
                        && e.getDuration().toNanos() / 1e6 <= MAX_MS
                        && e.getDuration().toNanos() / 1e6 >= MIN_MS) {
                    trips.add(new Trip(
                            e.getThread().getJavaThreadId(),
                            ns(e.getStartTime()),
                            ns(e.getEndTime()),
                            e.getString("action")));
                }
            }
        }
        var byThread = trips.stream().collect(Collectors.groupingBy(Trip::thread));
        double serverMs = trips.stream().mapToLong(t -> t.end - t.start).sum() / 1e6;
        System.out.printf(
                "%d requests of \"%s\" (measured runs), server time %.1f ms in all%n", trips.size(), prefix, serverMs);
        var cats = new LinkedHashMap<String, Integer>();
        var inc = new HashMap<String, Integer>();
        var catFrames = new HashMap<String, Map<String, Integer>>();
        var self = new HashMap<String, Integer>();
        var allocCat = new HashMap<String, Long>();
        var allocSite = new HashMap<String, Long>();
        var allocClass = new HashMap<String, Long>();
        var readTime = new HashMap<String, Long>();
        var readCount = new HashMap<String, Integer>();
        var gcs = new ArrayList<String>();
        var allGc = new ArrayList<RecordedEvent>();
        int samples = 0;
        long allocTotal = 0;
        try (var rf = new RecordingFile(p)) {
            while (rf.hasMoreEvents()) {
                var e = rf.readEvent();
                String type = e.getEventType().getName();
                if (type.equals("jdk.GarbageCollection")) {
                    allGc.add(e);
                    continue;
                }
                RecordedThread th = type.equals("jdk.ExecutionSample") ? e.getThread("sampledThread") : e.getThread();
                if (th == null) continue;
                var list = byThread.get(th.getJavaThreadId());
                if (list == null) continue;
                long t = ns(e.getStartTime());
                boolean in = list.stream().anyMatch(tr -> tr.start <= t && t <= tr.end);
                if (!in) continue;
                var fr = frames(e.getStackTrace());
                switch (type) {
                    case "jdk.ExecutionSample" -> {
                        samples++;
                        String c = cat(fr);
                        cats.merge(c, 1, Integer::sum);
                        var perCat = catFrames.computeIfAbsent(c, k -> new HashMap<>());
                        for (var f : new HashSet<>(fr)) perCat.merge(f, 1, Integer::sum);
                        for (var f : new HashSet<>(fr)) inc.merge(f, 1, Integer::sum);
                        if (!fr.isEmpty()) self.merge(fr.get(0), 1, Integer::sum);
                    }
                    case "jdk.ObjectAllocationSample" -> {
                        long w = e.getLong("weight");
                        allocTotal += w;
                        allocCat.merge(cat(fr), w, Long::sum);
                        String site = fr.stream()
                                .filter(f -> f.startsWith("app.praxis"))
                                .findFirst()
                                .orElse(fr.isEmpty() ? "?" : fr.get(0));
                        // the innermost app frame and the innermost frame
                        allocSite.merge(site + "  <- " + (fr.isEmpty() ? "?" : fr.get(0)), w, Long::sum);
                        allocClass.merge(e.getClass("objectClass").getName(), w, Long::sum);
                    }
                    case "jdk.SocketRead" -> {
                        String site = fr.stream()
                                .filter(f -> f.startsWith("app.praxis") && !f.contains("RoundTripBenchmarkTest"))
                                .findFirst()
                                .orElse("?");
                        long d = ns(e.getEndTime()) - t;
                        readTime.merge(site, d, Long::sum);
                        readCount.merge(site, 1, Integer::sum);
                    }
                    default -> {}
                }
            }
        }
        for (var g : allGc) {
            long s = ns(g.getStartTime()), en = ns(g.getEndTime());
            for (var tr : trips)
                if (s < tr.end && en > tr.start) {
                    gcs.add(String.format(
                            "  %s (%s): sum of pauses %.1f ms, longest %.1f ms",
                            g.getString("name"),
                            g.getString("cause"),
                            g.getDuration("sumOfPauses").toNanos() / 1e6,
                            g.getDuration("longestPause").toNanos() / 1e6));
                    break;
                }
        }
        System.out.printf("%nCPU samples on the requests' threads during them: %d%n", samples);
        final int total = samples;
        cats.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .forEach(en -> System.out.printf(
                        "  %5d %5.1f %%  %s%n", en.getValue(), 100.0 * en.getValue() / total, en.getKey()));
        for (var en : catFrames.entrySet()) {
            System.out.println("\n[" + en.getKey() + "] " + cats.get(en.getKey())
                    + " samples; frames in 10 % or more of them, minus those in every sample:");
            int n = cats.get(en.getKey());
            en.getValue().entrySet().stream()
                    .filter(x -> x.getValue() * 10 >= n && x.getValue() < n)
                    .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                    .limit(45)
                    .forEach(x -> System.out.printf("  %5d  %s%n", x.getValue(), x.getKey()));
        }
        System.out.println("\nInclusive frames (top 90):");
        inc.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .limit(90)
                .forEach(en -> System.out.printf(
                        "  %5d %5.1f %%  %s%n", en.getValue(), 100.0 * en.getValue() / total, en.getKey()));
        System.out.println("\nSelf frames (top 30):");
        self.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .limit(30)
                .forEach(en -> System.out.printf("  %5d  %s%n", en.getValue(), en.getKey()));
        final long allocAll = allocTotal;
        System.out.printf(
                "%nAllocation (jdk.ObjectAllocationSample weight) in the requests: %.1f MB, %.2f MB per request%n",
                allocTotal / 1e6, allocTotal / 1e6 / trips.size());
        allocCat.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .forEach(en -> System.out.printf(
                        "  %8.1f MB %5.1f %%  %s%n",
                        en.getValue() / 1e6, 100.0 * en.getValue() / allocAll, en.getKey()));
        System.out.println("by site (innermost application frame <- innermost frame), top 40:");
        allocSite.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .limit(40)
                .forEach(en -> System.out.printf("  %8.1f MB  %s%n", en.getValue() / 1e6, en.getKey()));
        System.out.println("by class, top 15:");
        allocClass.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .limit(15)
                .forEach(en -> System.out.printf("  %8.1f MB  %s%n", en.getValue() / 1e6, en.getKey()));
        long rt = readTime.values().stream().mapToLong(Long::longValue).sum();
        System.out.printf(
                "%nDatabase socket reads on the requests' threads: %d, %.1f ms (%.1f %% of the server time)%n",
                readCount.values().stream().mapToInt(Integer::intValue).sum(), rt / 1e6, 100 * rt / 1e6 / serverMs);
        readTime.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .forEach(en -> System.out.printf(
                        "  %4d reads %8.1f ms  %s%n", readCount.get(en.getKey()), en.getValue() / 1e6, en.getKey()));
        System.out.println("\nGarbage collections overlapping the requests:");
        gcs.forEach(System.out::println);
    }
}
