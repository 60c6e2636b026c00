package app.praxis.appointment;

import static org.assertj.core.api.Assertions.assertThat;

import app.praxis.doctor.DoctorSummary;
import app.praxis.patient.PatientProfileService;
import app.praxis.patient.PatientSummary;
import app.praxis.support.IntegrationTest;
import app.praxis.support.SignIn;
import app.praxis.support.TestClock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.LongSupplier;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The names' kept rows per status and day, doctor, start time or reason key (V0044-V0046, issue 18 rounds 19 and 20): a
 * patient's one word is grouped by day (by status and day, by doctor, by time, by reason key) from them when the date,
 * today-first, status, doctor, time and reason orders jump. On reasons missing, equal in the collation, or cut by the
 * key (one 32-byte prefix), on spellings equal in the collation
 * (Müller/MÜLLER/Muller), patients whose first and last name both start with the word (the rows both kinds count),
 * statuses and days in the filter, every page at every offset in those orders both ways equals the single query's,
 * read as deep pages are read (no first rows' shortcut): after rows written in SQL, after renames and at the end. The
 * kept rows equal a recount from the appointments after each kind of write (rows in SQL, rebuild(), booking,
 * reschedule, cancellation, outcome, renames, a deletion in SQL), and so do the word's counts, alone and with each
 * status, summed from the times' rows since round 23. A kept row made wrong on purpose moves pages and the count (the
 * kept rows are what is read).
 */
@IntegrationTest
class PatientNameCountsTest {

    @Autowired
    AppointmentRowRepository rows;

    @Autowired
    AppointmentSummaries summaries;

    @Autowired
    BookingService booking;

    @Autowired
    AppointmentService appointments;

    @Autowired
    PatientProfileService profiles;

    @Autowired
    BookingFixture fixture;

    @Autowired
    TestClock clock;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transaction;

    String family;

