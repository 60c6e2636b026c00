package app.praxis.appointment;

import static org.assertj.core.api.Assertions.assertThat;

import app.praxis.doctor.DoctorSummary;
import app.praxis.patient.PatientProfileService;
import app.praxis.patient.PatientSummary;
import app.praxis.security.Roles;
import app.praxis.support.IntegrationTest;
import app.praxis.support.SignIn;
import app.praxis.support.TestClock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A doctor's name alone in the patient order from each doctor's kept rows per group of buckets (V0041, issue 18,
 * round 17): with buckets of one patient (groups of 10), patients whose names tie, differ only in case or accents
 * (one name across a group's bound), spread over the whole order among every other test's patients, every page at
 * every offset, both directions, without and with each status, is the single query's; after bookings, a reschedule,
 * a cancellation, an outcome, renames across groups, and rebuild(). After each write the kept rows equal a recount
 * from the appointments; a group's count made wrong moves the pages (the counts are what is read). Since V0062 (round
 * 48) a name of one word reads its spellings' rows per bucket: they equal a recount too (the renames move them), one
 * made wrong moves the pages, and marked stale they are not read until the repair has counted them again.
 */
@IntegrationTest
class DoctorPatientGroupsTest {

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

    @Autowired
    DoctorNameBucketRows nameBucketRows;

    String family;

