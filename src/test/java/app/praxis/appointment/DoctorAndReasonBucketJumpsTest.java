package app.praxis.appointment;

import static org.assertj.core.api.Assertions.assertThat;

import app.praxis.doctor.DoctorSummary;
import app.praxis.security.Roles;
import app.praxis.support.IntegrationTest;
import app.praxis.support.SignIn;
import app.praxis.support.TestClock;
import app.praxis.user.UserProfiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The grid's jumps by doctor and by reason from V0027's buckets ({@link DoctorOrderBuckets}, {@link ReasonOrderJumps},
 * issue 18, round 11): on doctors whose names tie, differ in case or accents or are prefixes of each other, and on
 * reasons that tie, differ only in case, accents or trailing words, agree in their first 700 characters, or are
 * missing, with buckets of 3 so that bounds fall among them, a page at every offset around this test's rows and at
 * offsets spread over the whole table, both directions, no filter and each status, pages of 1, 4 and 7 in turn, holds
 * exactly the rows of the one query that sorts and skips every joined row; and every kept bucket count equals the count
 * of the rows in its range: after a rebuild, bookings, a reschedule across bounds, a cancellation, an outcome, a doctor
 * renamed across bounds (twice), a new doctor's first booking, the buckets chosen again, and a rebuild. A bucket's
 * count made wrong on purpose moves the page (the counts are what is read). Since V0036 (round 14) the same for the
 * doctor order within date ranges (closed, with a status, one day, open at either end) and the buckets' rows per day.
 */
@IntegrationTest
class DoctorAndReasonBucketJumpsTest {

    @Autowired
    AppointmentRowRepository rows;

    @Autowired
    AppointmentSummaries summaries;

    @Autowired
    BookingService booking;

    @Autowired
    AppointmentService appointments;

    @Autowired
    UserProfiles userProfiles;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    BookingFixture fixture;

    @Autowired
    TestClock clock;

    @Autowired
    JdbcClient jdbc;

    String family;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void aJumpByDoctorOrByReasonIsThePageOfTheSingleQueryAfterEveryKindOfWrite() throws IOException {
        family = "Bkt" + UUID.randomUUID().toString().substring(0, 8);
        LocalDate today = fixture.today();
        String[][] doctorNames = {
            {"Anna", "Müller"}, {"anna", "Muller"}, {"Änna", "MÜLLER"}, {"Anna", "Muller"}, {"Bob", "Mull"},
            {"Bob", "Mullerz"}, {"Zoë", "Arzt"}, {"Zoe", "Ärzt"}, {"Al", ""}, {"Anna", "Müller"}
        };
        var doctors = new ArrayList<DoctorSummary>();
        for (String[] name : doctorNames) {
            DoctorSummary doctor = fixture.doctor(family + name[1]);
            jdbc.sql("UPDATE users SET first_name = ? WHERE user_id = ?")
                    .params(name[0], doctor.userId())
                    .update();
            doctors.add(doctor);
        }
        var patients = List.of(fixture.quickPatient(family + "P"), fixture.quickPatient(family + "Q"));
        String long700 = family + " " + "x".repeat(700);
        String[] reasons = {
            family + " cough",
            family + " Cough",
            family + " Cöugh",
            family + " cough and fever",
            family + " cough",
            long700 + "a",
            long700 + "b", // ties with the one above in reason_sort: date, time and id decide
            null,
            family + " ache",
            family + " Cough"
        };
        AppointmentStatus[] statuses = AppointmentStatus.values();
        int written = 0;
        for (int d = 0; d < doctors.size(); d++) {
            for (int k = 0; k < d % 4; k++) { // 0 to 3 appointments each: some doctors have none
                for (int r = 0; r < 2; r++) {
                    fixture.appointmentInSql(
                            doctors.get(d),
                            patients.get(r),
                            today.plusDays(k - 1),
                            LocalTime.of(7, 0).plusMinutes(20L * (2 * k + r)),
                            statuses[written % statuses.length],
                            reasons[(d + k + r) % reasons.length]);
                    written++;
                }
            }
        }
        for (int i = 0; i < 6; i++) { // rows without a reason, so that bounds fall among them too
            fixture.appointmentInSql(
                    doctors.get(1 + i % 3),
                    patients.get(i % 2),
                    today.plusDays(i - 3),
                    LocalTime.of(19, 0).plusMinutes(20L * i),
                    statuses[i % statuses.length],
                    null);
        }
        summaries.rebuild(); // the rows above (and other tests') were written in plain SQL
        summaries.rebuildDoctorBuckets(3); // many small buckets, their bounds among these names and rows
        summaries.rebuildReasonBuckets(3);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM appointment_reason_buckets WHERE reason_sort IS NULL")
                        .query(Long.class)
                        .single())
                .as("bounds among the rows without a reason")
                .isPositive();
        assertExact("after rebuilding with 3 a bucket");

