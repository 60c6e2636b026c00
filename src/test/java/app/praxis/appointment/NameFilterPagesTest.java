package app.praxis.appointment;

import static org.assertj.core.api.Assertions.assertThat;

import app.praxis.doctor.DoctorSummary;
import app.praxis.patient.PatientProfileService;
import app.praxis.patient.PatientSummary;
import app.praxis.security.Roles;
import app.praxis.support.IntegrationTest;
import app.praxis.support.SignIn;
import app.praxis.support.TestAccounts;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;

/**
 * The grid with a doctor's or a patient's name in its filter (issue 18, round 11): names are matched word by word as
 * the start of a first or last name, whatever the case or accents; and the pages and counts read from the named people
 * (their kept counts, their own indexes) hold exactly the rows of the one query that joins, sorts and skips every row,
 * for several names, every order in both directions, every offset and pages of 1, 4 and 7 in turn, after rows written
 * in SQL and after bookings, a reschedule and a cancellation. A doctor's kept total made wrong moves the count. A
 * patient's name (round 12, {@link NamedPatientPages}) is checked the same way, with dates, a status and a doctor's
 * name.
 */
@IntegrationTest
class NameFilterPagesTest {

    @Autowired
    AppointmentRowRepository rows;

    @Autowired
    AppointmentSummaries summaries;

    @Autowired
    BookingService booking;

    @Autowired
    BookingFixture fixture;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PatientProfileService profiles;

    String family;

    List<DoctorSummary> doctors;

    List<PatientSummary> patients;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    /** Four doctors and nine patients of this test, named so that words and prefixes meet, with 0–5 rows each. */
    private void writeClinic() {
        family = "Nf" + UUID.randomUUID().toString().substring(0, 8).replace('-', 'x');
        LocalDate today = fixture.today();
        String[][] doctorNames = {{"Klara", "Koch"}, {"klára", "Berg"}, {"Otto", "Klarsen"}, {"Otto", "Koch"}};
        doctors = new ArrayList<>();
        for (String[] name : doctorNames) {
            DoctorSummary doctor = fixture.doctor(family + name[1]);
            jdbc.sql("UPDATE users SET first_name = ? WHERE user_id = ?")
                    .params(name[0], doctor.userId())
                    .update();
            doctors.add(doctor);
        }
        String[][] patientNames = {
            {"Anna", "Müller"},
            {"anna", "Muller"},
            {"Änna", "MÜLLER"},
            {"Bob", "Anders"},
            {"Klara", "Zeh"},
            {"Zoë", "Arzt"},
            {"Anna", "Müller"},
            {"Eve", "Annaberg"},
            {"Ida", "Koch"}
        };
        patients = new ArrayList<>();
        for (String[] name : patientNames) {
            patients.add(patient(name[0], family + name[1]));
        }
        AppointmentStatus[] statuses = AppointmentStatus.values();
        int written = 0;
        for (int p = 0; p < patients.size(); p++) {
            for (int k = 0; k < p % 6; k++) {
                LocalTime time = LocalTime.of(7, 0).plusMinutes(20L * p); // each patient's own times
                fixture.appointmentInSql(
                        doctors.get((p + k) % doctors.size()),
                        patients.get(p),
                        today.plusDays(k - 3),
                        time,
                        statuses[written++ % statuses.length],
                        k % 2 == 0 ? "Reason " + (p % 3) : null);
            }
        }
        // two rows of one patient at one date and time (two doctors): ties inside a person
        for (int d = 0; d < 2; d++) {
            fixture.appointmentInSql(
                    doctors.get(d), patients.get(3), today, LocalTime.of(18, 0), AppointmentStatus.SCHEDULED, null);
        }
        summaries.rebuild(); // rows written in plain SQL
    }

