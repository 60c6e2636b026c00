package app.praxis.performance;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Retained sizes from a heap dump ({@code jcmd <pid> GC.heap_dump}, e.g. the memory benchmark's
 * {@code -Dbenchmark.heapDump=true}), without Eclipse MAT: for each class named on the command line, the bytes that
 * would become unreachable if all its instances were gone (their retained set, computed by marking from the GC
 * roots around them), per instance, and the classes that make up that set. A tool run by hand:
 * {@code java -Xmx3g -cp target/test-classes app.praxis.performance.HeapDumpSummary dump.hprof
 * com.vaadin.flow.component.UI org.apache.tomcat.websocket.WsSession ...}. Shallow sizes are estimated for a 64-bit
 * JVM with compressed references (12-byte header, 4-byte references, 8-byte alignment); class objects count as roots.
 */
final class HeapDumpSummary {

    private final ByteBuffer dump;
    private int idSize;
    private final Map<Long, String> strings = new HashMap<>();
    private final Map<Long, String> classNames = new HashMap<>();

    private final Map<Long, byte[]> fieldTypes = new HashMap<>();
    private final Map<Long, Long> superOf = new HashMap<>();

    // Objects, by index.
    private final Map<Long, Integer> index = new HashMap<>(2_000_000);
    private long[] ids = new long[1 << 20];
    private long[] classOf = new long[1 << 20];
    private int[] sizes = new int[1 << 20];
    /** Where the object's body starts in the dump (instances: field bytes; object arrays: the element ids). */
    private int[] bodyAt = new int[1 << 20];
    /** 0 instance, 1 object array, 2 primitive array, 3 class. */
    private byte[] kind = new byte[1 << 20];

    private int[] arrayLength = new int[1 << 20];
    private int count;
    private final List<Long> rootIds = new ArrayList<>();

    private int[] edgeStart;
    private int[] edges;

    private HeapDumpSummary(ByteBuffer dump) {
        this.dump = dump;
    }

    public static void main(String[] args) throws IOException {
        try (var file = new RandomAccessFile(Path.of(args[0]).toFile(), "r")) {
            ByteBuffer buffer = file.getChannel().map(FileChannel.MapMode.READ_ONLY, 0, file.length());
            var summary = new HeapDumpSummary(buffer);
            summary.read();
            summary.link();
            System.out.printf(Locale.ROOT, "%,d objects, %,d roots%n", summary.count, summary.rootIds.size());
            for (int i = 1; i < args.length; i++) {
                if (args[i].startsWith("diff:")) {
                    String[] parts = args[i].split(":");
                    summary.diff(Path.of(parts[1]), parts[2], parts.length > 3 ? parts[3] : DEFAULT_HOLDERS);
                } else if (args[i].startsWith("big:")) {
                    summary.big(Integer.parseInt(args[i].substring(4)));
                } else if (args[i].startsWith("owned:")) {
                    String[] parts = args[i].split(":");
                    summary.owned(parts[1], parts.length > 2 ? parts[2] : parts[1]);
                } else if (args[i].startsWith("why:")) {
                    String[] parts = args[i].split(":");
                    summary.why(parts[1], parts[2]);
                } else if (args[i].startsWith("paths:")) {
                    String[] parts = args[i].split(":");
                    summary.paths(parts[1], Integer.parseInt(parts[2]));
                } else {
                    summary.retained(args[i]);
                }
            }
        }
    }

    private long id() {
        return idSize == 8 ? dump.getLong() : Integer.toUnsignedLong(dump.getInt());
    }

    private static int typeSize(int type, int idSize) {
        return switch (type) {
            case 2 -> idSize;
            case 4, 8 -> 1;
            case 5, 9 -> 2;
            case 6, 10 -> 4;
            case 7, 11 -> 8;
            default -> throw new IllegalStateException("type " + type);
        };
    }

    private static int heapSize(int type) {
        return type == 2 ? 4 : typeSize(type, 4);
    }

    private static int align(long bytes) {
        return (int) ((bytes + 7) & ~7L);
    }

    private void add(long id, long cls, int size, int body, byte k, int length) {
        if (count == ids.length) {
            int n = count * 2;
            ids = Arrays.copyOf(ids, n);
            classOf = Arrays.copyOf(classOf, n);
            sizes = Arrays.copyOf(sizes, n);
            bodyAt = Arrays.copyOf(bodyAt, n);
            kind = Arrays.copyOf(kind, n);
            arrayLength = Arrays.copyOf(arrayLength, n);
        }
        ids[count] = id;
        classOf[count] = cls;
        sizes[count] = size;
        bodyAt[count] = body;
        kind[count] = k;
        arrayLength[count] = length;
        index.put(id, count);
        count++;
    }

