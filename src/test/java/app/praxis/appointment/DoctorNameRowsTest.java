package app.praxis.appointment;

import static org.assertj.core.api.Assertions.assertThat;

import app.praxis.doctor.DoctorSummary;
import app.praxis.patient.PatientSummary;
import app.praxis.security.Roles;
import app.praxis.support.IntegrationTest;
import app.praxis.support.SignIn;
import app.praxis.support.TestClock;
import app.praxis.user.UserProfiles;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The kept rows per spelling of a doctor's name (V0057, issue 18, round 44). Doctors whose last names start with a
 * family's word, one whose both names do (counted twice in the spellings' rows, subtracted once), one whose two names
 * are one spelling, and two spellings equal in the collation ('Müller', 'Muller'): after rows written in SQL and a
 * rebuild, bookings (one by a doctor whose spellings have no row yet), a reschedule into another month, a
 * cancellation, an outcome and two renames (to a new spelling and to one in use), the rows of every visit day, month,
 * start time (V0060) and bucket of the reason and patient orders (V0061, V0062: counted again after a rename's commit)
 * per spelling equal a recount from the doctors' names of now, and the counts are the single query's. After the rows
 * written, the renames and a rebuild, every page at every offset in the orders that sum them (today first, by date, by
 * status, by time, by reason, by patient; one word, each status, days closed, open at either end) is too. A
 * spelling's row of a day made wrong moves the count with days, one of a month the count without (round 47: read
 * without the doctors), and rebuild() repairs them.
 */
@IntegrationTest
class DoctorNameRowsTest {

    /** Days from today of the rows written in SQL: months back and ahead, and today's month. */
    private static final int[] DAYS = {-70, -33, -9, -1, 0, 2, 5, 31, 64};

    @Autowired
    AppointmentRowRepository rows;

    @Autowired
    BookingService booking;

    @Autowired
    BookingFixture fixture;

    @Autowired
    AppointmentService appointments;

    @Autowired
    AppointmentSummaries summaries;

    @Autowired
    UserProfiles userProfiles;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    TestClock clock;

    @Autowired
    JdbcClient jdbc;