    @Test
    void eachWordTypedIsTheStartOfAFirstOrLastNameWhateverTheCaseAndAccents() {
        writeClinic();
        LocalDate today = fixture.today();
        String koch = family + "Koch";
        long klarasRows = rowsOfDoctor(doctors.get(0));
        assertThat(klarasRows).isPositive();

        assertThat(count(doctorNamed("klara " + koch))).isEqualTo(klarasRows);
        assertThat(count(doctorNamed(koch.toUpperCase() + " KLA")))
                .as("any order, any case")
                .isEqualTo(klarasRows);
        assertThat(count(doctorNamed("Klára " + koch))).as("accents").isEqualTo(klarasRows);
        assertThat(count(doctorNamed("lara " + koch)))
                .as("inside a name: not a start")
                .isZero();
        assertThat(count(doctorNamed("Klara " + koch + "x"))).isZero();
        assertThat(count(doctorNamed("kla " + family)))
                .as("Klara and klára, not Otto Klarsen")
                .isEqualTo(klarasRows + rowsOfDoctor(doctors.get(1)));
        assertThat(count(doctorNamed(koch))).as("both Kochs").isEqualTo(klarasRows + rowsOfDoctor(doctors.get(3)));
        assertThat(count(doctorNamed("  klara   " + koch + "  "))).as("spaces").isEqualTo(klarasRows);
        assertThat(count(doctorNamed("%" + family))).as("% is a character").isZero();

        String muller = family + "Muller";
        long annas = rowsOfPatients(0, 1, 2, 6);
        assertThat(count(patientNamed("anna " + muller)))
                .as("Müller, Muller, MÜLLER; Anna, anna, Änna")
                .isEqualTo(annas);
        assertThat(count(patientNamed(muller))).isEqualTo(annas);
        assertThat(count(patientNamed(family + "anna")))
                .as("the start of a last name")
                .isEqualTo(rowsOfPatients(7));
        assertThat(rows.find(patientNamed("anna " + muller), AppointmentSort.DATE.orderBy(true), 0, 100, today))
                .extracting(AppointmentRow::patientName)
                .allSatisfy(name -> assertThat(name).contains(family));
    }

    @Test
    void pagesAndCountsOfNamedPeopleAreThoseOfTheSingleQueryAfterEveryKindOfWrite() {
        writeClinic();
        assertExact("after rows written in SQL");

        PatientSummary booker = fixture.patient(family + "Muller");
        SignIn.as(booker.userId(), Roles.PATIENT);
        var booked = new ArrayList<Long>();
        for (int day = 1; day <= 3; day++) {
            booked.add(booking.book(fixture.slot(doctors.get(day % 2).doctorId(), day, LocalTime.of(10, 0)), "Visit"));
        }
        assertExact("after three bookings");
        booking.reschedule(booked.get(1), fixture.slot(doctors.get(0).doctorId(), 5, LocalTime.of(15, 0)), "Later.");
        assertExact("after a reschedule");
        booking.cancel(booked.get(2), "I feel better.");
        assertExact("after a cancellation");

        // kept rows are what is counted: a name of two words its doctors' kept totals, one word its spellings' rows of
        // months (round 47); each made wrong changes its count, rebuild() repairs them
        var klara = doctorNamed("Klara " + family + "Koch");
        long counted = rows.countRows(klara);
        jdbc.sql("UPDATE appointment_daily_counts SET completed = completed + 5 WHERE count_date = ? AND doctor_id = ?")
                .params(
                        DoctorAndTimeJumps.SENTINEL,
                        DoctorAndTimeJumps.doctorKey(doctors.get(0).doctorId()))
                .update();
        assertThat(rows.count(klara)).isEqualTo(counted + 5);
        var kochs = doctorNamed(family + "Koch");
        long kochsCounted = rows.countRows(kochs);
        assertThat(jdbc.sql("UPDATE appointment_daily_counts SET no_shows = no_shows + 4 WHERE count_date = ?"
                                + " AND doctor_id = (SELECT ? + spelling_id FROM doctor_name_spellings"
                                + " WHERE spelling = CAST(? AS BINARY))")
                        .params(DoctorMonthRows.day(fixture.today()), DoctorNameRows.ROW, family + "Koch")
                        .update())
                .isOne();
        assertThat(rows.count(kochs)).isEqualTo(kochsCounted + 4);
        summaries.rebuild();
        assertThat(rows.count(klara)).isEqualTo(counted);
        assertThat(rows.count(kochs)).isEqualTo(kochsCounted);
        assertExact("after rebuild()");
    }