    private void read() {
        while (dump.get() != 0) {
            // the format's name
        }
        idSize = dump.getInt();
        dump.getLong();
        Map<Long, Long> classNameIds = new HashMap<>();
        while (dump.hasRemaining()) {
            int tag = dump.get() & 0xff;
            dump.getInt();
            long length = Integer.toUnsignedLong(dump.getInt());
            int end = (int) (dump.position() + length);
            switch (tag) {
                case 0x01 -> {
                    long id = id();
                    byte[] utf8 = new byte[end - dump.position()];
                    dump.get(utf8);
                    strings.put(id, new String(utf8, java.nio.charset.StandardCharsets.UTF_8));
                }
                case 0x02 -> {
                    dump.getInt();
                    long classId = id();
                    dump.getInt();
                    classNameIds.put(classId, id());
                }
                case 0x0C, 0x1C -> heap(end);
                default -> dump.position(end);
            }
            dump.position(end);
        }
        classNameIds.forEach((cls, name) ->
                classNames.put(cls, strings.getOrDefault(name, "?").replace('/', '.')));
    }

    private void heap(int end) {
        while (dump.position() < end) {
            int sub = dump.get() & 0xff;
            switch (sub) {
                case 0xFF, 0x05, 0x07 -> rootIds.add(id());
                case 0x01 -> {
                    rootIds.add(id());
                    id();
                }
                case 0x02, 0x03, 0x08 -> {
                    rootIds.add(id());
                    dump.getInt();
                    dump.getInt();
                }
                case 0x04, 0x06 -> {
                    rootIds.add(id());
                    dump.getInt();
                }
                case 0x20 -> {
                    long cls = id();
                    dump.getInt();
                    long superId = id();
                    id();
                    id();
                    id();
                    id();
                    id();
                    dump.getInt();
                    int body = dump.position();
                    int constants = dump.getShort() & 0xffff;
                    for (int i = 0; i < constants; i++) {
                        dump.getShort();
                        int type = dump.get();
                        dump.position(dump.position() + typeSize(type, idSize));
                    }
                    int statics = dump.getShort() & 0xffff;
                    for (int i = 0; i < statics; i++) {
                        id();
                        int type = dump.get();
                        dump.position(dump.position() + typeSize(type, idSize));
                    }
                    int fields = dump.getShort() & 0xffff;
                    byte[] types = new byte[fields];
                    for (int i = 0; i < fields; i++) {
                        id();
                        types[i] = dump.get();
                    }
                    fieldTypes.put(cls, types);
                    superOf.put(cls, superId);
                    add(cls, 0, 0, body, (byte) 3, 0);
                    rootIds.add(cls);
                }
                case 0x21 -> {
                    long id = id();
                    dump.getInt();
                    long cls = id();
                    int bytes = dump.getInt();
                    int body = dump.position();
                    dump.position(body + bytes);
                    add(id, cls, 0, body, (byte) 0, bytes);
                }
                case 0x22 -> {
                    long id = id();
                    dump.getInt();
                    int n = dump.getInt();
                    long cls = id();
                    int body = dump.position();
                    dump.position(body + n * idSize);
                    add(id, cls, align(16 + 4L * n), body, (byte) 1, n);
                }
                case 0x23 -> {
                    long id = id();
                    dump.getInt();
                    int n = dump.getInt();
                    int type = dump.get();
                    int body = dump.position();
                    dump.position(body + n * typeSize(type, idSize));
                    add(id, -type, align(16 + (long) heapSize(type) * n), body, (byte) 2, n);
                }
                default -> throw new IllegalStateException("Unknown heap record " + sub + " at " + dump.position());
            }
        }
    }

    /** References of every object as one array (compressed rows), and instance sizes from their classes' fields. */
    private void link() {
        edgeStart = new int[count + 1];
        int[] out = new int[count * 2];
        int n = 0;
        for (int i = 0; i < count; i++) {
            edgeStart[i] = n;
            List<Long> refs = new ArrayList<>();
            if (kind[i] == 0) {
                dump.position(bodyAt[i]);
                long heapBytes = 12;
                for (long cls = classOf[i]; cls != 0; cls = superOf.getOrDefault(cls, 0L)) {
                    byte[] types = fieldTypes.get(cls);
                    if (types == null) {
                        break;
                    }
                    for (byte type : types) {
                        heapBytes += heapSize(type);
                        if (type == 2) {
                            refs.add(id());
                        } else {
                            dump.position(dump.position() + typeSize(type, idSize));
                        }
                    }
                }
                sizes[i] = align(heapBytes);
            } else if (kind[i] == 1) {
                dump.position(bodyAt[i]);
                for (int e = 0; e < arrayLength[i]; e++) {
                    refs.add(id());
                }
            } else if (kind[i] == 3) {
                refs.addAll(staticRefs(bodyAt[i]));
            }
            for (long ref : refs) {
                Integer target = index.get(ref);
                if (target != null) {
                    if (n == out.length) {
                        out = Arrays.copyOf(out, n * 2);
                    }
                    out[n++] = target;
                }
            }
        }
        edgeStart[count] = n;
        edges = out;
    }

