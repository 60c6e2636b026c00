package app.praxis.admin;

import app.praxis.appointment.AppointmentFilter;
import app.praxis.appointment.AppointmentService;
import app.praxis.appointment.AppointmentStatus;
import app.praxis.appointment.DirectoryQuery;
import app.praxis.appointment.DirectorySort;
import app.praxis.appointment.DoctorCard;
import app.praxis.appointment.DoctorDirectory;
import app.praxis.availability.AvailabilityService;
import app.praxis.security.Roles;
import app.praxis.support.IntegrationTest;
import app.praxis.support.SignIn;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * A large clinic network (issue 18): {@link LargeClinicGenerator} writes it, then the server time of what the
 * screens call is measured through the real services, with method security, as a signed-in user: median and 95th
 * percentile after warm-up. Asserts nothing about time; prints and appends to target/benchmarks/large-clinic.txt.
 *
 * <p>{@code ./mvnw -Pbenchmark test -Dtest=LargeClinicBenchmarkTest} runs the large set (2,000 doctors, 200,000
 * patients, 5,000,000 slots, 1,000,000 appointments, ≈ 1,000,000 messages); {@code -Dbenchmark.size=small} the same
 * shape at a hundredth (20 doctors, 2,000 patients), whose per-doctor and per-patient figures are the same (2,500
 * slots and 500 appointments a doctor, one patient with 500). To keep a generated set between runs add {@code
 * -Dpraxis.embedded-db.fresh=false -Dpraxis.embedded-db.data-dir=<a folder>}: the generator finds it and skips.
 * {@code -Dbenchmark.marks=true} names each line in a statement of its own, for a server's statement log ({@link
 * #MARKS}).
 */
@Tag("benchmark")
@IntegrationTest
class LargeClinicBenchmarkTest {

    private static final int WARM_UP = 5;
    private static final int RUNS = 31;
    /** A measurement stops earlier (after at least 7 runs) once it took this long. */
    private static final long BUDGET_NANOS = 20_000_000_000L;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @Autowired
    javax.sql.DataSource dataSource;

    @Autowired
    app.praxis.appointment.AppointmentSummaries appointmentSummaries;

    @Autowired
    app.praxis.payment.PaymentSummaries paymentSummaries;

    @Autowired
    DoctorDirectory directory;

    @Autowired
    AppointmentService appointments;

    @Autowired
    AvailabilityService availability;

    @Autowired
    DashboardService dashboards;

    @Autowired
    DashboardRepository dashboardQueries;

    @Autowired
    app.praxis.availability.SlotSummaries slotSummaries;

    @Autowired
    app.praxis.review.RatingTotals ratingTotals;

    @Autowired
    app.praxis.chat.ChatService chats;

    @Autowired
    app.praxis.appointment.ReminderService reminders;

    @Autowired
    org.springframework.context.ApplicationContext context;

    private final List<String> report = new ArrayList<>();

    /**
     * {@code -Dbenchmark.tails=true} (round 17): every call's surroundings, and the calls above 1.5× the median printed
     * under their measurement with what could explain them. The probe's reads sit between the calls, outside the
     * timed part, but they change the calls' rhythm (and add garbage), so a table's figures are better taken without it.
     */
    private SlowCallProbe probe;

