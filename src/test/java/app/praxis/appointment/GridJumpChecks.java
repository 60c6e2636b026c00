package app.praxis.appointment;

import static org.assertj.core.api.Assertions.assertThat;

import app.praxis.doctor.DoctorSummary;
import app.praxis.patient.PatientProfileChange;
import app.praxis.patient.PatientProfileService;
import app.praxis.patient.PatientSummary;
import app.praxis.security.Roles;
import app.praxis.support.SignIn;
import app.praxis.support.TestAccounts;
import app.praxis.support.TestClock;
import app.praxis.user.PersonalDetails;
import app.praxis.user.UserProfiles;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.transaction.support.TransactionTemplate;

/** What the grid's jump tests share: the pages compared with the single query's, and people with chosen names. */
final class GridJumpChecks {

    private GridJumpChecks() {}

    /** No filter, then each status alone. */
    static List<AppointmentFilter> noneAndEachStatus() {
        var filters = new ArrayList<AppointmentFilter>();
        filters.add(AppointmentFilter.none());
        for (AppointmentStatus status : AppointmentStatus.values()) {
            filters.add(new AppointmentFilter(null, null, null, null, status, null, null));
        }
        return filters;
    }

    /** The offsets a comparison visits, given the single query's ids in the order. */
    @FunctionalInterface
    interface Offsets {
        List<Integer> of(List<Long> all);
    }

    /** Every offset from the first row to past the end. */
    static Offsets everyOffset() {
        return all -> IntStream.rangeClosed(0, all.size() + 1).boxed().toList();
    }

    /**
     * Every offset around the rows {@code ours} (together in the order), offsets spread over the whole table and
     * the end; not the first page (offset 0).
     */
    static Offsets aroundRows(Set<Long> ours) {
        return all -> {
            int first = -1;
            int last = -1;
            for (int i = 0; i < all.size(); i++) {
                if (ours.contains(all.get(i))) {
                    first = first < 0 ? i : first;
                    last = i;
                }
            }
            var offsets = new ArrayList<Integer>();
            if (first >= 0) {
                for (int offset = Math.max(1, first - 3); offset <= last + 3; offset++) {
                    offsets.add(offset);
                }
            }
            for (int i = 1; i < 12; i++) {
                offsets.add(all.size() * i / 12);
            }
            offsets.addAll(List.of(1, all.size() - 1, all.size(), all.size() + 1));
            return offsets.stream().filter(offset -> offset >= 1).toList();
        };
    }

    /** Today first, then every other order both ways: every order the grid offers. */
    static List<String> everyOrder() {
        var orders = new ArrayList<String>();
        orders.add(AppointmentSort.TODAY_FIRST.orderBy(true));
        for (AppointmentSort sort : AppointmentSort.values()) {
            if (sort != AppointmentSort.TODAY_FIRST) {
                orders.addAll(bothWays(sort));
            }
        }
        return orders;
    }

    /** A page of the grid as some reader serves it (the repository, or one of its paths on its own). */
    @FunctionalInterface
    interface Pages {
        List<Long> ids(AppointmentFilter filter, String order, long offset, int size, LocalDate today);
    }

    /** Both directions of {@code sort}. */
    static List<String> bothWays(AppointmentSort sort) {
        return List.of(sort.orderBy(true), sort.orderBy(false));
    }

    /** The page sizes compared, in turn. */
    private static final int[] SIZES = {1, 4, 7};

    /**
     * For each filter and order: the page at each of the {@code offsets} equal to the single query's rows there, its
     * size 1, 4 and 7 in turn, so that over neighbouring offsets pages begin and end at every position and span one
     * row to several; the turn moves on with each filter and order, so that an offset gets each size over three of
     * them. Returns how many pages were compared.
     */
    static int assertPages(
            AppointmentRowRepository rows,
            LocalDate today,
            String when,
            Collection<AppointmentFilter> filters,
            List<String> orders,
            Offsets offsets) {
        return assertPages(
                rows,
                (filter, order, offset, size, day) -> ids(rows.find(filter, order, offset, size, day)),
                today,
                when,
                filters,
                orders,
                offsets);
    }