    /** The grid's patient name read as deep pages are: many patients, no first rows' shortcut. */
    NamedPatientPages pages;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void theKeptCountsGroupAPatientsNameAsTheSingleQueryAfterEveryKindOfWrite() {
        family = "Nd" + UUID.randomUUID().toString().substring(0, 8);
        pages = new NamedPatientPages(jdbc, NameFilterPages.MAX_PEOPLE, 0, PatientNamePairs.MAX_NAMES, 0);
        LocalDate today = fixture.today();
        var doctors = List.of(fixture.doctor(family + "Doc"), fixture.doctor(family + "Doc"));
        String[][] names = {
            {"Anna", family + "Müller"},
            {"anna", family + "Muller"},
            {"Änna", family + "MÜLLER"},
            {family + "Ann", family + "Annaberg"}, // both names start with the family's word
            {family + "Ann", "Berg"},
            {family.toUpperCase() + "ANN", "Berg"}, // the same first name in the collation, spelled otherwise
            {"Ann", family + "Annaberg"},
            {"Zoë", family + "Arzt"},
            {"Ida", family + "Muller"}
        };
        var patients = new ArrayList<PatientSummary>();
        for (String[] name : names) {
            patients.add(GridJumpChecks.patient(jdbc, "namedays", name[0], name[1]));
        }
        AppointmentStatus[] statuses = AppointmentStatus.values();
        String long40 = "x".repeat(40);
        String[] reasons = { // V0046's keys: none, equal in the collation, cut (one 32-byte prefix), whole with
            // trailing spaces past 16 characters (V0037 trims them), others
            null,
            "Cough",
            "cough ",
            "Cöugh",
            long40 + "a",
            long40 + "b",
            "Headache, severe",
            "Headache, severe  ",
            "Ache"
        };
        int written = 0;
        for (int p = 0; p < patients.size(); p++) {
            for (int k = 0; k < 2 + p % 3; k++) {
                fixture.appointmentInSql(
                        doctors.get((p + k) % 2),
                        patients.get(p),
                        today.plusDays(k - 2 + p % 2),
                        LocalTime.of(8, 0).plusMinutes(20L * p),
                        statuses[written++ % statuses.length],
                        reasons[(p + k) % reasons.length]);
            }
        }
        assertExact("after rows written in SQL");
        summaries.rebuild();
        assertKept("after rebuild()");

        PatientSummary booker = fixture.patient(family + "Mu");
        GridJumpChecks.bookMoveCancelComplete(
                booking, appointments, fixture, clock, doctors.get(0), booker, this::assertKept);

        GridJumpChecks.renamePatient(profiles, booker, family + "Aaa");
        assertKept("after the patient was renamed within the name");
        GridJumpChecks.renamePatient(profiles, booker, "Out" + family);
        assertExact("after the patient was renamed out of the name");
        assertThat(keptRows("Out" + family)).isEqualTo(3);

        // a row written in SQL deleted in SQL, its kept rows taken out first
        long deleted = jdbc.sql("SELECT MAX(appointment_id) FROM appointments WHERE patient_id = ?")
                .param(patients.get(3).patientId())
                .query(Long.class)
                .single();
        for (String statement : PatientNameCounts.changeStatements(-1)) {
            jdbc.sql(statement).param(deleted).update();
        }
        jdbc.sql("DELETE FROM appointments WHERE appointment_id = ?")
                .param(deleted)
                .update();
        assertKept("after a deletion in SQL");

        // the kept rows are what is read: the first day's row made wrong moves the pages after it by date, the first
        // doctor's by doctor, the first time's by time
        var name = new AppointmentFilter(null, null, null, family, null, null, null);
        assertAWrongKeptRowMovesPages(name, "name_kind = 1 AND name LIKE ?", today);
        // round 36: a name of several words reads its pairs' kept rows (kind 2, V0056): one of the family's pairs'
        // rows made wrong moves its pages in the same orders, and its count within that row's day
        assertAWrongKeptRowMovesPages(
                new AppointmentFilter(null, null, null, "ann " + family, null, null, null),
                "name_kind = 2 AND name LIKE 'ann%' AND last_spelling LIKE ?",
                today);
        LocalDate pairDay = jdbc.sql("SELECT MIN(count_date) FROM appointment_patient_name_days WHERE name_kind = 2"
                        + " AND name LIKE 'ann%' AND last_spelling LIKE ? AND n > 0")
                .param(family + "%")
                .query(LocalDate.class)
                .single();
        var pairDayOnly = new AppointmentFilter(null, null, null, "ann " + family, null, pairDay, pairDay);
        assertThat(rows.count(pairDayOnly)).isEqualTo(rows.countRows(pairDayOnly) + 3);
        // and the count (round 23) sums the times' rows: the one made 3 too many above; with days (round 32), the
        // days' rows: the first day's, made 3 too many above
        assertThat(rows.count(name)).isEqualTo(rows.countRows(name) + 3);
        LocalDate firstDay = jdbc.sql("SELECT MIN(count_date) FROM appointment_patient_name_days WHERE name_kind = 1"
                        + " AND name LIKE ? AND n > 0")
                .param(family + "%")
                .query(LocalDate.class)
                .single();
        var firstDayOnly = new AppointmentFilter(null, null, null, family, null, firstDay, firstDay);
        assertThat(rows.count(firstDayOnly)).isEqualTo(rows.countRows(firstDayOnly) + 3);
        summaries.rebuild();
        assertExact("after rebuild() repaired a kept row");
    }

    /**
     * Round 39: one patient's deltas are written as rows of values in the keys' order, several patients' (whose names'
     * order is the collation's) and one patient's several reasons (whose keys' order is too) as rows selected in SQL.
     * One transaction of each kind leaves the names' kept rows, the patients' and their pairs' (V0042, V0054) exact,
     * and the counts by day and by bucket (whose keys the commit looks up first since round 39) as rebuild() makes
     * them.
     */
    @Test
    void oneTransactionOfOnePatientOrOfSeveralKeepsTheRowsExact() {
        family = "Nt" + UUID.randomUUID().toString().substring(0, 8);
        pages = new NamedPatientPages(jdbc, NameFilterPages.MAX_PEOPLE, 0, PatientNamePairs.MAX_NAMES, 0);
        LocalDate day = fixture.today().plusDays(3);
        var doctor = fixture.doctor(family + "Doc");
        var anna = GridJumpChecks.patient(jdbc, "nametx", "Anna", family + "Müller");
        var annaAgain = GridJumpChecks.patient(jdbc, "nametx", "anna", family + "MÜLLER"); // the same in the collation
        var ida = GridJumpChecks.patient(jdbc, "nametx", "Ida", family + "Muller");
        // other tests' rows were written in plain SQL; rebuilt once the people are made, since rebuild() chooses the
        // doctor order's buckets again (50 doctors each) and a doctor made later would move others' rows
        summaries.rebuild();
        var scheduled = AppointmentStatus.SCHEDULED;

        inOneTransaction(
                () -> row(doctor, anna, day.plusDays(8), 10, AppointmentStatus.CANCELLED, "Headache"),
                () -> row(doctor, anna, day, 9, scheduled, "Headache"),
                () -> row(doctor, anna, day.plusDays(8), 11, AppointmentStatus.COMPLETED, "Headache"));
        assertKept("after one patient's transaction of one reason");
        assertThat(mismatchedPatientTotals()).as("one patient, one reason").isZero();
        assertCountsAsRebuilt("one patient, one reason");

        inOneTransaction(
                () -> row(doctor, anna, day.plusDays(1), 12, scheduled, "Cough"),
                () -> row(doctor, anna, day.plusDays(1), 13, scheduled, null),
                () -> row(doctor, anna, day.plusDays(1), 14, scheduled, "cough "));
        assertKept("after one patient's transaction of several reasons");
        assertThat(mismatchedPatientTotals()).as("one patient, several reasons").isZero();
        assertCountsAsRebuilt("one patient, several reasons");

        inOneTransaction(
                () -> row(doctor, ida, day, 15, scheduled, "Ache"),
                () -> row(doctor, annaAgain, day, 17, AppointmentStatus.NO_SHOW, "Ache"),
                () -> row(doctor, anna, day.plusDays(2), 16, scheduled, "Ache"),
                () -> row(doctor, annaAgain, day.plusDays(2), 8, scheduled, "Ache"));
        assertKept("after a transaction of several patients");
        assertThat(mismatchedPatientTotals()).as("several patients").isZero();
        assertCountsAsRebuilt("several patients");
    }