    private String family;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void aDoctorsNameIsCountedAndWalkedFromItsSpellingsRows() {
        clock.setTo(fixture.today().withDayOfMonth(14).atTime(10, 0));
        family = "Nam" + UUID.randomUUID().toString().substring(0, 8);
        LocalDate today = fixture.today();
        List<DoctorSummary> doctors = List.of(
                fixture.doctor(family + "Doc"),
                fixture.doctor(family + "Doc"),
                fixture.doctor(family),
                fixture.doctor(family + "Vor", family + "Nach"),
                fixture.doctor(family + "Zwei", family + "Zwei"),
                fixture.doctor(family + "Müller"),
                fixture.doctor(family + "Muller"));
        PatientSummary patient = fixture.patient(family + "Pat");
        AppointmentStatus[] statuses = AppointmentStatus.values();
        int written = 0;
        for (int i = 0; i < DAYS.length; i++) {
            for (int k = 0; k < doctors.size(); k++) {
                if ((i + k) % 3 != 0) {
                    fixture.appointmentInSql(
                            doctors.get(k),
                            patient,
                            today.plusDays(DAYS[i]),
                            LocalTime.of(8, 0).plusMinutes(30L * k),
                            statuses[written++ % statuses.length],
                            null);
                }
            }
        }
        summaries.rebuild(); // plain SQL rows
        assertExact("written", true);

        // a doctor whose spellings have no row yet: their first booking adds them
        DoctorSummary newcomer = fixture.doctor(family + "Erst", family + "Spät");
        assertThat(spellings(family + "Erst")).as("added with the doctor").isOne();
        // as for a doctor written in plain SQL: the spellings have no rows until the doctor is first counted
        jdbc.sql("DELETE FROM doctor_name_spellings WHERE spelling IN (CAST(? AS BINARY), CAST(? AS BINARY))")
                .params(family + "Erst", family + "Spät")
                .update();
        assertThat(spellings(family + "Erst")).isZero();
        PatientSummary booker = fixture.patient(family + "Booker");
        SignIn.as(booker.userId(), Roles.PATIENT);
        booking.book(fixture.slot(newcomer.doctorId(), 1, LocalTime.of(9, 0)), "Check-up");
        assertThat(spellings(family + "Erst")).isOne();
        long cancelled = booking.book(fixture.slot(doctors.get(3).doctorId(), 1, LocalTime.of(19, 0)), "Check-up");
        long moved = booking.book(fixture.slot(doctors.get(4).doctorId(), 2, LocalTime.of(8, 0)), "Check-up");
        long seen = booking.book(fixture.slot(doctors.get(0).doctorId(), 1, LocalTime.of(7, 0)), "Check-up");
        booking.reschedule(moved, fixture.slot(doctors.get(4).doctorId(), 40, LocalTime.of(9, 30)), "Later.");
        assertExact("after bookings and a reschedule into another month", false);
        booking.cancel(cancelled, "Better.");
        clock.setTo(today.plusDays(1).atTime(12, 0));
        SignIn.as(doctors.get(0).userId(), Roles.DOCTOR);
        appointments.recordOutcome(seen, AppointmentStatus.COMPLETED);
        SignIn.out();
        assertExact("after a cancellation and an outcome", false);

        // a kept row of another kind under a renamed doctor's key of start times, on another day (a reason bucket's
        // on the sentinel's day: ReasonOrderJumps.ROW is DoctorTimeRows.ROW) stays out of the spellings' rows
        String otherKind = "INSERT INTO appointment_daily_counts (count_date, doctor_id, scheduled) VALUES (?, ?, ?)"
                + " ON DUPLICATE KEY UPDATE scheduled = scheduled + VALUES(scheduled)";
        long timesKey = DoctorTimeRows.key(doctors.get(0).doctorId());
        jdbc.sql(otherKind).params(DoctorAndTimeJumps.SENTINEL, timesKey, 5).update();
        rename(doctors.get(0), family + "Umbenannt"); // to a new spelling
        rename(doctors.get(2), family + "Doc"); // to a spelling in use
        assertExact("after two renames", true);
        jdbc.sql(otherKind).params(DoctorAndTimeJumps.SENTINEL, timesKey, -5).update();

        // the spellings' rows are what is read: one made 3 too many moves the count, rebuild() repairs it
        var filter = new AppointmentFilter(null, null, family, null, null, today.minusDays(40), today);
        long right = rows.count(filter);
        jdbc.sql("UPDATE appointment_daily_counts SET completed = completed + 3 WHERE count_date = ? AND doctor_id ="
                        + " (SELECT ? + spelling_id FROM doctor_name_spellings WHERE spelling = CAST(? AS BINARY))")
                .params(today.minusDays(1), DoctorNameRows.ROW, family)
                .update();
        assertThat(rows.count(filter)).isEqualTo(right + 3);
        // without days, its rows of months are (round 47)
        var allTime = new AppointmentFilter(null, null, family, null, null, null, null);
        long rightAllTime = rows.count(allTime);
        assertThat(jdbc.sql("UPDATE appointment_daily_counts SET no_shows = no_shows + 2 WHERE count_date = ?"
                                + " AND doctor_id = (SELECT ? + spelling_id FROM doctor_name_spellings"
                                + " WHERE spelling = CAST(? AS BINARY))")
                        .params(DoctorMonthRows.day(today), DoctorNameRows.ROW, family + "Doc")
                        .update())
                .isOne();
        assertThat(rows.count(allTime)).isEqualTo(rightAllTime + 2);
        summaries.rebuild();
        assertExact("after rebuild()", true);
    }

    /** Each appointment's row of a kind ({@code row}, on {@code day}) per spelling, keyed as the kept rows are. */
    private static String recountOf(long row, String day, String spelled) {
        return "SELECT " + row + " + s.spelling_id * 1000000 + DATEDIFF(" + day + ", DATE '1000-01-01') AS k, a.status,"
                + " a.cancelled_by <=> p.user_id AS by_patient" + spelled;
    }

    private long spellings(String name) {
        return jdbc.sql("SELECT COUNT(*) FROM doctor_name_spellings WHERE spelling = CAST(? AS BINARY)")
                .param(name)
                .query(Long.class)
                .single();
    }

    private void rename(DoctorSummary doctor, String lastName) {
        GridJumpChecks.renameDoctor(userProfiles, transactions, jdbc, doctor, lastName);
        SignIn.out();
    }

