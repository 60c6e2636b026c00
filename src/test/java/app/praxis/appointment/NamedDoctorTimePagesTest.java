package app.praxis.appointment;

import static org.assertj.core.api.Assertions.assertThat;

import app.praxis.doctor.DoctorSummary;
import app.praxis.patient.PatientSummary;
import app.praxis.security.Roles;
import app.praxis.support.IntegrationTest;
import app.praxis.support.SignIn;
import app.praxis.support.TestClock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A doctor's name in the time order, walked by start time (issue 18): with a status along V0048's index (round 22),
 * and without days from each doctor's kept rows per start time (V0049, round 24), or for a name of one word from its
 * spellings' (V0060, round 47). With start times shared by several days and doctors (ties broken by date, then id, two
 * rows at one date and time), times only some statuses have, every page at every offset (sizes 1, 4 and 7 in turn),
 * both directions, with each status, with a date range and without either, is the single query's; again after a
 * booking, a reschedule to another time, an outcome and a cancellation (whose entry moves to another status). After
 * each write the kept rows per time equal a recount; one made wrong moves the pages (they are what is read), and
 * rebuild() repairs it.
 */
@IntegrationTest
class NamedDoctorTimePagesTest {

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
    TestClock clock;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void aDoctorsNameInTheTimeOrderIsTheSingleQuerysPage() {
        String family = "Tim" + UUID.randomUUID().toString().substring(0, 8);
        LocalDate today = fixture.today();
        List<DoctorSummary> doctors =
                List.of(fixture.doctor(family + "Doc"), fixture.doctor(family + "Doc"), fixture.doctor(family));
        PatientSummary patient = fixture.patient(family + "Pat");
        AppointmentStatus[] statuses = AppointmentStatus.values();
        int written = 0;
        for (int t = 0; t < 7; t++) {
            LocalTime time = LocalTime.of(8, 0).plusMinutes(45L * t);
            // more rows at the earlier times; some times with one status only
            for (int k = 0; k < 9 - t; k++) {
                AppointmentStatus status = t == 5 ? AppointmentStatus.COMPLETED : statuses[written % statuses.length];
                written++;
                fixture.appointmentInSql(
                        doctors.get((t + k) % 3), patient, today.plusDays(k % 4 - 2), time, status, "Reason " + k);
            }
        }
        // two rows at one date and time (two doctors): the id breaks the tie
        for (int d = 0; d < 2; d++) {
            fixture.appointmentInSql(
                    doctors.get(d), patient, today, LocalTime.of(18, 0), AppointmentStatus.SCHEDULED, null);
        }
        assertThat(jdbc.sql("SELECT COUNT(DISTINCT start_time) FROM appointments WHERE doctor_id = ?"
                                + " AND status = 'SCHEDULED'")
                        .param(doctors.get(0).doctorId())
                        .query(Long.class)
                        .single())
                .as("a status's rows at several times of one doctor")
                .isGreaterThan(2);
        summaries.rebuild(); // plain SQL rows
        assertExact(doctors, family, "written");

        PatientSummary booker = fixture.patient(family + "Booker");
        SignIn.as(booker.userId(), Roles.PATIENT);
        long booked = booking.book(fixture.slot(doctors.get(0).doctorId(), 1, LocalTime.of(19, 0)), "Check-up");
        long moved = booking.book(fixture.slot(doctors.get(1).doctorId(), 2, LocalTime.of(8, 0)), "Check-up");
        assertExact(doctors, family, "after two bookings");
        booking.reschedule(moved, fixture.slot(doctors.get(1).doctorId(), 3, LocalTime.of(9, 30)), "Later.");
        assertExact(doctors, family, "after a reschedule to another time");
        booking.cancel(booked, "Better.");
        assertExact(doctors, family, "after a cancellation");
        clock.setTo(today.plusDays(3).atTime(12, 0));
        SignIn.as(doctors.get(1).userId(), Roles.DOCTOR);
        appointments.recordOutcome(moved, AppointmentStatus.COMPLETED);
        assertExact(doctors, family, "after an outcome");

        // the kept rows are what is read, a name of one word its spelling's (V0060), of two words its doctors' own:
        // the first time's row made 3 too many moves the last page, rebuild() repairs them
        long spelling = jdbc.sql("SELECT ? + spelling_id FROM doctor_name_spellings WHERE spelling = CAST(? AS BINARY)")
                .params(DoctorNameRows.ROW, family + "Doc")
                .query(Long.class)
                .single();
        GridJumpChecks.assertWrongRowMovesPages(
                jdbc, rows, today, family, DoctorTimeRows.day(LocalTime.of(8, 0)), spelling, AppointmentSort.TIME);
        GridJumpChecks.assertWrongRowMovesPagesOf(
                jdbc,
                rows,
                today,
                "Doc " + family + "Doc",
                DoctorTimeRows.day(LocalTime.of(8, 0)),
                DoctorTimeRows.key(doctors.get(0).doctorId()),
                AppointmentSort.TIME);
        summaries.rebuild();
        assertExact(doctors, family, "after rebuild()");
    }

    /** The doctors' kept rows per time equal a recount, and every page by time is the single query's. */
    private void assertExact(List<DoctorSummary> doctors, String family, String when) {
        String ids = doctors.stream().map(d -> String.valueOf(d.doctorId())).collect(Collectors.joining(", "));
        String keys = doctors.stream()
                .map(d -> String.valueOf(DoctorTimeRows.key(d.doctorId())))
                .collect(Collectors.joining(", "));
        var kept = new TreeMap<Long, String>();
        jdbc.sql("SELECT (doctor_id - " + DoctorTimeRows.ROW + ") * 100000 + DATEDIFF(count_date, "
                        + DoctorTimeRows.FIRST_DAY_SQL + "), CONCAT_WS(',', scheduled, completed, no_shows,"
                        + " cancelled_by_patient, cancelled_by_practice) FROM appointment_daily_counts"
                        + " WHERE count_date BETWEEN " + DoctorTimeRows.FIRST_DAY_SQL + " AND "
                        + DoctorTimeRows.LAST_DAY_SQL + " AND doctor_id IN (" + keys + ")"
                        + " AND scheduled + completed + no_shows + cancelled_by_patient + cancelled_by_practice > 0")
                .query(rs -> {
                    kept.put(rs.getLong(1), rs.getString(2));
                });
        assertThat(kept)
                .as(when + ": kept rows per doctor and time")
                .isNotEmpty()
                .isEqualTo(GridJumpChecks.recountedGroupRows(
                        jdbc,
                        "SELECT a.doctor_id * 100000 + TIME_TO_SEC(a.start_time) AS k, a.status,"
                                + " a.cancelled_by <=> p.user_id AS by_patient FROM appointments a"
                                + " JOIN patients p ON p.patient_id = a.patient_id WHERE a.doctor_id IN (" + ids
                                + ")"));
        GridJumpChecks.assertDoctorNamePages(rows, fixture.today(), when, family, AppointmentSort.TIME);
        // a name of two words sums its doctors' own rows per time (one word its spellings', V0060)
        var twoWords = List.of(
                new AppointmentFilter(null, null, "Doc " + family + "Doc", null, null, null, null),
                new AppointmentFilter(null, null, "Doc " + family, null, AppointmentStatus.SCHEDULED, null, null));
        assertThat(GridJumpChecks.assertPages(
                        rows,
                        fixture.today(),
                        when,
                        twoWords,
                        GridJumpChecks.bothWays(AppointmentSort.TIME),
                        GridJumpChecks.everyOffset()))
                .as(when)
                .isGreaterThan(50);
    }
}