    /** The counts by day, doctor and bucket (V0019-V0050) equal what rebuild() makes of the appointments. */
    private void assertCountsAsRebuilt(String when) {
        String counts = "SELECT CONCAT_WS(' ', count_date, doctor_id, scheduled, completed, no_shows,"
                + " cancelled_by_patient, cancelled_by_practice) FROM appointment_daily_counts WHERE scheduled"
                + " + completed + no_shows + cancelled_by_patient + cancelled_by_practice <> 0"
                + " ORDER BY count_date, doctor_id";
        List<String> kept = jdbc.sql(counts).query(String.class).list();
        summaries.rebuild();
        assertThat(kept)
                .as("counts, %s", when)
                .isEqualTo(jdbc.sql(counts).query(String.class).list());
    }

    /** Appointments written in SQL, then counted by the summaries in the same transaction, as a service's would be. */
    private void inOneTransaction(LongSupplier... rowsWritten) {
        transaction.executeWithoutResult(status -> {
            for (LongSupplier written : rowsWritten) {
                summaries.add(written.getAsLong());
            }
        });
    }

    private long row(
            DoctorSummary doctor,
            PatientSummary patient,
            LocalDate day,
            int hour,
            AppointmentStatus status,
            @Nullable String reason) {
        return fixture.appointmentRowInSql(doctor, patient, day, LocalTime.of(hour, 0), status, reason);
    }

    /**
     * The family's patients' kept rows (V0042) that differ from a recount of their appointments, and their pairs of
     * names' (V0054) that differ from the patients' rows summed by spelling, either way.
     */
    private long mismatchedPatientTotals() {
        String differs =
                " OR (k.scheduled, k.completed, k.no_shows, k.cancelled, k.total)" + " <> (r.s, r.c, r.n, r.x, r.t)";
        String recount = "SELECT a.patient_id, SUM(a.status = 'SCHEDULED') AS s, SUM(a.status = 'COMPLETED') AS c,"
                + " SUM(a.status = 'NO_SHOW') AS n, SUM(a.status = 'CANCELLED') AS x, COUNT(*) AS t FROM appointments a"
                + " WHERE a.patient_last_name LIKE ? GROUP BY a.patient_id";
        String summed = "SELECT CAST(patient_first_name AS BINARY) AS f, CAST(patient_last_name AS BINARY) AS l,"
                + " SUM(scheduled) AS s, SUM(completed) AS c, SUM(no_shows) AS n, SUM(cancelled) AS x,"
                + " SUM(total) AS t FROM appointment_patient_totals WHERE patient_last_name LIKE ? GROUP BY f, l";
        return countOfFamily("SELECT COUNT(*) FROM (" + recount + ") r LEFT JOIN appointment_patient_totals k"
                        + " ON k.patient_id = r.patient_id WHERE k.patient_id IS NULL" + differs)
                + countOfFamily("SELECT COUNT(*) FROM (" + summed + ") r LEFT JOIN appointment_patient_pair_totals k"
                        + " ON k.first_spelling = r.f AND k.last_spelling = r.l WHERE k.total IS NULL" + differs)
                + countOfFamily("SELECT COUNT(*) FROM appointment_patient_pair_totals k WHERE k.patient_last_name"
                        + " LIKE ? AND NOT EXISTS (SELECT 1 FROM appointment_patient_totals t WHERE"
                        + " CAST(t.patient_first_name AS BINARY) = k.first_spelling"
                        + " AND CAST(t.patient_last_name AS BINARY) = k.last_spelling)");
    }