    private List<Long> staticRefs(int body) {
        List<Long> refs = new ArrayList<>();
        dump.position(body);
        int constants = dump.getShort() & 0xffff;
        for (int i = 0; i < constants; i++) {
            dump.getShort();
            int type = dump.get();
            dump.position(dump.position() + typeSize(type, idSize));
        }
        int statics = dump.getShort() & 0xffff;
        for (int i = 0; i < statics; i++) {
            id();
            int type = dump.get();
            if (type == 2) {
                refs.add(id());
            } else {
                dump.position(dump.position() + typeSize(type, idSize));
            }
        }
        return refs;
    }

    private String nameOf(int i) {
        return switch (kind[i]) {
            case 2 ->
                switch ((int) -classOf[i]) {
                    case 4 -> "boolean[]";
                    case 5 -> "char[]";
                    case 6 -> "float[]";
                    case 7 -> "double[]";
                    case 8 -> "byte[]";
                    case 9 -> "short[]";
                    case 10 -> "int[]";
                    default -> "long[]";
                };
            case 3 -> "class " + classNames.getOrDefault(ids[i], "?");
            default -> classNames.getOrDefault(classOf[i], "?");
        };
    }

    /**
     * The retained set of all instances of one class (or of several, joined by {@code +}) together, and what it is
     * made of. Objects that point at each other (a UI, its session, its WebSocket) retain little one by one; named
     * together they show what they hold as a group.
     */
    private void retained(String className) {
        BitSet excluded = new BitSet(count);
        int instances = 0;
        List<String> names = List.of(className.split("\\+"));
        for (int i = 0; i < count; i++) {
            if (kind[i] != 3 && matches(names, nameOf(i))) {
                excluded.set(i);
                instances++;
            }
        }
        if (instances == 0) {
            System.out.println(className + ": no instances");
            return;
        }
        BitSet live = mark(rootIndexes(), excluded);
        // From the excluded objects, everything not otherwise live is theirs.
        BitSet theirs = new BitSet(count);
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        excluded.stream().forEach(i -> {
            theirs.set(i);
            queue.add(i);
        });
        while (!queue.isEmpty()) {
            int i = queue.poll();
            for (int e = edgeStart[i]; e < edgeStart[i + 1]; e++) {
                int target = edges[e];
                if (!live.get(target) && !theirs.get(target)) {
                    theirs.set(target);
                    queue.add(target);
                }
            }
        }
        Map<String, long[]> byClass = new HashMap<>();
        long total = 0;
        for (int i = theirs.nextSetBit(0); i >= 0; i = theirs.nextSetBit(i + 1)) {
            total += sizes[i];
            byClass.computeIfAbsent(nameOf(i), k -> new long[2])[0] += sizes[i];
            byClass.get(nameOf(i))[1]++;
        }
        System.out.printf(
                Locale.ROOT,
                "%n%s: %d instances retain %,d bytes together, %,d each%n",
                className,
                instances,
                total,
                total / instances);
        int shown = instances;
        byClass.entrySet().stream()
                .sorted((a, b) -> Long.compare(b.getValue()[0], a.getValue()[0]))
                .limit(40)
                .forEach(entry -> System.out.printf(
                        Locale.ROOT,
                        "  %,10d B each  %,8.1f objects each  %s%n",
                        entry.getValue()[0] / shown,
                        entry.getValue()[1] / (double) shown,
                        entry.getKey()));
    }

