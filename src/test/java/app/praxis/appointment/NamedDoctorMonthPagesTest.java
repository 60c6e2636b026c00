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
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A doctor's name in the date, today-first and status orders, walked by month (V0050, issue 18, round 25): with rows
 * over six months around a today in mid-month (days of today's month before and after it, months wholly past and
 * wholly to come, pages that cross from one month into the next), every page at every offset (sizes 1, 4 and 7 in
 * turn), both directions, with each status, with a date range and without either, is the single query's; again after
 * bookings, a reschedule into another month, a cancellation and an outcome. After each write the kept rows per doctor
 * and month equal a recount; one made wrong moves the pages of a name of two words (they are what it reads; one word
 * reads its spellings' rows since V0057, {@link DoctorNameRowsTest}), and rebuild() repairs it.
 */
@IntegrationTest
class NamedDoctorMonthPagesTest {

    /** Days from today of the rows written in SQL: three months back to two ahead, today's month on both sides. */
    private static final int[] DAYS = {-75, -46, -40, -16, -2, -1, 0, 1, 3, 17, 20, 44, 52};

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
    void aDoctorsNameInTheDateOrdersIsTheSingleQuerysPage() {
        clock.setTo(fixture.today().withDayOfMonth(15).atTime(10, 0));
        String family = "Mon" + UUID.randomUUID().toString().substring(0, 8);
        LocalDate today = fixture.today();
        List<DoctorSummary> doctors =
                List.of(fixture.doctor(family + "Doc"), fixture.doctor(family + "Doc"), fixture.doctor(family));
        PatientSummary patient = fixture.patient(family + "Pat");
        AppointmentStatus[] statuses = AppointmentStatus.values();
        int written = 0;
        for (int i = 0; i < DAYS.length; i++) {
            for (int k = 0; k < 2 + i % 3; k++) {
                fixture.appointmentInSql(
                        doctors.get((i + k) % 3),
                        patient,
                        today.plusDays(DAYS[i]),
                        LocalTime.of(8, 0).plusMinutes(30L * k),
                        statuses[written++ % statuses.length],
                        null);
            }
        }
        // two rows at one date and time (two doctors): the id breaks the tie
        for (int d = 0; d < 2; d++) {
            fixture.appointmentInSql(
                    doctors.get(d),
                    patient,
                    today.plusDays(20),
                    LocalTime.of(18, 0),
                    AppointmentStatus.SCHEDULED,
                    null);
        }
        summaries.rebuild(); // plain SQL rows
        assertExact(doctors, family, "written");

        PatientSummary booker = fixture.patient(family + "Booker");
        SignIn.as(booker.userId(), Roles.PATIENT);
        long cancelled = booking.book(fixture.slot(doctors.get(0).doctorId(), 1, LocalTime.of(19, 0)), "Check-up");
        long moved = booking.book(fixture.slot(doctors.get(1).doctorId(), 2, LocalTime.of(8, 0)), "Check-up");
        long seen = booking.book(fixture.slot(doctors.get(1).doctorId(), 1, LocalTime.of(7, 0)), "Check-up");
        booking.reschedule(moved, fixture.slot(doctors.get(1).doctorId(), 40, LocalTime.of(9, 30)), "Later.");
        assertThat(YearMonth.from(today.plusDays(40)))
                .as("the reschedule's month")
                .isNotEqualTo(YearMonth.from(today.plusDays(2)));
        assertExact(doctors, family, "after bookings and a reschedule into another month");
        booking.cancel(cancelled, "Better.");
        clock.setTo(today.plusDays(1).atTime(12, 0));
        SignIn.as(doctors.get(1).userId(), Roles.DOCTOR);
        appointments.recordOutcome(seen, AppointmentStatus.COMPLETED);
        assertExact(doctors, family, "after a cancellation and an outcome");

        // the kept rows are what a name of two words reads (one word reads its spellings', V0057): the first month's
        // row made 3 too many moves the last page, rebuild() repairs
        LocalDate first = jdbc.sql("SELECT MIN(appointment_date) FROM appointments WHERE doctor_id = ?")
                .param(doctors.get(0).doctorId())
                .query(LocalDate.class)
                .single();
        GridJumpChecks.assertWrongRowMovesPagesOf(
                jdbc,
                rows,
                fixture.today(),
                "Doc " + family + "Doc",
                DoctorMonthRows.day(first),
                DoctorMonthRows.key(doctors.get(0).doctorId()),
                AppointmentSort.DATE);
        summaries.rebuild();
        assertExact(doctors, family, "after rebuild()");
    }

    /** The doctors' kept rows per month equal a recount, and every page in the date orders is the single query's. */
    private void assertExact(List<DoctorSummary> doctors, String family, String when) {
        String ids = doctors.stream().map(d -> String.valueOf(d.doctorId())).collect(Collectors.joining(", "));
        String keys = doctors.stream()
                .map(d -> String.valueOf(DoctorMonthRows.key(d.doctorId())))
                .collect(Collectors.joining(", "));
        var kept = new TreeMap<Long, String>();
        jdbc.sql("SELECT (doctor_id - " + DoctorMonthRows.ROW + ") * 1000000 + DATEDIFF(count_date, "
                        + DoctorMonthRows.FIRST_DAY_SQL + "), CONCAT_WS(',', scheduled, completed, no_shows,"
                        + " cancelled_by_patient, cancelled_by_practice) FROM appointment_daily_counts"
                        + " WHERE " + DoctorMonthRows.days("count_date") + " AND doctor_id IN (" + keys + ")"
                        + " AND scheduled + completed + no_shows + cancelled_by_patient + cancelled_by_practice > 0")
                .query(rs -> {
                    kept.put(rs.getLong(1), rs.getString(2));
                });
        assertThat(kept)
                .as(when + ": kept rows per doctor and month")
                .hasSizeGreaterThan(12)
                .isEqualTo(GridJumpChecks.recountedGroupRows(
                        jdbc,
                        "SELECT a.doctor_id * 1000000 + YEAR(a.appointment_date) * 12 + MONTH(a.appointment_date) - 1"
                                + " AS k, a.status, a.cancelled_by <=> p.user_id AS by_patient FROM appointments a"
                                + " JOIN patients p ON p.patient_id = a.patient_id WHERE a.doctor_id IN (" + ids
                                + ")"));
        var orders = new ArrayList<String>();
        orders.add(AppointmentSort.TODAY_FIRST.orderBy(true));
        orders.addAll(GridJumpChecks.bothWays(AppointmentSort.DATE));
        orders.addAll(GridJumpChecks.bothWays(AppointmentSort.STATUS));
        GridJumpChecks.assertDoctorNamePages(rows, fixture.today(), when, family, orders);
        // two words: the named doctors' own rows per month (one word sums its spellings', V0057)
        var twoWords = new ArrayList<AppointmentFilter>();
        twoWords.add(new AppointmentFilter(null, null, "Doc " + family, null, null, null, null));
        for (AppointmentStatus status : AppointmentStatus.values()) {
            twoWords.add(new AppointmentFilter(null, null, "Doc " + family + "Doc", null, status, null, null));
        }
        LocalDate today = fixture.today();
        twoWords.add(
                new AppointmentFilter(null, null, "Doc " + family, null, null, today.minusDays(1), today.plusDays(2)));
        assertThat(GridJumpChecks.assertPages(rows, today, when, twoWords, orders, GridJumpChecks.everyOffset()))
                .as(when)
                .isGreaterThan(150);
    }
}