        var booker = fixture.quickPatient(family + "Booker");
        SignIn.as(booker.userId(), Roles.PATIENT);
        var booked = new ArrayList<Long>();
        for (int day = 1; day <= 3; day++) {
            booked.add(booking.book(
                    fixture.slot(doctors.get(day).doctorId(), day, LocalTime.of(10, 0)), reasons[day % 3].strip()));
        }
        booked.add(booking.book(fixture.slot(doctors.get(5).doctorId(), 2, LocalTime.of(11, 0)), long700 + "c"));
        assertExact("after four bookings");
        booking.reschedule(booked.get(1), fixture.slot(doctors.get(2).doctorId(), 6, LocalTime.of(15, 0)), "Later.");
        assertExact("after a reschedule");
        booking.cancel(booked.get(2), "I feel better.");
        assertExact("after the patient cancelled");
        clock.setTo(today.plusDays(1).atTime(12, 0));
        SignIn.as(doctors.get(1).userId(), Roles.DOCTOR);
        appointments.recordOutcome(booked.get(0), AppointmentStatus.COMPLETED);
        assertExact("after a visit completed");

        rename(doctors.get(3), "Aaa"); // to the front of the family: crosses bounds
        assertExact("after a doctor was renamed to the front");
        rename(doctors.get(3), "Zzz"); // to the back
        assertExact("after the doctor was renamed to the back");
        SignIn.as(booker.userId(), Roles.PATIENT);
        booking.cancel(booked.get(1), "Not needed.");
        assertExact("after a cancellation under the new name");

        DoctorSummary newcomer = fixture.doctor(family + "Mullb");
        SignIn.as(booker.userId(), Roles.PATIENT);
        booking.book(fixture.slot(newcomer.doctorId(), 4, LocalTime.of(10, 0)), family + " cough");
        assertExact("after a new doctor's first booking");

        summaries.rebuildDoctorBuckets(2);
        summaries.rebuildReasonBuckets(2);
        assertExact("after choosing the buckets again");

        // V0036's backfill (the migration's own statement, on the bounds of the moment) writes the same day rows
        jdbc.sql("DELETE FROM appointment_daily_counts WHERE count_date > ? AND doctor_id >= ? AND doctor_id < ?")
                .params(DoctorAndTimeJumps.SENTINEL, DoctorOrderBuckets.ROW, DoctorAndTimeJumps.DOCTOR_TOTAL)
                .update();
        jdbc.sql(migrationStatement("V0036__grid_doctor_buckets_per_day.sql")).update();
        assertKeptDayCountsMatchTheRows("after V0036's backfill");