    @AfterEach
    void writeReport() throws IOException {
        SignIn.out();
        Path file = Path.of("target", "benchmarks", "large-clinic.txt");
        Files.createDirectories(file.getParent());
        Files.write(file, report, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    @Test
    void serverTimesOfEveryScreenOnALargeClinic() {
        boolean small = "small".equals(System.getProperty("benchmark.size", "large"));
        int doctorCount = small ? 20 : 2_000;
        int patientCount = small ? 2_000 : 200_000;
        var generator = new LargeClinicGenerator(jdbc, doctorCount, patientCount, LocalDate.now(clock), this::print);
        print(String.format(
                Locale.ROOT,
                "== %s, %s set: %,d doctors, %,d patients (load: %s)",
                Instant.now(Clock.systemUTC()), // when the benchmark ran, for its report (not the tests' clock)
                small ? "small" : "large",
                generator.doctors,
                generator.patients,
                loadAverage()));
        if (Boolean.getBoolean("benchmark.tails")) {
            probe = new SlowCallProbe(jdbc);
            print("  slow calls probed (database server's process " + (probe.seesServer() ? "found" : "not found")
                    + ")");
        }
        // A database server sized for the data (the embedded one starts with MariaDB's 128 MB of buffer pool, which
        // would make both the load and every measurement a test of the disk): 2 GB, set the same for both sizes (the
        // machine's budget for the database is about 4 GB); a redo log large enough that a bulk step is not held up
        // by checkpoints (MariaDB ≥ 10.9 resizes it online).
        jdbc.sql("SET GLOBAL innodb_buffer_pool_size = " + (2048L << 20)).update();
        jdbc.sql("SET GLOBAL innodb_log_file_size = " + (1024L << 20)).update();
        jdbc.sql("SET GLOBAL innodb_flush_log_at_trx_commit = 2").update();
        print("  buffer pool: "
                + jdbc.sql("SELECT @@innodb_buffer_pool_size").query(Long.class).single() / (1 << 20) + " MB, redo log "
                + jdbc.sql("SELECT @@innodb_log_file_size").query(Long.class).single() / (1 << 20) + " MB");
        loadBufferPool();
        if (generator.complete()) {
            print("  (generated earlier: kept)");
        } else {
            long start = System.nanoTime();
            // one connection for the whole load: its session settings (unique and foreign key checks off) and
            // transactions are the generator's alone
            try (var connection = dataSource.getConnection()) {
                var one = JdbcClient.create(new SingleConnectionDataSource(connection, true));
                new LargeClinicGenerator(one, doctorCount, patientCount, LocalDate.now(clock), this::print)
                        .generate(() -> {
                            appointmentSummaries.rebuild();
                            paymentSummaries.rebuild();
                            slotSummaries.rebuild();
                            ratingTotals.rebuild();
                        });
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
            print(String.format(Locale.ROOT, "  generated in %.1f s", (System.nanoTime() - start) / 1e9));
        }
        print("  rows: " + counts());
        var ids = generator.ids();
        // -Dbenchmark.only=directory,grid,dashboard (any of them, comma-separated): those parts alone. directory: the
        // directory by next free time and its parts (round 5); grid: the admin grid's counts, jumps and reason order,
        // before and after V0019 (round 6); dashboard: the admin dashboard.
        List<String> only =
                Arrays.asList(System.getProperty("benchmark.only", "").split(","));
        if (only.contains("directory")
                || only.contains("grid")
                || only.contains("dashboard")
                || only.contains("jumps")
                || only.contains("slotwrite")
                || only.contains("names")
                || only.contains("bucketjumps")
                || only.contains("doctor30")
                || only.contains("dashdays")) {
            if (only.contains("slotwrite")) {
                measureSlotSummaryWrite();
            }
            if (only.contains("directory")) {
                measureDirectory(ids);
            }
            if (only.contains("grid")) {
                measureGrid();
            }
            if (only.contains("jumps")) {
                measureSpreadJumps();
                measurePatientAndNameJumps();
            }
            if (only.contains("names")) {
                measureNameFilters();
            }
            if (only.contains("bucketjumps")) {
                measureBucketJumps();
            }
            if (only.contains("doctor30")) {
                measureDoctorOrderWithDates();
            }
            if (only.contains("dashdays")) {
                measureDashboardDays(ids);
            }
            if (only.contains("dashboard")) {
                SignIn.as(ids.doctorUser(0), Roles.ADMIN);
                LocalDate today = LocalDate.now(clock);
                var last30 = new DashboardFilter(today.minusDays(29), today, null, null);
                measure("admin dashboard, 30 days, whole clinic", () ->
                        (int) dashboards.dashboard(last30).figures().current().booked());
                var thisMonth = new DashboardFilter(today.withDayOfMonth(1), today, null, null);
                measure("admin dashboard, this month, whole clinic", () -> (int)
                        dashboards.dashboard(thisMonth).figures().current().booked());
                // the ready-made ranges as the view offers them (V0023: one kept row per doctor)
                var viewThisMonth = DashboardFilter.of(DashboardPeriod.THIS_MONTH, today);
                measure("admin dashboard, this month as offered (1st to last), whole clinic", () -> (int)
                        dashboards.dashboard(viewThisMonth).figures().current().booked());
                var viewThisWeek = DashboardFilter.of(DashboardPeriod.THIS_WEEK, today);
                measure("admin dashboard, this week as offered (Monday to Sunday), whole clinic", () -> (int)
                        dashboards.dashboard(viewThisWeek).figures().current().booked());
                measureDashboardQueries("", last30);
                // round 15: "this month" from the 1st to today is no kept window: each query alone
                measureDashboardQueries(" (this month, 1st to today)", thisMonth);
                measureRoundEightCharts(last30);
                var oneDoctor = new DashboardFilter(today.minusDays(29), today, ids.doctor(7), null);
                measure("admin dashboard, 30 days, one doctor", () -> (int)
                        dashboards.dashboard(oneDoctor).figures().current().booked());
                if (Boolean.getBoolean("benchmark.explain")) {
                    explainCharts(last30);
                    explainMonthToDate(thisMonth);
                }
            }
            print("  (load after: " + loadAverage() + ")");
            return;
        }
        long longChat = generator.longChat(ids);
        measureAll(generator, ids);
        measureChat(ids, longChat);
        measureReminders();
        print("  (load after: " + loadAverage() + ")");
        if (Boolean.getBoolean("benchmark.explain")) {
            explainHotQueries(ids);
        }
    }

    /**
     * Round 8's two chart queries ("before" of round 9), on V0022's tables: every doctor's sum of a row per day
     * (the daily rows, {@code span_days = 1}) joined to their names; bookings per doctor (the doctors' rows,
     * {@code doctor_id > 0}) joined to their specialization.
     */
    private static final String ROUND_EIGHT_UTILIZATION =
            "SELECT t.doctor_id, CONCAT(u.first_name, ' ', u.last_name) AS doctor_name, t.booked, t.published"
                    + " FROM (SELECT m.doctor_id, SUM(m.booked_seconds) DIV 60 AS booked,"
                    + "     SUM(m.published_seconds) DIV 60 AS published"
                    + "     FROM availability_daily_minutes m WHERE m.span_days = 1 AND m.slot_date BETWEEN :from AND :to"
                    + "     AND m.published_seconds > 0 AND m.doctor_id <> 0 GROUP BY m.doctor_id) t"
                    + " JOIN doctors d ON d.doctor_id = t.doctor_id JOIN users u ON u.user_id = d.user_id"
                    + " ORDER BY t.booked / t.published DESC, doctor_name, t.doctor_id";

    private static final String ROUND_EIGHT_SPECIALIZATIONS = "SELECT sp.name, SUM(t.n) AS n"
            + " FROM (SELECT c.doctor_id, SUM(c.scheduled + c.completed + c.no_shows) AS n FROM appointment_daily_counts c"
            + "     WHERE c.count_date BETWEEN :from AND :to AND c.doctor_id > 0 GROUP BY c.doctor_id) t"
            + " JOIN doctors d ON d.doctor_id = t.doctor_id"
            + " LEFT JOIN specializations sp ON sp.specialization_id = d.specialization_id"
            + " GROUP BY sp.specialization_id, sp.name HAVING n > 0 ORDER BY n DESC, sp.name";

    private void measureRoundEightCharts(DashboardFilter filter) {
        String ranked = rankedBlocks(filter);
        measure(
                "  dashboard query, round 9: utilization's ranking alone (one statement, no names)",
                () -> jdbc.sql(ranked).query((rs, n) -> 1).list().size());
        String kept = rankedRows(app.praxis.base.DailyDeltas.rows(filter.from(), filter.to()));
        measure(
                "  dashboard query, round 10: utilization's ranking alone from the kept window (one statement)",
                () -> jdbc.sql(kept).query((rs, n) -> 1).list().size());
        measure("  dashboard query, round 8 (before): utilization per doctor, a row per day and doctor", () -> jdbc.sql(
                        ROUND_EIGHT_UTILIZATION)
                .param("from", filter.from())
                .param("to", filter.to())
                .query((rs, n) -> 1)
                .list()
                .size());
        measure("  dashboard query, round 8 (before): bookings by specialization, per doctor", () -> jdbc.sql(
                        ROUND_EIGHT_SPECIALIZATIONS)
                .param("from", filter.from())
                .param("to", filter.to())
                .query((rs, n) -> 1)
                .list()
                .size());
    }

    /** Round 9's ranking of every doctor's sums over the range's blocks, the 20 kept (without their names). */
    private static String rankedBlocks(DashboardFilter filter) {
        return rankedRows(app.praxis.base.DailyDeltas.blocks(filter.from(), filter.to()));
    }

    /** The ranking of every doctor's sums over these rows of the slots' summary, the 20 kept (no names). */
    private static String rankedRows(List<app.praxis.base.DailyDeltas.Block> blocks) {
        String where = blocks.stream()
                .map(b -> "(m.span_days = " + b.span() + " AND m.slot_date = '" + b.from() + "')")
                .collect(java.util.stream.Collectors.joining(" OR ", "(", ")"));
        return "SELECT t.doctor_id FROM (SELECT s.doctor_id, ROW_NUMBER() OVER (ORDER BY s.share DESC, s.doctor_id)"
                + " AS busiest, ROW_NUMBER() OVER (ORDER BY s.share, s.doctor_id DESC) AS idlest FROM (SELECT"
                + " m.doctor_id, (SUM(m.booked_seconds) DIV 60 + 0e0) / (SUM(m.published_seconds) DIV 60)"
                + " AS share FROM availability_daily_minutes m WHERE " + where + " AND m.doctor_id <> 0"
                + " GROUP BY m.doctor_id HAVING SUM(m.published_seconds) > 0) s) t"
                + " WHERE t.busiest <= 10 OR t.idlest <= 10";
    }

    /** {@code ANALYZE FORMAT=JSON} of the two charts' queries, round 8's and round 9's, on this data. */
    private void explainCharts(DashboardFilter filter) {
        var queries = new java.util.LinkedHashMap<String, String>();
        String range = "'" + filter.from() + "' AND '" + filter.to() + "'";
        queries.put("round 8: utilization per doctor", ROUND_EIGHT_UTILIZATION.replace(":from AND :to", range));
        queries.put("round 8: bookings by specialization", ROUND_EIGHT_SPECIALIZATIONS.replace(":from AND :to", range));
        var blocks = app.praxis.base.DailyDeltas.blocks(filter.from(), filter.to());
        queries.put(
                "round 9: every doctor's sums over " + blocks.size()
                        + " blocks, ranked (the names of 20 follow by key)",
                rankedBlocks(filter));
        queries.put(
                "round 10: every doctor's one kept row of the 30 days, ranked (the names of 20 follow by key)",
                rankedRows(app.praxis.base.DailyDeltas.rows(filter.from(), filter.to())));
        var window =
                app.praxis.base.DailyDeltas.rows(filter.from(), filter.to()).getFirst();
        String end = "SELECT m.doctor_id, m.booked_seconds DIV 60 AS booked, m.published_seconds DIV 60 AS published"
                + " FROM availability_daily_minutes m WHERE m.span_days = " + window.span() + " AND m.slot_date = '"
                + window.from() + "' AND m.booked_share IS NOT NULL ORDER BY m.booked_share %1$s, m.doctor_id %1$s"
                + " LIMIT 10";
        queries.put(
                "round 11: the 10 busiest and the 10 least busy from the ends of V0026's share index, with names",
                "SELECT w.doctor_id, CONCAT(u.first_name, ' ', u.last_name) AS name, w.booked, w.published FROM"
                        + " (SELECT b.* FROM (" + end.formatted("DESC") + ") b UNION SELECT i.* FROM ("
                        + end.formatted("ASC") + ") i) w LEFT JOIN doctors d ON d.doctor_id = w.doctor_id"
                        + " LEFT JOIN users u ON u.user_id = d.user_id");
        queries.put(
                "round 11: the others' count (index only) and the clinic's minutes of the range (its rows per day)",
                "SELECT (SELECT COUNT(*) FROM availability_daily_minutes m WHERE m.span_days = " + window.span()
                        + " AND m.slot_date = '" + window.from() + "' AND m.booked_share IS NOT NULL),"
                        + " COALESCE(SUM(c.booked_seconds), 0) DIV 60, COALESCE(SUM(c.published_seconds), 0) DIV 60"
                        + " FROM availability_daily_minutes c WHERE c.span_days = 1 AND c.doctor_id = 0"
                        + " AND c.slot_date BETWEEN " + range);
        queries.put(
                "round 9 (before): average rating of the active doctors",
                "SELECT CAST(AVG(d.rating) AS DECIMAL(4,2)) FROM doctors d JOIN users u ON u.user_id = d.user_id"
                        + " WHERE u.is_active");
        queries.put(
                "round 10: average rating from the kept sum and count less the inactive doctors",
                "SELECT CAST((t.rating_sum - COALESCE(i.rating_sum, 0)) / NULLIF(t.rated - i.rated, 0)"
                        + " AS DECIMAL(4,2)) FROM doctor_rating_totals t CROSS JOIN (SELECT SUM(d.rating) AS"
                        + " rating_sum, COUNT(d.rating) AS rated FROM users u JOIN doctors d ON d.user_id ="
                        + " u.user_id WHERE u.role = 'DOCTOR' AND u.is_active = FALSE) i WHERE t.id = 1");
        String rows = jdbc.sql("SELECT GROUP_CONCAT(-1 - specialization_id) FROM specializations")
                .query(String.class)
                .single();
        queries.put(
                "round 9: bookings by specialization from a row per day and specialization",
                "SELECT sp.name, SUM(c.scheduled + c.completed + c.no_shows) AS n FROM appointment_daily_counts c"
                        + " LEFT JOIN specializations sp ON sp.specialization_id = -1 - c.doctor_id"
                        + " WHERE c.doctor_id IN (-1, " + rows + ") AND c.count_date BETWEEN " + range
                        + " GROUP BY c.doctor_id, sp.name HAVING n > 0 ORDER BY n DESC, sp.name");
        queries.forEach((what, sql) -> {
            String plan =
                    jdbc.sql("ANALYZE FORMAT=JSON " + sql).query(String.class).single();
            print("  EXPLAIN " + what + ":\n" + sql + "\n" + plan);
        });
    }

    /**
     * The write a booking adds to the slots' summary (round 11: does V0026's share index make it heavier?): a future
     * free slot taken and given back by the hand-written booking's statement (12 rows each since V0029, 42 before; net nothing), with the
     * index and with it dropped for the measurement (put back after).
     */
    private void measureSlotSummaryWrite() {
        long slot = jdbc.sql("SELECT availability_id FROM doctor_availability WHERE NOT is_booked"
                        + " AND available_date > CURRENT_DATE + INTERVAL 3 DAY ORDER BY available_date LIMIT 1")
                .query(Long.class)
                .single();
        String take = app.praxis.availability.SlotSummaries.bookedStatement(1);
        String giveBack = app.praxis.availability.SlotSummaries.bookedStatement(-1);
        Supplier<Integer> both = () -> jdbc.sql(take).param(slot).update()
                + jdbc.sql(giveBack).param(slot).update();
        measure("slot summary: a slot taken and given back (12 rows each since V0029), with V0026's share index", both);
        jdbc.sql("ALTER TABLE availability_daily_minutes DROP INDEX ix_availability_daily_minutes_share")
                .update();
        try {
            measure(
                    "slot summary: a slot taken and given back (12 rows each since V0029), without the share index",
                    both);
        } finally {
            jdbc.sql("ALTER TABLE availability_daily_minutes ADD INDEX ix_availability_daily_minutes_share"
                            + " (span_days, slot_date, booked_share, doctor_id)")
                    .update();
        }
        measure(
                "slot summary: a slot taken and given back (12 rows each since V0029), with V0026's share index (again)",
                both);
        // V0029: a slot of today (or earlier) also adds to the rolled 30-day window ending today, in a second
        // statement after the first (a slot of a later day, above, writes no window at all)
        jdbc.sql("SELECT availability_id FROM doctor_availability WHERE available_date = CURRENT_DATE LIMIT 1")
                .query(Long.class)
                .optional()
                .ifPresent(today -> {
                    String windows = app.praxis.availability.SlotSummaries.bookedWindowsStatement(1);
                    String windowsBack = app.praxis.availability.SlotSummaries.bookedWindowsStatement(-1);
                    measure(
                            "slot summary: a slot of today taken and given back (12 rows + the rolled window)",
                            () -> jdbc.sql(take).param(today).update()
                                    + jdbc.sql(windows).param(today).update()
                                    + jdbc.sql(giveBack).param(today).update()
                                    + jdbc.sql(windowsBack).param(today).update());
                    String sql = windows.replace("?", String.valueOf(today));
                    print("  EXPLAIN V0029: a change's rolled windows (the JDBC booking's form):\n" + sql + "\n"
                            + jdbc.sql("EXPLAIN FORMAT=JSON " + sql)
                                    .query(String.class)
                                    .single());
                });
        // the roll's read of the window ending today (availability.RollingWindows, once a day)
        String sums = "SELECT m.doctor_id, SUM(m.published_seconds), SUM(m.booked_seconds)"
                + " FROM availability_daily_minutes m WHERE m.span_days = 1 AND m.slot_date BETWEEN"
                + " CURRENT_DATE - INTERVAL 29 DAY AND CURRENT_DATE AND m.doctor_id <> 0 GROUP BY m.doctor_id"
                + " ORDER BY m.doctor_id LOCK IN SHARE MODE";
        measure(
                "the roll's read of the window ending today (2,000 doctors' sums, shared locks)",
                () -> jdbc.sql(sums).query((rs, n) -> rs.getLong(1)).list().size());
        print("  EXPLAIN V0029: the roll's read of the window ending today:\n" + sums + "\n"
                + jdbc.sql("ANALYZE FORMAT=JSON " + sums).query(String.class).single());
    }

    /**
     * Round 15: the dashboard of every ready-made period as the view offers it, and the month to date (1st to today,
     * a custom range), whole clinic and one doctor, as if today were the start, the middle or the end of a month (the
     * filters carry the days; the rolled 30-day windows reach a year back) and today itself.
     */
    private void measureDashboardDays(LargeClinicGenerator.Ids ids) {
        SignIn.as(ids.doctorUser(0), Roles.ADMIN);
        LocalDate now = LocalDate.now(clock);
        LocalDate lastMonth = now.minusMonths(1);
        var days = List.of(
                lastMonth.withDayOfMonth(1),
                lastMonth.withDayOfMonth(15),
                lastMonth.withDayOfMonth(lastMonth.lengthOfMonth()),
                now);
        for (LocalDate today : days) {
            for (Long doctor : java.util.Arrays.asList(null, ids.doctor(7))) {
                String who = doctor == null ? "whole clinic" : "one doctor";
                for (DashboardPeriod period :
                        List.of(DashboardPeriod.THIS_WEEK, DashboardPeriod.THIS_MONTH, DashboardPeriod.LAST_30_DAYS)) {
                    var filter = DashboardFilter.of(period, today).forDoctor(doctor);
                    measure("dashboard on " + today + ", " + period.label() + " as offered, " + who, () -> (int)
                            dashboards.dashboard(filter).figures().current().booked());
                }
                var toDate = new DashboardFilter(today.withDayOfMonth(1), today, doctor, null);
                measure("dashboard on " + today + ", month to date (custom), " + who, () ->
                        (int) dashboards.dashboard(toDate).figures().current().booked());
            }
        }
    }

    /**
     * {@code ANALYZE FORMAT=JSON} of utilization per doctor over the month to date (no kept window: every doctor's
     * rows of the range's blocks, ranked), round 10's form as the dashboard ran it before round 15.
     */
    private void explainMonthToDate(DashboardFilter filter) {
        String sql = rankedBlocks(filter);
        print("  EXPLAIN utilization per doctor, month to date (" + filter.from() + " to " + filter.to() + "):\n" + sql
                + "\n"
                + jdbc.sql("ANALYZE FORMAT=JSON " + sql).query(String.class).single());
        var blocks = app.praxis.base.DailyDeltas.blocks(filter.from(), filter.to());
        var forms = new java.util.LinkedHashMap<String, java.util.Map<String, Object>>();
        var ranked = new java.util.LinkedHashMap<String, String>();
        forms.put("the ranking once (window form)", new java.util.HashMap<>());
        ranked.put(
                "the ranking once (window form)",
                DashboardRepository.rankedOnceSql(blocks, filter, forms.get("the ranking once (window form)")));
        if (blocks.size() == 1) {
            forms.put("the two ends and the sums (one row per doctor)", new java.util.HashMap<>());
            ranked.put(
                    "the two ends and the sums (one row per doctor)",
                    DashboardRepository.endsSql(
                            blocks, filter, forms.get("the two ends and the sums (one row per doctor)")));
        }
        ranked.forEach((what, ranking) -> {
            var params = forms.get(what);
            print("  EXPLAIN round 15: utilization per doctor, month to date, " + what + " (" + params + "):\n"
                    + ranking + "\n"
                    + jdbc.sql("ANALYZE FORMAT=JSON " + ranking)
                            .params(params)
                            .query(String.class)
                            .single());
            measure(
                    "  dashboard query, round 15: month to date, " + what + " (one statement, no names)",
                    () -> jdbc.sql(ranking)
                            .params(params)
                            .query((rs, n) -> 1)
                            .list()
                            .size());
        });
        measure(
                "  dashboard query, round 14 (before): month to date, the ranking alone (two sorts, no totals)",
                () -> jdbc.sql(sql).query((rs, n) -> 1).list().size());
    }

    /** Each of the dashboard's queries alone, whole clinic (round 7: which of them grows with the doctors). */
    private void measureDashboardQueries(String range, DashboardFilter filter) {
        measure(
                "  dashboard query" + range + ": appointment counts",
                () -> dashboardQueries.appointmentCounts(filter).size());
        measure(
                "  dashboard query" + range + ": slot minutes",
                () -> dashboardQueries.slotMinutes(filter).size());
        measure(
                "  dashboard query" + range + ": new patients",
                () -> dashboardQueries.newPatients(filter).size());
        measure(
                "  dashboard query" + range + ": revenue and weeks",
                () -> dashboardQueries.revenueAndWeeks(filter).weeks().size());
        measure(
                "  dashboard query" + range + ": average rating",
                () -> dashboardQueries.averageRating(filter) == null ? 0 : 1);
        measure(
                "  dashboard query, round 9 (before): average rating, every doctor's account by key" + range,
                () -> jdbc.sql("SELECT CAST(AVG(d.rating) AS DECIMAL(4,2)) FROM doctors d JOIN users u"
                                + " ON u.user_id = d.user_id WHERE u.is_active")
                        .query((rs, n) -> 1)
                        .list()
                        .size());
        measure(
                "  dashboard query" + range + ": appointments per day",
                () -> dashboardQueries.appointmentsPerDay(filter).size());
        measure(
                "  dashboard query" + range + ": utilization per doctor",
                () -> dashboardQueries.utilizationPerDoctor(filter).shown().size());
        measure(
                "  dashboard query" + range + ": bookings by specialization",
                () -> dashboardQueries.bookingsBySpecialization(filter).size());
        measure(
                "  dashboard query" + range + ": busiest hours",
                () -> dashboardQueries.busiestHours(filter).size());
    }

    /** The directory's first page by next free time, whole and in the three calls the view makes. */
    private void measureDirectory(LargeClinicGenerator.Ids ids) {
        SignIn.as(ids.patientUser(1), Roles.PATIENT);
        var all = DirectoryQuery.all();
        measure("directory: first page, sort by next free time (search + next free times + count)", () -> {
            List<DoctorCard> cards = directory.search(all, PageRequest.of(0, 20));
            directory.nextFreeSlots(cards.stream().map(DoctorCard::doctorId).toList(), 3);
            return (int) directory.count(all);
        });
        var plans = new app.praxis.appointment.DirectoryPlans(context);
        measure(
                "directory: search, first page by next free time, every doctor's look-up (before round 5)",
                () -> plans.everyDoctorPage(clock));
        measure(
                "directory: search, first page by next free time, first window (rounds 5-7, before round 8)",
                () -> plans.firstWindowPage(clock));
        measure(
                "directory: search, first page by next free time",
                () -> directory.search(all, PageRequest.of(0, 20)).size());
        List<Long> page = directory.search(all, PageRequest.of(0, 20)).stream()
                .map(DoctorCard::doctorId)
                .toList();
        measure(
                "directory: nextFreeSlots of the page (3 each)",
                () -> directory.nextFreeSlots(page, 3).size());
        measure("directory: count", () -> (int) directory.count(all));
        measure(
                "directory: search, page 5 (offset 100) by next free time",
                () -> directory.search(all, PageRequest.of(5, 20)).size());
        var byName = new DirectoryQuery("Klara", null, null, DirectorySort.NEXT_FREE_SLOT);
        measure(
                "directory: name search 'Klara', next free time",
                () -> directory.search(byName, PageRequest.of(0, 20)).size());
        // once more, last: the first measurement after a start also meets the buffer pool still loading its dump
        measure("directory: first page, sort by next free time, again (search + next free times + count)", () -> {
            List<DoctorCard> cards = directory.search(all, PageRequest.of(0, 20));
            directory.nextFreeSlots(cards.stream().map(DoctorCard::doctorId).toList(), 3);
            return (int) directory.count(all);
        });
        if (Boolean.getBoolean("benchmark.explain")) {
            plans.explain(clock).forEach((what, plan) -> print("  EXPLAIN " + what + ":\n" + plan));
        }
    }

    private void measureAll(LargeClinicGenerator generator, LargeClinicGenerator.Ids ids) {
        LocalDate today = LocalDate.now(clock);
        int doctorIndex = 7;
        long doctorId = ids.doctor(doctorIndex);

        SignIn.as(ids.patientUser(1), Roles.PATIENT);
        var all = DirectoryQuery.all();
        measure("directory: first page, sort by next free time (search + next free times + count)", () -> {
            List<DoctorCard> cards = directory.search(all, PageRequest.of(0, 20));
            directory.nextFreeSlots(cards.stream().map(DoctorCard::doctorId).toList(), 3);
            return (int) directory.count(all);
        });
        var byRating = new DirectoryQuery(null, null, null, DirectorySort.RATING);
        measure(
                "directory: first page, sort by rating",
                () -> directory.search(byRating, PageRequest.of(0, 20)).size());
        var byName = new DirectoryQuery("Klara", null, null, DirectorySort.NEXT_FREE_SLOT);
        measure(
                "directory: name search 'Klara', next free time",
                () -> directory.search(byName, PageRequest.of(0, 20)).size());
        measure("doctor's page: profile + free times + met before", () -> {
            directory.profile(doctorId).orElseThrow();
            appointments.metDoctor(doctorId);
            return directory.freeSlots(doctorId).size();
        });

        SignIn.as(ids.patientUser(0), Roles.PATIENT);
        measure("my appointments (patient with 500)", () -> {
            var mine = appointments.myAppointments();
            return mine.upcoming().size() + mine.past().size();
        });

        SignIn.as(ids.doctorUser(doctorIndex), Roles.DOCTOR);
        LocalDate monday = today.with(DayOfWeek.MONDAY);
        measure("doctor's calendar week (appointments in slots + slots and time off + bookability)", () -> {
            int n = appointments
                    .appointmentsInSlots(doctorId, monday, monday.plusDays(6))
                    .size();
            n += availability
                    .calendar(doctorId, monday, monday.plusDays(6))
                    .slots()
                    .size();
            directory.bookability(doctorId);
            return n;
        });
        measure(
                "doctor's agenda (home)",
                () -> appointments.doctorAgenda().today().size());

        SignIn.as(ids.doctorUser(0), Roles.ADMIN);
        var none = AppointmentFilter.none();
        long total = appointments.count(none);
        int deep = (int) (total / 2);
        measure("admin grid: count, no filter", () -> (int) appointments.count(none));
        measure(
                "admin grid: first page (today first)",
                () -> appointments.search(none, PageRequest.of(0, 50)).size());
        measure("admin grid: page at offset " + deep + " (today first)", () -> page(none, deep, Sort.unsorted()));
        measure(
                "admin grid: page at offset " + deep + ", by date desc",
                () -> page(none, deep, Sort.by(Sort.Direction.DESC, "date")));
        measure("admin grid: page at offset " + deep + ", by doctor", () -> page(none, deep, Sort.by("doctor")));
        measure("admin grid: page at offset " + deep + ", by patient", () -> page(none, deep, Sort.by("patient")));
        measure("admin grid: page at offset " + deep + ", by status", () -> page(none, deep, Sort.by("status")));
        // Scrolling on (V0016): the page after a row the grid read before, as a seek from that row, in each order.
        for (Sort sort : List.of(
                Sort.unsorted(),
                Sort.by(Sort.Direction.DESC, "date"),
                Sort.by("time"),
                Sort.by("status"),
                Sort.by("doctor"),
                Sort.by(Sort.Direction.DESC, "patient"))) {
            String order = sort.isUnsorted() ? "today first" : sort.toString();
            if (sort.getOrderFor("doctor") != null || sort.getOrderFor("patient") != null) {
                measure("admin grid: first page, " + order, () -> page(none, 0, sort));
            }
            var previous =
                    appointments.search(none, new OffsetPage(deep - 1, 1, sort)).getFirst();
            measure("admin grid: next page after the row at " + (deep - 1) + " (seek), " + order, () -> appointments
                    .search(none, new OffsetPage(deep, 50, sort), previous)
                    .size());
        }
        var scheduled = new AppointmentFilter(null, null, null, null, AppointmentStatus.SCHEDULED, null, null);
        measure("admin grid: filter scheduled, count + first page", () -> {
            appointments.count(scheduled);
            return page(scheduled, 0, Sort.unsorted());
        });
        var week = new AppointmentFilter(null, null, null, null, null, today.minusDays(7), today);
        measure("admin grid: filter last 7 days, count + first page by time", () -> {
            appointments.count(week);
            return page(week, 0, Sort.by("time"));
        });
        var doctorName = new AppointmentFilter(null, null, "Klara", null, null, null, null);
        long named = appointments.count(doctorName);
        measure("admin grid: filter doctor 'Klara', count + page at offset " + named / 2, () -> {
            appointments.count(doctorName);
            return page(doctorName, (int) (named / 2), Sort.unsorted());
        });
        // The same pages in the shape before V0014 (one query sorting and skipping every joined row), on the same
        // data and indexes: what the deferred join and the three-part default order changed.
        // At 1,000,000 each old-shape call takes seconds (≈ 12 s each on 1 Dec 2026): measured there only on request.
        boolean oldShapes = generator.doctors < 2_000 || Boolean.getBoolean("benchmark.oldShapes");
        var oldShape = new app.praxis.appointment.AppointmentQueryShapes(context);
        if (oldShapes) {
            measure("  old shape: first page (today first)", () -> oldShape.pageInOneQuery(
                            none, Sort.unsorted(), 0, 50, today)
                    .size());
            measure("  old shape: page at offset " + deep + " (today first)", () -> oldShape.pageInOneQuery(
                            none, Sort.unsorted(), deep, 50, today)
                    .size());
            measure("  old shape: page at offset " + deep + ", by date desc", () -> oldShape.pageInOneQuery(
                            none, Sort.by(Sort.Direction.DESC, "date"), deep, 50, today)
                    .size());
            measure("  old shape: page at offset " + deep + ", by doctor", () -> oldShape.pageInOneQuery(
                            none, Sort.by("doctor"), deep, 50, today)
                    .size());
        }
        var last30 = new DashboardFilter(today.minusDays(29), today, null, null);
        measure("admin dashboard, 30 days, whole clinic", () ->
                (int) dashboards.dashboard(last30).figures().current().booked());
    }

    /**
     * {@code -Dbenchmark.only=jumps} (round 7): the grid's jumps to 37 offsets spread over the table, twice (the second
     * time their pages are in the buffer pool), and the jump to the middle, in the orders the day totals serve.
     */
    private void measureSpreadJumps() {
        SignIn.as(1, Roles.ADMIN);
        var none = AppointmentFilter.none();
        long total = appointments.count(none);
        for (Sort sort : List.of(Sort.unsorted(), Sort.by(Sort.Direction.DESC, "date"), Sort.by("status"))) {
            String order = sort.isUnsorted() ? "today first" : sort.toString();
            measure("grid: jump to offset " + total / 2 + ", " + order, () -> page(none, (int) (total / 2), sort));
            int[] call = {0};
            measure("grid: jump to offsets spread over the table, " + order, () -> {
                long offset = total * (call[0]++ % 37) / 37;
                return page(none, (int) offset, sort);
            });
            measure("grid: the same spread offsets again (pages now in the buffer pool), " + order, () -> {
                long offset = total * (call[0]++ % 37) / 37;
                return page(none, (int) offset, sort);
            });
        }
        measureDoctorAndTimeJumps(total);
    }

    /**
     * Round 10 (grid10): the jumps in the orders by doctor and by time, both directions, before (offset) and after
     * (V0024's totals on the sentinel date, {@code DoctorAndTimeJumps}); with a status and a date range; the plans.
     */
    private void measureDoctorAndTimeJumps(long total) {
        LocalDate today = LocalDate.now(clock);
        var shapes = new app.praxis.appointment.AppointmentQueryShapes(context);
        for (Sort sort : List.of(
                Sort.by("doctor"),
                Sort.by(Sort.Direction.DESC, "doctor"),
                Sort.by("time"),
                Sort.by(Sort.Direction.DESC, "time"))) {
            measureJumps(shapes, sort, "totals", total, today);
        }
        var scheduled = new AppointmentFilter(null, null, null, null, AppointmentStatus.SCHEDULED, null, null);
        var lastMonth = new AppointmentFilter(null, null, null, null, null, today.minusDays(30), today);
        for (AppointmentFilter filter : List.of(scheduled, lastMonth)) {
            long count = appointments.count(filter);
            for (Sort sort : List.of(Sort.by("doctor"), Sort.by(Sort.Direction.DESC, "time"))) {
                String what = (filter == scheduled ? "filter scheduled" : "filter last 30 days") + ", " + sort;
                measure(
                        "grid: " + what + ", jump to offset " + count / 2 + ", before (offset)",
                        () -> shapes.pageByOffset(filter, sort, count / 2, 50, today)
                                .size());
                measure(
                        "grid: " + what + ", jump to offset " + count / 2 + ", after",
                        () -> page(filter, (int) (count / 2), sort));
            }
        }
        if (Boolean.getBoolean("benchmark.explain")) {
            long doctorKey = 1_000_000_000_000L;
            long timeKey = 2_000_000_000_000L;
            var queries = new java.util.LinkedHashMap<String, String>();
            queries.put(
                    "grid jump by doctor: the doctors' totals in name order",
                    "SELECT c.doctor_id - " + doctorKey + ", c.scheduled + c.completed + c.no_shows"
                            + " + c.cancelled_by_patient + c.cancelled_by_practice FROM appointment_daily_counts c"
                            + " JOIN doctors d ON d.doctor_id = c.doctor_id - " + doctorKey
                            + " JOIN users u ON u.user_id = d.user_id WHERE c.count_date = DATE '1000-01-01'"
                            + " AND c.doctor_id > " + doctorKey + " AND c.doctor_id < " + timeKey
                            + " ORDER BY u.last_name ASC, u.first_name ASC, u.user_id ASC");
            long doctor = jdbc.sql("SELECT doctor_id FROM appointments ORDER BY doctor_id LIMIT 1")
                    .query(Long.class)
                    .single();
            queries.put(
                    "grid jump by doctor: the page inside one doctor (offset 250 of ≈ 500)",
                    "SELECT p.appointment_id FROM ((SELECT 0 AS part, a.appointment_date, a.start_time,"
                            + " a.appointment_id FROM appointments a WHERE a.doctor_id = " + doctor
                            + " ORDER BY a.appointment_date ASC, a.start_time ASC, a.appointment_id ASC"
                            + " LIMIT 50 OFFSET 250)) p ORDER BY p.part, p.appointment_date ASC, p.start_time ASC,"
                            + " p.appointment_id ASC");
            queries.put(
                    "grid jump by time: the totals per time and day in order",
                    "SELECT c.doctor_id - " + timeKey + ", c.scheduled + c.completed + c.no_shows"
                            + " + c.cancelled_by_patient + c.cancelled_by_practice FROM appointment_daily_counts c"
                            + " WHERE c.count_date = DATE '1000-01-01' AND c.doctor_id >= " + timeKey
                            + " AND c.doctor_id < " + (timeKey + 86_400L * 10_000_000L) + " ORDER BY c.doctor_id ASC");
            var group = jdbc.sql("SELECT start_time, appointment_date FROM appointments ORDER BY start_time,"
                            + " appointment_date, appointment_id LIMIT 1 OFFSET " + total / 2)
                    .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)})
                    .single();
            queries.put(
                    "grid jump by time: the page inside one time and day, and the next (offset 100)",
                    "SELECT p.appointment_id FROM ((SELECT 0 AS part, a.appointment_date, a.start_time,"
                            + " a.appointment_id FROM appointments a WHERE a.start_time = '" + group[0]
                            + "' AND a.appointment_date = '" + group[1] + "' ORDER BY a.appointment_id ASC LIMIT 50"
                            + " OFFSET 100)) p ORDER BY p.part, p.appointment_id ASC");
            queries.forEach((what, sql) -> {
                String plan = jdbc.sql("ANALYZE FORMAT=JSON " + sql)
                        .query(String.class)
                        .single();
                print("  EXPLAIN " + what + ":\n" + sql + "\n" + plan);
            });
        }
    }

