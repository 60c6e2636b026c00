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
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The admins' grid's jumps in the order by doctor and by time from V0024's totals ({@link DoctorAndTimeJumps}, issue
 * 18): on the whole test database plus rows of this test full of ties (two doctors of one name, four doctors at the
 * same times on the same days, every status), every offset around this test's rows and offsets spread over the whole
 * table, page sizes 1, 4 and 7 in turn ({@link GridJumpChecks#assertPages}), both directions, with no filter, a status,
 * a date range (the time order from its totals; the doctor order from the day-and-doctor rows of a closed range of a
 * few days, by offset for an open one) and both, give exactly the page of the one query that sorts and skips every row:
 * after a rebuild, then after a booking, a cancellation, a reschedule and outcomes through the services (the totals
 * kept by the deltas at commit, no rebuild), and again after a rebuild.
 */
@IntegrationTest
class DoctorAndTimeJumpsTest {

    @Autowired
    AppointmentRowRepository rows;

    @Autowired
    AppointmentSummaries summaries;

    @Autowired
    BookingService booking;

    @Autowired
    AppointmentService appointments;

    @Autowired
    BookingFixture fixture;

    @Autowired
    TestClock clock;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void everyJumpByDoctorAndByTimeIsThePageOfTheSingleQuery() {
        summaries.rebuild(); // other tests write appointments in plain SQL
        String family = "Hop" + UUID.randomUUID().toString().substring(0, 8);
        var doctors = new ArrayList<DoctorSummary>();
        for (String name : List.of("Aa", "Aa", "Bb", "Cc")) { // two doctors of one name: ordered by user id
            doctors.add(fixture.doctor(family + name));
        }
        var patients = new ArrayList<PatientSummary>();
        for (String name : List.of("X", "Y", "Z")) {
            patients.add(fixture.quickPatient(family + name));
        }
        LocalDate today = fixture.today();
        AppointmentStatus[] statuses = AppointmentStatus.values();
        int written = 0;
        // four doctors at the same (odd) times on days around today: ties on time and date
        for (int day = -3; day <= 3; day++) {
            for (LocalTime time : List.of(LocalTime.of(6, 7), LocalTime.of(6, 7, 30), LocalTime.of(21, 13))) {
                for (int d = 0; d < doctors.size(); d++) {
                    fixture.appointmentInSql(
                            doctors.get(d),
                            patients.get((d + day + 3) % patients.size()),
                            today.plusDays(day),
                            time,
                            statuses[(written + d + day + 3) % statuses.length],
                            "Jump " + written);
                    written++;
                }
            }
        }
        summaries.rebuild(); // written in plain SQL
        var mine = new HashSet<Long>(jdbc.sql("SELECT appointment_id FROM appointments WHERE doctor_id IN (:ids)")
                .param("ids", doctors.stream().map(DoctorSummary::doctorId).toList())
                .query(Long.class)
                .list());
        assertEveryJump(mine, "after a rebuild");

        // changes through the services: the totals follow by the deltas written at commit
        PatientSummary patient = fixture.patient(family + "Booker");
        DoctorSummary booked = fixture.doctor(family + "Aa"); // a third of that name, free at the tied times
        SignIn.as(patient.userId(), Roles.PATIENT);
        long first = booking.book(fixture.slot(booked.doctorId(), 1, LocalTime.of(6, 7)), "A booking");
        long second = booking.book(fixture.slot(booked.doctorId(), 2, LocalTime.of(21, 13)), "Another");
        long third = booking.book(fixture.slot(booked.doctorId(), 1, LocalTime.of(21, 13)), "A third");
        mine.addAll(List.of(first, second, third));
        assertEveryJump(mine, "after three bookings");
        booking.cancel(second, "Not needed.");
        booking.reschedule(first, fixture.slot(booked.doctorId(), 3, LocalTime.of(6, 7, 30)), "Later is better.");
        assertEveryJump(mine, "after a cancellation and a reschedule to another day and time");
        clock.setTo(today.plusDays(1).atTime(23, 0)); // the visit of the third has started
        SignIn.as(booked.userId(), Roles.DOCTOR);
        appointments.recordOutcome(third, AppointmentStatus.NO_SHOW);
        assertEveryJump(mine, "after an outcome");

        summaries.rebuild();
        assertEveryJump(mine, "after a rebuild at the end");
    }

    /** The jump reads the totals: a total made wrong on purpose moves the page; {@code rebuild()} puts it back. */
    @Test
    void theJumpReadsTheTotals() {
        summaries.rebuild();
        String family = "Wrong" + UUID.randomUUID().toString().substring(0, 8);
        DoctorSummary doctor = fixture.doctor(family);
        PatientSummary patient = fixture.quickPatient(family);
        LocalDate today = fixture.today();
        for (int day = 1; day <= 6; day++) {
            fixture.appointmentInSql(
                    doctor, patient, today.plusDays(day), LocalTime.of(22, 41), AppointmentStatus.SCHEDULED, "Wrong");
        }
        // one earlier row, so that neither group is the table's first (a page at offset 0 is not a jump)
        fixture.appointmentInSql(
                doctor, patient, today.plusDays(1), LocalTime.of(7, 3), AppointmentStatus.SCHEDULED, "Wrong");
        long lastOfDoctor = jdbc.sql("SELECT appointment_id FROM appointments WHERE doctor_id = ?"
                        + " ORDER BY appointment_date DESC, start_time DESC LIMIT 1")
                .param(doctor.doctorId())
                .query(Long.class)
                .single();
        long onlyOfTimeAndDay = jdbc.sql("SELECT appointment_id FROM appointments WHERE doctor_id = ?"
                        + " AND appointment_date = ? AND start_time = '22:41:00'")
                .params(doctor.doctorId(), today.plusDays(1))
                .query(Long.class)
                .single();
        summaries.rebuild();
        var none = AppointmentFilter.none();
        for (AppointmentSort sort : List.of(AppointmentSort.DOCTOR, AppointmentSort.TIME)) {
            String order = sort.orderBy(true);
            List<Long> all = ids(rows.findInOneQuery(none, order, 0, 1_000_000, today));
            // the last row of the group whose total is made wrong: the doctor's last row, the time's only row on
            // its day; one less in the total puts that row in the next group
            int at = all.indexOf(sort == AppointmentSort.DOCTOR ? lastOfDoctor : onlyOfTimeAndDay);
            assertThat(at).as("a jump, not the first page").isPositive();
            assertThat(ids(rows.find(none, order, at, 1, today))).isEqualTo(all.subList(at, at + 1));
            String key = sort == AppointmentSort.DOCTOR
                    ? String.valueOf(DoctorAndTimeJumps.doctorKey(doctor.doctorId()))
                    : String.valueOf(DoctorAndTimeJumps.timeDayKey(LocalTime.of(22, 41), today.plusDays(1)));
            jdbc.sql("UPDATE appointment_daily_counts SET scheduled = scheduled - 1 WHERE count_date = "
                            + DoctorAndTimeJumps.SENTINEL_SQL + " AND doctor_id = " + key)
                    .update();
            assertThat(ids(rows.find(none, order, at, 1, today))).as(order).isNotEqualTo(all.subList(at, at + 1));
            summaries.rebuild();
            assertThat(ids(rows.find(none, order, at, 1, today))).isEqualTo(all.subList(at, at + 1));
        }
    }

    private void assertEveryJump(Set<Long> mine, String when) {
        LocalDate today = fixture.today();
        var filters = new ArrayList<AppointmentFilter>();
        filters.add(AppointmentFilter.none());
        for (AppointmentStatus status : AppointmentStatus.values()) {
            filters.add(new AppointmentFilter(null, null, null, null, status, null, null));
        }
        filters.add(new AppointmentFilter(null, null, null, null, null, today.minusDays(1), today.plusDays(2)));
        filters.add(new AppointmentFilter(null, null, null, null, null, null, today));
        filters.add(new AppointmentFilter(
                null, null, null, null, AppointmentStatus.SCHEDULED, today.minusDays(2), today.plusDays(3)));
        var orders = new ArrayList<String>();
        for (AppointmentSort sort : List.of(AppointmentSort.DOCTOR, AppointmentSort.TIME)) {
            orders.add(sort.orderBy(true));
            orders.add(sort.orderBy(false));
        }
        int checked = GridJumpChecks.assertPages(rows, today, when, filters, orders, all -> aroundMine(mine, all));
        assertThat(checked).as(when).isGreaterThan(1_000);
    }

    /** Every offset from 8 before this test's first row to 8 after its last, 21 spread over the table, and the ends. */
    private static List<Integer> aroundMine(Set<Long> mine, List<Long> all) {
        int low = all.size();
        int high = -1;
        for (int i = 0; i < all.size(); i++) {
            if (mine.contains(all.get(i))) {
                low = Math.min(low, i);
                high = i;
            }
        }
        var offsets = new ArrayList<Integer>();
        for (int offset = Math.max(0, low - 8); offset <= high + 8; offset++) {
            offsets.add(offset);
        }
        for (int i = 0; i <= 20; i++) {
            offsets.add(all.size() * i / 20);
        }
        offsets.addAll(List.of(1, all.size() - 1, all.size() + 1));
        return offsets;
    }

    private static List<Long> ids(List<AppointmentRow> list) {
        return list.stream().map(AppointmentRow::id).toList();
    }
}