    /**
     * The family's spellings' rows of every visit day and month equal a recount from the doctors' names of now, and
     * the count (and with {@code pages} every page) of the family's names is the single query's.
     */
    private void assertExact(String when, boolean pages) {
        // V0057's and V0060's keys, and V0061's and V0062's (each kind keyed apart: the last two share their days)
        String keyed = "(c.doctor_id DIV 1000000000000) * 1000000000000 + (c.doctor_id MOD 1000000000000) * 1000000"
                + " + DATEDIFF(c.count_date, DATE '1000-01-01')";
        var kept = new TreeMap<Long, String>();
        jdbc.sql("SELECT " + keyed + ", CONCAT_WS(',', c.scheduled, c.completed, c.no_shows, c.cancelled_by_patient,"
                        + " c.cancelled_by_practice) FROM appointment_daily_counts c JOIN doctor_name_spellings s"
                        + " ON c.doctor_id IN (" + DoctorNameRows.ROW + " + s.spelling_id, "
                        + DoctorNameBucketRows.Order.REASON.row + " + s.spelling_id, "
                        + DoctorNameBucketRows.Order.PATIENT.row + " + s.spelling_id) WHERE s.name LIKE ?"
                        + " AND c.scheduled + c.completed + c.no_shows + c.cancelled_by_patient"
                        + " + c.cancelled_by_practice > 0")
                .param(family + "%")
                .query(rs -> {
                    kept.put(rs.getLong(1), rs.getString(2));
                });
        String spelled = SpellingBucketChecks.SPELLED + " WHERE s.name LIKE '" + family + "%'";
        var kinds = new ArrayList<String>();
        for (String day : List.of("a.appointment_date", DoctorMonthRows.DAY_SQL, DoctorTimeRows.DAY_SQL)) {
            kinds.add(recountOf(DoctorNameRows.ROW, day, spelled));
        }
        for (DoctorNameBucketRows.Order order : DoctorNameBucketRows.Order.values()) {
            kinds.add(recountOf(order.row, DoctorNameBucketRows.daySql(SpellingBucketChecks.bucketOf(order)), spelled));
        }
        Map<Long, String> recounted = GridJumpChecks.recountedGroupRows(jdbc, String.join(" UNION ALL ", kinds));
        assertThat(kept)
                .as(when + ": the spellings' rows of visit days, months, start times, reason and patient buckets")
                .hasSizeGreaterThan(40)
                .isEqualTo(recounted);
        assertThat(SpellingBucketChecks.keptPerPatient(jdbc, family))
                .as(when + ": the spellings' rows per patient (V0065)")
                .isNotEmpty()
                .isEqualTo(SpellingBucketChecks.recountedPerPatient(jdbc, family));

        LocalDate today = fixture.today();
        var filters = new ArrayList<AppointmentFilter>();
        for (String name : List.of(family, family + "Doc", family + "Mül", family + "Zwei")) {
            filters.add(new AppointmentFilter(null, null, name, null, null, null, null));
            filters.add(new AppointmentFilter(null, null, name, null, null, today.minusDays(35), today.plusDays(3)));
        }
        for (AppointmentStatus status : AppointmentStatus.values()) {
            filters.add(new AppointmentFilter(null, null, family, null, status, null, null));
            filters.add(
                    new AppointmentFilter(null, null, family, null, status, today.minusDays(9), today.plusDays(40)));
        }
        filters.add(new AppointmentFilter(null, null, family, null, null, null, today.plusDays(2)));
        filters.add(new AppointmentFilter(null, null, family, null, null, today.minusDays(1), null));
        filters.add(new AppointmentFilter(null, null, family, null, AppointmentStatus.SCHEDULED, null, today));
        for (AppointmentFilter filter : filters) {
            assertThat(rows.count(filter))
                    .as("%s: the count of %s", when, filter)
                    .isEqualTo(rows.countRows(filter));
        }
        if (!pages) {
            return;
        }
        var orders = new ArrayList<String>();
        orders.add(AppointmentSort.TODAY_FIRST.orderBy(true));
        orders.addAll(GridJumpChecks.bothWays(AppointmentSort.DATE));
        orders.addAll(GridJumpChecks.bothWays(AppointmentSort.STATUS));
        orders.addAll(GridJumpChecks.bothWays(AppointmentSort.TIME));
        orders.addAll(GridJumpChecks.bothWays(AppointmentSort.REASON));
        orders.addAll(GridJumpChecks.bothWays(AppointmentSort.PATIENT));
        int checked = GridJumpChecks.assertPages(rows, today, when, filters, orders, GridJumpChecks.everyOffset());
        assertThat(checked).as(when).isGreaterThan(1_000);
    }
}
