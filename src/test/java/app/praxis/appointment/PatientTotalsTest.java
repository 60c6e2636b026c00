package app.praxis.appointment;

import static org.assertj.core.api.Assertions.assertThat;

import app.praxis.patient.PatientProfileService;
import app.praxis.patient.PatientSummary;
import app.praxis.support.IntegrationTest;
import app.praxis.support.SignIn;
import app.praxis.support.TestClock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The patients' kept rows (V0042, issue 18 round 17): a patient's name alone (or with a status) is jumped in the
 * patient order from them, and counted from them when it has two words or more (one word's count: from the names'
 * rows per start time since round 23). On names equal in the collation (Müller/MÜLLER/Muller), patients whose
 * first and last name both start with the word, a patient without appointments, each filter's count and every page
 * at every offset by patient in both directions equal the single query's; the kept rows equal a recount from the
 * appointments after each kind of write (booking, reschedule, cancellation, outcome, rename, a deletion in SQL,
 * rebuild()), and so do the kept pairs of names (V0054, round 33). A pair's row made wrong on purpose changes the count
 * (the kept rows are what is read).
 */
@IntegrationTest
class PatientTotalsTest {

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

    String family;

    /** This test's patients: the kept rows compared with a recount are theirs (other tests write rows in SQL). */
    final List<Long> ours = new ArrayList<>();

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void theKeptRowsCountAndPageAPatientsNameAsTheSingleQueryAfterEveryKindOfWrite() {
        family = "Pt" + UUID.randomUUID().toString().substring(0, 8);
        LocalDate today = fixture.today();
        var doctors = List.of(fixture.doctor(family + "Doc"), fixture.doctor(family + "Doc"));
        String[][] names = {
            {"Anna", family + "Müller"},
            {"anna", family + "Muller"},
            {"Änna", family + "MÜLLER"},
            {family + "Ann", family + "Annaberg"}, // both names start with the family's word
            {family + "Ann", "Berg"},
            {"Ann", family + "Annaberg"},
            {"Zoë", family + "Arzt"},
            {"Zoe", family + "Ärzt"},
            {"Ida", family + "Muller"},
            {"Bob", family + "Mull"} // no appointment
        };
        var patients = new ArrayList<PatientSummary>();
        for (String[] name : names) {
            patients.add(GridJumpChecks.patient(jdbc, "totals", name[0], name[1]));
            ours.add(patients.getLast().patientId());
        }
        AppointmentStatus[] statuses = AppointmentStatus.values();
        int written = 0;
        for (int p = 0; p < patients.size() - 1; p++) {
            for (int k = 0; k < 1 + p % 4; k++) {
                fixture.appointmentInSql(
                        doctors.get((p + k) % 2),
                        patients.get(p),
                        today.plusDays(k - 2),
                        LocalTime.of(8, 0).plusMinutes(20L * p),
                        statuses[written++ % statuses.length],
                        null);
            }
        }
        // two rows of one patient at one date and time (two doctors): ties inside a patient
        fixture.appointmentInSql(
                doctors.get(0), patients.get(1), today, LocalTime.of(16, 0), AppointmentStatus.SCHEDULED, null);
        fixture.appointmentInSql(
                doctors.get(1), patients.get(1), today, LocalTime.of(16, 0), AppointmentStatus.SCHEDULED, null);
        assertExact("after rows written in SQL");
        summaries.rebuild();
        assertExact("after rebuild()");

        PatientSummary booker = fixture.patient(family + "Mu");
        ours.add(booker.patientId());
        GridJumpChecks.bookMoveCancelComplete(
                booking, appointments, fixture, clock, doctors.get(0), booker, this::assertExact);

        GridJumpChecks.renamePatient(profiles, booker, family + "Aaa");
        assertExact("after the patient was renamed to the front");
        // not the family's word (no page holds it), but in the family's pairs of names (compared with a recount)
        GridJumpChecks.renamePatient(profiles, booker, "Elsewhere" + family);
        assertExact("after the patient was renamed out of the name");
        assertThat(keptName(booker)).isEqualTo("Elsewhere" + family);

        // a row written in SQL (a booking's has a payment) deleted in SQL, its kept counts taken out first
        long deleted = jdbc.sql("SELECT MAX(appointment_id) FROM appointments WHERE patient_id = ?")
                .param(patients.get(2).patientId())
                .query(Long.class)
                .single();
        for (String statement : PatientTotals.changeStatements(-1)) {
            jdbc.sql(statement).param(deleted).update();
        }
        for (String statement : PatientNameCounts.changeStatements(-1)) { // the names' rows: one word's count
            jdbc.sql(statement).param(deleted).update();
        }
        jdbc.sql("DELETE FROM appointments WHERE appointment_id = ?")
                .param(deleted)
                .update();
        assertExact("after a deletion in SQL");

        // the kept rows are what is read: a pair of names' made wrong (V0054) changes the count of two words (one
        // word's count is summed from the names' rows per start time since round 23: PatientNameCountsTest), rebuild()
        // repairs it
        jdbc.sql("UPDATE appointment_patient_pair_totals SET total = total + 5"
                        + " WHERE first_spelling = CAST(? AS BINARY) AND last_spelling = CAST(? AS BINARY)")
                .params(names[1][0], names[1][1])
                .update();
        var name = new AppointmentFilter(null, null, null, "ann " + family, null, null, null);
        assertThat(rows.count(name)).isEqualTo(rows.countRows(name) + 5);
        summaries.rebuild();
        assertExact("after rebuild() repaired a kept row");
    }