    /**
     * {@code owned:Group[:Holders]}: the retained set of the group's instances taken together (as above), split by
     * holder: the holder classes (joined by {@code +}, by default the group's) are taken in the order given, and each
     * claims what in the retained set its instances reach without passing another holder's instance and that no
     * earlier holder claimed. Name the finer holders first (a UI's state tree before the UI, the UI before its
     * session): each line is then what that holder alone keeps, roughly what a dominator tree would give it.
     *
     * <p>With {@code com.vaadin.flow.internal.StateNode} among the holders, every state node and every component
     * object is a holder of its own, and what they keep is also listed by the class of the component each belongs
     * to (a node by its {@code ComponentMapping}; a node without a component, such as a text node, on a line of its
     * own): e.g. the JSON property of a list element under the list's class, a combo box's data and listeners under
     * {@code ComboBox}. Subtracting one page's lines from another's gives what a page adds above the other. With
     * {@code -Ddetail=<component class>,...} the classes of the objects under those components are listed too.
     */
    private void owned(String group, String holderList) {
        BitSet excluded = instancesOf(group);
        BitSet live = mark(rootIndexes(), excluded);
        BitSet theirs = new BitSet(count);
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        excluded.stream().forEach(i -> {
            theirs.set(i);
            queue.add(i);
        });
        while (!queue.isEmpty()) {
            int i = queue.poll();
            for (int e = edgeStart[i]; e < edgeStart[i + 1]; e++) {
                int target = edges[e];
                if (!live.get(target) && !theirs.get(target)) {
                    theirs.set(target);
                    queue.add(target);
                }
            }
        }
        List<String> holders = List.of(holderList.split("\\+"));
        BitSet holderObjects = new BitSet(count);
        boolean byComponents = holders.contains(STATE_NODE);
        for (int i = theirs.nextSetBit(0); i >= 0; i = theirs.nextSetBit(i + 1)) {
            if (holders.contains(nameOf(i)) || (byComponents && isComponent(i))) {
                holderObjects.set(i);
            }
        }
        BitSet claimed = new BitSet(count);
        long total = 0;
        for (int i = theirs.nextSetBit(0); i >= 0; i = theirs.nextSetBit(i + 1)) {
            total += sizes[i];
        }
        System.out.printf(Locale.ROOT, "%n%s: retain %,d bytes together; by holder:%n", group, total);
        for (String holder : holders) {
            Map<String, long[]> byClass = new HashMap<>();
            Map<String, long[]> byComponent = new HashMap<>();
            Map<String, Map<String, long[]>> detail = new HashMap<>();
            long bytes = 0;
            int instances = 0;
            for (int h = holderObjects.nextSetBit(0); h >= 0; h = holderObjects.nextSetBit(h + 1)) {
                boolean component = holder.equals(STATE_NODE) && isComponent(h);
                if (!(nameOf(h).equals(holder) || component) || claimed.get(h)) {
                    continue;
                }
                instances++;
                claimed.set(h);
                queue.add(h);
                long[] owner = holder.equals(STATE_NODE)
                        ? byComponent.computeIfAbsent(component ? nameOf(h) : componentOf(h), k -> new long[2])
                        : new long[2];
                if (!component) {
                    owner[1]++;
                }
                while (!queue.isEmpty()) {
                    int i = queue.poll();
                    bytes += sizes[i];
                    owner[0] += sizes[i];
                    if (holder.equals(STATE_NODE)) {
                        String label = component ? nameOf(h) : componentOf(h);
                        detail.computeIfAbsent(label, k -> new HashMap<>())
                                        .computeIfAbsent(nameOf(i), k -> new long[2])[0] +=
                                sizes[i];
                    }
                    byClass.computeIfAbsent(nameOf(i), k -> new long[2])[0] += sizes[i];
                    byClass.get(nameOf(i))[1]++;
                    for (int e = edgeStart[i]; e < edgeStart[i + 1]; e++) {
                        int target = edges[e];
                        if (theirs.get(target) && !claimed.get(target) && !holderObjects.get(target)) {
                            claimed.set(target);
                            queue.add(target);
                        }
                    }
                }
            }
            System.out.printf(Locale.ROOT, "  %,10d B in %3d × %s; most:", bytes, instances, holder);
            if (!byComponent.isEmpty()) {
                System.out.println();
                System.out.printf(
                        Locale.ROOT, "    the state nodes and component objects, by component class (bytes, nodes):%n");
                byComponent.entrySet().stream()
                        .sorted((a, b) -> Long.compare(b.getValue()[0], a.getValue()[0]))
                        .forEach(entry -> System.out.printf(
                                Locale.ROOT,
                                "    %,10d B in %4d nodes  %s%n",
                                entry.getValue()[0],
                                entry.getValue()[1],
                                entry.getKey()));
                if (System.getProperty("detail") != null) {
                    for (String label : System.getProperty("detail").split(",")) {
                        System.out.printf(Locale.ROOT, "    %s, most:", label);
                        detail.getOrDefault(label, Map.of()).entrySet().stream()
                                .sorted((a, b) -> Long.compare(b.getValue()[0], a.getValue()[0]))
                                .limit(12)
                                .forEach(entry -> System.out.printf(
                                        Locale.ROOT, " %s %,d;", entry.getKey(), entry.getValue()[0]));
                        System.out.println();
                    }
                }
                System.out.print("   ");
            }
            byClass.entrySet().stream()
                    .sorted((a, b) -> Long.compare(b.getValue()[0], a.getValue()[0]))
                    .limit(6)
                    .forEach(entry -> System.out.printf(
                            Locale.ROOT, " %s %,d (%d);", entry.getKey(), entry.getValue()[0], entry.getValue()[1]));
            System.out.println();
        }
        long rest = 0;
        Map<String, long[]> byClass = new HashMap<>();
        for (int i = theirs.nextSetBit(0); i >= 0; i = theirs.nextSetBit(i + 1)) {
            if (!claimed.get(i)) {
                rest += sizes[i];
                byClass.computeIfAbsent(nameOf(i), k -> new long[2])[0] += sizes[i];
            }
        }
        System.out.printf(Locale.ROOT, "  %,10d B unclaimed; most:", rest);
        byClass.entrySet().stream()
                .sorted((a, b) -> Long.compare(b.getValue()[0], a.getValue()[0]))
                .limit(8)
                .forEach(entry -> System.out.printf(Locale.ROOT, " %s %,d;", entry.getKey(), entry.getValue()[0]));
        System.out.println();
    }