    /** {@link #assertPages} of the pages {@code pages} serves, against {@code rows}' single query. */
    static int assertPages(
            AppointmentRowRepository rows,
            Pages pages,
            LocalDate today,
            String when,
            Collection<AppointmentFilter> filters,
            List<String> orders,
            Offsets offsets) {
        int checked = 0;
        int turn = 0;
        for (AppointmentFilter filter : filters) {
            for (String order : orders) {
                List<Long> all = ids(rows.findInOneQuery(filter, order, 0, 1_000_000, today));
                List<Integer> visited = offsets.of(all);
                for (int i = 0; i < visited.size(); i++) {
                    int offset = visited.get(i);
                    int size = SIZES[(i + turn) % SIZES.length];
                    assertThat(pages.ids(filter, order, offset, size, today))
                            .as("%s: %s, %s, offset %d of %d, size %d", when, filter, order, offset, all.size(), size)
                            .containsExactlyElementsOf(
                                    all.subList(Math.min(offset, all.size()), Math.min(offset + size, all.size())));
                    checked++;
                }
                turn++;
            }
        }
        return checked;
    }

    /** A patient written in plain SQL with this first and last name (the fixture's quick patients are all "Pat"). */
    static PatientSummary patient(JdbcClient jdbc, String emailTag, String firstName, String lastName) {
        var userKey = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO users (email, phone, password_hash, role, first_name, last_name, date_of_birth)"
                        + " VALUES (?, ?, '{noop}-', 'PATIENT', ?, ?, '1980-06-15')")
                .params(TestAccounts.uniqueEmail(emailTag), TestAccounts.uniquePhone(), firstName, lastName)
                .update(userKey);
        long userId = userKey.getKey().longValue();
        var patientKey = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO patients (user_id) VALUES (?)").param(userId).update(patientKey);
        return new PatientSummary(patientKey.getKey().longValue(), userId, firstName + " " + lastName);
    }

    /**
     * Two patients of one name whose user ids run the other way from their patient ids (the users made first, the
     * second user's patient row first), as after a user who became a patient later: the order's tie-break is the user
     * id, so a page that broke ties on the patient id would differ.
     */
    static List<PatientSummary> patientsWithUserIdsReversed(
            JdbcClient jdbc, String emailTag, String firstName, String lastName) {
        long[] userIds = new long[2];
        for (int i = 0; i < 2; i++) {
            var userKey = new GeneratedKeyHolder();
            jdbc.sql("INSERT INTO users (email, phone, password_hash, role, first_name, last_name, date_of_birth)"
                            + " VALUES (?, ?, '{noop}-', 'PATIENT', ?, ?, '1980-06-15')")
                    .params(TestAccounts.uniqueEmail(emailTag), TestAccounts.uniquePhone(), firstName, lastName)
                    .update(userKey);
            userIds[i] = userKey.getKey().longValue();
        }
        var patients = new ArrayList<PatientSummary>();
        for (int i = 1; i >= 0; i--) {
            var patientKey = new GeneratedKeyHolder();
            jdbc.sql("INSERT INTO patients (user_id) VALUES (?)")
                    .param(userIds[i])
                    .update(patientKey);
            patients.add(new PatientSummary(patientKey.getKey().longValue(), userIds[i], firstName + " " + lastName));
        }
        return patients;
    }

    /**
     * The services' writes a kept row must follow, each followed by {@code check} (told what happened): the patient
     * books days 1 to 3 at 10:00 with the doctor, moves the second to day 5 at 15:00, cancels the third; the next day
     * the doctor completes the first. Leaves the doctor signed in and the clock a day on; returns the three bookings.
     */
    static List<Long> bookMoveCancelComplete(
            BookingService booking,
            AppointmentService appointments,
            BookingFixture fixture,
            TestClock clock,
            DoctorSummary doctor,
            PatientSummary patient,
            Consumer<String> check) {
        LocalDate today = fixture.today();
        var booked = new ArrayList<Long>();
        SignIn.as(patient.userId(), Roles.PATIENT);
        for (int day = 1; day <= 3; day++) {
            booked.add(booking.book(fixture.slot(doctor.doctorId(), day, LocalTime.of(10, 0)), "Check-up"));
        }
        check.accept("after three bookings");
        booking.reschedule(booked.get(1), fixture.slot(doctor.doctorId(), 5, LocalTime.of(15, 0)), "Later.");
        check.accept("after a reschedule");
        booking.cancel(booked.get(2), "I feel better.");
        check.accept("after the patient cancelled");
        clock.setTo(today.plusDays(1).atTime(12, 0));
        SignIn.as(doctor.userId(), Roles.DOCTOR);
        appointments.recordOutcome(booked.get(0), AppointmentStatus.COMPLETED);
        check.accept("after a visit completed");
        return booked;
    }

    /**
     * Renames a doctor's last name through the user feature, as an admin (signed in afterwards too), which publishes
     * {@code UserRenamed}.
     */
    static void renameDoctor(
            UserProfiles profiles,
            TransactionTemplate transactions,
            JdbcClient jdbc,
            DoctorSummary doctor,
            String lastName) {
        SignIn.as(1, Roles.ADMIN);
        transactions.executeWithoutResult(status -> {
            var user = jdbc.sql("SELECT first_name, phone FROM users WHERE user_id = ?")
                    .param(doctor.userId())
                    .query((rs, row) -> new String[] {rs.getString(1), rs.getString(2)})
                    .single();
            profiles.update(doctor.userId(), new PersonalDetails(user[0], lastName, user[1], null, null, null), false);
        });
    }

    /** Renames a patient's last name through their own profile, as the patient (the rename's whole path). */
    static void renamePatient(PatientProfileService profiles, PatientSummary patient, String lastName) {
        SignIn.as(patient.userId(), Roles.PATIENT);
        var profile = profiles.myProfile();
        profiles.update(
                profile.patientId(),
                new PatientProfileChange(
                        profile.firstName(),
                        lastName,
                        profile.phone(),
                        profile.gender(),
                        profile.dateOfBirth(),
                        profile.address(),
                        profile.insuranceDetails(),
                        profile.medicalHistory(),
                        profile.emergencyContact()));
    }

    static List<Long> ids(List<AppointmentRow> list) {
        return list.stream().map(AppointmentRow::id).toList();
    }

    /** The status columns of a kept row, as {@link #keptGroupRows} and {@link #statusSums} give them. */
    private static final String KEPT_STATUSES =
            "scheduled, completed, no_shows, cancelled_by_patient, cancelled_by_practice";

    /**
     * The doctors' kept rows per group that count something ({@code row} + doctor id × {@code perDoctor} + group on
     * the sentinel day: V0041's, V0047's): key to its status columns, comma-separated.
     */
    static Map<Long, String> keptGroupRows(JdbcClient jdbc, List<DoctorSummary> doctors, long row, long perDoctor) {
        var kept = new TreeMap<Long, String>();
        for (DoctorSummary doctor : doctors) {
            long first = row + doctor.doctorId() * perDoctor;
            jdbc.sql("SELECT doctor_id, CONCAT_WS(',', " + KEPT_STATUSES + ") FROM appointment_daily_counts"
                            + " WHERE count_date = ? AND doctor_id >= ? AND doctor_id < ? AND "
                            + KEPT_STATUSES.replace(", ", " + ") + " > 0")
                    .params(DoctorAndTimeJumps.SENTINEL, first, first + perDoctor)
                    .query(rs -> {
                        kept.put(rs.getLong(1), rs.getString(2));
                    });
        }
        return kept;
    }

    /**
     * The same from the appointments: {@code keyedRows} selects each row's key {@code k}, {@code status} and whether
     * the patient cancelled it ({@code by_patient}).
     */
    static Map<Long, String> recountedGroupRows(JdbcClient jdbc, String keyedRows) {
        var counted = new TreeMap<Long, String>();
        jdbc.sql("SELECT g.k, CONCAT_WS(',', SUM(g.status = 'SCHEDULED'), SUM(g.status = 'COMPLETED'),"
                        + " SUM(g.status = 'NO_SHOW'), SUM(g.status = 'CANCELLED' AND g.by_patient),"
                        + " SUM(g.status = 'CANCELLED' AND NOT g.by_patient)) FROM (" + keyedRows + ") g GROUP BY g.k")
                .query(rs -> {
                    counted.put(rs.getLong(1), rs.getString(2));
                });
        return counted;
    }

    /**
     * Every page of the doctors named {@code family + "Doc"} and {@code family} (alone, with each status, with the days
     * around today) at every offset in both directions of {@code sort} is the single query's: more than 150 compared.
     */
    static void assertDoctorNamePages(
            AppointmentRowRepository rows, LocalDate today, String when, String family, AppointmentSort sort) {
        assertDoctorNamePages(rows, today, when, family, bothWays(sort));
    }

    /** The same pages in {@code orders} (e.g. today first and two sorts both ways). */
    static void assertDoctorNamePages(
            AppointmentRowRepository rows, LocalDate today, String when, String family, List<String> orders) {
        var filters = new ArrayList<AppointmentFilter>();
        filters.add(new AppointmentFilter(null, null, family + "Doc", null, null, null, null));
        filters.add(new AppointmentFilter(null, null, family, null, null, null, null));
        for (AppointmentStatus status : AppointmentStatus.values()) {
            filters.add(new AppointmentFilter(null, null, family, null, status, null, null));
        }
        filters.add(new AppointmentFilter(null, null, family, null, null, today.minusDays(1), today.plusDays(2)));
        filters.add(new AppointmentFilter(
                null, null, family, null, AppointmentStatus.SCHEDULED, today.minusDays(1), today.plusDays(2)));
        int checked = assertPages(rows, today, when, filters, orders, everyOffset());
        assertThat(checked).as(when).isGreaterThan(150);
    }

    /**
     * The kept group rows are what is read: the first of a doctor's groups ({@code firstKey}, {@code perDoctor} keys)
     * that counts something made 3 too many moves the last page of {@code doctorName} in {@code sort} ascending (a name
     * of two words: one word reads its spellings' rows, V0061, V0062).
     */
    static void assertWrongGroupCountMovesPages(
            JdbcClient jdbc,
            AppointmentRowRepository rows,
            LocalDate today,
            String doctorName,
            long firstKey,
            long perDoctor,
            AppointmentSort sort) {
        long key = jdbc.sql("SELECT MIN(doctor_id) FROM appointment_daily_counts WHERE count_date = ?"
                        + " AND doctor_id >= ? AND doctor_id < ? AND scheduled + completed > 0")
                .params(DoctorAndTimeJumps.SENTINEL, firstKey, firstKey + perDoctor)
                .query(Long.class)
                .single();
        assertWrongRowMovesPagesOf(jdbc, rows, today, doctorName, DoctorAndTimeJumps.SENTINEL, key, sort);
    }

    /**
     * The kept row of {@code day} and {@code key} made 3 too many (its completed column) moves the last page of
     * {@code family + "Doc"} in {@code sort} ascending: the row is what the walk reads, and it counts rows before it.
     */
    static void assertWrongRowMovesPages(
            JdbcClient jdbc,
            AppointmentRowRepository rows,
            LocalDate today,
            String family,
            LocalDate day,
            long key,
            AppointmentSort sort) {
        assertWrongRowMovesPagesOf(jdbc, rows, today, family + "Doc", day, key, sort);
    }

    /** {@link #assertWrongRowMovesPages} of the doctors named {@code doctorName}. */
    static void assertWrongRowMovesPagesOf(
            JdbcClient jdbc,
            AppointmentRowRepository rows,
            LocalDate today,
            String doctorName,
            LocalDate day,
            long key,
            AppointmentSort sort) {
        jdbc.sql("UPDATE appointment_daily_counts SET completed = completed + 3 WHERE count_date = ? AND doctor_id = ?")
                .params(day, key)
                .update();
        var filter = new AppointmentFilter(null, null, doctorName, null, null, null, null);
        String order = sort.orderBy(true); // the lowest row first: before the page
        List<Long> all = ids(rows.findInOneQuery(filter, order, 0, 1_000, today));
        assertThat(ids(rows.find(filter, order, all.size() - 2, 2, today)))
                .as("a page after a row counted 3 too many")
                .isNotEqualTo(all.subList(all.size() - 2, all.size()));
    }
}
