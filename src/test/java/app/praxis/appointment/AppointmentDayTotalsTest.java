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
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The admins' grid counts and jumps from {@code appointment_day_totals} (V0019, issue 18): the totals equal the plain
 * {@code COUNT(*)} after bookings, cancellations, a reschedule and outcomes made through the services, and a page at
 * any offset in the default, date and status orders, found from the totals, holds exactly the rows of the one query
 * that sorts and skips every row, on days full of ties.
 */
@IntegrationTest
class AppointmentDayTotalsTest {

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

    @Autowired
    TransactionTemplate transaction;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void theTotalsCountLikeCountStarAfterEveryKindOfWrite() {
        summaries.rebuild(); // other tests write appointments in plain SQL
        LocalDate start = fixture.today();
        String family = "Totals" + UUID.randomUUID().toString().substring(0, 8);
        DoctorSummary doctor = fixture.doctor(family);
        DoctorSummary other = fixture.doctor(family + "Other");
        PatientSummary patient = fixture.patient(family);
        PatientSummary second = fixture.patient(family + "Second");
        assertCountsAgree("at the start");

        var booked = new ArrayList<Long>();
        for (int day = 1; day <= 3; day++) {
            SignIn.as(patient.userId(), Roles.PATIENT);
            booked.add(booking.book(fixture.slot(doctor.doctorId(), day, LocalTime.of(10, 0)), "Check-up " + day));
            SignIn.as(second.userId(), Roles.PATIENT);
            booked.add(booking.book(fixture.slot(other.doctorId(), day, LocalTime.of(10, 0)), "Same time " + day));
        }
        assertCountsAgree("after six bookings");

        SignIn.as(patient.userId(), Roles.PATIENT);
        booking.cancel(booked.get(2), "I feel better.");
        assertCountsAgree("after the patient cancelled");

        SignIn.as(doctor.userId(), Roles.DOCTOR);
        booking.cancel(booked.get(4), "The doctor is away that day.");
        assertCountsAgree("after the doctor cancelled");

        SignIn.as(second.userId(), Roles.PATIENT);
        booking.reschedule(
                booked.get(1), fixture.slot(other.doctorId(), 5, LocalTime.of(15, 0)), "Later suits me better.");
        assertCountsAgree("after a reschedule to another day");

        clock.setTo(start.plusDays(1).atTime(12, 0)); // the first day's visits have started
        SignIn.as(doctor.userId(), Roles.DOCTOR);
        appointments.recordOutcome(booked.get(0), AppointmentStatus.COMPLETED);
        assertCountsAgree("after a visit completed");
        clock.setTo(start.plusDays(2).atTime(12, 0)); // the second day's too
        SignIn.as(other.userId(), Roles.DOCTOR);
        appointments.recordOutcome(booked.get(3), AppointmentStatus.NO_SHOW);
        assertCountsAgree("after a no-show");
    }