    /** A count whose one parameter is the family's prefix. */
    private long countOfFamily(String sql) {
        return jdbc.sql(sql).param(family + "%").query(Long.class).single();
    }

    /**
     * The first row (by its key, then status) of each kept set among {@code keptRows} (a condition on the kept rows,
     * its parameter the family's prefix) made 3 too many moves some page of {@code filter} in the set's order.
     */
    private void assertAWrongKeptRowMovesPages(AppointmentFilter filter, String keptRows, LocalDate today) {
        for (String[] kept : new String[][] {
            {"appointment_patient_name_days", "count_date", AppointmentSort.DATE.orderBy(true)},
            {"appointment_patient_name_doctors", "doctor_id", AppointmentSort.DOCTOR.orderBy(true)},
            {"appointment_patient_name_times", "start_time", AppointmentSort.TIME.orderBy(true)},
            {"appointment_patient_name_reasons", "reason_key", AppointmentSort.REASON.orderBy(true)}
        }) {
            int made = jdbc.sql("UPDATE " + kept[0] + " SET n = n + 3 WHERE " + keptRows + " AND n > 0 ORDER BY "
                            + kept[1] + ", status LIMIT 1")
                    .param(family + "%")
                    .update();
            assertThat(made).isOne();
            List<Long> all = GridJumpChecks.ids(rows.findInOneQuery(filter, kept[2], 0, 1_000, today));
            long moved = IntStream.range(0, all.size())
                    .filter(offset ->
                            !pages.ids(filter, kept[2], offset, 1, today).equals(List.of(all.get(offset))))
                    .count();
            assertThat(moved)
                    .as("pages of %s moved by a wrong kept row of %s", filter.patientName(), kept[0])
                    .isPositive();
        }
    }

    /**
     * Round 32 (V0053): a name's page in the reason order is found by the weeks' kept rows within its reason key. Rows
     * of three keys over five weeks (one without rows, weeks of one row, of many), so that pages start and end within a
     * week, cross weeks and cross keys: every page both ways, alone, with a status and with days (whole weeks, weeks
     * cut at either end, open at either end, within one week; round 37: cut weeks counted over their days within, or
     * read whole less their days outside), equals the single query's.
     */
    @Test
    void aNamesReasonPagesAreFoundByTheWeeksKeptRows() {
        family = "Nw" + UUID.randomUUID().toString().substring(0, 8);
        pages = new NamedPatientPages(jdbc, NameFilterPages.MAX_PEOPLE, 0, PatientNamePairs.MAX_NAMES, 0);
        LocalDate monday = fixture.today().with(DayOfWeek.MONDAY);
        var doctors = List.of(fixture.doctor(family + "Doc"), fixture.doctor(family + "Doc"));
        var patients = List.of(
                GridJumpChecks.patient(jdbc, "nameweeks", "Anna", family + "Weiss"),
                GridJumpChecks.patient(jdbc, "nameweeks", family + "Ida", "Berg"),
                GridJumpChecks.patient(jdbc, "nameweeks", "Olga", family + "Weiß"));
        String[] reasons = {"Cough", "Ache", null, "Cough"};
        AppointmentStatus[] statuses = AppointmentStatus.values();
        int written = 0;
        for (int week = -2; week <= 2; week++) {
            if (week == 1) {
                continue; // a week without rows
            }
            int rowsPerPatient = week == 0 ? 1 : 4;
            for (int p = 0; p < patients.size(); p++) {
                for (int i = 0; i < rowsPerPatient; i++) {
                    fixture.appointmentInSql(
                            doctors.get((p + i) % 2),
                            patients.get(p),
                            monday.plusWeeks(week).plusDays((2L * i + p) % 7),
                            LocalTime.of(8, 0).plusMinutes(20L * (p * 4 + i)),
                            statuses[written % statuses.length],
                            reasons[written++ % reasons.length]);
                }
            }
        }
        assertKept("after rows over five weeks");
        var filters = new ArrayList<AppointmentFilter>();
        filters.add(new AppointmentFilter(null, null, null, family, null, null, null));
        filters.add(new AppointmentFilter(null, null, null, family, AppointmentStatus.SCHEDULED, null, null));
        // with days: whole weeks from the kept rows, the weeks cut at either end counted (round 32)
        LocalDate thursday = monday.minusWeeks(2).plusDays(3);
        LocalDate tuesday = monday.plusWeeks(2).plusDays(1);
        filters.add(familyWithin(thursday, tuesday));
        filters.add(new AppointmentFilter(null, null, null, family, AppointmentStatus.SCHEDULED, thursday, tuesday));
        filters.add(familyWithin(monday.minusWeeks(1), monday.plusDays(6)));
        filters.add(familyWithin(monday.minusDays(4), null));
        filters.add(familyWithin(null, monday.plusDays(2)));
        filters.add(familyWithin(
                monday.minusWeeks(2).plusDays(1), monday.minusWeeks(2).plusDays(5)));
        // round 37: two cut weeks read whole less their days outside (Tuesday to the next Friday), and two counted
        // over their days within (Saturday to the next Wednesday)
        filters.add(familyWithin(
                monday.minusWeeks(2).plusDays(1), monday.minusWeeks(1).plusDays(4)));
        filters.add(familyWithin(monday.minusDays(2), monday.plusDays(2)));
        int checked = GridJumpChecks.assertPages(
                rows,
                pages::ids,
                fixture.today(),
                "over five weeks",
                filters,
                GridJumpChecks.bothWays(AppointmentSort.REASON),
                GridJumpChecks.everyOffset());
        assertThat(checked).isGreaterThan(250);
        assertThat(jdbc.sql("SELECT COUNT(DISTINCT count_week) FROM appointment_patient_name_reasons"
                                + " WHERE name_kind = 1 AND name LIKE ? AND n > 0")
                        .param(family + "%")
                        .query(Long.class)
                        .single())
                .as("the family's weeks kept")
                .isEqualTo(4);
    }

