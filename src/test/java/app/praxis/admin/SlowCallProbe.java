package app.praxis.admin;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What was going on around each measured call (round 17, issue 18's tails): the benchmark's {@code
 * -Dbenchmark.tails=true} takes one {@link Snapshot} before and after every call, and {@link #slowCalls} names the
 * calls above 1.5× the median with what could explain them. The suspects: the JVM's collector (pause time of the
 * stop-the-world collectors), its compiler (JIT time), the benchmark thread's own CPU time, the database server's CPU
 * (the embedded MariaDB is a child process), the machine's other CPU time (everything else, from /proc/stat) and the
 * hypervisor's steal, and the server's counters (pages read from disk; handler reads, whose count would change if a
 * plan flipped). CPU figures from /proc are in clock ticks of 10 ms.
 */
final class SlowCallProbe {

    private static final double SLOW = 1.5;
    private static final long TICK_MILLIS = 10;
    private static final List<String> STATUS =
            List.of("Innodb_buffer_pool_reads", "Handler_read_next", "Handler_read_key", "Handler_read_rnd_next");

    private final JdbcClient jdbc;
    private final OptionalLong serverPid;
    private final List<Snapshot> before = new ArrayList<>();
    private final List<Snapshot> after = new ArrayList<>();

    SlowCallProbe(JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.serverPid = ProcessHandle.current()
                .descendants()
                .filter(p -> p.info().command().orElse("").matches(".*(mysqld|mariadbd)$"))
                .mapToLong(ProcessHandle::pid)
                .findFirst();
    }

    /** Whether the database server's process was found (its CPU is counted as "other" if not). */
    boolean seesServer() {
        return serverPid.isPresent();
    }

    void before() {
        before.add(snapshot());
    }

    void after() {
        after.add(snapshot());
    }

    /** One line per call above 1.5× the median of {@code millis} (in call order), with the deltas around it. */
    List<String> slowCalls(double[] millis) {
        double[] sorted = millis.clone();
        Arrays.sort(sorted);
        double median = sorted[sorted.length / 2];
        long[] typicalHandlerReads = new long[millis.length];
        for (int i = 0; i < millis.length; i++) {
            typicalHandlerReads[i] = handlerReads(i);
        }
        Arrays.sort(typicalHandlerReads);
        long typical = typicalHandlerReads[millis.length / 2];
        var lines = new ArrayList<String>();
        long[] allocated = new long[millis.length];
        long pauses = 0;
        long pauseMillis = 0;
        for (int i = 0; i < millis.length; i++) {
            allocated[i] = after.get(i).allocatedBytes - before.get(i).allocatedBytes;
            pauses += after.get(i).gcCount - before.get(i).gcCount;
            pauseMillis += after.get(i).gcMillis - before.get(i).gcMillis;
        }
        Arrays.sort(allocated);
        lines.add(String.format(
                Locale.ROOT,
                "    calls: %,d KB allocated (median call), %d collector pauses inside the calls (%d ms)",
                allocated[millis.length / 2] >> 10,
                pauses,
                pauseMillis));
        for (int i = 0; i < millis.length; i++) {
            if (millis[i] <= SLOW * median) {
                continue;
            }
            Snapshot b = before.get(i);
            Snapshot a = after.get(i);
            lines.add(String.format(
                    Locale.ROOT,
                    "    slow call #%d: %.1f ms (median %.1f): gc pause %d ms (%d), jit %d ms, thread cpu %.1f ms,"
                            + " db cpu %d ms, other cpu %d ms, steal %d ms, bp reads %d, handler reads %,d"
                            + " (median call %,d)",
                    i,
                    millis[i],
                    median,
                    a.gcMillis - b.gcMillis,
                    a.gcCount - b.gcCount,
                    a.jitMillis - b.jitMillis,
                    (a.threadCpuNanos - b.threadCpuNanos) / 1e6,
                    (a.serverTicks - b.serverTicks) * TICK_MILLIS,
                    ((a.busyTicks - b.busyTicks) - (a.serverTicks - b.serverTicks) - (a.ownTicks - b.ownTicks))
                            * TICK_MILLIS,
                    (a.stealTicks - b.stealTicks) * TICK_MILLIS,
                    a.status[0] - b.status[0],
                    handlerReads(i),
                    typical));
        }
        before.clear();
        after.clear();
        return lines;
    }

    private long handlerReads(int call) {
        long sum = 0;
        for (int s = 1; s < STATUS.size(); s++) {
            sum += after.get(call).status[s] - before.get(call).status[s];
        }
        return sum;
    }

    private Snapshot snapshot() {
        var status = new long[STATUS.size()];
        jdbc.sql("SHOW GLOBAL STATUS WHERE Variable_name IN ('" + String.join("', '", STATUS) + "')")
                .query(rs -> {
                    status[STATUS.indexOf(rs.getString(1))] = rs.getLong(2);
                });
        long gcMillis = 0;
        long gcCount = 0;
        for (var gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            // G1's and ZGC's concurrent cycles run beside the application; only the pauses stop a call
            if (!gc.getName().contains("Concurrent") && !gc.getName().contains("Cycles")) {
                gcMillis += gc.getCollectionTime();
                gcCount += gc.getCollectionCount();
            }
        }
        long[] cpu = cpuTicks();
        return new Snapshot(
                gcMillis,
                gcCount,
                ManagementFactory.getCompilationMXBean().getTotalCompilationTime(),
                ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime(),
                ((com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean())
                        .getCurrentThreadAllocatedBytes(),
                processTicks(ProcessHandle.current().pid()),
                serverPid.isPresent() ? processTicks(serverPid.getAsLong()) : 0,
                cpu[0],
                cpu[1],
                status);
    }

    /** The machine's busy and steal ticks from the first line of /proc/stat. */
    private static long[] cpuTicks() {
        try {
            String[] f =
                    Files.readAllLines(Path.of("/proc/stat")).getFirst().trim().split("\\s+");
            long busy = 0;
            for (int i = 1; i <= 8; i++) {
                if (i != 4 && i != 5) { // idle, iowait
                    busy += Long.parseLong(f[i]);
                }
            }
            return new long[] {busy - Long.parseLong(f[8]), Long.parseLong(f[8])};
        } catch (IOException | RuntimeException e) {
            return new long[] {0, 0};
        }
    }

    /** A process's user + system ticks (/proc/PID/stat fields 14 and 15, counted after the command's parenthesis). */
    private static long processTicks(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(f[11]) + Long.parseLong(f[12]);
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    private record Snapshot(
            long gcMillis,
            long gcCount,
            long jitMillis,
            long threadCpuNanos,
            long allocatedBytes,
            long ownTicks,
            long serverTicks,
            long busyTicks,
            long stealTicks,
            long[] status) {}
}