    /** The kept rows equal a recount; the name's count and pages by patient equal the single query's. */
    private void assertExact(String when) {
        assertThat(mismatchedKeptRows())
                .as("kept rows against a recount, %s", when)
                .isZero();
        var filters = new ArrayList<AppointmentFilter>();
        for (String typed : List.of(family, family + "mu", family + "ann", "ann " + family, family + "ar")) {
            filters.add(new AppointmentFilter(null, null, null, typed, null, null, null));
        }
        for (AppointmentStatus status : AppointmentStatus.values()) {
            filters.add(new AppointmentFilter(null, null, null, family, status, null, null));
        }
        // the name read from the names' ranges (no patient counts as few) and as the repository reads it
        var pages = new NamedPatientPages(jdbc, NameFilterPages.MAX_PEOPLE, 0);
        for (AppointmentFilter filter : filters) {
            assertThat(pages.count(filter)).as("count of %s, %s", filter, when).isEqualTo(rows.countRows(filter));
            assertThat(rows.count(filter)).as("count of %s, %s", filter, when).isEqualTo(rows.countRows(filter));
        }
        LocalDate today = fixture.today();
        List<String> orders = GridJumpChecks.bothWays(AppointmentSort.PATIENT);
        int checked = GridJumpChecks.assertPages(
                rows, pages::ids, today, when, filters, orders, GridJumpChecks.everyOffset());
        checked += GridJumpChecks.assertPages(rows, today, when, filters, orders, GridJumpChecks.everyOffset());
        assertThat(checked).as(when).isGreaterThan(150);
    }

    /**
     * Kept rows that differ from the appointments' recount (names, user id or any count), either way; the same for
     * the pairs of names (V0054) that hold this test's family (its patients' only, all renames included).
     */
    private long mismatchedKeptRows() {
        String recount = "SELECT a.patient_id, u.user_id, u.last_name, u.first_name,"
                + " SUM(a.status = 'SCHEDULED') AS scheduled, SUM(a.status = 'COMPLETED') AS completed,"
                + " SUM(a.status = 'NO_SHOW') AS no_shows, SUM(a.status = 'CANCELLED') AS cancelled, COUNT(*) AS total"
                + " FROM appointments a JOIN patients p ON p.patient_id = a.patient_id"
                + " JOIN users u ON u.user_id = p.user_id WHERE a.patient_id IN (:ours) GROUP BY a.patient_id, u.user_id, u.last_name, u.first_name";
        long wrong = count("SELECT COUNT(*) FROM (" + recount + ") r LEFT JOIN appointment_patient_totals t"
                + " ON t.patient_id = r.patient_id AND t.user_id = r.user_id"
                + " AND CAST(t.patient_last_name AS BINARY) = CAST(r.last_name AS BINARY)"
                + " AND CAST(t.patient_first_name AS BINARY) = CAST(r.first_name AS BINARY)"
                + " AND t.scheduled = r.scheduled AND t.completed = r.completed AND t.no_shows = r.no_shows"
                + " AND t.cancelled = r.cancelled AND t.total = r.total WHERE t.patient_id IS NULL");
        long extra = count(
                "SELECT COUNT(*) FROM appointment_patient_totals t WHERE t.total <> 0"
                        + " AND t.patient_id IN (:ours) AND NOT EXISTS (SELECT 1 FROM appointments a WHERE a.patient_id = t.patient_id)");
        String pairs = "SELECT CAST(u.first_name AS BINARY) AS f, CAST(u.last_name AS BINARY) AS l,"
                + " SUM(a.status = 'SCHEDULED') AS scheduled, SUM(a.status = 'COMPLETED') AS completed,"
                + " SUM(a.status = 'NO_SHOW') AS no_shows, SUM(a.status = 'CANCELLED') AS cancelled, COUNT(*) AS total"
                + " FROM appointments a JOIN patients p ON p.patient_id = a.patient_id"
                + " JOIN users u ON u.user_id = p.user_id WHERE a.patient_id IN (:ours)"
                + " GROUP BY CAST(u.first_name AS BINARY), CAST(u.last_name AS BINARY)";
        String same = " t.first_spelling = r.f AND t.last_spelling = r.l AND t.scheduled = r.scheduled"
                + " AND t.completed = r.completed AND t.no_shows = r.no_shows AND t.cancelled = r.cancelled"
                + " AND t.total = r.total";
        long wrongPairs = count("SELECT COUNT(*) FROM (" + pairs + ") r WHERE NOT EXISTS"
                + " (SELECT 1 FROM appointment_patient_pair_totals t WHERE" + same + ")");
        long extraPairs = jdbc.sql("SELECT COUNT(*) FROM appointment_patient_pair_totals t"
                        + " WHERE (INSTR(t.first_spelling, CAST(:family AS BINARY)) > 0"
                        + " OR INSTR(t.last_spelling, CAST(:family AS BINARY)) > 0)"
                        + " AND (t.total <> 0 OR t.scheduled <> 0 OR t.completed <> 0 OR t.no_shows <> 0"
                        + " OR t.cancelled <> 0) AND NOT EXISTS (SELECT 1 FROM (" + pairs + ") r WHERE" + same + ")")
                .param("family", family)
                .param("ours", ours)
                .query(Long.class)
                .single();
        return wrong + extra + wrongPairs + extraPairs;
    }

    private long count(String sql) {
        return jdbc.sql(sql).param("ours", ours).query(Long.class).single();
    }

    private String keptName(PatientSummary patient) {
        return jdbc.sql("SELECT patient_last_name FROM appointment_patient_totals WHERE patient_id = ?")
                .param(patient.patientId())
                .query(String.class)
                .single();
    }
}