    /** The family's name with the days from {@code from} to {@code to} (null: open at that end). */
    private AppointmentFilter familyWithin(@Nullable LocalDate from, @Nullable LocalDate to) {
        return new AppointmentFilter(null, null, null, family, null, from, to);
    }

    /**
     * The kept rows of the family's names equal a recount; every page in the orders they serve equals the single
     * query's, as deep pages are read (and, except after a rename, as the repository reads them).
     */
    private void assertExact(String when) {
        assertKept(when);
        LocalDate today = fixture.today();
        var filters = new ArrayList<AppointmentFilter>();
        for (String typed : List.of(family, family + "ann", "ann " + family)) {
            filters.add(new AppointmentFilter(null, null, null, typed, null, null, null));
        }
        for (AppointmentStatus status : List.of(AppointmentStatus.SCHEDULED, AppointmentStatus.CANCELLED)) {
            filters.add(new AppointmentFilter(null, null, null, family, status, null, null));
        }
        filters.add(new AppointmentFilter(null, null, null, family, null, today.minusDays(1), today.plusDays(1)));
        filters.add(
                new AppointmentFilter(null, null, null, family, AppointmentStatus.SCHEDULED, today, today.plusDays(7)));
        var orders = new ArrayList<String>();
        orders.add(AppointmentSort.TODAY_FIRST.orderBy(true));
        orders.addAll(GridJumpChecks.bothWays(AppointmentSort.DATE));
        orders.addAll(GridJumpChecks.bothWays(AppointmentSort.STATUS));
        orders.addAll(GridJumpChecks.bothWays(AppointmentSort.DOCTOR));
        orders.addAll(GridJumpChecks.bothWays(AppointmentSort.TIME));
        orders.addAll(GridJumpChecks.bothWays(AppointmentSort.REASON));
        int checked = GridJumpChecks.assertPages(
                rows, pages::ids, today, when, filters, orders, GridJumpChecks.everyOffset());
        if (!when.contains("renamed")) {
            checked += GridJumpChecks.assertPages(rows, today, when, filters, orders, GridJumpChecks.everyOffset());
        }
        assertThat(checked).as(when).isGreaterThan(150);
    }