    /**
     * Seven days of their own far from other tests' rows, "today" in their middle: four doctors at the same three
     * times each day (ties on date and time), every status, reasons with ties (one differing only in case, none).
     */
    @Test
    void aPageAtAnyOffsetIsThePageOfTheSingleQueryInEveryOrder() {
        String family = "Jump" + UUID.randomUUID().toString().substring(0, 8);
        LocalDate first = LocalDate.of(2041, 1, 7).plusDays(UUID.randomUUID().hashCode() & 2047);
        LocalDate today = first.plusDays(3);
        var doctors = new ArrayList<DoctorSummary>();
        for (String name : List.of("A", "B", "C", "D")) {
            doctors.add(fixture.doctor(family + name));
        }
        var patients = new ArrayList<PatientSummary>();
        for (String name : List.of("X", "Y", "Z")) {
            patients.add(fixture.quickPatient(family + name));
        }
        AppointmentStatus[] statuses = AppointmentStatus.values();
        List<@Nullable String> reasons = java.util.Arrays.asList(null, "Reason A", "reason a", "Reason B", "Back pain");
        int written = 0;
        for (int day = 0; day < 7; day++) {
            for (LocalTime time : List.of(LocalTime.of(9, 0), LocalTime.of(10, 0), LocalTime.of(11, 30))) {
                for (int d = 0; d < doctors.size(); d++) {
                    write(
                            doctors.get(d),
                            patients.get((d + day) % patients.size()),
                            first.plusDays(day),
                            time,
                            statuses[(written + d + day) % statuses.length],
                            reasons.get(written % reasons.size()));
                    written++;
                }
            }
        }
        summaries.rebuild(); // written in plain SQL

        LocalDate last = first.plusDays(6);
        var filters = List.of(
                new AppointmentFilter(null, null, null, null, null, first, last),
                new AppointmentFilter(null, null, null, null, AppointmentStatus.SCHEDULED, first, last),
                new AppointmentFilter(null, null, null, null, AppointmentStatus.CANCELLED, first.plusDays(2), last),
                new AppointmentFilter(null, null, null, null, null, first.plusDays(1), first.plusDays(4)));
        var orders = new ArrayList<String>();
        for (AppointmentSort sort : AppointmentSort.values()) {
            orders.add(sort.orderBy(true));
            if (sort != AppointmentSort.TODAY_FIRST) {
                orders.add(sort.orderBy(false));
            }
        }
        int checked = 0;
        for (AppointmentFilter filter : filters) {
            for (String order : orders) {
                List<Long> all = ids(rows.findInOneQuery(filter, order, 0, 1_000, today));
                assertThat(rows.count(filter)).as("count of %s", filter).isEqualTo(all.size());
                for (int size : new int[] {1, 5, 50}) {
                    for (int offset = 0; offset <= all.size() + 1; offset++) {
                        assertThat(ids(rows.find(filter, order, offset, size, today)))
                                .as("%s, %s, offset %d, size %d", filter, order, offset, size)
                                .containsExactlyElementsOf(
                                        all.subList(Math.min(offset, all.size()), Math.min(offset + size, all.size())));
                        checked++;
                    }
                }
            }
        }
        assertThat(checked).isGreaterThan(5_000);

        // the page is found from the totals: a total made wrong moves it (then repaired by rebuild)
        var week = filters.getFirst();
        String byDate = AppointmentSort.DATE.orderBy(true);
        List<Long> all = ids(rows.findInOneQuery(week, byDate, 0, 1_000, today));
        jdbc.sql("UPDATE appointment_day_totals SET total = total + 1 WHERE count_date = ? AND status = 'SCHEDULED'")
                .param(first)
                .update();
        assertThat(ids(rows.find(week, byDate, 40, 5, today))).isNotEqualTo(all.subList(40, 45));
        summaries.rebuild();
        assertThat(ids(rows.find(week, byDate, 40, 5, today))).isEqualTo(all.subList(40, 45));
    }

    /** The whole table (every test's rows, no filter): pages spread over it in the orders the totals serve. */
    @Test
    void aJumpWithoutAnyFilterIsThePageOfTheSingleQuery() {
        summaries.rebuild(); // other tests write appointments in plain SQL
        LocalDate today = fixture.today();
        var none = AppointmentFilter.none();
        long total = rows.countRows(none);
        assertThat(rows.count(none)).isEqualTo(total);
        for (String order : List.of(
                AppointmentSort.TODAY_FIRST.orderBy(true),
                AppointmentSort.DATE.orderBy(true),
                AppointmentSort.DATE.orderBy(false),
                AppointmentSort.STATUS.orderBy(true),
                AppointmentSort.STATUS.orderBy(false))) {
            for (long offset : offsets(total)) {
                assertThat(ids(rows.find(none, order, offset, 7, today)))
                        .as("%s, offset %d of %d", order, offset, total)
                        .containsExactlyElementsOf(ids(rows.findInOneQuery(none, order, offset, 7, today)));
            }
        }
    }

    private static List<Long> offsets(long total) {
        var offsets = new ArrayList<Long>(List.of(1L, 2L, total - 1, total, total + 3));
        for (int i = 1; i < 25; i++) {
            offsets.add(total * i / 25);
        }
        return offsets.stream().filter(offset -> offset >= 0).toList();
    }

