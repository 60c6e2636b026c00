package app.praxis.base;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.core.Ordered;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Signed deltas to a daily summary keyed by day and doctor whose rows of doctor {@link #CLINIC} (0) hold the whole
 * clinic's day (V0020): each delta goes to its doctor's row and to its day's clinic row. Gathered in the changing
 * transaction and written just before it commits in one multi-row {@code INSERT … ON DUPLICATE KEY UPDATE}, rows in
 * (day, doctor) order, the clinic's row of a day first: every transaction takes the rows' locks in that one order and
 * holds them only for its commit, so two changes never wait on each other in a circle, and the clinic's row of a
 * busy day is not held from a booking's first statement to its last. Deltas that cancel out write nothing; without a
 * transaction they are written at once.
 *
 * <p>A summary with blocks (V0022: {@code availability_daily_minutes}) also keeps each doctor's sums over aligned
 * blocks of 2 … {@link #LONGEST_SPAN} days, written in the same statement, so that a range's sum per doctor reads a
 * few rows ({@link #blocks}) instead of a row per day.
 *
 * <p>The statement count of a change stays what it was when the summary was written at once: the one upsert at
 * commit replaces the immediate one (a caller that knows the amounts passes them; one that does not reads them with
 * one statement instead of the former {@code INSERT … SELECT}).
 */
public final class DailyDeltas {

    /** The doctor id of a summary's whole-clinic rows. */
    public static final long CLINIC = 0;

    /**
     * Rows per statement (a regeneration of weekly hours may touch a few hundred days). 1,000 since V0023 added the
     * kept windows (a run of n days writes about 4n rows where it wrote 3n), so that no change writes in more
     * statements than before.
     */
    private static final int CHUNK = 1000;

    /**
     * The commit-time writes of one transaction go in one order of tables for every transaction (Spring runs a
     * transaction's synchronizations sorted by their order): availability's slot minutes, then payment's revenue,
     * then appointment's counts and day totals ({@code appointment.SummaryDeltas}, default order: last). Without it a
     * booking (slot taken first, then the appointment) and a cancellation (appointment first, then the slot) of one
     * day would take the clinic's rows of two tables in opposite orders.
     */
    public static final int SLOT_MINUTES = Ordered.LOWEST_PRECEDENCE - 20;

    /** See {@link #SLOT_MINUTES}. */
    public static final int REVENUE = Ordered.LOWEST_PRECEDENCE - 10;

    /**
     * The longest block of days a summary with blocks keeps per doctor (V0022): blocks of 2, 4, …, 256 days, aligned
     * on the days whose number since 1970-01-01 is a multiple of the block's length.
     */
    public static final int LONGEST_SPAN = 256;

    private final JdbcClient jdbc;
    private final String insert;
    private final String addUp;
    private final int width;
    private final int order;
    private final boolean spans;

    /**
     * @param table the summary table
     * @param dayColumn its day column (with {@code doctor_id} its primary key)
     * @param columns its summed columns, in the order {@link #add} takes their values
     * @param order its place among the commit-time writes ({@link #SLOT_MINUTES}, {@link #REVENUE})
     */
    public DailyDeltas(JdbcClient jdbc, String table, String dayColumn, List<String> columns, int order) {
        this(jdbc, table, dayColumn, null, columns, order);
    }

    /**
     * A summary that also keeps, per doctor (not for the clinic's rows), a row per aligned block of 2, 4, …,
     * {@link #LONGEST_SPAN} days ({@code spanColumn} holds the block's length, 1 on the daily rows; the day column its
     * first day): each delta to a doctor's day goes to the eight blocks holding the day too, in the same statement.
     * Any range of days is then the sum of a few rows per doctor ({@link #blocks}).
     */
    public DailyDeltas(
            JdbcClient jdbc,
            String table,
            String dayColumn,
            @Nullable String spanColumn,
            List<String> columns,
            int order) {
        this.jdbc = jdbc;
        this.order = order;
        this.width = columns.size();
        this.spans = spanColumn != null;
        this.insert = "INSERT INTO " + table + " (" + (spans ? spanColumn + ", " : "") + dayColumn + ", doctor_id, "
                + String.join(", ", columns) + ") VALUES ";
        this.addUp = " ON DUPLICATE KEY UPDATE "
                + columns.stream()
                        .map(c -> c + " = " + c + " + VALUES(" + c + ")")
                        .collect(Collectors.joining(", "));
    }

    /** Adds the values (one per column) to the doctor's row of the day and to the day's clinic row. */
    public void add(LocalDate day, long doctorId, BigDecimal... values) {
        if (values.length != width) {
            throw new IllegalArgumentException("expected " + width + " values, got " + values.length);
        }
        if (Arrays.stream(values).allMatch(v -> v.signum() == 0)) {
            return;
        }
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            pending().add(day, doctorId, values);
            return;
        }
        var now = new Pending(this);
        now.add(day, doctorId, values);
        now.write();
    }

    /** {@link #add} with whole numbers (seconds, counts). */
    public void add(LocalDate day, long doctorId, long... values) {
        add(day, doctorId, Arrays.stream(values).mapToObj(BigDecimal::valueOf).toArray(BigDecimal[]::new));
    }

    private Pending pending() {
        return TransactionPending.of(Pending.class, pending -> pending.owner == this, () -> new Pending(this));
    }

    /** The first day of the aligned block of {@code span} days (a power of two) that holds {@code day}. */
    public static LocalDate blockStart(LocalDate day, int span) {
        return LocalDate.ofEpochDay(Math.floorDiv(day.toEpochDay(), span) * span);
    }

    /** A block of {@code span} days starting on {@code from}. */
    public record Block(int span, LocalDate from) {}

    /** The length of the kept window that starts on every day (V0023): the dashboard's "last 30 days". */
    public static final int ROLLING_SPAN = 30;

    /**
     * The kept windows holding {@code day} (V0023), besides the aligned blocks: the {@value #ROLLING_SPAN}-day windows
     * starting on each of the {@value #ROLLING_SPAN} days up to {@code day}, the week (Monday to Sunday) and the
     * calendar month holding it, each a row of {@code span} days from its first day, as the blocks are. They are the
     * dashboard's ready-made ranges (last 30 days, this week, this month), so such a range is one row per doctor.
     * A month of 30 days is the 30-day window starting on its first, listed once.
     */
    public static Set<Block> windows(LocalDate day) {
        var windows = new LinkedHashSet<Block>();
        for (int back = 0; back < ROLLING_SPAN; back++) {
            windows.add(new Block(ROLLING_SPAN, day.minusDays(back)));
        }
        windows.add(new Block(7, day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))));
        windows.add(new Block(day.lengthOfMonth(), day.withDayOfMonth(1)));
        return windows;
    }

    /**
     * The rows of a summary with blocks whose sum per doctor is the days {@code from} … {@code to}: the one kept
     * window when the range is one ({@link #windows}: 30 days from any day, a week from Monday, a calendar month),
     * else the aligned blocks ({@link #blocks}).
     */
    public static List<Block> rows(LocalDate from, LocalDate to) {
        long days = to.toEpochDay() - from.toEpochDay() + 1;
        if (days == ROLLING_SPAN
                || (days == 7 && from.getDayOfWeek() == DayOfWeek.MONDAY)
                || (from.getDayOfMonth() == 1 && days == from.lengthOfMonth())) {
            return List.of(new Block((int) days, from));
        }
        return blocks(from, to);
    }

    /**
     * Whether the row is one of the kept windows ({@link #windows}: spans 7, 28–31 and 30) rather than a day or an
     * aligned block (powers of two): the rows whose {@code booked_share} V0026 indexes.
     */
    public static boolean isKeptWindow(Block row) {
        return row.span() == 7 || (row.span() >= 28 && row.span() <= 31);
    }

    /**
     * The fewest aligned blocks that make up the days {@code from} … {@code to} (both included): from the first day
     * on, each time the longest block that starts there and ends within the range (at most two of each length).
     */
    public static List<Block> blocks(LocalDate from, LocalDate to) {
        var blocks = new ArrayList<Block>();
        long day = from.toEpochDay();
        long last = to.toEpochDay();
        while (day <= last) {
            int span = LONGEST_SPAN;
            while (span > 1 && (Math.floorMod(day, span) != 0 || day + span - 1 > last)) {
                span /= 2;
            }
            blocks.add(new Block(span, LocalDate.ofEpochDay(day)));
            day += span;
        }
        return List.copyOf(blocks);
    }

    /** Rows in (span, day, doctor) order: the primary key's order of a summary with blocks, else (day, doctor). */
    private record Key(int span, LocalDate day, long doctorId) {
        static final Comparator<Key> ORDER =
                Comparator.comparingInt(Key::span).thenComparing(Key::day).thenComparingLong(Key::doctorId);
    }

    /** One transaction's deltas, held by its synchronization (so a suspended transaction keeps its own). */
    private static final class Pending implements TransactionSynchronization {
        private final DailyDeltas owner;
        private final Map<Key, BigDecimal[]> rows = new TreeMap<>(Key.ORDER);

        Pending(DailyDeltas owner) {
            this.owner = owner;
        }

        void add(LocalDate day, long doctorId, BigDecimal[] values) {
            sum(new Key(1, day, doctorId), values);
            if (doctorId != CLINIC) {
                sum(new Key(1, day, CLINIC), values);
                if (owner.spans) {
                    for (int span = 2; span <= LONGEST_SPAN; span *= 2) {
                        sum(new Key(span, blockStart(day, span), doctorId), values);
                    }
                    for (Block window : windows(day)) {
                        sum(new Key(window.span(), window.from(), doctorId), values);
                    }
                }
            }
        }

        private void sum(Key key, BigDecimal[] values) {
            BigDecimal[] sums = rows.computeIfAbsent(key, k -> {
                var zeros = new BigDecimal[values.length];
                Arrays.fill(zeros, BigDecimal.ZERO);
                return zeros;
            });
            for (int i = 0; i < sums.length; i++) {
                sums[i] = sums[i].add(values[i]);
            }
        }

        @Override
        public int getOrder() {
            return owner.order;
        }

        @Override
        public void beforeCommit(boolean readOnly) {
            write();
        }

        void write() {
            var changed = rows.entrySet().stream()
                    .filter(row -> Arrays.stream(row.getValue()).anyMatch(v -> v.signum() != 0))
                    .toList();
            for (int from = 0; from < changed.size(); from += CHUNK) {
                var chunk = changed.subList(from, Math.min(changed.size(), from + CHUNK));
                String row = (owner.spans ? "(?, ?, ?" : "(?, ?") + ", ?".repeat(owner.width) + ")";
                var sql = new StringBuilder(owner.insert);
                var params = new ArrayList<Object>();
                for (int i = 0; i < chunk.size(); i++) {
                    sql.append(i == 0 ? row : ", " + row);
                    if (owner.spans) {
                        params.add(chunk.get(i).getKey().span());
                    }
                    params.add(chunk.get(i).getKey().day());
                    params.add(chunk.get(i).getKey().doctorId());
                    params.addAll(Arrays.asList(chunk.get(i).getValue()));
                }
                owner.jdbc.sql(sql + owner.addUp).params(params).update();
            }
            rows.clear();
        }
    }
}
