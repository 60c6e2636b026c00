package app.praxis.base;

import java.math.BigDecimal;
import java.time.Clock;
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
import java.util.stream.IntStream;
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
 * <p>The 30-day windows (V0023) are kept only once rolled (V0029, {@link #rollingWindows}): a change writes the
 * windows holding its day whose first day is listed in the summary's table of rolled windows, in a second statement
 * after the first (so the day's row is locked before the list is read: see {@code availability.RollingWindows}).
 * Only a change of a day up to tomorrow can meet such a window; a booking of a later day writes none.
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
    private final @Nullable Rolled rolled;
    private final String rolledInsert;
    private final String rolledRow;

    /**
     * The rolled 30-day windows of a summary with blocks: the table listing their first days ({@code first_day}) and
     * the clock whose day decides which windows may be listed (those ending by today).
     */
    public record Rolled(String table, Clock clock) {}

    /**
     * @param table the summary table
     * @param dayColumn its day column (with {@code doctor_id} its primary key)
     * @param columns its summed columns, in the order {@link #add} takes their values
     * @param order its place among the commit-time writes ({@link #SLOT_MINUTES}, {@link #REVENUE})
     */
    public DailyDeltas(JdbcClient jdbc, String table, String dayColumn, List<String> columns, int order) {
        this(jdbc, table, dayColumn, null, columns, order, null);
    }

    /**
     * A summary that also keeps, per doctor (not for the clinic's rows), a row per aligned block of 2, 4, …,
     * {@link #LONGEST_SPAN} days ({@code spanColumn} holds the block's length, 1 on the daily rows; the day column its
     * first day): each delta to a doctor's day goes to the eight blocks holding the day too, in the same statement.
     * Any range of days is then the sum of a few rows per doctor ({@link #blocks}). The week and the month holding
     * the day go with them ({@link #windows}), and the rolled 30-day windows holding it ({@link #rollingWindows}).
     */
    public DailyDeltas(
            JdbcClient jdbc,
            String table,
            String dayColumn,
            @Nullable String spanColumn,
            List<String> columns,
            int order,
            @Nullable Rolled rolled) {
        this.jdbc = jdbc;
        this.order = order;
        this.width = columns.size();
        this.spans = spanColumn != null;
        this.rolled = rolled;
        this.rolledInsert = rolled == null
                ? ""
                : "INSERT INTO " + table + " (" + spanColumn + ", " + dayColumn + ", doctor_id, "
                        + String.join(", ", columns) + ") SELECT v.k_span, v.k_day, v.k_doctor"
                        + IntStream.range(0, width).mapToObj(i -> ", v.k" + i).collect(Collectors.joining())
                        + " FROM " + rolled.table() + " w JOIN (%s) v ON v.k_day = w.first_day"
                        + " ORDER BY v.k_day, v.k_doctor";
        // the values' own names: unqualified names in ON DUPLICATE KEY UPDATE are the table's
        this.rolledRow = "SELECT ? AS k_span, ? AS k_day, ? AS k_doctor"
                + IntStream.range(0, width).mapToObj(i -> ", ? AS k" + i).collect(Collectors.joining());
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

    /** The length of the rolling window (V0023): the dashboard's "last 30 days". */
    public static final int ROLLING_SPAN = 30;

    /**
     * The windows holding {@code day} that are kept for every day (V0023), besides the aligned blocks: the week
     * (Monday to Sunday) and the calendar month holding it, each a row of {@code span} days from its first day, as the
     * blocks are: the dashboard's "this week" and "this month". A month of 30 days is a row of span 30 from its first.
     */
    public static Set<Block> windows(LocalDate day) {
        var windows = new LinkedHashSet<Block>();
        windows.add(new Block(7, day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))));
        windows.add(new Block(day.lengthOfMonth(), day.withDayOfMonth(1)));
        return windows;
    }

    /**
     * The {@value #ROLLING_SPAN}-day windows holding {@code day} (V0023): one starting on each of the
     * {@value #ROLLING_SPAN} days up to it, but the first of a month of 30 days (that row is the month, always kept).
     * Since V0029 such a window is kept only once rolled (listed when it ends today, by {@code availability.RollingWindows}),
     * so that a booking, almost always of a later day, does not write 30 rows nobody reads until they end.
     */
    public static List<Block> rollingWindows(LocalDate day) {
        var windows = new ArrayList<Block>();
        for (int back = ROLLING_SPAN - 1; back >= 0; back--) {
            var window = new Block(ROLLING_SPAN, day.minusDays(back));
            if (isRollingWindow(window)) {
                windows.add(window);
            }
        }
        return windows;
    }

    /** Whether the row is a rolling 30-day window (kept once rolled, V0029) rather than a month of 30 days. */
    public static boolean isRollingWindow(Block row) {
        return row.span() == ROLLING_SPAN
                && !(row.from().getDayOfMonth() == 1 && row.from().lengthOfMonth() == ROLLING_SPAN);
    }

    /**
     * Whether a rolling window starting on {@code from} may have been rolled by {@code today}: it ends by today (the
     * roll lists a window when it ends today, a minute after midnight; V0029 listed those that ended by the database's
     * yesterday). So only a change of today or earlier reads the list: a booking of tomorrow or later writes no window.
     */
    public static boolean mayBeRolled(LocalDate from, LocalDate today) {
        return !from.plusDays(ROLLING_SPAN - 1).isAfter(today);
    }

    /**
     * The rows of a summary with blocks whose sum per doctor is the days {@code from} … {@code to}: the one kept
     * window when the range is one (30 days from any day, a week from Monday, a calendar month), else the aligned
     * blocks ({@link #blocks}). A rolling window ({@link #isRollingWindow}) is kept only once rolled: a reader checks
     * that and else reads the blocks.
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
        /** Deltas to rolling windows, written only where the window is listed as rolled. */
        private final Map<Key, BigDecimal[]> rolling = new TreeMap<>(Key.ORDER);

        Pending(DailyDeltas owner) {
            this.owner = owner;
        }

        void add(LocalDate day, long doctorId, BigDecimal[] values) {
            sum(rows, new Key(1, day, doctorId), values);
            if (doctorId != CLINIC) {
                sum(rows, new Key(1, day, CLINIC), values);
                if (owner.spans) {
                    for (int span = 2; span <= LONGEST_SPAN; span *= 2) {
                        sum(rows, new Key(span, blockStart(day, span), doctorId), values);
                    }
                    for (Block window : windows(day)) {
                        sum(rows, new Key(window.span(), window.from(), doctorId), values);
                    }
                    var rolled = owner.rolled;
                    if (rolled != null) {
                        LocalDate today = LocalDate.now(rolled.clock());
                        for (Block window : rollingWindows(day)) {
                            if (mayBeRolled(window.from(), today)) {
                                sum(rolling, new Key(window.span(), window.from(), doctorId), values);
                            }
                        }
                    }
                }
            }
        }

        private static void sum(Map<Key, BigDecimal[]> rows, Key key, BigDecimal[] values) {
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
            var changed = changed(rows);
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
            writeRolling();
        }

        /**
         * The rolling windows' deltas, after the days' rows (whose locks the roll's read of the days waits for): to
         * the windows listed as rolled only, read in the same statement.
         */
        private void writeRolling() {
            var changed = changed(rolling);
            for (int from = 0; from < changed.size(); from += CHUNK) {
                var chunk = changed.subList(from, Math.min(changed.size(), from + CHUNK));
                var params = new ArrayList<Object>();
                for (var row : chunk) {
                    params.add(row.getKey().span());
                    params.add(row.getKey().day());
                    params.add(row.getKey().doctorId());
                    params.addAll(Arrays.asList(row.getValue()));
                }
                String values =
                        String.join(" UNION ALL ", java.util.Collections.nCopies(chunk.size(), owner.rolledRow));
                owner.jdbc
                        .sql(owner.rolledInsert.formatted(values) + owner.addUp)
                        .params(params)
                        .update();
            }
            rolling.clear();
        }

        private static List<Map.Entry<Key, BigDecimal[]>> changed(Map<Key, BigDecimal[]> rows) {
            return rows.entrySet().stream()
                    .filter(row -> Arrays.stream(row.getValue()).anyMatch(v -> v.signum() != 0))
                    .toList();
        }
    }
}