    /**
     * The holders outside the sessions' clusters that {@code diff:} splits the rest of the heap by, in this order
     * (each claims what its instances reach without passing another holder's instance and that no earlier holder
     * claimed; a name ending in {@code *} stands for every class starting so).
     */
    static final String DEFAULT_HOLDERS = String.join(
            "+",
            "org.apache.tomcat.util.net.NioEndpoint$NioSocketWrapper",
            "org.apache.coyote.http11.Http11Processor",
            "org.apache.catalina.connector.Request",
            "com.mysql.cj.jdbc.ConnectionImpl",
            "com.mysql.cj.*",
            "java.lang.invoke.*",
            "java.lang.reflect.*",
            "java.lang.Class$*",
            "java.lang.ClassValue*",
            "jdk.internal.*",
            "org.hibernate.*",
            "tools.jackson.*",
            "com.fasterxml.jackson.*",
            "com.vaadin.*",
            "org.springframework.*",
            "org.apache.catalina.*",
            "org.apache.tomcat.*",
            "org.apache.coyote.*",
            "org.atmosphere.*",
            "app.praxis.*",
            "java.lang.ClassLoader*",
            "java.lang.Thread*");

    /**
     * {@code diff:<baseline dump>:<session classes>[:<holders>]}: the whole difference between a baseline dump and
     * this one, not only the sessions' clusters. Every object of each dump is put on one line: the sessions' clusters
     * (the retained set of the session classes together, as {@code owned:}), then the holders in the order given
     * (what each reaches outside the clusters without passing another holder), then what only the GC roots reach
     * (by the package of the class whose static fields, or the thread whose stack, reaches it first), and what the
     * dump lists but no reference in it reaches (kept by the JVM itself, e.g. through a class mirror's own fields or
     * the method-type table). Printed per line: the baseline's bytes, this dump's, the growth, and the growth per
     * session ({@code -Dsessions=N}, 10 by default), then the classes that grew most, overall and on each line.
     */
    private void diff(Path baselineDump, String group, String holders) throws IOException {
        int sessions = Integer.getInteger("sessions", 10);
        HeapDumpSummary baseline;
        try (var file = new RandomAccessFile(baselineDump.toFile(), "r")) {
            baseline = new HeapDumpSummary(file.getChannel().map(FileChannel.MapMode.READ_ONLY, 0, file.length()));
            baseline.read();
            baseline.link();
        }
        Map<String, Map<String, long[]>> before = baseline.attribute(group, holders);
        Map<String, Map<String, long[]>> after = attribute(group, holders);
        java.util.Set<String> lines = new java.util.LinkedHashSet<>(after.keySet());
        lines.addAll(before.keySet());
        record Line(
                String name,
                long before,
                long after,
                Map<String, long[]> classesBefore,
                Map<String, long[]> classesAfter) {
            long growth() {
                return after - before;
            }
        }
        List<Line> table = new ArrayList<>();
        for (String line : lines) {
            Map<String, long[]> b = before.getOrDefault(line, Map.of());
            Map<String, long[]> a = after.getOrDefault(line, Map.of());
            table.add(new Line(line, sum(b), sum(a), b, a));
        }
        long totalBefore = table.stream().mapToLong(Line::before).sum();
        long totalAfter = table.stream().mapToLong(Line::after).sum();
        System.out.printf(
                Locale.ROOT,
                "%nThe whole heap, %s -> this dump: %,d -> %,d bytes (%,d; %,d per session of %d)%n",
                baselineDump.getFileName(),
                totalBefore,
                totalAfter,
                totalAfter - totalBefore,
                (totalAfter - totalBefore) / sessions,
                sessions);
        System.out.printf(
                Locale.ROOT, "  %14s %14s %12s %10s  %s%n", "baseline", "this dump", "growth", "/session", "line");
        table.sort((x, y) -> Long.compare(y.growth(), x.growth()));
        for (Line line : table) {
            if (line.before == 0 && line.after == 0) {
                continue;
            }
            System.out.printf(
                    Locale.ROOT,
                    "  %,14d %,14d %,12d %,10d  %s%n",
                    line.before,
                    line.after,
                    line.growth(),
                    line.growth() / sessions,
                    line.name);
        }
        int shown = Integer.getInteger("lines", 10);
        for (Line line : table.subList(0, Math.min(shown, table.size()))) {
            System.out.printf(Locale.ROOT, "%n  %s grew by %,d; most (bytes, instances):", line.name, line.growth());
            printGrowth(line.classesBefore, line.classesAfter, 10);
        }
        Map<String, long[]> allBefore = new HashMap<>();
        Map<String, long[]> allAfter = new HashMap<>();
        before.values().forEach(classes -> classes.forEach((k, v) -> add(allBefore, k, v)));
        after.values().forEach(classes -> classes.forEach((k, v) -> add(allAfter, k, v)));
        System.out.printf(Locale.ROOT, "%n  every object, by class (bytes, instances):");
        printGrowth(allBefore, allAfter, 40);
        System.out.println();
    }