    /**
     * The kept rows of the family's names equal a recount (which, with {@link #assertExact}'s pages, is enough); the
     * counts of one word (from the times' rows, round 23) alone and with each status, with days (from the days' rows,
     * round 32), and of two words (from the patients' rows), equal the single query's.
     */
    private void assertKept(String when) {
        assertThat(mismatchedKeptRows())
                .as("kept rows against a recount, %s", when)
                .isZero();
        var filters = new ArrayList<AppointmentFilter>();
        for (String typed : List.of(family, family + "ann", family + "mü", "ann " + family)) {
            filters.add(new AppointmentFilter(null, null, null, typed, null, null, null));
        }
        for (AppointmentStatus status : AppointmentStatus.values()) {
            filters.add(new AppointmentFilter(null, null, null, family, status, null, null));
        }
        // round 32: one word with days, counted from the days' kept rows
        LocalDate today = fixture.today();
        filters.add(new AppointmentFilter(null, null, null, family, null, today.minusDays(1), today.plusDays(1)));
        filters.add(new AppointmentFilter(null, null, null, family, null, today, null));
        filters.add(new AppointmentFilter(null, null, null, family, null, null, today.minusDays(1)));
        filters.add(new AppointmentFilter(
                null, null, null, family + "ann", AppointmentStatus.SCHEDULED, today.minusDays(2), today.plusDays(7)));
        for (AppointmentFilter filter : filters) {
            long counted = rows.countRows(filter);
            assertThat(pages.count(filter)).as("count of %s, %s", filter, when).isEqualTo(counted);
            assertThat(rows.count(filter)).as("count of %s, %s", filter, when).isEqualTo(counted);
        }
    }

    /** The family's kept rows (either name starts with it) that differ from a recount, either way, by exact spelling. */
    private long mismatchedKeptRows() {
        long wrong = 0;
        for (String[] kept : new String[][] {
            {"appointment_patient_name_days", "t.count_date", "a.appointment_date"},
            {"appointment_patient_name_doctors", "t.doctor_id", "a.doctor_id"},
            {"appointment_patient_name_times", "t.start_time", "a.start_time"},
            {
                "appointment_patient_name_reasons",
                "CONCAT(HEX(t.reason_key), ' ', t.count_week)",
                "CONCAT(HEX(COALESCE(a.reason_key, X'')), ' ',"
                        + " DATE_SUB(a.appointment_date, INTERVAL WEEKDAY(a.appointment_date) DAY))"
            }
        }) {
            // kinds 0 and 1: the appointments whose first (last) name starts with the family; kind 2 (V0056, round 36):
            // the pairs of names either of which does, by both spellings
            String lastOfPair = "CONVERT(t.last_spelling USING utf8mb4) COLLATE utf8mb4_unicode_ci";
            for (String[] kind : new String[][] {
                {"0", "patient_first_name", "X''", "a.patient_first_name LIKE :family", "t.name LIKE :family"},
                {"1", "patient_last_name", "X''", "a.patient_last_name LIKE :family", "t.name LIKE :family"},
                {
                    "2",
                    "patient_first_name",
                    "CAST(a.patient_last_name AS BINARY)",
                    "(a.patient_first_name LIKE :family OR a.patient_last_name LIKE :family)",
                    "(t.name LIKE :family OR " + lastOfPair + " LIKE :family)"
                }
            }) {
                String recount = "SELECT CAST(a." + kind[1] + " AS BINARY) AS spelling, " + kind[2] + " AS ls, "
                        + kept[2] + " AS g, a.status AS s, COUNT(*) AS n FROM appointments a WHERE " + kind[3]
                        + " GROUP BY spelling, ls, g, s";
                String rows = "SELECT t.spelling, t.last_spelling AS ls, " + kept[1] + " AS g, t.status AS s, t.n"
                        + " FROM " + kept[0] + " t WHERE t.name_kind = " + kind[0] + " AND " + kind[4]
                        + " AND t.n <> 0";
                String same = " ON k.spelling = r.spelling AND k.ls = r.ls AND k.g = r.g AND k.s = r.s AND k.n = r.n";
                wrong += count("SELECT COUNT(*) FROM (" + recount + ") r LEFT JOIN (" + rows + ") k" + same
                        + " WHERE k.n IS NULL");
                wrong += count("SELECT COUNT(*) FROM (" + rows + ") k LEFT JOIN (" + recount + ") r" + same
                        + " WHERE r.n IS NULL");
            }
        }
        return wrong;
    }

    private long count(String sql) {
        return jdbc.sql(sql).param("family", family + "%").query(Long.class).single();
    }

    private long keptRows(String name) {
        return jdbc.sql("SELECT COALESCE(SUM(n), 0) FROM appointment_patient_name_days WHERE name_kind = 1"
                        + " AND spelling = ?")
                .param(name)
                .query(Long.class)
                .single();
    }
}