    /**
     * Round 30 ({@link NameLeads}): a name of several words reads the longest word's range only at the names it leads
     * with, where the other words must start the second name. Names whose other word starts the leading name too, that
     * differ only in case or accents, that expand ('ß') or that lead the other range: every count, by the kept rows
     * and by the named patients, and every page in every order is the single query's, alone, with a status, with days
     * and with a doctor's name.
     */
    @Test
    void aNameOfSeveralWordsIsTheSingleQuerysWhicheverNameEachWordStarts() {
        writeClinic();
        LocalDate today = fixture.today();
        String anna = family + "Anna"; // longer than every other word typed with it: its ranges are read
        String[][] names = {
            {anna, "Koch"},
            {anna.toUpperCase(), "KÖCH"},
            {anna + "belle", "Kochanski"},
            {anna, "Berg"},
            {family + "Straße", "Koch"},
            {family + "Strasse", "Berg"},
            {family + "strasse", "koch"},
            {"Koch", anna},
            {"Bob", anna + "belle"}
        };
        for (int p = 0; p < names.length; p++) {
            PatientSummary patient = patient(names[p][0], names[p][1]);
            for (int k = 0; k <= p % 3; k++) {
                fixture.appointmentInSql(
                        doctors.get((p + k) % doctors.size()),
                        patient,
                        today.plusDays(k - 1),
                        LocalTime.of(12, 0).plusMinutes(20L * p),
                        AppointmentStatus.values()[(p + k) % AppointmentStatus.values().length],
                        k % 2 == 0 ? "Reason " + p : null);
            }
        }
        summaries.rebuild(); // rows written in plain SQL
        var filters = List.of(
                patientNamed(anna + " koch"),
                patientNamed("KOCH " + anna),
                patientNamed(anna + " " + family),
                patientNamed(anna + " koch kochan"),
                patientNamed(family + "strasse ko"),
                patientNamed(family + "straße BERG"),
                patientNamed(anna + " zz"),
                new AppointmentFilter(null, null, null, anna + " koch", AppointmentStatus.SCHEDULED, null, null),
                new AppointmentFilter(null, null, null, anna + " koch", null, today.minusDays(1), today),
                new AppointmentFilter(null, null, family, anna + " ko", null, null, null));
        assertThat(count(patientNamed(anna + " koch")))
                .as("Koch, KÖCH, Kochanski, and Koch as a first name")
                .isEqualTo(fixture.count(
                        "SELECT COUNT(*) FROM appointments a JOIN patients p ON p.patient_id = a.patient_id"
                                + " JOIN users u ON u.user_id = p.user_id WHERE (u.first_name IN (?, ?)"
                                + " AND u.last_name LIKE 'Koch%') OR (u.first_name = 'Koch' AND u.last_name = ?)",
                        anna, anna + "belle", anna))
                .isPositive();
        for (AppointmentFilter filter : filters) {
            count(filter);
        }
        var orders = GridJumpChecks.everyOrder();
        int checked =
                GridJumpChecks.assertPages(rows, today, "several words", filters, orders, GridJumpChecks.everyOffset());
        // no patient counts as few: the names' ranges of the appointments
        var ranges = new NamedPatientPages(jdbc, NameFilterPages.MAX_PEOPLE, 0);
        checked += GridJumpChecks.assertPages(
                rows, ranges::ids, today, "several words, ranges", filters, orders, GridJumpChecks.everyOffset());
        assertThat(checked).isGreaterThan(1_000);
    }