    /**
     * A jump to the middle in {@code sort} by offset (before) and as the grid reads it now ({@code how}: after), then
     * to 37 offsets spread over the table, twice (the second time the pages are in the buffer pool).
     */
    private void measureJumps(
            app.praxis.appointment.AppointmentQueryShapes shapes, Sort sort, String how, long total, LocalDate today) {
        var none = AppointmentFilter.none();
        int deep = (int) (total / 2);
        String order = sort.toString();
        measure(
                "grid: jump to offset " + deep + ", " + order + ", before (offset)",
                () -> shapes.pageByOffset(none, sort, deep, 50, today).size());
        measure("grid: jump to offset " + deep + ", " + order + ", after (" + how + ")", () -> page(none, deep, sort));
        int[] call = {0};
        measure(
                "grid: jump to offsets spread over the table, " + order + ", after (" + how + ")",
                () -> page(none, (int) (total * (call[0]++ % 37) / 37), sort));
        measure(
                "grid: the same spread offsets again, " + order,
                () -> page(none, (int) (total * (call[0]++ % 37) / 37), sort));
    }

    /**
     * {@code -Dbenchmark.only=jumps} (round 10, branch gridpat10): jumps in the patient order (both directions; the
     * buckets of V0025) against the offset read they replace, spread over the table, with a status filter; the jumps
     * with a doctor's or a patient's name filter (an offset read within the named people's rows), and the reason order
     * (an offset read on {@code ix_appointment_grid_reason}).
     */
    private void measurePatientAndNameJumps() {
        LocalDate today = LocalDate.now(clock);
        var shapes = new app.praxis.appointment.AppointmentQueryShapes(context);
        SignIn.as(1, Roles.ADMIN);
        var none = AppointmentFilter.none();
        long total = appointments.count(none);
        int deep = (int) (total / 2);
        for (Sort sort : List.of(Sort.by("patient"), Sort.by(Sort.Direction.DESC, "patient"))) {
            measureJumps(shapes, sort, "buckets", total, today);
        }
        var scheduled = new AppointmentFilter(null, null, null, null, AppointmentStatus.SCHEDULED, null, null);
        long scheduledTotal = appointments.count(scheduled);
        measure(
                "grid: filter scheduled, jump to offset " + scheduledTotal / 2 + ", patient, before (offset)",
                () -> shapes.pageByOffset(scheduled, Sort.by("patient"), scheduledTotal / 2, 50, today)
                        .size());
        measure("grid: filter scheduled, count + jump to offset " + scheduledTotal / 2 + ", patient, after", () -> {
            appointments.count(scheduled);
            return page(scheduled, (int) (scheduledTotal / 2), Sort.by("patient"));
        });
        for (var filter : List.of(
                new AppointmentFilter(null, null, "Klara", null, null, null, null),
                new AppointmentFilter(null, null, null, "Klara", null, null, null),
                new AppointmentFilter(null, null, null, "Klara Koch", null, null, null))) {
            long named = appointments.count(filter);
            String who = filter.doctorName() != null
                    ? "doctor '" + filter.doctorName() + "'"
                    : "patient '" + filter.patientName() + "'";
            measure("grid: count, " + who + " (" + named + " rows)", () -> (int) appointments.count(filter));
            for (Sort sort : List.of(
                    Sort.unsorted(), Sort.by(Sort.Direction.DESC, "date"), Sort.by("patient"), Sort.by("doctor"))) {
                String order = sort.isUnsorted() ? "today first" : sort.toString();
                measure("grid: " + who + ", count + jump to offset " + named / 2 + ", " + order, () -> {
                    appointments.count(filter);
                    return page(filter, (int) (named / 2), sort);
                });
                int[] call = {0};
                measure("grid: " + who + ", jump to offsets spread over its rows, " + order, () -> {
                    long offset = named * (call[0]++ % 37) / 37;
                    return page(filter, (int) offset, sort);
                });
            }
        }
        var byReason = Sort.by("reason");
        measure("grid: jump to offset " + deep + " by reason (offset on the index)", () -> page(none, deep, byReason));
        int[] call = {0};
        measure("grid: jump to offsets spread over the table, by reason (offset on the index)", () -> {
            long offset = total * (call[0]++ % 37) / 37;
            return page(none, (int) offset, byReason);
        });
        if (Boolean.getBoolean("benchmark.explain")) {
            explainPatientJump();
        }
    }