    private void write(
            DoctorSummary doctor,
            PatientSummary patient,
            LocalDate date,
            LocalTime time,
            AppointmentStatus status,
            @Nullable String reason) {
        fixture.appointmentInSql(doctor, patient, date, time, status, reason);
    }

    private static List<Long> ids(List<AppointmentRow> list) {
        return list.stream().map(AppointmentRow::id).toList();
    }

    /**
     * The day totals are one row per day and status for the whole clinic. Two changes that touch the same two days
     * in opposite orders (two moves crossing each other) would deadlock if each wrote its rows at once; written at
     * commit in one order, both commit, and each delta is counted.
     */
    @Test
    void twoChangesCrossingTheSameTwoDaysInOppositeOrderBothCommit() throws Exception {
        String family = "Cross" + UUID.randomUUID().toString().substring(0, 8);
        DoctorSummary doctor = fixture.doctor(family);
        PatientSummary patient = fixture.patient(family);
        SignIn.as(patient.userId(), Roles.PATIENT);
        long first = booking.book(fixture.slot(doctor.doctorId(), 1, LocalTime.of(9, 0)), "Check-up");
        long second = booking.book(fixture.slot(doctor.doctorId(), 2, LocalTime.of(9, 0)), "Follow-up");
        SignIn.out();
        summaries.rebuild(); // other tests write appointments in plain SQL
        LocalDate firstDay = fixture.today().plusDays(1);
        LocalDate secondDay = fixture.today().plusDays(2);
        long firstDayBefore = scheduledTotal(firstDay);
        long secondDayBefore = scheduledTotal(secondDay);

        var bothHaveWrittenOnce = new CyclicBarrier(2);
        var threads = Executors.newFixedThreadPool(2);
        try {
            Future<?> forward = threads.submit(() -> transaction.executeWithoutResult(status -> {
                summaries.add(first);
                await(bothHaveWrittenOnce);
                summaries.add(second);
            }));
            Future<?> backward = threads.submit(() -> transaction.executeWithoutResult(status -> {
                summaries.add(second);
                await(bothHaveWrittenOnce);
                summaries.add(first);
            }));
            forward.get(60, TimeUnit.SECONDS);
            backward.get(60, TimeUnit.SECONDS);
        } finally {
            threads.shutdownNow();
        }

        assertThat(scheduledTotal(firstDay)).isEqualTo(firstDayBefore + 2);
        assertThat(scheduledTotal(secondDay)).isEqualTo(secondDayBefore + 2);
        summaries.rebuild();
        assertCountsAgree("after the crossing changes, rebuilt");
    }

    private long scheduledTotal(LocalDate day) {
        return jdbc.sql("SELECT COALESCE(SUM(total), 0) FROM appointment_day_totals WHERE count_date = ?"
                        + " AND status = 'SCHEDULED'")
                .param(day)
                .query(Long.class)
                .single();
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private void assertCountsAgree(String when) {
        LocalDate today = fixture.today();
        var filters = new ArrayList<AppointmentFilter>();
        filters.add(AppointmentFilter.none());
        for (AppointmentStatus status : AppointmentStatus.values()) {
            filters.add(new AppointmentFilter(null, null, null, null, status, null, null));
            filters.add(new AppointmentFilter(null, null, null, null, status, today, today.plusDays(5)));
        }
        filters.add(new AppointmentFilter(null, null, null, null, null, today.plusDays(1), null));
        filters.add(new AppointmentFilter(null, null, null, null, null, null, today.plusDays(2)));
        filters.add(new AppointmentFilter(null, null, null, null, null, today.plusDays(3), today.plusDays(3)));
        for (AppointmentFilter filter : filters) {
            assertThat(rows.count(filter)).as("%s: %s", when, filter).isEqualTo(rows.countRows(filter));
        }
        assertThat(rows.count(AppointmentFilter.none()))
                .as(when)
                .isEqualTo(jdbc.sql("SELECT COUNT(*) FROM appointments")
                        .query(Long.class)
                        .single());
    }
}