    /**
     * Round 14 ({@link NamedDoctorPatientPages}, V0035): named doctors alone in the patient order read the names copied
     * onto their rows. Patients of one name (and of names equal in the collation) follow their users' ids, here the
     * reverse of their patient ids; a rename through the profile moves a patient's rows; a booking adds one; with a
     * status and with dates: every page is the single query's.
     */
    @Test
    void namedDoctorsInThePatientOrderFollowTheCopiedNamesAndTheUsersIds() {
        writeClinic();
        LocalDate today = fixture.today();
        List<PatientSummary> tied = patientsAgainstTheirUsersIds(new String[][] {
            {"Uwe", family + "Tie"}, {"uwe", family + "tie"}, {"Üwe", family + "TIE"}, {"Uwe", family + "Tie"}
        });
        for (int p = 0; p < tied.size(); p++) {
            for (int k = 0; k < 2 + p % 2; k++) {
                fixture.appointmentInSql(
                        doctors.get((p + k) % 2),
                        tied.get(p),
                        today.plusDays(k - 1),
                        LocalTime.of(19, 0).plusMinutes(20L * p),
                        k == 0 ? AppointmentStatus.SCHEDULED : AppointmentStatus.COMPLETED,
                        null);
            }
        }
        summaries.rebuild(); // rows written in plain SQL
        assertThat(tied.get(0).patientId()).isGreaterThan(tied.get(3).patientId());
        var filters = List.of(
                doctorNamed(family),
                doctorNamed("kla " + family),
                new AppointmentFilter(null, null, family, null, AppointmentStatus.SCHEDULED, null, null),
                new AppointmentFilter(null, null, "kla " + family, null, null, today.minusDays(1), today));
        var orders = GridJumpChecks.bothWays(AppointmentSort.PATIENT);
        int checked =
                GridJumpChecks.assertPages(rows, today, "tied names", filters, orders, GridJumpChecks.everyOffset());

        GridJumpChecks.renamePatient(profiles, tied.get(1), family + "Aaa");
        GridJumpChecks.renamePatient(profiles, patients.get(3), family + "Tie");
        SignIn.out();
        checked +=
                GridJumpChecks.assertPages(rows, today, "after renames", filters, orders, GridJumpChecks.everyOffset());

        SignIn.as(tied.get(2).userId(), Roles.PATIENT);
        booking.book(fixture.slot(doctors.get(0).doctorId(), 2, LocalTime.of(11, 0)), "Visit");
        SignIn.out();
        checked += GridJumpChecks.assertPages(
                rows, today, "after a booking", filters, orders, GridJumpChecks.everyOffset());
        assertThat(checked).isGreaterThan(150);
    }

    /**
     * Round 29: with a date range, a doctor's name in the reason order counts the reasons with each one an equality (a
     * loose scan of the index lists them first), and in the patient order groups the names from the doctor's day index
     * (V0051); beyond their bounds (none at all here, then no bound) both count along their order's index as before.
     * Every page both ways, with and without a status, with closed and open ranges, is the single query's either way.
     */
    @Test
    void aDoctorsNameWithDaysInTheReasonAndPatientOrdersIsTheSingleQuerysWithinAndBeyondTheBounds() {
        writeClinic();
        LocalDate today = fixture.today();
        var filters = List.of(
                new AppointmentFilter(null, null, family, null, null, today.minusDays(2), today.plusDays(1)),
                new AppointmentFilter(
                        null, null, "kla " + family, null, AppointmentStatus.SCHEDULED, today.minusDays(3), null),
                new AppointmentFilter(null, null, family + "Koch", null, null, null, today));
        var orders = new ArrayList<>(GridJumpChecks.bothWays(AppointmentSort.REASON));
        orders.addAll(GridJumpChecks.bothWays(AppointmentSort.PATIENT));
        int checked = 0;
        for (int bound : new int[] {0, 1_000_000}) {
            // a reason's rows sorted whole (round 48) for one bound, counted per day first for the other; the reasons
            // counted as round 29 does (no group of reason keys read per key and day: round 51's path)
            var pages = new NameFilterPages(
                    jdbc,
                    NameFilterPages.MAX_PEOPLE,
                    new NamedDoctorPages(jdbc),
                    true,
                    new NamedDoctorReasonPages(jdbc, bound, bound, 0),
                    new NamedDoctorPatientPages(jdbc, bound));
            checked += GridJumpChecks.assertPages(
                    rows, pages::ids, today, "bound " + bound, filters, orders, GridJumpChecks.everyOffset());
        }
        assertThat(checked).isGreaterThan(100);
    }

