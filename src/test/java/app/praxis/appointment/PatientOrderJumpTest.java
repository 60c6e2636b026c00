package app.praxis.appointment;

import static org.assertj.core.api.Assertions.assertThat;

import app.praxis.patient.PatientProfileService;
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
 * A jump in the grid's patient order from the buckets of V0025 (issue 18, round 10): on patients whose names tie,
 * differ only in case or accents, or are prefixes of each other, some without any appointment, a page at every offset
 * around them (and spread over every other test's rows), in both directions, without a filter and with each status,
 * in pages of 1, 4 and 7 in turn, holds exactly the rows of the one query that sorts and skips every joined row; after
 * bookings, a reschedule, cancellations, outcomes, a patient renamed across buckets (twice), a new patient, and after
 * the buckets are chosen again. A bucket's count made wrong on purpose moves the page (the counts are what is read).
 */
@IntegrationTest
class PatientOrderJumpTest {

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

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void aJumpInThePatientOrderIsThePageOfTheSingleQueryAfterEveryKindOfWrite() {
        family = "Jump" + UUID.randomUUID().toString().substring(0, 8);
        LocalDate today = fixture.today();
        var doctors = List.of(fixture.doctor(family + "Doc"), fixture.doctor(family + "Doc"));
        String[][] names = {
            {"Anna", "Müller"},
            {"anna", "Muller"},
            {"Änna", "MÜLLER"},
            {"Anna", "Muller"},
            {"Bob", "Mull"},
            {"Bob", "Mullerz"},
            {"Zoë", "Arzt"},
            {"Zoe", "Ärzt"},
            {"Al", ""},
            {"Al", "O'Neil"},
            {"Al", "Zz"},
            {"Anna", "Müller"},
            {"Eve", "Mull"},
            {"Ida", "Muller"}
        };
        var patients = new ArrayList<PatientSummary>();
        for (String[] name : names) {
            patients.add(patient(name[0], family + name[1]));
        }
        AppointmentStatus[] statuses = AppointmentStatus.values();
        int written = 0;
        for (int p = 0; p < patients.size(); p++) {
            for (int k = 0; k < p % 5; k++) { // 0 to 4 appointments each: some patients have none
                int day = k - 2;
                LocalTime time = LocalTime.of(8, 0).plusMinutes(20L * p); // each doctor's slots apart
                fixture.appointmentInSql(
                        doctors.get((p + k) % 2),
                        patients.get(p),
                        today.plusDays(day),
                        time,
                        statuses[written % statuses.length],
                        null);
                written++;
            }
        }
        // a patient with two appointments at one date and time (two doctors): ties inside one patient
        fixture.appointmentInSql(
                doctors.get(0), patients.get(3), today, LocalTime.of(16, 0), AppointmentStatus.SCHEDULED, null);
        fixture.appointmentInSql(
                doctors.get(1), patients.get(3), today, LocalTime.of(16, 0), AppointmentStatus.SCHEDULED, null);
        summaries.rebuild(); // the rows above (and other tests') were written in plain SQL
        summaries.rebuildPatientBuckets(3); // many small buckets, their bounds among these names
        assertJumpsExact("after rebuilding with 3 patients a bucket");

        PatientSummary booker = fixture.patient(family + "Mu");
        List<Long> booked = GridJumpChecks.bookMoveCancelComplete(
                booking, appointments, fixture, clock, doctors.get(0), booker, this::assertJumpsExact);

        rename(booker, "Aaa"); // to the front of the family: crosses bounds
        assertJumpsExact("after the patient was renamed to the front");
        rename(booker, "Zzz"); // to the back
        assertJumpsExact("after the patient was renamed to the back");
        SignIn.as(booker.userId(), Roles.PATIENT);
        booking.cancel(booked.get(1), "Not needed.");
        assertJumpsExact("after a cancellation under the new name");

        PatientSummary newcomer = fixture.patient(family + "Mullb");
        SignIn.as(newcomer.userId(), Roles.PATIENT);
        booking.book(fixture.slot(doctors.get(1).doctorId(), 4, LocalTime.of(10, 0)), "First visit");
        assertJumpsExact("after a new patient booked");

        summaries.rebuildPatientBuckets(2);
        assertJumpsExact("after choosing the buckets again");

        // the counts are what is read: one bucket's count made wrong moves the page after it, rebuild() repairs
        long bucket = jdbc.sql("SELECT MAX(doctor_id) FROM appointment_daily_counts WHERE count_date = ?"
                        + " AND doctor_id <= ? AND scheduled > 0")
                .params(AppointmentSummaries.BUCKET_DAY, AppointmentSummaries.BUCKET_ROW)
                .query(Long.class)
                .single();
        jdbc.sql("UPDATE appointment_daily_counts SET scheduled = scheduled + 5 WHERE count_date = ? AND doctor_id = ?")
                .params(AppointmentSummaries.BUCKET_DAY, bucket)
                .update();
        var scheduled = new AppointmentFilter(null, null, null, null, AppointmentStatus.SCHEDULED, null, null);
        String order = AppointmentSort.PATIENT.orderBy(true);
        List<Long> all = GridJumpChecks.ids(rows.findInOneQuery(scheduled, order, 0, 1_000_000, today));
        int offset = all.size() - 3;
        assertThat(GridJumpChecks.ids(rows.find(scheduled, order, offset, 7, today)))
                .as("a page after a bucket counted 5 too many")
                .isNotEqualTo(all.subList(offset, all.size()));
        summaries.rebuild();
        assertJumpsExact("after rebuild()");
    }

    private void rename(PatientSummary patient, String lastName) {
        GridJumpChecks.renamePatient(profiles, patient, family + lastName);
    }

    /**
     * Every offset around this test's rows (they are together in the order: every name starts with the family) and
     * offsets spread over the whole table, both directions, no filter and each status, pages of 1, 4 and 7 in turn.
     */
    private void assertJumpsExact(String when) {
        LocalDate today = fixture.today();
        Set<Long> ours = new HashSet<>(jdbc.sql("SELECT a.appointment_id FROM appointments a JOIN patients p"
                        + " ON p.patient_id = a.patient_id JOIN users u ON u.user_id = p.user_id"
                        + " WHERE u.last_name LIKE ?")
                .param(family + "%")
                .query(Long.class)
                .list());
        int checked = GridJumpChecks.assertPages(
                rows,
                today,
                when,
                GridJumpChecks.noneAndEachStatus(),
                GridJumpChecks.bothWays(AppointmentSort.PATIENT),
                GridJumpChecks.aroundRows(ours));
        assertThat(checked).as(when).isGreaterThan(100);
    }

    /** A patient written in plain SQL with this first and last name (the fixture's quick patients are all "Pat"). */
    private PatientSummary patient(String firstName, String lastName) {
        return GridJumpChecks.patient(jdbc, "jump", firstName, lastName);
    }
}