    private static void add(Map<String, long[]> into, String name, long[] value) {
        long[] sum = into.computeIfAbsent(name, k -> new long[2]);
        sum[0] += value[0];
        sum[1] += value[1];
    }

    private static long sum(Map<String, long[]> classes) {
        return classes.values().stream().mapToLong(v -> v[0]).sum();
    }

    private static void printGrowth(Map<String, long[]> before, Map<String, long[]> after, int limit) {
        java.util.Set<String> names = new java.util.HashSet<>(after.keySet());
        names.addAll(before.keySet());
        names.stream()
                .map(name -> {
                    long[] b = before.getOrDefault(name, new long[2]);
                    long[] a = after.getOrDefault(name, new long[2]);
                    return Map.entry(name, new long[] {a[0] - b[0], a[1] - b[1]});
                })
                .sorted((x, y) -> Long.compare(Math.abs(y.getValue()[0]), Math.abs(x.getValue()[0])))
                .limit(limit)
                .forEach(entry -> System.out.printf(
                        Locale.ROOT,
                        "%n    %,12d B %,8d  %s",
                        entry.getValue()[0],
                        entry.getValue()[1],
                        entry.getKey()));
        System.out.println();
    }

    /** Every object of this dump on one line (see {@link #diff}), per line its bytes and instances by class. */
    private Map<String, Map<String, long[]>> attribute(String group, String holderList) {
        Map<String, Map<String, long[]>> lines = new java.util.LinkedHashMap<>();
        BitSet excluded = instancesOf(group);
        BitSet live = mark(rootIndexes(), excluded);
        BitSet claimed = new BitSet(count);
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        excluded.stream().forEach(i -> {
            claimed.set(i);
            queue.add(i);
        });
        String clusters = "the sessions' clusters (" + group + ")";
        while (!queue.isEmpty()) {
            int i = queue.poll();
            put(lines, clusters, i);
            for (int e = edgeStart[i]; e < edgeStart[i + 1]; e++) {
                int target = edges[e];
                if (!live.get(target) && !claimed.get(target)) {
                    claimed.set(target);
                    queue.add(target);
                }
            }
        }
        List<String> holders = List.of(holderList.split("\\+"));
        int[] holderOf = new int[count];
        Arrays.fill(holderOf, -1);
        for (int i = 0; i < count; i++) {
            if (kind[i] == 3 || claimed.get(i) || !live.get(i)) {
                continue;
            }
            String name = nameOf(i);
            for (int h = 0; h < holders.size(); h++) {
                if (matches(List.of(holders.get(h)), name)) {
                    holderOf[i] = h;
                    break;
                }
            }
        }
        for (int h = 0; h < holders.size(); h++) {
            for (int i = 0; i < count; i++) {
                if (holderOf[i] != h || claimed.get(i)) {
                    continue;
                }
                // With -Dfine=true each line names the holder's own class (which Spring, Tomcat, ... object).
                String line = Boolean.getBoolean("fine")
                        ? "held by " + holders.get(h) + " / " + nameOf(i)
                        : "held by " + holders.get(h);
                claimed.set(i);
                queue.add(i);
                while (!queue.isEmpty()) {
                    int o = queue.poll();
                    put(lines, line, o);
                    for (int e = edgeStart[o]; e < edgeStart[o + 1]; e++) {
                        int target = edges[e];
                        if (live.get(target) && !claimed.get(target) && holderOf[target] < 0) {
                            claimed.set(target);
                            queue.add(target);
                        }
                    }
                }
            }
        }
        // What is left and reachable: by the root that reaches it first (a class's statics, or a thread's stack).
        String[] labelOf = new String[count];
        for (int root : rootIndexes()) {
            if (labelOf[root] == null) {
                labelOf[root] = kind[root] == 3
                        ? "only through the static fields of "
                                + ClassLoadLog.group(nameOf(root).substring(6))
                        : "only through a thread's stack or a JNI reference";
                queue.add(root);
            }
        }
        while (!queue.isEmpty()) {
            int o = queue.poll();
            if (!claimed.get(o) && kind[o] != 3) {
                claimed.set(o);
                put(lines, labelOf[o], o);
            }
            for (int e = edgeStart[o]; e < edgeStart[o + 1]; e++) {
                int target = edges[e];
                if (labelOf[target] == null && !claimed.get(target) && !excluded.get(target)) {
                    labelOf[target] = labelOf[o];
                    queue.add(target);
                }
            }
        }
        for (int i = 0; i < count; i++) {
            if (kind[i] != 3 && !claimed.get(i)) {
                put(lines, "in the dump, but reached by no reference in it (kept by the JVM itself)", i);
            }
        }
        return lines;
    }