    /**
     * Round 51 ({@link NamedDoctorReasonDays}, V0064): with a date range, a doctor's name in the reason order is
     * counted per reason key and day, and a page within keys that hold their whole reasons is read by the key; a page
     * that spans a key which does not (a long reason) is read by the reasons, as round 29. Among the tricky reasons
     * (both kinds of key within the range), every page both ways, with and without a status, by the grid's own path
     * and with the key groups' bound at one (by the reasons alone beyond it), is the single query's.
     */
    @Test
    void aDoctorsNameWithDaysInTheReasonOrderIsReadByReasonKeyWhereTheKeysAreWhole() {
        writeClinic();
        LocalDate today = fixture.today();
        writeTrickyReasons(today);
        var filters = List.of(
                new AppointmentFilter(null, null, family, null, null, today.minusDays(2), today.plusDays(2)),
                new AppointmentFilter(null, null, family, null, null, today, today),
                new AppointmentFilter(
                        null, null, "kla " + family, null, AppointmentStatus.SCHEDULED, today.minusDays(3), null),
                new AppointmentFilter(null, null, family, null, AppointmentStatus.COMPLETED, null, today));
        List<Integer> keyEnds = jdbc.sql("SELECT DISTINCT ASCII(RIGHT(a.reason_key, 1)) FROM appointments a"
                        + " JOIN doctors d ON d.doctor_id = a.doctor_id JOIN users u ON u.user_id = d.user_id"
                        + " WHERE u.last_name LIKE ? AND a.appointment_date BETWEEN ? AND ?")
                .params(family + "%", today.minusDays(2), today.plusDays(2))
                .query(Integer.class)
                .list();
        assertThat(keyEnds).as("the range's keys: whole (0) and not (1)").contains(0, 1);
        var orders = GridJumpChecks.bothWays(AppointmentSort.REASON);
        int checked =
                GridJumpChecks.assertPages(rows, today, "the grid", filters, orders, GridJumpChecks.everyOffset());
        var oneGroup = new NameFilterPages(
                jdbc,
                NameFilterPages.MAX_PEOPLE,
                new NamedDoctorPages(jdbc),
                true,
                new NamedDoctorReasonPages(
                        jdbc, NamedDoctorReasonPages.MAX_REASON_PAIRS, NamedDoctorReasonPages.MAX_ROWS_SORTED, 1),
                new NamedDoctorPatientPages(jdbc));
        checked += GridJumpChecks.assertPages(
                rows, oneGroup::ids, today, "one key group", filters, orders, GridJumpChecks.everyOffset());
        assertThat(checked).isGreaterThan(200);
    }