        // the counts are what is read: the first bucket's count made wrong moves the pages after it
        for (long row : new long[] {DoctorOrderBuckets.ROW, ReasonOrderJumps.ROW}) {
            jdbc.sql("UPDATE appointment_daily_counts SET scheduled = scheduled + 5 WHERE count_date = ?"
                            + " AND doctor_id = ?")
                    .params(DoctorAndTimeJumps.SENTINEL, row)
                    .update();
        }
        var scheduled = new AppointmentFilter(null, null, null, null, AppointmentStatus.SCHEDULED, null, null);
        for (AppointmentSort sort : List.of(AppointmentSort.DOCTOR, AppointmentSort.REASON)) {
            String order = sort.orderBy(true);
            List<Long> all = GridJumpChecks.ids(rows.findInOneQuery(scheduled, order, 0, 1_000_000, today));
            int moved = 0;
            for (int offset = 1; offset < all.size(); offset++) {
                if (!GridJumpChecks.ids(rows.find(scheduled, order, offset, 7, today))
                        .equals(all.subList(offset, Math.min(offset + 7, all.size())))) {
                    moved++;
                }
            }
            assertThat(moved)
                    .as("%s: pages after a bucket counted 5 too many", sort)
                    .isPositive();
        }
        // and a bucket's row of a day (V0036): the jumps within a range that holds the day move
        jdbc.sql("INSERT INTO appointment_daily_counts (count_date, doctor_id, scheduled) VALUES (?, ?, 5)"
                        + " ON DUPLICATE KEY UPDATE scheduled = scheduled + 5")
                .params(today.plusDays(1), DoctorOrderBuckets.ROW)
                .update();
        var ourDays = new AppointmentFilter(
                null, null, null, null, AppointmentStatus.SCHEDULED, today.minusDays(3), today.plusDays(6));
        String byDoctor = AppointmentSort.DOCTOR.orderBy(true);
        List<Long> all = GridJumpChecks.ids(rows.findInOneQuery(ourDays, byDoctor, 0, 1_000_000, today));
        int moved = 0;
        for (int offset = 1; offset < all.size(); offset++) {
            if (!GridJumpChecks.ids(rows.find(ourDays, byDoctor, offset, 7, today))
                    .equals(all.subList(offset, Math.min(offset + 7, all.size())))) {
                moved++;
            }
        }
        assertThat(moved)
                .as("pages within the days after a day's first bucket counted 5 too many")
                .isPositive();
        summaries.rebuild();
        assertExact("after rebuild()");
    }

    /** A migration's one statement, without its comments and closing semicolon. */
    private static String migrationStatement(String file) throws IOException {
        try (var in = DoctorAndReasonBucketJumpsTest.class.getResourceAsStream("/db/migration/" + file)) {
            assertThat(in).as(file).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .filter(line -> !line.startsWith("--"))
                    .collect(Collectors.joining("\n"))
                    .strip()
                    .replaceAll(";$", "");
        }
    }

    private void rename(DoctorSummary doctor, String lastName) {
        GridJumpChecks.renameDoctor(userProfiles, transactions, jdbc, doctor, family + lastName);
    }

    private void assertExact(String when) {
        assertKeptCountsMatchTheRows(when);
        assertKeptDayCountsMatchTheRows(when);
        String ourDoctorsRows = "SELECT a.appointment_id FROM appointments a JOIN doctors d"
                + " ON d.doctor_id = a.doctor_id JOIN users u ON u.user_id = d.user_id WHERE u.last_name LIKE ?";
        assertJumpsExact(when, AppointmentSort.DOCTOR, ourDoctorsRows, GridJumpChecks.noneAndEachStatus());
        assertJumpsExact(when, AppointmentSort.DOCTOR, ourDoctorsRows, dateRanges());
        assertJumpsExact(
                when,
                AppointmentSort.REASON,
                "SELECT a.appointment_id FROM appointments a WHERE a.reason_for_visit LIKE ? OR (a.reason_for_visit"
                        + " IS NULL AND a.doctor_id IN (SELECT d.doctor_id FROM doctors d JOIN users u ON u.user_id"
                        + " = d.user_id WHERE u.last_name LIKE ?))",
                GridJumpChecks.noneAndEachStatus());
    }

    /**
     * Date ranges over this test's days (V0036's buckets per day): closed, with and without a status, one day, and
     * open at either end (to the first or last day with appointments).
     */
    private List<AppointmentFilter> dateRanges() {
        LocalDate today = fixture.today();
        var filters = new ArrayList<AppointmentFilter>();
        filters.add(new AppointmentFilter(null, null, null, null, null, today.minusDays(1), today.plusDays(2)));
        for (AppointmentStatus status : List.of(AppointmentStatus.SCHEDULED, AppointmentStatus.CANCELLED)) {
            filters.add(new AppointmentFilter(null, null, null, null, status, today.minusDays(3), today.plusDays(6)));
        }
        filters.add(new AppointmentFilter(null, null, null, null, null, today.plusDays(1), today.plusDays(1)));
        filters.add(new AppointmentFilter(null, null, null, null, null, today, null));
        filters.add(new AppointmentFilter(null, null, null, null, null, null, today));
        return filters;
    }

    /**
     * Each doctor bucket's kept rows per day (V0036) equal its doctors' rows of the day, the bucket found from the
     * doctor's name and the bounds in SQL.
     */
    private void assertKeptDayCountsMatchTheRows(String when) {
        Map<String, List<Long>> counted = new TreeMap<>();
        jdbc.sql("SELECT a.appointment_date, "
                        + DoctorOrderBuckets.bucketRowOf("a.doctor_id").replace(" LOCK IN SHARE MODE", "")
                        + " AS k, SUM(a.status = 'SCHEDULED'), SUM(a.status = 'COMPLETED'), SUM(a.status = 'NO_SHOW'),"
                        + " SUM(a.status = 'CANCELLED') FROM appointments a GROUP BY a.appointment_date, k")
                .query(rs -> {
                    counted.put(
                            rs.getObject(1, LocalDate.class) + " " + rs.getLong(2),
                            List.of(rs.getLong(3), rs.getLong(4), rs.getLong(5), rs.getLong(6)));
                });
        Map<String, List<Long>> kept = new TreeMap<>();
        jdbc.sql("SELECT count_date, doctor_id, scheduled, completed, no_shows,"
                        + " cancelled_by_patient + cancelled_by_practice FROM appointment_daily_counts"
                        + " WHERE count_date > ? AND doctor_id >= ? AND doctor_id < ?")
                .params(DoctorAndTimeJumps.SENTINEL, DoctorOrderBuckets.ROW, DoctorAndTimeJumps.DOCTOR_TOTAL)
                .query(rs -> {
                    var sums = List.of(rs.getLong(3), rs.getLong(4), rs.getLong(5), rs.getLong(6));
                    if (sums.stream().anyMatch(sum -> sum != 0)) {
                        kept.put(rs.getObject(1, LocalDate.class) + " " + rs.getLong(2), sums);
                    }
                });
        assertThat(kept).as("%s: the kept bucket counts per day", when).isEqualTo(counted);
    }

    /** Each bucket's kept counts equal its rows', the bucket found from the row's key and the bounds in SQL. */
    private void assertKeptCountsMatchTheRows(String when) {
        String status = ", SUM(a.status = 'SCHEDULED'), SUM(a.status = 'COMPLETED'), SUM(a.status = 'NO_SHOW'),"
                + " SUM(a.status = 'CANCELLED')";
        Map<Long, List<Long>> counted = new TreeMap<>();
        for (String key : List.of(
                DoctorOrderBuckets.bucketRowOf("a.doctor_id").replace(" LOCK IN SHARE MODE", ""),
                ReasonOrderJumps.bucketRowOf(
                        "a.reason_sort", "a.appointment_date", "a.start_time", "a.appointment_id"))) {
            jdbc.sql("SELECT " + key + " AS k" + status + " FROM appointments a GROUP BY k")
                    .query(rs -> {
                        counted.put(rs.getLong(1), List.of(rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5)));
                    });
        }
        Map<Long, List<Long>> kept = new TreeMap<>();
        jdbc.sql("SELECT doctor_id, scheduled, completed, no_shows, cancelled_by_patient + cancelled_by_practice"
                        + " FROM appointment_daily_counts WHERE count_date = ? AND ((doctor_id >= ? AND doctor_id < ?)"
                        + " OR (doctor_id >= ? AND doctor_id < ?))") // below V0041's rows per doctor and group
                .params(
                        DoctorAndTimeJumps.SENTINEL,
                        DoctorOrderBuckets.ROW,
                        DoctorAndTimeJumps.DOCTOR_TOTAL,
                        ReasonOrderJumps.ROW,
                        DoctorPatientGroups.ROW)
                .query(rs -> {
                    var sums = List.of(rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5));
                    if (sums.stream().anyMatch(sum -> sum != 0)) {
                        kept.put(rs.getLong(1), sums);
                    }
                });
        assertThat(kept).as("%s: the kept bucket counts", when).isEqualTo(counted);
    }

    /**
     * Every offset around this test's rows and offsets spread over the whole table, both directions, no filter and
     * each status, pages of 1, 4 and 7 in turn.
     */
    private void assertJumpsExact(
            String when, AppointmentSort sort, String oursQuery, List<AppointmentFilter> filters) {
        LocalDate today = fixture.today();
        Set<Long> ours = new HashSet<>(jdbc.sql(oursQuery)
                .params(
                        oursQuery.indexOf('?') == oursQuery.lastIndexOf('?')
                                ? List.of(family + "%")
                                : List.of(family + "%", family + "%"))
                .query(Long.class)
                .list());
        int checked = GridJumpChecks.assertPages(
                rows, today, when, filters, GridJumpChecks.bothWays(sort), GridJumpChecks.aroundRows(ours));
        assertThat(checked).as(when).isGreaterThan(100);
    }
}