    private void put(Map<String, Map<String, long[]>> lines, String line, int i) {
        long[] sum = lines.computeIfAbsent(line, k -> new HashMap<>()).computeIfAbsent(nameOf(i), k -> new long[2]);
        sum[0] += sizes[i];
        sum[1]++;
    }

    private static final String STATE_NODE = "com.vaadin.flow.internal.StateNode";

    /**
     * Whether a class name is one of {@code names}; a name ending in {@code *} stands for every class that starts
     * with it (e.g. {@code app.praxis.chat.ui.MessagesView$$Lambda*}: a lambda's class has a generated suffix).
     */
    private static boolean matches(List<String> names, String name) {
        for (String wanted : names) {
            if (wanted.endsWith("*")
                    ? name.startsWith(wanted.substring(0, wanted.length() - 1))
                    : wanted.equals(name)) {
                return true;
            }
        }
        return false;
    }

    private final Map<Long, Boolean> componentClasses = new HashMap<>();

    /** Whether the object is a Vaadin component (its class extends {@code com.vaadin.flow.component.Component}). */
    private boolean isComponent(int i) {
        if (kind[i] != 0) {
            return false;
        }
        return componentClasses.computeIfAbsent(classOf[i], cls -> {
            for (long c = cls; c != 0; c = superOf.getOrDefault(c, 0L)) {
                if ("com.vaadin.flow.component.Component".equals(classNames.get(c))) {
                    return true;
                }
            }
            return false;
        });
    }

    /**
     * The class of the component a state node belongs to (through its {@code ComponentMapping} feature), or the
     * element's kind when no component is mapped (a text node, an element made without a component).
     */
    private String componentOf(int node) {
        for (int e = edgeStart[node]; e < edgeStart[node + 1]; e++) {
            int features = edges[e];
            if (!nameOf(features).equals("com.vaadin.flow.internal.nodefeature.NodeFeature[]")
                    && !nameOf(features).startsWith("[Lcom.vaadin.flow.internal.nodefeature.NodeFeature")) {
                continue;
            }
            for (int f = edgeStart[features]; f < edgeStart[features + 1]; f++) {
                int feature = edges[f];
                if (nameOf(feature).equals("com.vaadin.flow.internal.nodefeature.ComponentMapping")) {
                    for (int c = edgeStart[feature]; c < edgeStart[feature + 1]; c++) {
                        if (!nameOf(edges[c]).equals(STATE_NODE)) {
                            return nameOf(edges[c]);
                        }
                    }
                }
            }
        }
        return "(no component: a text node or a bare element)";
    }

    /**
     * {@code why:Group:Target}: with the group's instances gone, the shortest path from a GC root to an instance of
     * the target class, i.e. what else keeps it alive.
     */
    private void why(String group, String target) {
        BitSet excluded = instancesOf(group);
        int[] parent = new int[count];
        Arrays.fill(parent, -2);
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        for (int root : rootIndexes()) {
            if (!excluded.get(root) && parent[root] == -2) {
                parent[root] = -1;
                queue.add(root);
            }
        }
        int found = -1;
        while (!queue.isEmpty() && found < 0) {
            int i = queue.poll();
            for (int e = edgeStart[i]; e < edgeStart[i + 1]; e++) {
                int next = edges[e];
                if (!excluded.get(next) && parent[next] == -2) {
                    parent[next] = i;
                    if (kind[next] != 3 && nameOf(next).equals(target)) {
                        found = next;
                        break;
                    }
                    queue.add(next);
                }
            }
        }
        System.out.printf(Locale.ROOT, "%nWhat keeps a %s alive without %s:%n", target, group);
        for (int i = found; i >= 0; i = parent[i]) {
            System.out.println("  " + nameOf(i));
        }
    }