    /**
     * Round 15 ({@link NamedPatientReasonPages}, V0037): a name of many patients in the reason order is grouped by the
     * reason's key (its first 16 collation weights) from the names' indexes; round 16 (V0038) per key and day, the page
     * name by name where the key groups hold their whole reasons, else (and above the names' cap) as round 15. Reasons
     * that share prefixes longer than the key, differ only in case, accents or trailing spaces, hold a tab or a newline
     * (weights below the space's) where a shorter one ends, are empty, blank, missing, expand ('ß', 'Æ') or are very
     * long: every page, both ways, with a status, dates and a doctor's name, is the single query's, by the ranges and
     * by the grid's own path.
     */
    @Test
    void aNameOfManyPatientsInTheReasonOrderIsTheSingleQuerysWhateverTheReasonsHold() {
        writeClinic();
        LocalDate today = fixture.today();
        writeTrickyReasons(today);
        var filters = List.of(
                patientNamed(family),
                patientNamed("anna " + family + "m"),
                new AppointmentFilter(null, null, null, family, AppointmentStatus.SCHEDULED, null, null),
                new AppointmentFilter(null, null, null, family, null, today.minusDays(1), today.plusDays(1)),
                new AppointmentFilter(null, null, "kla " + family, family, null, null, null));
        var orders = GridJumpChecks.bothWays(AppointmentSort.REASON);
        // no patient counts as few: every name is read from the names' ranges and the reason key, per key and day
        // name by name (round 16, V0038) and, with no name within the cap, per key from the names' ranges (round 15)
        var byDay = new NamedPatientPages(jdbc, NameFilterPages.MAX_PEOPLE, 0);
        int checked = GridJumpChecks.assertPages(
                rows, byDay::ids, today, "by the reason key and day", filters, orders, GridJumpChecks.everyOffset());
        var byKey = new NamedPatientPages(jdbc, NameFilterPages.MAX_PEOPLE, 0, 0);
        checked += GridJumpChecks.assertPages(
                rows, byKey::ids, today, "by the reason key", filters, orders, GridJumpChecks.everyOffset());
        checked += GridJumpChecks.assertPages(rows, today, "the grid", filters, orders, GridJumpChecks.everyOffset());
        assertThat(checked).isGreaterThan(300);
    }