    List<DoctorSummary> doctors;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void aDoctorsNameInThePatientOrderIsTheSingleQuerysPageAfterEveryKindOfWrite() {
        family = "Grp" + UUID.randomUUID().toString().substring(0, 8);
        LocalDate today = fixture.today();
        doctors = List.of(fixture.doctor(family + "Doc"), fixture.doctor(family + "Doc"), fixture.doctor(family));
        String[][] names = {
            {"Anna", "Müller"},
            {"anna", "Muller"},
            {"Änna", "MÜLLER"},
            {"Anna", "Muller"},
            {"Anna", "Müller"},
            {"Bob", "Mull"},
            {"Zoë", "Arzt"},
            {"Zoe", "Ärzt"},
            {"Al", ""},
            {"Al", "Aaa"},
            {"Al", "Zzzz"},
            {"Eve", family},
            {"Ida", family},
            {"Ida", family + "b"},
            {"Uwe", "Klein"},
            {"Uwe", "klein"}
        };
        var patients = new ArrayList<PatientSummary>();
        for (String[] name : names) {
            patients.add(GridJumpChecks.patient(jdbc, "grp", name[0], name[1]));
        }
        // ties on the name broken by the user id, which runs against the patient id here (V0043 copies it)
        patients.addAll(GridJumpChecks.patientsWithUserIdsReversed(jdbc, "grp", "Uwe", "Klein"));
        patients.addAll(GridJumpChecks.patientsWithUserIdsReversed(jdbc, "grp", "Ida", family));
        AppointmentStatus[] statuses = AppointmentStatus.values();
        int written = 0;
        for (int p = 0; p < patients.size(); p++) {
            for (int k = 0; k < 1 + p % 4; k++) {
                fixture.appointmentInSql(
                        doctors.get((p + k) % 3),
                        patients.get(p),
                        today.plusDays(k - 2),
                        LocalTime.of(7, 0).plusMinutes(20L * p),
                        statuses[written++ % statuses.length],
                        null);
            }
        }
        summaries.rebuild(); // plain SQL rows
        summaries.rebuildPatientBuckets(1); // a bucket per patient: groups of 10, their bounds among these names
        assertExact("after rebuilding with 1 patient a bucket");

        PatientSummary booker = fixture.patient(family + "Mu");
        var booked = new ArrayList<Long>();
        SignIn.as(booker.userId(), Roles.PATIENT);
        for (int day = 1; day <= 3; day++) {
            booked.add(booking.book(fixture.slot(doctors.get(day % 2).doctorId(), day, LocalTime.of(10, 0)), "Visit"));
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

        GridJumpChecks.renamePatient(profiles, booker, "Aaaa"); // to the front of the whole order: other groups
        assertExact("after a rename to the front");
        GridJumpChecks.renamePatient(profiles, patients.get(0), "Zzzzz"); // one of the Müllers to the back
        assertExact("after a rename to the back");
        GridJumpChecks.renamePatient(profiles, booker, family + "Mu");
        assertExact("after a rename back");

        // the counts are what is read: a doctor's group's count made wrong moves the pages of a name of two words
        // after it, a spelling's row per bucket those of a name of one word (V0062), rebuild() repairs
        GridJumpChecks.assertWrongGroupCountMovesPages(
                jdbc,
                rows,
                today,
                "Doc " + family + "Doc",
                firstKey(doctors.get(0)),
                DoctorPatientGroups.PER_DOCTOR,
                AppointmentSort.PATIENT);
        summaries.rebuildPatientBuckets(1);
        assertExact("after rebuilding the buckets");
        SpellingBucketChecks.assertRead(
                jdbc,
                rows,
                nameBucketRows,
                today,
                family,
                DoctorNameBucketRows.Order.PATIENT,
                AppointmentSort.PATIENT,
                () -> assertExact("a spelling's row wrong, and marked stale"));
        summaries.rebuildPatientBuckets(3);
        assertExact("after choosing the buckets again");
        summaries.rebuild();
        assertExact("after rebuild()");
    }

    private long firstKey(DoctorSummary doctor) {
        return DoctorPatientGroups.ROW + doctor.doctorId() * DoctorPatientGroups.PER_DOCTOR;
    }

    /** The kept rows of this test's doctors equal a recount, and every page by patient is the single query's. */
    private void assertExact(String when) {
        assertThat(kept()).as(when + ": kept rows").isEqualTo(recount());
        if (!SpellingBucketChecks.anyStale(jdbc)) {
            assertThat(SpellingBucketChecks.kept(jdbc, family, DoctorNameBucketRows.Order.PATIENT))
                    .as(when + ": the spellings' rows per bucket")
                    .isNotEmpty()
                    .isEqualTo(SpellingBucketChecks.recounted(jdbc, family, DoctorNameBucketRows.Order.PATIENT));
            assertThat(SpellingBucketChecks.keptPerPatient(jdbc, family))
                    .as(when + ": the spellings' rows per patient")
                    .isNotEmpty()
                    .isEqualTo(SpellingBucketChecks.recountedPerPatient(jdbc, family));
        }
        assertThat(jdbc.sql("SELECT COUNT(*) FROM appointments a JOIN patients p ON p.patient_id = a.patient_id"
                                + " WHERE a.patient_user_id <> p.user_id")
                        .query(Long.class)
                        .single())
                .as(when + ": appointments whose copied user id is not their patient's")
                .isZero();
        GridJumpChecks.assertDoctorNamePages(rows, fixture.today(), when, family, AppointmentSort.PATIENT);
    }

    /** This test's doctors' kept rows that count something: key to its status columns. */
    private Map<Long, String> kept() {
        return GridJumpChecks.keptGroupRows(jdbc, doctors, DoctorPatientGroups.ROW, DoctorPatientGroups.PER_DOCTOR);
    }

    /** The same from the appointments and the patients' buckets now. */
    private Map<Long, String> recount() {
        String ids = doctors.stream().map(d -> String.valueOf(d.doctorId())).collect(Collectors.joining(", "));
        return GridJumpChecks.recountedGroupRows(
                jdbc,
                "SELECT "
                        + DoctorPatientGroups.rowOf(
                                "a.doctor_id",
                                AppointmentSummaries.bucketOf("u.last_name", "u.first_name", "u.user_id"))
                        + " AS k, a.status, a.cancelled_by <=> p.user_id AS by_patient FROM appointments a"
                        + " JOIN patients p ON p.patient_id = a.patient_id JOIN users u ON u.user_id = p.user_id"
                        + " WHERE a.doctor_id IN (" + ids + ")");
    }
}