    /**
     * {@code paths:<class>:<depth>}: every instance of the class counted by the classes of its first {@code depth}
     * holders on its shortest path from a GC root, most frequent first. Run on a baseline dump and a reading, the
     * paths whose count grew by about N are what each session adds (where {@code why:} shows one path only).
     */
    private void paths(String target, int depth) {
        int[] parent = shortestPathParents();
        Map<String, Integer> byPath = new HashMap<>();
        for (int i = 0; i < count; i++) {
            if (kind[i] != 3 && parent[i] != -2 && nameOf(i).equals(target)) {
                var path = new StringBuilder();
                for (int holder = parent[i], n = 0; holder >= 0 && n < depth; holder = parent[holder], n++) {
                    path.append(" < ").append(nameOf(holder));
                }
                byPath.merge(path.toString(), 1, Integer::sum);
            }
        }
        System.out.printf(Locale.ROOT, "%nInstances of %s by their first %d holders:%n", target, depth);
        byPath.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .limit(25)
                .forEach(entry -> System.out.printf(Locale.ROOT, "%6d%s%n", entry.getValue(), entry.getKey()));
    }

    /**
     * Each object's holder on its shortest path from a GC root (breadth first): -1 for a root, -2 for what no root
     * reaches.
     */
    private int[] shortestPathParents() {
        int[] parent = new int[count];
        Arrays.fill(parent, -2);
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        for (int root : rootIndexes()) {
            if (parent[root] == -2) {
                parent[root] = -1;
                queue.add(root);
            }
        }
        while (!queue.isEmpty()) {
            int i = queue.poll();
            for (int e = edgeStart[i]; e < edgeStart[i + 1]; e++) {
                int next = edges[e];
                if (parent[next] == -2) {
                    parent[next] = i;
                    queue.add(next);
                }
            }
        }
        return parent;
    }

    /**
     * {@code big:N}: objects of at least N bytes, grouped by their class, size and the classes on their shortest
     * path from a GC root (the last four holders): what holds the large buffers.
     */
    private void big(int minimum) {
        int[] parent = shortestPathParents();
        Map<String, long[]> groups = new HashMap<>();
        for (int i = 0; i < count; i++) {
            if (kind[i] != 3 && sizes[i] >= minimum) {
                StringBuilder key = new StringBuilder(nameOf(i) + " " + sizes[i] + " B");
                int holder = parent[i];
                for (int depth = 0; depth < 5 && holder >= 0; depth++, holder = parent[holder]) {
                    key.append(" <- ").append(nameOf(holder));
                }
                long[] sum = groups.computeIfAbsent(key.toString(), k -> new long[2]);
                sum[0] += sizes[i];
                sum[1]++;
            }
        }
        System.out.printf(Locale.ROOT, "%nObjects of %,d bytes or more, by holder:%n", minimum);
        groups.entrySet().stream()
                .sorted((a, b) -> Long.compare(b.getValue()[0], a.getValue()[0]))
                .limit(40)
                .forEach(entry -> System.out.printf(
                        Locale.ROOT,
                        "  %,10d B in %4d: %s%n",
                        entry.getValue()[0],
                        entry.getValue()[1],
                        entry.getKey()));
    }

    private List<Integer> rootIndexes() {
        List<Integer> roots = new ArrayList<>();
        for (long id : rootIds) {
            Integer i = index.get(id);
            if (i != null) {
                roots.add(i);
            }
        }
        return roots;
    }

    private BitSet mark(List<Integer> roots, BitSet excluded) {
        BitSet marked = new BitSet(count);
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        for (int root : roots) {
            if (!excluded.get(root) && !marked.get(root)) {
                marked.set(root);
                queue.add(root);
            }
        }
        while (!queue.isEmpty()) {
            int i = queue.poll();
            for (int e = edgeStart[i]; e < edgeStart[i + 1]; e++) {
                int target = edges[e];
                if (!excluded.get(target) && !marked.get(target)) {
                    marked.set(target);
                    queue.add(target);
                }
            }
        }
        return marked;
    }

    /** The objects (not classes) whose class is one of {@code group}'s names ("+"-separated): the sessions' roots. */
    private BitSet instancesOf(String group) {
        List<String> names = List.of(group.split("\\+"));
        BitSet instances = new BitSet(count);
        for (int i = 0; i < count; i++) {
            if (kind[i] != 3 && matches(names, nameOf(i))) {
                instances.set(i);
            }
        }
        return instances;
    }
}