    /**
     * V0037's key orders reasons as {@code reason_sort} does (its first 32 bytes; equal ones tie there and are told
     * apart by the reason), and a key that says it holds its whole reason is one reason in the collation.
     */
    @Test
    void theReasonKeySortsAsTheReasonAndAWholeKeyIsOneReason() {
        writeClinic();
        writeTrickyReasons(fixture.today());
        String ours = " FROM appointments a WHERE a.patient_last_name LIKE ?";
        List<Long> byReason = jdbc.sql("SELECT a.appointment_id" + ours + " ORDER BY a.reason_sort, a.appointment_id")
                .param(family + "%")
                .query(Long.class)
                .list();
        List<Long> byKey = jdbc.sql("SELECT a.appointment_id" + ours
                        + " ORDER BY LEFT(a.reason_key, 32), a.reason_sort, a.appointment_id")
                .param(family + "%")
                .query(Long.class)
                .list();
        assertThat(byKey).hasSizeGreaterThan(40).isEqualTo(byReason);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM (SELECT a.reason_key" + ours
                                + " AND RIGHT(a.reason_key, 1) = X'00' GROUP BY a.reason_key"
                                + " HAVING COUNT(DISTINCT a.reason_sort) > 1) k")
                        .param(family + "%")
                        .query(Long.class)
                        .single())
                .as("whole keys of more than one reason")
                .isZero();
        assertThat(jdbc.sql("SELECT COUNT(*)" + ours + " AND RIGHT(a.reason_key, 1) = X'01'")
                        .param(family + "%")
                        .query(Long.class)
                        .single())
                .as("keys that do not hold their reason")
                .isGreaterThan(5);
    }

    /**
     * One row per reason that could trip a short key, spread over the clinic's patients, doctors and days. The long
     * ones differ within their first 512 characters or not within their first 700: between those, a sorted read
     * (max_sort_length, 1,024 bytes of weights) and the grid's reason index (700 characters) order them differently.
     */
    private void writeTrickyReasons(LocalDate today) {
        String prefix = "Kontrolle nach der Operation am linken Knie, ";
        String[] reasons = {
            "Check-up",
            "check-up",
            "CHECK-UP",
            "Chéck-up",
            "Check-up ",
            "Check-up   ",
            "Check-up\t",
            "Check-up\tb",
            "Check-up\nb",
            "Check-up b",
            "Check-upb",
            // 16 characters (the key's 32 bytes of weights) whole, then the same with a newline after them: the newline
            // weighs less than the space a shorter reason is padded with, so the longer one sorts first
            "Follow-up visit.",
            "Follow-up visit.\nBring results",
            "Follow-up visit.\tb",
            "Follow-up visit.b",
            "",
            " ",
            "   ",
            null,
            "\t",
            prefix + "Woche 1",
            prefix + "woche 1",
            prefix + "Woche 2",
            prefix + "Wöche 1 ",
            prefix,
            prefix + "\t",
            prefix + " ",
            "x".repeat(500) + "a",
            "x".repeat(500) + "B",
            "x".repeat(700) + "z",
            "x".repeat(1_000),
            "Straße",
            "Strasse",
            "Strassea",
            "ß",
            "Æther",
            "Aether",
            "Zzz"
        };
        AppointmentStatus[] statuses = AppointmentStatus.values();
        for (int r = 0; r < reasons.length; r++) {
            fixture.appointmentInSql(
                    doctors.get(r % doctors.size()),
                    patients.get(r % patients.size()),
                    today.plusDays(r % 5 - 2),
                    LocalTime.of(12, 0).plusMinutes(20L * (r / doctors.size())),
                    statuses[r % statuses.length],
                    reasons[r]);
        }
        summaries.rebuild(); // rows written in plain SQL
    }

    /** Patients with these names whose patient ids run against their users' ids (the order's tie-break). */
    private List<PatientSummary> patientsAgainstTheirUsersIds(String[][] names) {
        var userIds = new ArrayList<Long>();
        for (String[] name : names) {
            var userKey = new GeneratedKeyHolder();
            jdbc.sql("INSERT INTO users (email, phone, password_hash, role, first_name, last_name, date_of_birth)"
                            + " VALUES (?, ?, '{noop}-', 'PATIENT', ?, ?, '1980-06-15')")
                    .params(TestAccounts.uniqueEmail("ties"), TestAccounts.uniquePhone(), name[0], name[1])
                    .update(userKey);
            userIds.add(userKey.getKey().longValue());
        }
        var tied = new ArrayList<PatientSummary>();
        for (int i = names.length - 1; i >= 0; i--) {
            var patientKey = new GeneratedKeyHolder();
            jdbc.sql("INSERT INTO patients (user_id) VALUES (?)")
                    .param(userIds.get(i))
                    .update(patientKey);
            tied.addFirst(new PatientSummary(
                    patientKey.getKey().longValue(), userIds.get(i), names[i][0] + " " + names[i][1]));
        }
        return tied;
    }

    /** Every filter below, every order both ways, every offset up to past the end, pages of 1, 4 and 7 in turn. */
    private void assertExact(String when) {
        LocalDate today = fixture.today();
        var filters = new ArrayList<AppointmentFilter>();
        filters.add(doctorNamed(family));
        filters.add(doctorNamed("kla " + family));
        filters.add(doctorNamed(family + "Koch"));
        filters.add(patientNamed(family));
        filters.add(patientNamed("anna " + family + "Muller"));
        filters.add(new AppointmentFilter(null, null, family, "anna " + family, null, null, null));
        filters.add(new AppointmentFilter(null, null, family, null, AppointmentStatus.SCHEDULED, null, null));
        filters.add(new AppointmentFilter(null, null, family, null, null, today.minusDays(1), today.plusDays(1)));
        filters.add(new AppointmentFilter(null, null, family, null, AppointmentStatus.CANCELLED, null, today));
        filters.add(new AppointmentFilter(null, null, null, family, AppointmentStatus.COMPLETED, today, null));
        // round 12: named doctors by status and by date from their kept rows per day, with open and closed ranges
        filters.add(new AppointmentFilter(null, null, family, null, null, today.minusDays(2), null));
        filters.add(new AppointmentFilter(null, null, family, null, null, null, today.minusDays(1)));
        filters.add(new AppointmentFilter(
                null, null, "kla " + family, null, AppointmentStatus.NO_SHOW, today.minusDays(3), today.plusDays(2)));
        // round 13: named doctors by reason (NamedDoctorReasonPages) with a status and a range
        filters.add(new AppointmentFilter(
                null, null, family, null, AppointmentStatus.COMPLETED, today.minusDays(2), today.plusDays(1)));
        filters.add(doctorNamed(family + "Nobody"));
        filters.add(patientNamed(family + "Nobody"));
        // round 12 (NamedPatientPages): a patient's name with a date range, a status, a doctor's name; the longest
        // word last (the one whose prefix ranges are read)
        filters.add(new AppointmentFilter(null, null, null, family, null, today.minusDays(2), today));
        filters.add(new AppointmentFilter(null, null, null, "anna " + family, AppointmentStatus.SCHEDULED, null, null));
        filters.add(new AppointmentFilter(null, null, "kla " + family, family, null, null, null));
        filters.add(patientNamed("kla " + family + "Zeh"));
        // round 13 (V0033: the names copied onto the rows): a last name's prefix alone, a doctor's name with a date
        // range, a status and dates, a doctor chosen by id
        filters.add(patientNamed(family + "M"));
        filters.add(new AppointmentFilter(null, null, family + "Koch", family, null, today.minusDays(1), null));
        filters.add(new AppointmentFilter(
                null, null, null, "ann " + family, AppointmentStatus.NO_SHOW, today.minusDays(3), today));
        filters.add(new AppointmentFilter(doctors.get(1).doctorId(), null, null, family, null, null, null));
        var orders = GridJumpChecks.everyOrder();
        for (AppointmentFilter filter : filters) {
            List<Long> all = ids(rows.findInOneQuery(filter, orders.getFirst(), 0, 1_000_000, today));
            assertThat(rows.count(filter)).as("%s: count of %s", when, filter).isEqualTo(all.size());
        }
        int checked = GridJumpChecks.assertPages(rows, today, when, filters, orders, GridJumpChecks.everyOffset());
        assertThat(checked).as(when).isGreaterThan(600);
    }

    private AppointmentFilter doctorNamed(String name) {
        return new AppointmentFilter(null, null, name, null, null, null, null);
    }

    private AppointmentFilter patientNamed(String name) {
        return new AppointmentFilter(null, null, null, name, null, null, null);
    }

    private long count(AppointmentFilter filter) {
        long counted = rows.count(filter);
        assertThat(rows.countRows(filter)).as("the plain count of %s", filter).isEqualTo(counted);
        return counted;
    }

    private long rowsOfDoctor(DoctorSummary doctor) {
        return fixture.count("SELECT COUNT(*) FROM appointments WHERE doctor_id = ?", doctor.doctorId());
    }

    private long rowsOfPatients(int... indexes) {
        long total = 0;
        for (int i : indexes) {
            total += fixture.appointmentsOf(patients.get(i).patientId());
        }
        return total;
    }

    /** A patient written in plain SQL with this first and last name. */
    private PatientSummary patient(String firstName, String lastName) {
        var userKey = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO users (email, phone, password_hash, role, first_name, last_name, date_of_birth)"
                        + " VALUES (?, ?, '{noop}-', 'PATIENT', ?, ?, '1980-06-15')")
                .params(TestAccounts.uniqueEmail("names"), TestAccounts.uniquePhone(), firstName, lastName)
                .update(userKey);
        long userId = userKey.getKey().longValue();
        var patientKey = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO patients (user_id) VALUES (?)").param(userId).update(patientKey);
        return new PatientSummary(patientKey.getKey().longValue(), userId, firstName + " " + lastName);
    }

    private static List<Long> ids(List<AppointmentRow> list) {
        return list.stream().map(AppointmentRow::id).toList();
    }
}