    /**
     * {@code -Dbenchmark.only=names} (round 11, branch r11-names11): the grid with a doctor's or a patient's name in
     * its filter. Before: round 10's substring match ({@code CONCAT(first, ' ', last) LIKE '%Klara%'}) as one
     * statement, for the count and a page at the middle by date. After: count alone, then count + jump to the middle
     * in every order the grid offers, spread jumps in four, the first page; and the same filters read the plain way
     * (the names as a condition of every row, what a name beyond {@code NameFilterPages.MAX_PEOPLE} gets) against
     * the named people's path for names that select more people, to choose that limit (only with
     * {@code -Dbenchmark.names.limit=true}). {@code -Dbenchmark.names=doctor|patient} measures one side's filters.
     */
    private void measureNameFilters() {
        LocalDate today = LocalDate.now(clock);
        var shapes = new app.praxis.appointment.AppointmentQueryShapes(context);
        SignIn.as(1, Roles.ADMIN);
        // -Dbenchmark.names=doctor|patient: only the filters with that person's name (default: all)
        String names = System.getProperty("benchmark.names", "all");
        // -Dbenchmark.names=patient-reason (round 15): the patient's filters in the reason order only, first pages too
        // -Dbenchmark.names=patient-status (round 16): the same in the status order only
        boolean statusOnly = names.equals("patient-status");
        boolean reasonOnly = names.equals("patient-reason");
        boolean oneOrder = reasonOnly || statusOnly;
        if (oneOrder) {
            names = "patient";
        }
        for (String[] side :
                new String[][] {{"doctor", "doctors", "doctor_id"}, {"patient", "patients", "patient_id"}}) {
            if (oneOrder || (!names.equals("all") && !names.equals(side[0]))) {
                continue;
            }
            String from = " FROM appointments a JOIN " + side[1] + " o ON o." + side[2] + " = a." + side[2]
                    + " JOIN users u ON u.user_id = o.user_id WHERE CONCAT(u.first_name, ' ', u.last_name)"
                    + " LIKE '%Klara%'";
            long n = jdbc.sql("SELECT COUNT(*)" + from).query(Long.class).single();
            measure("names, before (substring): count, " + side[0] + " 'Klara' (" + n + " rows)", () -> jdbc.sql(
                            "SELECT COUNT(*)" + from)
                    .query(Long.class)
                    .single()
                    .intValue());
            measure(
                    "names, before (substring): count + page at " + n / 2 + ", date desc, " + side[0] + " 'Klara'",
                    () -> {
                        jdbc.sql("SELECT COUNT(*)" + from).query(Long.class).single();
                        return jdbc.sql("SELECT a.appointment_id" + from + " ORDER BY a.appointment_date DESC,"
                                        + " a.start_time DESC, a.appointment_id DESC LIMIT 50 OFFSET " + n / 2)
                                .query(Long.class)
                                .list()
                                .size();
                    });
        }
        var last30 = today.minusDays(29);
        var sorts = reasonOnly
                ? List.of(Sort.by("reason"), Sort.by(Sort.Direction.DESC, "reason"))
                : statusOnly
                        ? List.of(Sort.by("status"), Sort.by(Sort.Direction.DESC, "status"))
                        : List.of(
                                Sort.unsorted(),
                                Sort.by(Sort.Direction.DESC, "date"),
                                Sort.by("date"),
                                Sort.by("time"),
                                Sort.by("status"),
                                Sort.by("reason"),
                                Sort.by(Sort.Direction.DESC, "reason"),
                                Sort.by("doctor"),
                                Sort.by(Sort.Direction.DESC, "doctor"),
                                Sort.by("patient"),
                                Sort.by(Sort.Direction.DESC, "patient"));
        var filters = new ArrayList<>(List.of(
                new AppointmentFilter(null, null, "Klara", null, null, null, null),
                new AppointmentFilter(null, null, null, "Klara", null, null, null),
                new AppointmentFilter(null, null, null, "Klara Koch", null, null, null),
                // round 30: a full name of many patients
                new AppointmentFilter(null, null, null, "Klara Braun", null, null, null),
                new AppointmentFilter(null, null, "Klara", null, AppointmentStatus.SCHEDULED, null, null),
                new AppointmentFilter(null, null, "Klara", null, null, last30, today),
                new AppointmentFilter(null, null, null, "Klara", null, last30, today),
                new AppointmentFilter(null, null, "Klara", "Koch", null, null, null)));
        if (statusOnly) {
            // round 16: a patient's name with a status filter, in the status order
            filters.add(new AppointmentFilter(null, null, null, "Klara", AppointmentStatus.COMPLETED, null, null));
        }
        for (var filter : filters) {
            if ((names.equals("doctor") && filter.patientName() != null)
                    || (names.equals("patient") && filter.patientName() == null)) {
                continue;
            }
            long named = appointments.count(filter);
            String who = (filter.doctorName() != null ? "doctor '" + filter.doctorName() + "' " : "")
                    + (filter.patientName() != null ? "patient '" + filter.patientName() + "' " : "")
                    + (filter.status() != null ? filter.status() + " " : "")
                    + (filter.from() != null ? "last 30 days " : "");
            measure("names: count, " + who + "(" + named + " rows)", () -> (int) appointments.count(filter));
            if (oneOrder) {
                for (Sort sort : sorts) {
                    measure("names: first page, " + sort + ", " + who, () -> page(filter, 0, sort));
                }
            } else {
                measure("names: first page, today first, " + who, () -> page(filter, 0, Sort.unsorted()));
            }
            for (Sort sort : sorts) {
                String order = sort.isUnsorted() ? "today first" : sort.toString();
                if (filter.patientName() == null && sort.getOrderFor("patient") != null) {
                    measure(
                            "names: count + jump to " + named / 2 + ", " + order + ", " + who + "before (round 13)",
                            () -> {
                                appointments.count(filter);
                                return shapes.namedPageRound13(filter, sort, named / 2, 50, today)
                                        .size();
                            });
                }
                if (filter.patientName() == null && roundThirteen(sort)) {
                    measure(
                            "names: count + jump to " + named / 2 + ", " + order + ", " + who + "before (round 12)",
                            () -> {
                                appointments.count(filter);
                                return shapes.namedPageRound12(filter, sort, named / 2, 50, today)
                                        .size();
                            });
                }
                measure("names: count + jump to " + named / 2 + ", " + order + ", " + who, () -> {
                    appointments.count(filter);
                    return page(filter, (int) (named / 2), sort);
                });
            }
            var spread = new ArrayList<>(List.of(
                    Sort.unsorted(), Sort.by(Sort.Direction.DESC, "date"), Sort.by("doctor"), Sort.by("patient")));
            if (filter.patientName() != null) {
                // round 15: a page alone in the reason order (a scroll or a sort: the view keeps the count per filter)
                spread.add(Sort.by("reason"));
            }
            for (Sort sort : oneOrder ? sorts : spread) {
                String order = sort.isUnsorted() ? "today first" : sort.toString();
                int[] call = {0};
                measure("names: spread jumps, " + order + ", " + who, () -> {
                    long offset = named * (call[0]++ % 37) / 37;
                    return page(filter, (int) offset, sort);
                });
            }
        }
        // the limit (-Dbenchmark.names.limit=true; slow: minutes): named people's path against the plain read, for
        // names that select more and more patients
        for (String name : Boolean.getBoolean("benchmark.names.limit")
                ? List.of("Koch", "Klara", "Kl", "W", "K")
                : List.<String>of()) {
            var filter = new AppointmentFilter(null, null, null, name, null, null, null);
            long named = shapes.countInQuery(filter);
            long people = jdbc.sql("SELECT COUNT(*) FROM patients p JOIN users u ON u.user_id = p.user_id"
                            + " WHERE u.first_name LIKE ? OR u.last_name LIKE ?")
                    .params(name + "%", name + "%")
                    .query(Long.class)
                    .single();
            String who = "patient '" + name + "' (" + people + " patients, " + named + " rows)";
            for (Sort sort : List.of(Sort.by(Sort.Direction.DESC, "date"), Sort.by("patient"), Sort.by("doctor"))) {
                measure("names limit: named people, count + jump to " + named / 2 + ", " + sort + ", " + who, () -> {
                    shapes.namedCount(filter);
                    return shapes.namedPage(filter, sort, named / 2, 50, today).size();
                });
                measure("names limit: plain read, count + jump to " + named / 2 + ", " + sort + ", " + who, () -> {
                    shapes.countInQuery(filter);
                    return shapes.pageByOffset(filter, sort, named / 2, 50, today)
                            .size();
                });
            }
        }
        if (Boolean.getBoolean("benchmark.explain")) {
            if (reasonOnly) {
                explainPatientReason();
            } else {
                explainNameFilters(today);
            }
        }
    }

    /**
     * Round 15 (V0037, {@code NamedPatientReasonPages}): the statements of patient 'Klara' by reason, count + jump to
     * half: the groups by reason key that the page spans (a running sum), then the page from those groups (index only
     * when the keys hold their reasons; with the reasons read, as for keys that do not); round 14's one read.
     */
    private void explainPatientReason() {
        String[] ranges = {
            " FORCE INDEX (ix_appointment_patient_first_name) WHERE a.patient_first_name LIKE 'Klara%'",
            " FORCE INDEX (ix_appointment_patient_last_name) WHERE a.patient_last_name LIKE 'Klara%'"
                    + " AND a.patient_first_name NOT LIKE 'Klara%'"
        };
        long named = jdbc.sql("SELECT (SELECT COUNT(*) FROM appointments a" + ranges[0]
                        + ") + (SELECT COUNT(*) FROM appointments a" + ranges[1] + ")")
                .query(Long.class)
                .single();
        long offset = named / 2;
        String counted = java.util.Arrays.stream(ranges)
                .map(range -> "SELECT a.reason_key AS k, COUNT(*) AS n FROM appointments a" + range
                        + " GROUP BY a.reason_key")
                .collect(java.util.stream.Collectors.joining(" UNION ALL "));
        String groups = "SELECT HEX(w.k), w.n, w.through FROM (SELECT s.k, s.n, SUM(s.n) OVER (ORDER BY s.k ASC)"
                + " AS through FROM (SELECT g.k, SUM(g.n) AS n FROM (" + counted
                + ") g GROUP BY g.k) s) w WHERE w.through > " + offset + " AND w.through - w.n < "
                + (offset + 50) + " ORDER BY w.k ASC";
        Object[] group = jdbc.sql(groups)
                .query((rs, row) -> new Object[] {rs.getString(1), rs.getLong(2), rs.getLong(3)})
                .list()
                .getFirst();
        String key = "X'" + group[0] + "'";
        long skip = offset - ((Long) group[2] - (Long) group[1]);
        var queries = new java.util.LinkedHashMap<String, String>();
        queries.put("names, round 15: patients 'Klara' by reason: the groups by reason key the page spans", groups);
        for (boolean whole : new boolean[] {true, false}) {
            String columns = "a.appointment_id, a.appointment_date, a.start_time, a.reason_key"
                    + (whole ? "" : ", a.reason_sort");
            String union = java.util.Arrays.stream(ranges)
                    .map(range -> "SELECT " + columns + " FROM appointments a" + range + " AND a.reason_key = " + key)
                    .collect(java.util.stream.Collectors.joining(" UNION ALL "));
            queries.put(
                    "names, round 15: patients 'Klara' by reason: the page from the group (" + group[1] + " rows), "
                            + (whole ? "keys holding their reasons (index only)" : "the reasons read too"),
                    "SELECT u.appointment_id FROM (" + union + ") u ORDER BY u.reason_key"
                            + (whole ? "" : ", u.reason_sort")
                            + ", u.appointment_date, u.start_time, u.appointment_id LIMIT 50 OFFSET " + skip);
        }
        queries.put(
                "names, round 14: patients 'Klara', by reason (one read)",
                "SELECT a.appointment_id FROM appointments a WHERE 1 = 1 AND (a.patient_first_name LIKE 'Klara%'"
                        + " OR a.patient_last_name LIKE 'Klara%') ORDER BY a.reason_sort, a.appointment_date,"
                        + " a.start_time, a.appointment_id LIMIT 50 OFFSET " + offset);
        queries.forEach((what, sql) -> {
            String plan =
                    jdbc.sql("ANALYZE FORMAT=JSON " + sql).query(String.class).single();
            print("  EXPLAIN " + what + ":\n" + sql + "\n" + plan);
        });
    }

    /** The orders round 13 changed with a doctor's name: today first, by date, by reason. */
    private static boolean roundThirteen(Sort sort) {
        return sort.isUnsorted() || sort.getOrderFor("date") != null || sort.getOrderFor("reason") != null;
    }

