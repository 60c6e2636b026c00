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
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A doctor's name alone in the reason order from each doctor's kept rows per group of buckets of that order (V0047,
 * issue 18, round 21): with buckets of one row (groups of 20) and of three, reasons missing, empty, equal in the
 * collation (case, accents, trailing spaces), sharing long prefixes, some only this test's (its rows together in the
 * order, the groups' bounds among them; one of 45 rows, so that groups start and end within it) and some every test's
 * (its rows spread among the others'), every page at every
 * offset, both directions, without and with each status, is the single query's; after bookings, a reschedule, a
 * cancellation, an outcome and rebuild(). After each write the kept rows equal a recount from the appointments; a
 * group's count made wrong moves the pages (the counts are what is read). Since V0061 (round 48) a name of one word
 * reads its spellings' rows per bucket: they equal a recount too, one made wrong moves the pages, and marked stale they
 * are not read until the repair has counted them again.
 */
@IntegrationTest
class DoctorReasonGroupsTest {

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
    DoctorNameBucketRows nameBucketRows;

    String family;

    List<DoctorSummary> doctors;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void aDoctorsNameInTheReasonOrderIsTheSingleQuerysPageAfterEveryKindOfWrite() {
        family = "Rsn" + UUID.randomUUID().toString().substring(0, 8);
        LocalDate today = fixture.today();
        doctors = List.of(fixture.doctor(family + "Doc"), fixture.doctor(family + "Doc"), fixture.doctor(family));
        String longReason = "Kontrolle nach der Operation am linken Knie, bitte mit Röntgenbild ";
        List<@Nullable String> reasons = Arrays.asList(
                null,
                "",
                "Check-up",
                "check-up",
                "Check-up   ",
                "Ärztliche Beratung",
                "Arztliche beratung",
                longReason + "vom März",
                longReason + "vom Mai",
                longReason + "VOM MAI",
                family + " eigener Grund",
                family + " eigener Grund b",
                "Zz");
        PatientSummary patient = fixture.patient(family + "Pat");
        AppointmentStatus[] statuses = AppointmentStatus.values();
        int written = 0;
        for (int r = 0; r < reasons.size(); r++) {
            for (int k = 0; k < 2 + r % 4; k++) {
                fixture.appointmentInSql(
                        doctors.get((r + k) % 3),
                        patient,
                        today.plusDays(k % 3 - 1),
                        LocalTime.of(7, 0).plusMinutes(20L * (r * 5 + k)),
                        statuses[written++ % statuses.length],
                        reasons.get(r));
            }
        }
        // one reason of many rows (more than a group's 20 at a bucket a row): groups whose bounds are both that reason
        for (int i = 0; i < 45; i++) {
            fixture.appointmentInSql(
                    doctors.get(i % 3),
                    patient,
                    today.plusDays(10 + i % 5),
                    LocalTime.of(8, 0).plusMinutes(20L * (i / 5)),
                    statuses[written++ % statuses.length],
                    family + " Serie");
        }
        summaries.rebuild(); // plain SQL rows
        summaries.rebuildReasonBuckets(1); // a bucket per row: groups of 20, their bounds among these rows
        assertExact("after rebuilding with 1 row a bucket");

        PatientSummary booker = fixture.patient(family + "Booker");
        var booked = new ArrayList<Long>();
        SignIn.as(booker.userId(), Roles.PATIENT);
        for (int day = 1; day <= 3; day++) {
            booked.add(booking.book(
                    fixture.slot(doctors.get(day % 2).doctorId(), day, LocalTime.of(10, 0)),
                    day == 1 ? "check-up" : family + " eigener Grund"));
        }
        assertExact("after three bookings");
        booking.reschedule(booked.get(1), fixture.slot(doctors.get(0).doctorId(), 5, LocalTime.of(15, 0)), "Later.");
        assertExact("after a reschedule");
        booking.cancel(booked.get(2), "Better.");
        assertExact("after a cancellation");
        clock.setTo(today.plusDays(1).atTime(12, 0));
        SignIn.as(doctors.get(1).userId(), Roles.DOCTOR);
        appointments.recordOutcome(booked.get(0), AppointmentStatus.COMPLETED);
        assertExact("after an outcome");

        // the counts are what is read: a doctor's group's count made wrong moves the pages of a name of two words
        // after it, rebuild() repairs
        GridJumpChecks.assertWrongGroupCountMovesPages(
                jdbc,
                rows,
                today,
                "Doc " + family + "Doc",
                firstKey(doctors.get(0)),
                DoctorReasonGroups.PER_DOCTOR,
                AppointmentSort.REASON);
        summaries.rebuildReasonBuckets(1);
        assertExact("after rebuilding the buckets");
        SpellingBucketChecks.assertRead(
                jdbc,
                rows,
                nameBucketRows,
                today,
                family,
                DoctorNameBucketRows.Order.REASON,
                AppointmentSort.REASON,
                () -> assertExact("a spelling's row wrong, and marked stale"));
        summaries.rebuildReasonBuckets(3);
        assertExact("after choosing the buckets again");
        summaries.rebuild();
        assertExact("after rebuild()");
    }

    private long firstKey(DoctorSummary doctor) {
        return DoctorReasonGroups.ROW + doctor.doctorId() * DoctorReasonGroups.PER_DOCTOR;
    }

    /** The kept rows of this test's doctors equal a recount, and every page by reason is the single query's. */
    private void assertExact(String when) {
        assertThat(kept()).as(when + ": kept rows").isEqualTo(recount());
        // a reason's rows counted per day before the page is read, as beyond a bucket's rows (round 48)
        var perDay = new NameFilterPages(
                jdbc,
                NameFilterPages.MAX_PEOPLE,
                new NamedDoctorPages(jdbc),
                true,
                new NamedDoctorReasonPages(jdbc, NamedDoctorReasonPages.MAX_REASON_PAIRS, 0),
                new NamedDoctorPatientPages(jdbc));
        GridJumpChecks.assertPages(
                rows,
                perDay::ids,
                fixture.today(),
                when + ", per day",
                List.of(new AppointmentFilter(null, null, family, null, null, null, null)),
                GridJumpChecks.bothWays(AppointmentSort.REASON),
                GridJumpChecks.everyOffset());
        if (!SpellingBucketChecks.anyStale(jdbc)) {
            assertThat(SpellingBucketChecks.kept(jdbc, family, DoctorNameBucketRows.Order.REASON))
                    .as(when + ": the spellings' rows per bucket")
                    .isNotEmpty()
                    .isEqualTo(SpellingBucketChecks.recounted(jdbc, family, DoctorNameBucketRows.Order.REASON));
        }
        GridJumpChecks.assertDoctorNamePages(rows, fixture.today(), when, family, AppointmentSort.REASON);
    }

    /** This test's doctors' kept rows that count something: key to its status columns. */
    private Map<Long, String> kept() {
        return GridJumpChecks.keptGroupRows(jdbc, doctors, DoctorReasonGroups.ROW, DoctorReasonGroups.PER_DOCTOR);
    }

    /** The same from the appointments and the reason order's buckets now. */
    private Map<Long, String> recount() {
        String ids = doctors.stream().map(d -> String.valueOf(d.doctorId())).collect(Collectors.joining(", "));
        return GridJumpChecks.recountedGroupRows(
                jdbc,
                "SELECT " + DoctorReasonGroups.ofBucketRow("a.doctor_id", ReasonOrderJumps.BUCKET_ROW_OF_APPOINTMENT)
                        + " AS k, a.status, a.cancelled_by <=> p.user_id AS by_patient FROM appointments a"
                        + " JOIN patients p ON p.patient_id = a.patient_id WHERE a.doctor_id IN (" + ids + ")");
    }
}