    /** The plans of the name filters' statements (round 11), for doctor 'Klara' and patient 'Klara'. */
    private void explainNameFilters(LocalDate today) {
        var queries = new java.util.LinkedHashMap<String, String>();
        String doctorsNamed = "SELECT o.doctor_id FROM doctors o JOIN users u ON u.user_id = o.user_id WHERE 1 = 1"
                + " AND (u.first_name LIKE 'Klara%' OR u.last_name LIKE 'Klara%')"
                + " ORDER BY u.last_name, u.first_name, u.user_id LIMIT 20001";
        String patientsNamed = doctorsNamed.replace("o.doctor_id FROM doctors", "o.patient_id FROM patients");
        queries.put("names: the doctors named 'Klara', in name order (before round 15)", doctorsNamed);
        queries.put(
                "names: the doctors named 'Klara', in name order (round 15: the doctors' role)",
                doctorsNamed.replace("WHERE 1 = 1", "WHERE 1 = 1 AND u.role = 'DOCTOR'"));
        queries.put("names: the patients named 'Klara', in name order", patientsNamed);
        String d = jdbc.sql(doctorsNamed).query(Long.class).list().stream()
                .map(String::valueOf)
                .collect(java.util.stream.Collectors.joining(", "));
        List<Long> patientIds = jdbc.sql(patientsNamed).query(Long.class).list();
        String p = patientIds.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(", "));
        queries.put(
                "names: count, doctors 'Klara' (their kept totals)",
                "SELECT c.doctor_id - 1000000000000, c.scheduled + c.completed + c.no_shows + c.cancelled_by_patient"
                        + " + c.cancelled_by_practice FROM appointment_daily_counts c WHERE c.count_date = '1000-01-01'"
                        + " AND c.doctor_id IN (" + d.replaceAll("(\\d+)", "1000000000000 + $1") + ")");
        queries.put(
                "names: doctors 'Klara' by date: their kept rows per day",
                "SELECT c.count_date, SUM(c.scheduled + c.completed + c.no_shows + c.cancelled_by_patient"
                        + " + c.cancelled_by_practice) FROM appointment_daily_counts c WHERE c.doctor_id IN (" + d
                        + ") GROUP BY c.count_date ORDER BY c.count_date DESC");
        queries.put(
                "names: doctors 'Klara' by date: their rows per day from ix_appointment_doctor_day (round 12)",
                "SELECT a.appointment_date, COUNT(*) FROM appointments a WHERE a.doctor_id IN (" + d + ")"
                        + " GROUP BY a.appointment_date ORDER BY a.appointment_date DESC");
        queries.put(
                "names: doctors 'Klara' by status: their rows per status (round 12)",
                "SELECT SUM(c.cancelled_by_patient + c.cancelled_by_practice), SUM(c.completed), SUM(c.no_shows),"
                        + " SUM(c.scheduled) FROM appointment_daily_counts c WHERE c.count_date = '1000-01-01'"
                        + " AND c.doctor_id IN (" + d.replaceAll("(\\d+)", "1000000000000 + $1") + ")");
        queries.put(
                "names: doctors 'Klara' by date: the page within the day",
                "SELECT a.appointment_id FROM appointments a WHERE 1 = 1 AND a.doctor_id IN (" + d + ")"
                        + " AND a.appointment_date <= '" + today + "' ORDER BY a.appointment_date DESC,"
                        + " a.start_time DESC, a.appointment_id DESC LIMIT 50 OFFSET 100");
        queries.put(
                "names: count, patients 'Klara'",
                "SELECT COUNT(*) FROM appointments a WHERE 1 = 1 AND a.patient_id IN (" + p + ")");
        queries.put(
                "names: patients 'Klara', by date (one read, skipping)",
                "SELECT a.appointment_id FROM appointments a WHERE 1 = 1 AND a.patient_id IN (" + p + ")"
                        + " ORDER BY a.appointment_date DESC, a.start_time DESC, a.appointment_id DESC"
                        + " LIMIT 50 OFFSET 25000");
        String batch = patientIds.subList(0, Math.min(1024, patientIds.size())).stream()
                .map(String::valueOf)
                .collect(java.util.stream.Collectors.joining(", "));
        queries.put(
                "names: patients 'Klara' by patient: a batch's rows counted",
                "SELECT a.patient_id, COUNT(*) FROM appointments a WHERE 1 = 1 AND a.patient_id IN (" + p + ")"
                        + " AND a.patient_id IN (" + batch + ") GROUP BY a.patient_id");
        queries.put(
                "names: patients 'Klara' by doctor: their rows per doctor, in the doctors' name order",
                "SELECT n.id, n.n_rows FROM (SELECT a.doctor_id AS id, COUNT(*) AS n_rows FROM appointments a"
                        + " WHERE 1 = 1 AND a.patient_id IN (" + p + ") GROUP BY a.doctor_id) n JOIN doctors o"
                        + " ON o.doctor_id = n.id JOIN users u ON u.user_id = o.user_id ORDER BY u.last_name ASC,"
                        + " u.first_name ASC, u.user_id ASC");
        queries.put(
                "names: doctors 'Klara' by patient: their rows per patient, in the patients' name order",
                "SELECT n.id, n.n_rows FROM (SELECT a.patient_id AS id, COUNT(*) AS n_rows FROM appointments a"
                        + " WHERE 1 = 1 AND a.doctor_id IN (" + d + ") GROUP BY a.patient_id) n JOIN patients o"
                        + " ON o.patient_id = n.id JOIN users u ON u.user_id = o.user_id ORDER BY u.last_name ASC,"
                        + " u.first_name ASC, u.user_id ASC");
        // round 13 (NamedDoctorReasonPages, V0032): doctors 'Klara' by reason from ix_appointment_doctor_reason alone;
        // by time with a status (the optimizer's choice)
        queries.put(
                "names, round 13: doctors 'Klara' by reason: their rows per reason",
                "SELECT g.reason, SUM(g.n_rows) FROM (SELECT a.doctor_id, a.reason_sort AS reason, COUNT(*) AS n_rows"
                        + " FROM appointments a WHERE a.doctor_id IN (" + d + ") GROUP BY a.doctor_id, a.reason_sort)"
                        + " g GROUP BY g.reason ORDER BY g.reason ASC LIMIT 1001");
        queries.put(
                "names, round 13: doctors 'Klara' by reason: one reason's rows per day",
                "SELECT a.appointment_date, COUNT(*) FROM appointments a WHERE a.doctor_id IN (" + d + ")"
                        + " AND a.reason_sort <=> 'Check-up' GROUP BY a.appointment_date ORDER BY a.appointment_date");
        queries.put(
                "names, round 13: doctors 'Klara' by reason: the page within the reason's days",
                "SELECT a.appointment_id FROM appointments a WHERE a.doctor_id IN (" + d + ")"
                        + " AND a.reason_sort <=> 'Check-up' AND a.appointment_date >= '" + today + "'"
                        + " AND a.appointment_date <= '" + today.plusDays(1) + "' ORDER BY a.appointment_date,"
                        + " a.start_time, a.appointment_id LIMIT 50 OFFSET 10");
        queries.put(
                "names, round 13: doctors 'Klara' SCHEDULED by time (one read, skipping)",
                "SELECT a.appointment_id FROM appointments a WHERE a.doctor_id IN (" + d + ")"
                        + " AND a.status = 'SCHEDULED' ORDER BY a.start_time, a.appointment_date, a.appointment_id"
                        + " LIMIT 50 OFFSET 5500");
        // round 14 (NamedDoctorPatientPages, V0035): doctors 'Klara' by patient from ix_appointment_doctor_patient_name
        String perName = "SELECT SQL_BIG_RESULT g.last_name, g.first_name, SUM(g.n_rows) FROM (SELECT a.doctor_id,"
                + " a.patient_last_name AS last_name, a.patient_first_name AS first_name, COUNT(*) AS n_rows"
                + " FROM appointments a WHERE a.doctor_id IN (" + d + ")%s GROUP BY a.doctor_id, a.patient_last_name,"
                + " a.patient_first_name) g GROUP BY g.last_name, g.first_name ORDER BY g.last_name, g.first_name";
        queries.put(
                "names, round 14: doctors 'Klara' by patient: their rows per patient's name", perName.formatted(""));
        queries.put(
                "names, round 14: doctors 'Klara' SCHEDULED by patient: their rows per patient's name",
                perName.formatted(" AND a.status = 'SCHEDULED'"));
        queries.put(
                "names, round 14: doctors 'Klara' last 30 days by patient: their rows per patient's name",
                perName.formatted(" AND a.appointment_date >= '" + today.minusDays(29) + "' AND a.appointment_date <= '"
                        + today + "'"));
        // the name that holds the middle row (as a jump to half reads it)
        List<String[]> perNames = jdbc.sql(perName.formatted(""))
                .query((rs, row) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)})
                .list();
        long total = perNames.stream().mapToLong(n -> Long.parseLong(n[2])).sum();
        String[] middle = perNames.getFirst();
        for (long before = 0; before + Long.parseLong(middle[2]) <= total / 2; ) {
            before += Long.parseLong(middle[2]);
            middle = perNames.get(perNames.indexOf(middle) + 1);
        }
        String onePatientName = "SELECT a.patient_id, COUNT(*) FROM appointments a JOIN patients p"
                + " ON p.patient_id = a.patient_id WHERE a.doctor_id IN (" + d + ") AND a.patient_last_name = '"
                + middle[0] + "' AND a.patient_first_name = '" + middle[1] + "' GROUP BY a.patient_id, p.user_id"
                + " ORDER BY p.user_id";
        queries.put("names, round 14: doctors 'Klara' by patient: one name's patients by user id", onePatientName);
        String chosen = jdbc.sql(onePatientName + " LIMIT 12").query((rs, row) -> rs.getString(1)).list().stream()
                .collect(java.util.stream.Collectors.joining(", "));
        if (!chosen.isEmpty()) {
            queries.put(
                    "names, round 14: doctors 'Klara' by patient: the page from the chosen patients",
                    "SELECT a.appointment_id FROM appointments a WHERE a.doctor_id IN (" + d + ") AND a.patient_id IN ("
                            + chosen + ") ORDER BY FIELD(a.patient_id, " + chosen + "), a.appointment_date ASC,"
                            + " a.start_time ASC, a.appointment_id ASC LIMIT 50 OFFSET 3");
        }
        // round 12 (NamedPatientPages): the patients by the two prefix ranges; their rows grouped per day, per
        // status and day, per time and day; the page read within the groups it spans
        String byRanges = "SELECT o.patient_id AS id, u.last_name, u.first_name, u.user_id FROM patients o JOIN users u"
                + " ON u.user_id = o.user_id WHERE u.first_name LIKE 'Klara%' UNION SELECT o.patient_id AS id,"
                + " u.last_name, u.first_name, u.user_id FROM patients o JOIN users u ON u.user_id = o.user_id"
                + " WHERE u.last_name LIKE 'Klara%'";
        queries.put(
                "names, round 12: the patients named 'Klara' by the two prefix ranges",
                "SELECT n.id FROM (" + byRanges + ") n LIMIT 20001");
        queries.put(
                "names, round 12: the patients named 'Klara' by the two prefix ranges, in name order",
                "SELECT n.id FROM (" + byRanges + ") n ORDER BY n.last_name, n.first_name, n.user_id LIMIT 20001");
        String named = "FROM appointments a WHERE a.patient_id IN (" + p + ")";
        queries.put(
                "names, round 12: patients 'Klara', their rows per day",
                "SELECT a.appointment_date, COUNT(*) " + named
                        + " GROUP BY a.appointment_date ORDER BY a.appointment_date DESC");
        LocalDate day = today.minusDays(10);
        queries.put(
                "names, round 12: patients 'Klara', the page within the day",
                "SELECT a.appointment_id " + named + " AND a.appointment_date >= '" + day + "' AND a.appointment_date"
                        + " <= '" + day + "' ORDER BY a.appointment_date DESC, a.start_time DESC, a.appointment_id DESC"
                        + " LIMIT 50 OFFSET 10");
        queries.put(
                "names, round 12: patients 'Klara', their rows per status and day",
                "SELECT a.status, a.appointment_date, COUNT(*) " + named
                        + " GROUP BY a.status, a.appointment_date ORDER BY a.status, a.appointment_date");
        queries.put(
                "names, round 12: patients 'Klara', the page within a status's days",
                "SELECT a.appointment_id " + named + " AND a.status >= 'COMPLETED' AND a.status <= 'COMPLETED'"
                        + " AND (a.status > 'COMPLETED' OR a.appointment_date >= '" + day + "') AND (a.status"
                        + " < 'COMPLETED' OR a.appointment_date <= '" + day.plusDays(1) + "') ORDER BY a.status,"
                        + " a.appointment_date, a.start_time, a.appointment_id LIMIT 50 OFFSET 10");
        queries.put(
                "names, round 12: patients 'Klara', their rows per time and day",
                "SELECT a.start_time, a.appointment_date, COUNT(*) " + named
                        + " GROUP BY a.start_time, a.appointment_date ORDER BY a.start_time, a.appointment_date");
        queries.put(
                "names, round 12: patients 'Klara', the page within a time's days",
                "SELECT a.appointment_id " + named + " AND a.start_time >= '10:00' AND a.start_time <= '10:00'"
                        + " AND (a.start_time > '10:00' OR a.appointment_date >= '" + day + "') AND (a.start_time"
                        + " < '10:00' OR a.appointment_date <= '" + day.plusDays(30) + "') ORDER BY a.start_time,"
                        + " a.appointment_date, a.appointment_id LIMIT 50 OFFSET 10");
        // round 13 (V0033): the rows of patients 'Klara' as two disjoint ranges of the copied names' indexes
        String first = " FROM appointments a WHERE a.patient_first_name LIKE 'Klara%'";
        String last = " FROM appointments a WHERE a.patient_last_name LIKE 'Klara%'"
                + " AND a.patient_first_name NOT LIKE 'Klara%'";
        queries.put(
                "names, round 13: count, patients 'Klara' (the two ranges)",
                "SELECT (SELECT COUNT(*)" + first + ") + (SELECT COUNT(*)" + last + ")");
        queries.put(
                "names, round 13: patients 'Klara', their rows per day (the two ranges)",
                "SELECT g.k0, SUM(g.n) FROM (SELECT a.appointment_date AS k0, COUNT(*) AS n" + first
                        + " GROUP BY a.appointment_date UNION ALL SELECT a.appointment_date AS k0, COUNT(*) AS n"
                        + last + " GROUP BY a.appointment_date) g GROUP BY g.k0 ORDER BY g.k0 DESC");
        queries.put(
                "names, round 13: patients 'Klara', the page within the day",
                "SELECT a.appointment_id FROM appointments a WHERE 1 = 1 AND (a.patient_first_name LIKE 'Klara%'"
                        + " OR a.patient_last_name LIKE 'Klara%') AND a.appointment_date >= '" + day
                        + "' AND a.appointment_date <= '" + day + "' ORDER BY a.appointment_date DESC,"
                        + " a.start_time DESC, a.appointment_id DESC LIMIT 50 OFFSET 10");
        queries.put(
                "names, round 13: patients 'Klara', their rows per patient in name order",
                "SELECT n.id, n.n_rows FROM (SELECT g.id, g.last_name, g.first_name, SUM(g.n) AS n_rows FROM"
                        + " (SELECT a.patient_id AS id, a.patient_last_name AS last_name, a.patient_first_name AS"
                        + " first_name, COUNT(*) AS n" + first + " GROUP BY a.patient_id, a.patient_last_name,"
                        + " a.patient_first_name UNION ALL SELECT a.patient_id AS id, a.patient_last_name AS"
                        + " last_name, a.patient_first_name AS first_name, COUNT(*) AS n" + last
                        + " GROUP BY a.patient_id, a.patient_last_name, a.patient_first_name) g GROUP BY g.id,"
                        + " g.last_name, g.first_name) n JOIN patients o ON o.patient_id = n.id"
                        + " ORDER BY n.last_name ASC, n.first_name ASC, o.user_id ASC");
        queries.put(
                "names, round 13: patients 'Klara', their rows per doctor in the doctors' name order",
                "SELECT n.id, n.n_rows FROM (SELECT g.id, SUM(g.n) AS n_rows FROM (SELECT a.doctor_id AS id,"
                        + " COUNT(*) AS n" + first + " GROUP BY a.doctor_id UNION ALL SELECT a.doctor_id AS id,"
                        + " COUNT(*) AS n" + last + " GROUP BY a.doctor_id) g GROUP BY g.id) n JOIN doctors o"
                        + " ON o.doctor_id = n.id JOIN users u ON u.user_id = o.user_id ORDER BY u.last_name ASC,"
                        + " u.first_name ASC, u.user_id ASC");
        queries.put(
                "names, round 13: patients 'Klara', by reason (one read)",
                "SELECT a.appointment_id FROM appointments a WHERE 1 = 1 AND (a.patient_first_name LIKE 'Klara%'"
                        + " OR a.patient_last_name LIKE 'Klara%') ORDER BY a.reason_sort, a.appointment_date,"
                        + " a.start_time, a.appointment_id LIMIT 50 OFFSET 25000");
        // round 14 (PatientNamePairs): the distinct names of the first-name range (a loose index scan), then the page
        // within a day as one tight range per name (equality on both names, then the day)
        String namesOfFirst = "SELECT DISTINCT a.patient_first_name, a.patient_last_name FROM appointments a"
                + " FORCE INDEX (ix_appointment_patient_first_name) WHERE a.patient_first_name LIKE 'Klara%' LIMIT 65";
        queries.put("names, round 14: the names of the first-name range 'Klara' (loose scan)", namesOfFirst);
        queries.put(
                "names, round 14: the names of the last-name range 'Klara' (loose scan)",
                "SELECT DISTINCT a.patient_last_name, a.patient_first_name FROM appointments a"
                        + " FORCE INDEX (ix_appointment_patient_last_name) WHERE a.patient_last_name LIKE 'Klara%'"
                        + " LIMIT 65");
        // the day that holds the middle row of 'Klara' (where a jump to half of the rows lands)
        LocalDate middleDay = jdbc.sql("SELECT a.appointment_date FROM appointments a WHERE a.patient_first_name LIKE"
                        + " 'Klara%' ORDER BY a.appointment_date LIMIT 1 OFFSET 24985")
                .query(LocalDate.class)
                .optional()
                .orElse(day);
        String middleDayByName = jdbc
                .sql(namesOfFirst)
                .query((rs, row) -> "SELECT a.appointment_id, a.appointment_date, a.start_time, a.status, a.doctor_id,"
                        + " a.patient_id FROM appointments a FORCE INDEX (ix_appointment_patient_first_name) WHERE"
                        + " a.patient_first_name = '" + rs.getString(1) + "' AND a.patient_last_name = '"
                        + rs.getString(2) + "' AND a.appointment_date >= '" + middleDay
                        + "' AND a.appointment_date <= '"
                        + middleDay + "' AND a.patient_first_name LIKE 'Klara%'")
                .list()
                .stream()
                .collect(java.util.stream.Collectors.joining(" UNION ALL "));
        queries.put(
                "names, round 14: patients 'Klara', the page within the day, name by name",
                "SELECT a.appointment_id FROM (" + middleDayByName + ") a ORDER BY a.appointment_date DESC,"
                        + " a.start_time DESC, a.appointment_id DESC LIMIT 50 OFFSET 10");
        String firstDays = jdbc
                .sql(namesOfFirst)
                .query((rs, row) -> "(SELECT a.appointment_date AS d FROM appointments a FORCE INDEX"
                        + " (ix_appointment_patient_first_name) WHERE a.patient_first_name = '" + rs.getString(1)
                        + "' AND a.patient_last_name = '" + rs.getString(2) + "' AND a.patient_first_name LIKE"
                        + " 'Klara%' AND a.appointment_date > '" + today + "' ORDER BY a.appointment_date LIMIT 50)")
                .list()
                .stream()
                .collect(java.util.stream.Collectors.joining(" UNION ALL "));
        queries.put(
                "names, round 14: patients 'Klara', today first near the start: the days after today's first 50 rows",
                "SELECT COUNT(*), MAX(f.d) FROM (SELECT u.d FROM (" + firstDays + ") u ORDER BY u.d LIMIT 50) f");
        queries.put(
                "names, round 13: patients 'Klara', the page within the day of the middle row (the two ranges)",
                "SELECT a.appointment_id FROM (SELECT a.appointment_id, a.appointment_date, a.start_time" + first
                        + " AND a.appointment_date >= '" + middleDay + "' AND a.appointment_date <= '" + middleDay
                        + "' UNION ALL SELECT a.appointment_id, a.appointment_date, a.start_time" + last
                        + " AND a.appointment_date >= '" + middleDay + "' AND a.appointment_date <= '" + middleDay
                        + "') a ORDER BY a.appointment_date DESC, a.start_time DESC, a.appointment_id DESC"
                        + " LIMIT 50 OFFSET 10");
        String statusDay = "SELECT g.k0, g.k1, SUM(g.n) FROM (SELECT a.status AS k0, a.appointment_date AS k1,"
                + " COUNT(*) AS n" + first + " GROUP BY {by} UNION ALL SELECT a.status AS k0, a.appointment_date AS k1,"
                + " COUNT(*) AS n" + last + " GROUP BY {by}) g GROUP BY g.k0, g.k1 ORDER BY g.k0, g.k1";
        queries.put(
                "names, round 13: patients 'Klara', their rows per status and day (grouped by status, day)",
                statusDay.replace("{by}", "a.status, a.appointment_date"));
        queries.put(
                "names, round 14: patients 'Klara', their rows per status and day (grouped by day, status)",
                statusDay.replace("{by}", "a.appointment_date, a.status"));
        String byName = "SELECT g.k0, g.k1, SUM(g.n) FROM (SELECT a.patient_last_name AS k0, a.patient_first_name AS"
                + " k1, COUNT(*) AS n" + first + " GROUP BY {by} UNION ALL SELECT a.patient_last_name AS k0,"
                + " a.patient_first_name AS k1, COUNT(*) AS n" + last + " GROUP BY a.patient_last_name,"
                + " a.patient_first_name) g GROUP BY g.k0, g.k1 ORDER BY g.k0, g.k1";
        queries.put(
                "names, round 13: patients 'Klara' by patient: their rows per name (grouped by last, first)",
                byName.replace("{by}", "a.patient_last_name, a.patient_first_name"));
        queries.put(
                "names, round 14: patients 'Klara' by patient: their rows per name (grouped in the index's order)",
                byName.replace("{by}", "a.patient_first_name, a.patient_last_name"));
        queries.forEach((what, sql) -> {
            String plan =
                    jdbc.sql("ANALYZE FORMAT=JSON " + sql).query(String.class).single();
            print("  EXPLAIN " + what + ":\n" + (sql.length() > 600 ? sql.substring(0, 600) + " …" : sql) + "\n"
                    + plan);
        });
    }

    /**
     * {@code -Dbenchmark.only=bucketjumps} (round 11, branch jumps11): the jumps by reason and by doctor from V0027's
     * buckets, both directions, to the middle, spread and again, with a status; before: the reason's offset read on
     * its index, the doctor order's walk of every doctor's total (round 10); with a date range (unchanged).
     */
    private void measureBucketJumps() {
        LocalDate today = LocalDate.now(clock);
        var shapes = new app.praxis.appointment.AppointmentQueryShapes(context);
        SignIn.as(1, Roles.ADMIN);
        var none = AppointmentFilter.none();
        long total = appointments.count(none);
        for (Sort sort : List.of(Sort.by("reason"), Sort.by(Sort.Direction.DESC, "reason"))) {
            measureJumps(shapes, sort, "buckets", total, today);
        }
        var scheduled = new AppointmentFilter(null, null, null, null, AppointmentStatus.SCHEDULED, null, null);
        long scheduledTotal = appointments.count(scheduled);
        int half = (int) (scheduledTotal / 2);
        measure(
                "grid: filter scheduled, jump to offset " + half + ", reason, before (offset)",
                () -> shapes.pageByOffset(scheduled, Sort.by("reason"), half, 50, today)
                        .size());
        measure(
                "grid: filter scheduled, jump to offset " + half + ", reason, after (buckets)",
                () -> page(scheduled, half, Sort.by("reason")));
        int deep = (int) (total / 2);
        for (Sort sort : List.of(Sort.by("doctor"), Sort.by(Sort.Direction.DESC, "doctor"))) {
            String order = sort.toString();
            measure(
                    "grid: jump to offset " + deep + ", " + order + ", ids, before (every doctor's total, round 10)",
                    () -> shapes.doctorJumpIds(none, sort, deep, 50, false).size());
            measure(
                    "grid: jump to offset " + deep + ", " + order + ", ids, after (buckets)",
                    () -> shapes.doctorJumpIds(none, sort, deep, 50, true).size());
            measure("grid: jump to offset " + deep + ", " + order + ", after (buckets)", () -> page(none, deep, sort));
            int[] call = {0};
            measure(
                    "grid: jump to offsets spread over the table, " + order + ", ids, before (round 10)",
                    () -> shapes.doctorJumpIds(none, sort, total * (call[0]++ % 37) / 37, 50, false)
                            .size());
            measure(
                    "grid: jump to offsets spread over the table, " + order + ", after (buckets)",
                    () -> page(none, (int) (total * (call[0]++ % 37) / 37), sort));
            measure(
                    "grid: the same spread offsets again, " + order + ", after (buckets)",
                    () -> page(none, (int) (total * (call[0]++ % 37) / 37), sort));
        }
        measure(
                "grid: filter scheduled, jump to offset " + half + ", doctor, ids, before (round 10)",
                () -> shapes.doctorJumpIds(scheduled, Sort.by("doctor"), half, 50, false)
                        .size());
        measure(
                "grid: filter scheduled, jump to offset " + half + ", doctor, ids, after (buckets)",
                () -> shapes.doctorJumpIds(scheduled, Sort.by("doctor"), half, 50, true)
                        .size());
        measure(
                "grid: filter scheduled, jump to offset " + half + ", doctor, after (buckets)",
                () -> page(scheduled, half, Sort.by("doctor")));
        var lastMonth = new AppointmentFilter(null, null, null, null, null, today.minusDays(30), today);
        long monthHalf = appointments.count(lastMonth) / 2;
        measure(
                "grid: filter last 30 days, jump to offset " + monthHalf + ", doctor (unchanged: day-and-doctor rows)",
                () -> page(lastMonth, (int) monthHalf, Sort.by("doctor")));
        if (Boolean.getBoolean("benchmark.explain")) {
            explainBucketJumps(total);
        }
    }

    /**
     * {@code -Dbenchmark.only=doctor30} (round 12, branch dname12): the grid in the doctor order with a closed date
     * range (the last 30 days, the last 7 days, with a status), count + jump to half, both directions, and spread.
     */
    private void measureDoctorOrderWithDates() {
        LocalDate today = LocalDate.now(clock);
        var shapes = new app.praxis.appointment.AppointmentQueryShapes(context);
        SignIn.as(1, Roles.ADMIN);
        for (var filter : List.of(
                new AppointmentFilter(null, null, null, null, null, today.minusDays(30), today),
                new AppointmentFilter(null, null, null, null, null, today.minusDays(6), today),
                new AppointmentFilter(null, null, null, null, AppointmentStatus.COMPLETED, today.minusDays(30), today),
                // round 14: a longer range (read by offset before the buckets per day)
                new AppointmentFilter(null, null, null, null, null, today.minusDays(89), today))) {
            long n = appointments.count(filter);
            String who = (filter.status() != null ? filter.status() + ", " : "") + filter.from() + " to " + filter.to()
                    + " (" + n + " rows)";
            for (Sort sort : List.of(Sort.by("doctor"), Sort.by(Sort.Direction.DESC, "doctor"))) {
                measure("doctor30: count + jump to half, " + sort + ", " + who, () -> {
                    appointments.count(filter);
                    return page(filter, (int) (n / 2), sort);
                });
                int[] call = {0};
                measure(
                        "doctor30: spread jumps, " + sort + ", " + who,
                        () -> page(filter, (int) (n * (call[0]++ % 37) / 37), sort));
                // round 14: the jump's ids alone, round 13's read (every doctor's rows of the days; null past 31
                // days: read by offset) and the buckets' rows per day (V0036), in the same run
                for (boolean buckets : new boolean[] {false, true}) {
                    if (shapes.doctorJumpIds(filter, sort, n / 2, 50, buckets) == null) {
                        continue; // round 13's read did not serve this range (the grid read it by offset): no line
                    }
                    measure(
                            "doctor30: jump to half, ids only, "
                                    + (buckets ? "buckets per day (V0036)" : "round 13's read") + ", " + sort + ", "
                                    + who,
                            () -> shapes.doctorJumpIds(filter, sort, n / 2, 50, buckets)
                                    .size());
                }
            }
        }
        if (Boolean.getBoolean("benchmark.explain")) {
            String range = "SELECT t.doctor_id, t.n FROM (SELECT c.doctor_id, SUM(c.scheduled + c.completed"
                    + " + c.no_shows + c.cancelled_by_patient + c.cancelled_by_practice) AS n"
                    + " FROM appointment_daily_counts c WHERE c.count_date BETWEEN '" + today.minusDays(30)
                    + "' AND '" + today + "' AND c.doctor_id > 0 AND c.doctor_id < 1000000000000"
                    + " GROUP BY c.doctor_id) t JOIN doctors d ON d.doctor_id = t.doctor_id"
                    + " JOIN users u ON u.user_id = d.user_id ORDER BY u.last_name, u.first_name, u.user_id";
            print("  EXPLAIN doctor30: the doctors' rows of 30 days in name order:\n" + range + "\n"
                    + jdbc.sql("ANALYZE FORMAT=JSON " + range)
                            .query(String.class)
                            .single());
            // round 14 (V0036): the buckets' rows of the 31 days, then the middle bucket's doctors with their sums
            String days = today.minusDays(30)
                    .datesUntil(today.plusDays(1))
                    .map(day -> "'" + day + "'")
                    .collect(java.util.stream.Collectors.joining(", "));
            String all = "c.scheduled + c.completed + c.no_shows + c.cancelled_by_patient + c.cancelled_by_practice";
            var explained = new java.util.LinkedHashMap<String, String>();
            explained.put(
                    "the buckets' rows of 31 days, summed per bucket",
                    "SELECT c.doctor_id - 900000000000, SUM(" + all + ") FROM appointment_daily_counts c"
                            + " WHERE c.count_date IN (" + days + ") AND c.doctor_id >= 900000000000"
                            + " AND c.doctor_id < 1000000000000 GROUP BY c.doctor_id ORDER BY c.doctor_id ASC");
            jdbc.sql("SELECT last_name, first_name, user_id FROM appointment_doctor_buckets WHERE bucket ="
                            + " (SELECT MAX(bucket) DIV 2 FROM appointment_doctor_buckets)")
                    .query((rs, row) -> new String[] {
                        rs.getString(1).replace("'", "''"), rs.getString(2).replace("'", "''"), rs.getString(3)
                    })
                    .optional()
                    .ifPresent(b -> {
                        String doctors = "SELECT d.doctor_id FROM users u JOIN doctors d"
                                + " ON d.user_id = u.user_id WHERE u.role = 'DOCTOR' AND (u.last_name > '" + b[0]
                                + "' OR (u.last_name = '" + b[0] + "' AND u.first_name > '" + b[1]
                                + "') OR (u.last_name = '" + b[0] + "' AND u.first_name = '" + b[1]
                                + "' AND u.user_id >= " + b[2] + ")) ORDER BY u.last_name ASC, u.first_name ASC,"
                                + " u.user_id ASC LIMIT 50";
                        explained.put("the middle bucket's doctors from its bound (50)", doctors);
                        String ids = jdbc.sql(doctors).query(Long.class).list().stream()
                                .map(String::valueOf)
                                .collect(java.util.stream.Collectors.joining(", "));
                        explained.put(
                                "those doctors' rows of 31 days",
                                "SELECT c.doctor_id, SUM(" + all + ") FROM appointment_daily_counts c"
                                        + " WHERE c.doctor_id IN (" + ids + ") AND c.count_date BETWEEN '"
                                        + today.minusDays(30) + "' AND '" + today + "' GROUP BY c.doctor_id");
                    });
            explained.put(
                    "V0036's run on this copy (Flyway's history)",
                    "SELECT version, execution_time, installed_on FROM flyway_schema_history WHERE version LIKE '%36'");
            explained.forEach((what, sql) -> print("  EXPLAIN doctor30 (V0036): " + what + ":\n" + sql + "\n"
                    + (sql.contains("flyway")
                            ? jdbc.sql(sql)
                                    .query((rs, row) ->
                                            rs.getString(1) + ": " + rs.getLong(2) + " ms, " + rs.getString(3))
                                    .list()
                            : jdbc.sql("ANALYZE FORMAT=JSON " + sql)
                                    .query(String.class)
                                    .single())));
        }
    }

    /** The plans of the reason and doctor jumps' queries (V0027) at the middle. */
    private void explainBucketJumps(long total) {
        var queries = new java.util.LinkedHashMap<String, String>();
        String all = "c.scheduled + c.completed + c.no_shows + c.cancelled_by_patient + c.cancelled_by_practice";
        queries.put(
                "reason jump: the buckets' counts in order",
                "SELECT c.doctor_id - 3000000000000, " + all + " FROM appointment_daily_counts c"
                        + " WHERE c.count_date = DATE '1000-01-01' AND c.doctor_id >= 3000000000000"
                        + " AND c.doctor_id < 3000002147483647 ORDER BY c.doctor_id ASC");
        var bound = jdbc.sql("SELECT reason_sort, appointment_date, start_time, appointment_id FROM"
                        + " appointment_reason_buckets WHERE bucket = (SELECT MAX(bucket) DIV 2 FROM"
                        + " appointment_reason_buckets)")
                .query((rs, n) -> new String[] {
                    rs.getString(1).replace("'", "''"), rs.getString(2), rs.getString(3), rs.getString(4)
                })
                .optional();
        bound.ifPresent(b -> queries.put(
                "reason jump: the page from the middle bucket's bound (skip 1,000)",
                "SELECT a.appointment_id FROM appointments a WHERE 1 = 1 AND (a.reason_sort > '" + b[0]
                        + "' OR (a.reason_sort = '" + b[0] + "' AND a.appointment_date > '" + b[1]
                        + "') OR (a.reason_sort = '" + b[0] + "' AND a.appointment_date = '" + b[1]
                        + "' AND a.start_time > '" + b[2] + "') OR (a.reason_sort = '" + b[0]
                        + "' AND a.appointment_date = '" + b[1] + "' AND a.start_time = '" + b[2]
                        + "' AND a.appointment_id >= " + b[3] + ")) ORDER BY a.reason_sort ASC,"
                        + " a.appointment_date ASC, a.start_time ASC, a.appointment_id ASC LIMIT 50 OFFSET 1000"));
        bound.ifPresent(b -> queries.put(
                "a booking's statement: its row's reason bucket (the subquery per row, V0027)",
                "SELECT "
                        + app.praxis.appointment.AppointmentQueryShapes.reasonBucketRowOf(
                                "'" + b[0] + "'", "'" + b[1] + "'", "'" + b[2] + "'", b[3])));
        queries.put(
                "a booking's statement: its doctor's bucket (the subquery per doctor, V0027)",
                "SELECT "
                        + app.praxis.appointment.AppointmentQueryShapes.doctorBucketRowOf(
                                "(SELECT MAX(doctor_id) DIV 2 FROM doctors)"));
        queries.put(
                "doctor jump: the buckets' counts in order",
                "SELECT c.doctor_id - 900000000000, " + all + " FROM appointment_daily_counts c"
                        + " WHERE c.count_date = DATE '1000-01-01' AND c.doctor_id >= 900000000000"
                        + " AND c.doctor_id < 1000000000000 ORDER BY c.doctor_id ASC");
        var doctorBounds = jdbc.sql(
                        "SELECT last_name, first_name, user_id FROM appointment_doctor_buckets"
                                + " WHERE bucket IN (SELECT MAX(bucket) DIV 2 FROM appointment_doctor_buckets)"
                                + " OR bucket IN (SELECT MAX(bucket) DIV 2 + 1 FROM appointment_doctor_buckets) ORDER BY bucket")
                .query((rs, n) -> new String[] {rs.getString(1).replace("'", "''"), rs.getString(2), rs.getString(3)})
                .list();
        if (doctorBounds.size() == 2) {
            String[] from = doctorBounds.get(0);
            String[] below = doctorBounds.get(1);
            queries.put(
                    "doctor jump: the middle bucket's doctors in name order with their totals",
                    "SELECT d.doctor_id, COALESCE(" + all + ", 0) FROM users u JOIN doctors d ON d.user_id = u.user_id"
                            + " LEFT JOIN appointment_daily_counts c ON c.count_date = DATE '1000-01-01'"
                            + " AND c.doctor_id = 1000000000000 + d.doctor_id WHERE u.role = 'DOCTOR' AND"
                            + " (u.last_name > '" + from[0] + "' OR (u.last_name = '" + from[0]
                            + "' AND u.first_name > '" + from[1] + "') OR (u.last_name = '" + from[0]
                            + "' AND u.first_name = '" + from[1] + "' AND u.user_id >= " + from[2] + "))"
                            + " AND (u.last_name < '" + below[0] + "' OR (u.last_name = '" + below[0]
                            + "' AND u.first_name < '" + below[1] + "') OR (u.last_name = '" + below[0]
                            + "' AND u.first_name = '" + below[1] + "' AND u.user_id < " + below[2] + "))"
                            + " ORDER BY u.last_name ASC, u.first_name ASC, u.user_id ASC");
        }
        queries.forEach((what, sql) -> {
            String plan =
                    jdbc.sql("ANALYZE FORMAT=JSON " + sql).query(String.class).single();
            print("  EXPLAIN " + what + ":\n" + (sql.length() > 900 ? sql.substring(0, 900) + " …" : sql) + "\n"
                    + plan);
        });
    }

    /** The plans of a patient-order jump's queries (V0025) at the middle bucket, and of a name filter's jump. */
    private void explainPatientJump() {
        var queries = new java.util.LinkedHashMap<String, String>();
        queries.put(
                "patient jump: the buckets' counts in order",
                "SELECT -1000000000 - c.doctor_id, c.scheduled + c.completed + c.no_shows + c.cancelled_by_patient"
                        + " + c.cancelled_by_practice FROM appointment_daily_counts c WHERE c.count_date = '1000-01-01'"
                        + " AND c.doctor_id <= -1000000000 ORDER BY c.doctor_id DESC");
        var bound = jdbc.sql("SELECT last_name, first_name, user_id FROM appointment_patient_buckets"
                        + " WHERE bucket = (SELECT MAX(bucket) DIV 2 FROM appointment_patient_buckets)")
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)})
                .optional();
        if (bound.isPresent()) {
            String last = bound.get()[0].replace("'", "''");
            String first = bound.get()[1].replace("'", "''");
            String listing = "SELECT p.patient_id, u.last_name, u.first_name, u.user_id FROM users u JOIN patients p"
                    + " ON p.user_id = u.user_id WHERE (u.last_name > '" + last + "' OR (u.last_name = '" + last
                    + "' AND u.first_name > '" + first + "') OR (u.last_name = '" + last + "' AND u.first_name = '"
                    + first + "' AND u.user_id >= " + bound.get()[2] + ")) ORDER BY u.last_name ASC,"
                    + " u.first_name ASC, u.user_id ASC LIMIT 1024";
            queries.put("patient jump: the middle bucket's patients in name order", listing);
            List<Long> ids = jdbc.sql(listing).query((rs, n) -> rs.getLong(1)).list();
            String in = ids.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(", "));
            queries.put(
                    "patient jump: their appointments counted",
                    "SELECT a.patient_id, COUNT(*) FROM appointments a WHERE a.patient_id IN (" + in + ")"
                            + " GROUP BY a.patient_id");
            queries.put(
                    "patient jump, filter scheduled: their appointments counted",
                    "SELECT a.patient_id, COUNT(*) FROM appointments a WHERE a.patient_id IN (" + in + ")"
                            + " AND a.status = 'SCHEDULED' GROUP BY a.patient_id");
            String some = ids.subList(500, 520).stream()
                    .map(String::valueOf)
                    .collect(java.util.stream.Collectors.joining(", "));
            queries.put(
                    "patient jump: the page from the patients that hold it",
                    "SELECT a.appointment_id FROM appointments a WHERE a.patient_id IN (" + some + ") ORDER BY"
                            + " FIELD(a.patient_id, " + some + "), a.appointment_date ASC, a.start_time ASC,"
                            + " a.appointment_id ASC LIMIT 50 OFFSET 3");
        }
        queries.put(
                "name filter: doctor 'Klara', jump to the middle, date descending (offset read, ids)",
                "SELECT a.appointment_id FROM appointments a JOIN doctors d ON d.doctor_id = a.doctor_id"
                        + " JOIN users du ON du.user_id = d.user_id WHERE 1 = 1 AND CONCAT(du.first_name, ' ',"
                        + " du.last_name) LIKE '%Klara%' ORDER BY a.appointment_date DESC, a.start_time DESC,"
                        + " a.appointment_id DESC LIMIT 50 OFFSET 25000");
        queries.forEach((what, sql) -> {
            String plan =
                    jdbc.sql("ANALYZE FORMAT=JSON " + sql).query(String.class).single();
            print("  EXPLAIN " + what + ":\n" + (sql.length() > 600 ? sql.substring(0, 600) + " …" : sql) + "\n"
                    + plan);
        });
    }

    /**
     * The admin grid's counts, jumps (a page at an offset, as dragging the scrollbar asks) and the order by reason,
     * each before V0019 (a query of appointments, skipping by offset, sorting the TEXT) and after (the day totals,
     * the reason's index), in one run on the same data; with {@code -Dbenchmark.explain=true} the plans.
     */
    private void measureGrid() {
        LocalDate today = LocalDate.now(clock);
        var shapes = new app.praxis.appointment.AppointmentQueryShapes(context);
        SignIn.as(1, Roles.ADMIN);
        var none = AppointmentFilter.none();
        long total = appointments.count(none);
        print(String.format(Locale.ROOT, "  appointments %,d; by the totals %,d", shapes.countInQuery(none), total));
        int deep = (int) (total / 2);
        measure("grid: count, no filter, before (query)", () -> (int) shapes.countInQuery(none));
        measure("grid: count, no filter, after (day totals)", () -> (int) appointments.count(none));
        for (AppointmentStatus status : AppointmentStatus.values()) {
            var filter = new AppointmentFilter(null, null, null, null, status, null, null);
            measure("grid: count, " + status + ", before (query)", () -> (int) shapes.countInQuery(filter));
            measure("grid: count, " + status + ", after (day totals)", () -> (int) appointments.count(filter));
        }
        var week = new AppointmentFilter(null, null, null, null, null, today.minusDays(7), today);
        measure("grid: count, last 7 days, before (query)", () -> (int) shapes.countInQuery(week));
        measure("grid: count, last 7 days, after (day totals)", () -> (int) appointments.count(week));
        var doctorName = new AppointmentFilter(null, null, "Klara", null, null, null, null);
        measure("grid: count, doctor 'Klara' (a query either way)", () -> (int) appointments.count(doctorName));

        var scheduled = new AppointmentFilter(null, null, null, null, AppointmentStatus.SCHEDULED, null, null);
        for (Sort sort : List.of(
                Sort.unsorted(),
                Sort.by(Sort.Direction.DESC, "date"),
                Sort.by("date"),
                Sort.by("status"),
                Sort.by(Sort.Direction.DESC, "status"))) {
            String order = sort.isUnsorted() ? "today first" : sort.toString();
            measure(
                    "grid: jump to offset " + deep + ", " + order + ", before (offset)",
                    () -> shapes.pageByOffset(none, sort, deep, 50, today).size());
            measure(
                    "grid: jump to offset " + deep + ", " + order + ", after (day totals)",
                    () -> page(none, deep, sort));
            // any page: each call another offset, spread over the whole table
            int[] call = {0};
            measure("grid: jump to offsets spread over the table, " + order + ", after (day totals)", () -> {
                long offset = total * (call[0]++ % 37) / 37;
                return page(none, (int) offset, sort);
            });
            // the same 37 offsets once more: their pages are now in the buffer pool (round 7: the spread jumps'
            // extra time is pages read from disk, see the counters)
            measure("grid: the same spread offsets again (pages now in the buffer pool), " + order, () -> {
                long offset = total * (call[0]++ % 37) / 37;
                return page(none, (int) offset, sort);
            });
        }
        long scheduledTotal = appointments.count(scheduled);
        measure(
                "grid: filter scheduled, jump to offset " + scheduledTotal / 2 + ", today first, before (offset)",
                () -> shapes.pageByOffset(scheduled, Sort.unsorted(), scheduledTotal / 2, 50, today)
                        .size());
        measure("grid: filter scheduled, count + jump to offset " + scheduledTotal / 2 + ", today first, after", () -> {
            appointments.count(scheduled);
            return page(scheduled, (int) (scheduledTotal / 2), Sort.unsorted());
        });
        measure(
                "grid: jump to offset " + deep + ", by time (offset, unchanged)",
                () -> page(none, deep, Sort.by("time")));

        measure("grid: first page by reason, before (sort of the TEXT)", () -> shapes.reasonPageIdsBefore(true, 0, 50)
                .size());
        measure("grid: first page by reason, after (reason_sort index)", () -> page(none, 0, Sort.by("reason")));
        measure(
                "grid: first page by reason descending, after",
                () -> page(none, 0, Sort.by(Sort.Direction.DESC, "reason")));
        var byReason = Sort.by("reason");
        var previous =
                appointments.search(none, new OffsetPage(deep - 1, 1, byReason)).getFirst();
        measure("grid: next page after the row at " + (deep - 1) + " by reason (seek), after", () -> appointments
                .search(none, new OffsetPage(deep, 50, byReason), previous)
                .size());
        measure(
                "grid: jump to offset " + deep + " by reason, before (sort of the TEXT)",
                () -> shapes.reasonPageIdsBefore(true, deep, 50).size());
        measure(
                "grid: jump to offset " + deep + " by reason, after (offset on the index)",
                () -> page(none, deep, byReason));
        if (Boolean.getBoolean("benchmark.explain")) {
            explainGrid(today, total);
        }
    }

    /** The plans of round 6's new queries (as the repository sends them, values filled in). */
    private void explainGrid(LocalDate today, long total) {
        long deep = total / 2;
        var queries = new java.util.LinkedHashMap<String, String>();
        queries.put(
                "grid count, no filter (day totals)",
                "SELECT COALESCE(SUM(t.total), 0) FROM appointment_day_totals t" + " WHERE 1 = 1");
        queries.put(
                "grid count, scheduled (day totals)",
                "SELECT COALESCE(SUM(t.total), 0) FROM appointment_day_totals t"
                        + " WHERE 1 = 1 AND t.status = 'SCHEDULED'");
        queries.put(
                "grid jump, date descending: the days' totals",
                "SELECT t.count_date, SUM(t.total) FROM appointment_day_totals t WHERE 1 = 1 GROUP BY t.count_date"
                        + " ORDER BY t.count_date DESC");
        queries.put(
                "grid jump, status: the totals per status and day",
                "SELECT t.status, t.count_date, SUM(t.total) FROM appointment_day_totals t WHERE 1 = 1"
                        + " GROUP BY t.status, t.count_date ORDER BY t.status ASC, t.count_date ASC");
        // the day holding row `deep` by date descending, and the rows before it
        long before = 0;
        LocalDate day = today;
        for (var row : jdbc.sql("SELECT count_date, SUM(total) FROM appointment_day_totals GROUP BY count_date"
                        + " ORDER BY count_date DESC")
                .query((rs, n) -> new Object[] {rs.getObject(1, LocalDate.class), rs.getLong(2)})
                .list()) {
            if (before + (Long) row[1] > deep) {
                day = (LocalDate) row[0];
                break;
            }
            before += (Long) row[1];
        }
        queries.put(
                "grid jump, date descending, offset " + deep + ": the page from its day (ids)",
                "SELECT a.appointment_id FROM appointments a WHERE 1 = 1 AND a.appointment_date <= '" + day
                        + "' ORDER BY a.appointment_date DESC, a.start_time DESC, a.appointment_id DESC LIMIT 50 OFFSET "
                        + (deep - before));
        // the default order's past part at a jump that lands inside a day (offset 3/4 of the table)
        long notPast = jdbc.sql("SELECT COALESCE(SUM(total), 0) FROM appointment_day_totals WHERE count_date >= ?")
                .param(today)
                .query(Long.class)
                .single();
        long skip = total * 3 / 4 + 1_234 - notPast; // inside a day
        long pastBefore = 0;
        LocalDate pastDay = today;
        for (var row : jdbc.sql("SELECT count_date, SUM(total) FROM appointment_day_totals WHERE count_date < ?"
                        + " GROUP BY count_date ORDER BY count_date DESC")
                .param(today)
                .query((rs, n) -> new Object[] {rs.getObject(1, LocalDate.class), rs.getLong(2)})
                .list()) {
            if (pastBefore + (Long) row[1] > skip) {
                pastDay = (LocalDate) row[0];
                break;
            }
            pastBefore += (Long) row[1];
        }
        queries.put(
                "grid jump, today first, offset " + (total * 3 / 4 + 1_234) + ": the past part from its day (ids)",
                "SELECT a.appointment_id FROM appointments a WHERE 1 = 1 AND a.appointment_date < '" + today
                        + "' AND a.appointment_date <= '" + pastDay + "' ORDER BY a.appointment_date DESC,"
                        + " a.start_time DESC, a.appointment_id LIMIT 50 OFFSET " + (skip - pastBefore));
        queries.put(
                "grid, first page by reason (ids)",
                "SELECT a.appointment_id FROM appointments a WHERE 1 = 1 ORDER BY a.reason_sort ASC,"
                        + " a.appointment_date ASC, a.start_time ASC, a.appointment_id ASC LIMIT 50 OFFSET 0");
        var mid = jdbc.sql("SELECT reason_for_visit, appointment_date, start_time, appointment_id FROM appointments"
                        + " ORDER BY reason_sort, appointment_date, start_time, appointment_id LIMIT 1 OFFSET " + deep)
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)})
                .single();
        queries.put(
                "grid, by reason, next page after the row at half (seek, ids)",
                "SELECT a.appointment_id FROM appointments a WHERE 1 = 1 AND (a.reason_sort > LEFT('" + mid[0]
                        + "', 700) OR (a.reason_sort = LEFT('" + mid[0] + "', 700) AND ((a.appointment_date > '"
                        + mid[1] + "') OR (a.appointment_date = '" + mid[1] + "' AND a.start_time > '" + mid[2]
                        + "') OR (a.appointment_date = '" + mid[1] + "' AND a.start_time = '" + mid[2]
                        + "' AND a.appointment_id > " + mid[3] + ")))) ORDER BY a.reason_sort ASC,"
                        + " a.appointment_date ASC, a.start_time ASC, a.appointment_id ASC LIMIT 50");
        queries.put(
                "grid, by reason before V0019, first page (ids)",
                "SELECT a.appointment_id FROM appointments a ORDER BY a.reason_for_visit ASC, a.appointment_date ASC,"
                        + " a.start_time ASC, a.appointment_id ASC LIMIT 50");
        queries.forEach((what, sql) -> {
            String plan =
                    jdbc.sql("ANALYZE FORMAT=JSON " + sql).query(String.class).single();
            print("  EXPLAIN " + what + ":\n" + sql + "\n" + plan);
        });
    }

    /** The chat screen of the patient with many: their inbox and a conversation of 10,000 messages, scrolled up. */
    private void measureChat(LargeClinicGenerator.Ids ids, long chatId) {
        SignIn.as(ids.patientUser(0), Roles.PATIENT);
        measure("chat: patient's inbox + unread total", () -> {
            int n = chats.inbox(false).size();
            chats.unreadTotal();
            return n;
        });
        var opened = chats.conversation(chatId);
        measure(
                "chat: open the conversation of 10,000 messages (latest 50)",
                () -> chats.conversation(chatId).messages().size());
        long middle = jdbc.sql("SELECT message_id FROM chat_messages WHERE chat_id = ? ORDER BY message_id"
                        + " LIMIT 1 OFFSET " + LargeClinicGenerator.LONG_CHAT_MESSAGES / 2)
                .param(chatId)
                .query(Long.class)
                .single();
        measure("chat: 50 older messages, half-way up the conversation", () -> chats.olderMessages(chatId, middle)
                .size());
        print("  (conversation opened: " + opened.messages().size() + " messages, older: " + opened.hasOlder() + ")");
    }

    /**
     * {@code ANALYZE FORMAT=JSON} (MariaDB: the plan with the rows each step really read, and its time) of the hot
     * queries, written as the repositories send them (copied here: the repositories' SQL is private).
     */
    private void explainHotQueries(LargeClinicGenerator.Ids ids) {
        LocalDate today = LocalDate.now(clock);
        long total =
                jdbc.sql("SELECT COUNT(*) FROM appointments").query(Long.class).single();
        long notPast = jdbc.sql("SELECT COUNT(*) FROM appointments WHERE appointment_date >= ?")
                .param(today)
                .query(Long.class)
                .single();
        String timeOff = "EXISTS (SELECT 1 FROM doctor_time_off t WHERE t.doctor_id = a.doctor_id"
                + " AND t.starts_at < TIMESTAMP(a.available_date, a.end_time)"
                + " AND t.ends_at > TIMESTAMP(a.available_date, a.start_time))";
        var queries = new java.util.LinkedHashMap<String, String>();
        queries.put(
                "directory, next free time of every doctor (first page)",
                "SELECT d.doctor_id, (SELECT TIMESTAMP(a.available_date, a.start_time) FROM doctor_availability a"
                        + " WHERE a.doctor_id = d.doctor_id AND a.is_booked = FALSE AND a.available_date BETWEEN '"
                        + today + "' AND '" + today.plusWeeks(8) + "' AND TIMESTAMP(a.available_date, a.start_time)"
                        + " >= '" + today + " 12:00:00' AND NOT " + timeOff
                        + " ORDER BY a.available_date, a.start_time LIMIT 1) AS next_free"
                        + " FROM doctors d JOIN users u ON u.user_id = d.user_id"
                        + " WHERE d.is_available = TRUE AND u.is_active = TRUE"
                        + " ORDER BY next_free IS NULL, next_free, d.doctor_id LIMIT 20");
        queries.put(
                "admin grid, default order, past part at a deep offset (ids only)",
                "SELECT a.appointment_id FROM appointments a WHERE 1 = 1 AND a.appointment_date < '" + today
                        + "' ORDER BY a.appointment_date DESC, a.start_time DESC, a.appointment_id LIMIT 50 OFFSET "
                        + (total / 2 - notPast));
        queries.put(
                "admin grid, by date descending, deep offset (ids only)",
                "SELECT a.appointment_id FROM appointments a WHERE 1 = 1 ORDER BY a.appointment_date DESC,"
                        + " a.start_time DESC, a.appointment_id DESC LIMIT 50 OFFSET " + total / 2);
        queries.put(
                "admin grid, by doctor, deep offset (ids only)",
                "SELECT a.appointment_id FROM appointments a JOIN doctors d ON d.doctor_id = a.doctor_id"
                        + " JOIN users du ON du.user_id = d.user_id WHERE 1 = 1 ORDER BY du.last_name, du.first_name,"
                        + " a.appointment_date, a.start_time, a.appointment_id LIMIT 50 OFFSET " + total / 2);
        queries.put(
                "admin grid, filter scheduled, count",
                "SELECT COUNT(*) FROM appointments a WHERE 1 = 1 AND a.status = 'SCHEDULED'");
        queries.put("admin grid, count", "SELECT COUNT(*) FROM appointments a WHERE 1 = 1");
        queries.put(
                "my appointments (ids of the patient with 500, newest first)",
                "SELECT a.appointment_id FROM appointments a WHERE a.patient_id = " + (ids.firstPatient())
                        + " ORDER BY a.appointment_date DESC, a.start_time DESC, a.appointment_id LIMIT 500");
        // Round 4 (V0016): the next page as a seek from the last row read (the row at half the table, by date).
        var mid = jdbc.sql("SELECT appointment_id, appointment_date, start_time FROM appointments"
                        + " ORDER BY appointment_date DESC, start_time DESC, appointment_id DESC LIMIT 1 OFFSET "
                        + total / 2)
                .query((rs, row) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)})
                .single();
        queries.put(
                "admin grid, by date descending, next page after the row at half (seek, ids only)",
                "SELECT a.appointment_id FROM appointments a WHERE 1 = 1 AND ((a.appointment_date < '" + mid[1]
                        + "') OR (a.appointment_date = '" + mid[1] + "' AND a.start_time < '" + mid[2] + "') OR"
                        + " (a.appointment_date = '" + mid[1] + "' AND a.start_time = '" + mid[2]
                        + "' AND a.appointment_id < " + mid[0] + ")) ORDER BY a.appointment_date DESC,"
                        + " a.start_time DESC, a.appointment_id DESC LIMIT 50");
        queries.put(
                "admin grid, default order, past part, next page after the row at half (seek, ids only)",
                "SELECT a.appointment_id FROM appointments a WHERE 1 = 1 AND a.appointment_date < '" + today
                        + "' AND ((a.appointment_date < '" + mid[1] + "') OR (a.appointment_date = '" + mid[1]
                        + "' AND a.start_time < '" + mid[2] + "') OR (a.appointment_date = '" + mid[1]
                        + "' AND a.start_time = '" + mid[2] + "' AND a.appointment_id > " + mid[0] + "))"
                        + " ORDER BY a.appointment_date DESC, a.start_time DESC, a.appointment_id LIMIT 50");
        queries.put(
                "admin grid, by time, next page after a row (seek, ids only)",
                "SELECT a.appointment_id FROM appointments a WHERE 1 = 1 AND ((a.start_time > '" + mid[2]
                        + "') OR (a.start_time = '" + mid[2] + "' AND a.appointment_date > '" + mid[1] + "') OR"
                        + " (a.start_time = '" + mid[2] + "' AND a.appointment_date = '" + mid[1]
                        + "' AND a.appointment_id > " + mid[0] + ")) ORDER BY a.start_time, a.appointment_date,"
                        + " a.appointment_id LIMIT 50");
        String people = "SELECT o.patient_id AS owner_id, u.last_name, u.first_name, u.user_id FROM users u"
                + " JOIN patients o ON o.user_id = u.user_id WHERE 1 = 1 AND (u.last_name > 'Koch' OR"
                + " (u.last_name = 'Koch' AND u.first_name > 'Ida') OR (u.last_name = 'Koch' AND u.first_name = 'Ida'"
                + " AND u.user_id > 100000)) ORDER BY u.last_name, u.first_name, u.user_id LIMIT 64";
        queries.put("admin grid, by patient, the next 64 patients in name order (walk)", people);
        queries.put(
                "admin grid, by patient, their appointments' ids in order (walk)",
                "SELECT a.appointment_id FROM appointments a JOIN (" + people + ") w ON w.owner_id = a.patient_id"
                        + " WHERE 1 = 1 ORDER BY w.last_name, w.first_name, w.user_id, a.appointment_date,"
                        + " a.start_time, a.appointment_id LIMIT 50");
        queries.put(
                "admin grid, by doctor, the rest of the previous row's doctor (walk)",
                "SELECT a.appointment_id FROM appointments a WHERE 1 = 1 AND a.doctor_id = " + ids.doctor(7)
                        + " AND ((a.appointment_date > '" + mid[1] + "') OR (a.appointment_date = '" + mid[1]
                        + "' AND a.start_time > '" + mid[2] + "') OR (a.appointment_date = '" + mid[1]
                        + "' AND a.start_time = '" + mid[2] + "' AND a.appointment_id > " + mid[0] + "))"
                        + " ORDER BY a.appointment_date, a.start_time, a.appointment_id LIMIT 50");
        queries.put(
                "chat, latest 50 messages of the long conversation",
                "SELECT m.message_id FROM chat_messages m JOIN users u ON u.user_id = m.sender_id"
                        + " WHERE m.chat_id = (SELECT chat_id FROM chats WHERE doctor_id = " + ids.doctor(0)
                        + " AND patient_id = " + ids.firstPatient() + ") AND m.message_id < 9223372036854775807"
                        + " ORDER BY m.message_id DESC LIMIT 51");
        queries.forEach((what, sql) -> {
            String plan =
                    jdbc.sql("ANALYZE FORMAT=JSON " + sql).query(String.class).single();
            print("  EXPLAIN " + what + ":\n" + sql + "\n" + plan);
        });
    }

    /**
     * The pages the server held when it last stopped, back in its pool before anything is measured (round 17). A
     * restarted server loads its pool's dump into the 128 MB it starts with, and MariaDB dumps only the hottest 25 %
     * of the pool: the first pass after a start then read the rest from disk inside measured calls (a call with 19 or
     * 40 pages read took 75–92 ms against a median of 23–50), the tails of round 16's first passes. Every page dumped
     * from now on, and the dump loaded again into the grown pool; a kept data set's next run starts warm.
     */
    private void loadBufferPool() {
        long start = System.nanoTime();
        String before = loadStatus();
        jdbc.sql("SET GLOBAL innodb_buffer_pool_dump_pct = 100").update();
        jdbc.sql("SET GLOBAL innodb_buffer_pool_load_now = ON").update();
        String status = before;
        while (System.nanoTime() - start < 120_000_000_000L) {
            status = loadStatus();
            boolean loading = status.contains("Loaded ") || status.startsWith("Loading");
            // the start-up load's "completed" stays until this load begins; unchanged after 3 s: nothing to load
            if (!loading && (!status.equals(before) || System.nanoTime() - start > 3_000_000_000L)) {
                break;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        print(String.format(
                Locale.ROOT,
                "  buffer pool loaded from its dump in %.1f s: %s; %,d pages in the pool",
                (System.nanoTime() - start) / 1e9,
                status,
                jdbc.sql("SELECT VARIABLE_VALUE FROM information_schema.GLOBAL_STATUS"
                                + " WHERE VARIABLE_NAME = 'INNODB_BUFFER_POOL_PAGES_DATA'")
                        .query(Long.class)
                        .single()));
    }

    private String loadStatus() {
        return jdbc.sql("SELECT VARIABLE_VALUE FROM information_schema.GLOBAL_STATUS"
                        + " WHERE VARIABLE_NAME = 'INNODB_BUFFER_POOL_LOAD_STATUS'")
                .query(String.class)
                .optional()
                .orElse("");
    }

    private int page(AppointmentFilter filter, int offset, Sort sort) {
        int size = 50;
        return appointments.search(filter, new OffsetPage(offset, size, sort)).size();
    }

    /**
     * The reminder job's run (round 45) in its steady state: every scheduled appointment of its windows (within the
     * next two days, both kinds) already reminded of, as after its first minute, so each run finds and sends nothing.
     * The reminders' rows it needs are written once into the set (and kept: no other line reads them).
     */
    private void measureReminders() {
        LocalDate today = LocalDate.now(clock);
        int added = jdbc.sql("""
                        INSERT IGNORE INTO appointment_reminders (appointment_id, kind, starts_at)
                        SELECT a.appointment_id, k.kind, TIMESTAMP(a.appointment_date, a.start_time)
                        FROM appointments a JOIN (SELECT 'PT24H' AS kind UNION ALL SELECT 'PT2H') k
                        WHERE a.status = 'SCHEDULED' AND a.appointment_date BETWEEN :today AND :last""")
                .param("today", today)
                .param("last", today.plusDays(2))
                .update();
        print("  (reminders marked sent: " + added + ")");
        measure("reminders: the job's run, every due appointment reminded of already", reminders::sendDue);
    }

    private void measure(String what, Supplier<Integer> call) {
        if (MARKS) {
            // a statement naming the line, so that a server's statement log splits into lines (round 46)
            jdbc.sql("SELECT :line")
                    .param("line", "benchmark line: " + what)
                    .query(String.class)
                    .single();
        }
        int rows = 0;
        for (int i = 0; i < WARM_UP; i++) {
            rows = call.get();
        }
        double[] millis = new double[RUNS];
        int runs = 0;
        long[] before = counters();
        long begin = System.nanoTime();
        while (runs < RUNS && (runs < 7 || System.nanoTime() - begin < BUDGET_NANOS)) {
            if (probe != null) {
                probe.before();
            }
            long start = System.nanoTime();
            rows = call.get();
            millis[runs++] = (System.nanoTime() - start) / 1e6;
            if (probe != null) {
                probe.after();
            }
        }
        long[] after = counters();
        double[] taken = Arrays.copyOf(millis, runs);
        Arrays.sort(taken);
        var perCall = new StringBuilder();
        for (int i = 0; i < COUNTERS.size(); i++) {
            perCall.append(i == 0 ? "" : ", ")
                    .append(COUNTERS.get(i).replace("Innodb_buffer_pool_", "bp_"))
                    .append(' ')
                    .append(String.format(Locale.ROOT, "%,.0f", (after[i] - before[i]) / (double) runs));
        }
        print(String.format(
                Locale.ROOT,
                "  %-95s %3d runs: median %8.1f ms, p95 %8.1f ms (%,d) [per call: %s]",
                what,
                runs,
                taken[runs / 2],
                taken[(int) Math.ceil(runs * 0.95) - 1],
                rows,
                perCall));
        if (probe != null) {
            probe.slowCalls(Arrays.copyOf(millis, runs)).forEach(this::print);
        }
    }

    /**
     * {@code -Dbenchmark.marks=true}: before each line's calls, one statement that names it ({@code SELECT 'benchmark
     * line: …'}), outside the timed calls and the counters. With MariaDB's slow log at {@code long_query_time = 0} the
     * log then splits into the lines' statements (docs/PERFORMANCE.md, round 46).
     */
    private static final boolean MARKS = Boolean.getBoolean("benchmark.marks");

    /**
     * The server's counters printed per call with each measurement (round 7): pages read from disk against pages
     * asked of the buffer pool, and rows the handler stepped over (index entries read in order) or looked up by key.
     * Global counters: nothing else uses the benchmark's server meanwhile, and the two counter reads are included.
     */
    private static final List<String> COUNTERS = List.of(
            "Innodb_buffer_pool_reads", "Innodb_buffer_pool_read_requests", "Handler_read_next", "Handler_read_key");

    private long[] counters() {
        var values = new long[COUNTERS.size()];
        jdbc.sql("SHOW GLOBAL STATUS WHERE Variable_name IN ('" + String.join("', '", COUNTERS) + "')")
                .query(rs -> {
                    values[COUNTERS.indexOf(rs.getString(1))] = rs.getLong(2);
                });
        return values;
    }

    private String counts() {
        var sb = new StringBuilder();
        for (String table : List.of(
                "users",
                "doctors",
                "patients",
                "doctor_availability",
                "appointments",
                "payments",
                "appointment_reschedules",
                "chats",
                "chat_messages")) {
            long n = jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
            sb.append(String.format(Locale.ROOT, "%s %,d; ", table, n));
        }
        return sb.toString();
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (IOException e) {
            return "unknown";
        }
    }

    private void print(String line) {
        System.out.println(line);
        report.add(line);
    }

    /** A page at any offset (Spring's PageRequest only takes page numbers), as Vaadin's grid asks. */
    private record OffsetPage(long offset, int size, Sort sort) implements org.springframework.data.domain.Pageable {

        @Override
        public int getPageNumber() {
            return (int) (offset / size);
        }

        @Override
        public int getPageSize() {
            return size;
        }

        @Override
        public long getOffset() {
            return offset;
        }

        @Override
        public Sort getSort() {
            return sort;
        }

        @Override
        public org.springframework.data.domain.Pageable next() {
            return new OffsetPage(offset + size, size, sort);
        }

        @Override
        public org.springframework.data.domain.Pageable previousOrFirst() {
            return new OffsetPage(Math.max(0, offset - size), size, sort);
        }

        @Override
        public org.springframework.data.domain.Pageable first() {
            return new OffsetPage(0, size, sort);
        }

        @Override
        public org.springframework.data.domain.Pageable withPage(int pageNumber) {
            return new OffsetPage((long) pageNumber * size, size, sort);
        }

        @Override
        public boolean hasPrevious() {
            return offset > 0;
        }
    }
}
