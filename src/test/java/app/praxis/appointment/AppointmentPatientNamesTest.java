package app.praxis.appointment;

import static org.assertj.core.api.Assertions.assertThat;

import app.praxis.doctor.DoctorSummary;
import app.praxis.patient.PatientProfileService;
import app.praxis.patient.PatientSummary;
import app.praxis.security.Roles;
import app.praxis.support.IntegrationTest;
import app.praxis.support.LockWaits;
import app.praxis.support.SignIn;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The patient's names copied onto their appointments (V0033, issue 18 round 13): the booking's INSERT and the plain-SQL
 * writers copy them, a rename through the profile rewrites them in its transaction, and the migration's backfill
 * copies them for rows written without; a word that starts both of a patient's names counts each row once. Each
 * time the grid's count and pages by the patient's name equal the plain query's (which joins the users). A rename and
 * a booking of the same patient at once wait for each other (either order) and leave the copies equal to the names,
 * and so do the rows per spelling of the doctors' names and patient (V0065), also when a doctor's spelling is repaired
 * while the patient's rename is open.
 */
@IntegrationTest
class AppointmentPatientNamesTest {

    @Autowired
    AppointmentRowRepository rows;

    @Autowired
    BookingService booking;

    @Autowired
    PatientProfileService profiles;

    @Autowired
    BookingFixture fixture;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager transactionManager;

    @Autowired
    DoctorNameBucketRows nameBucketRows;

    String family;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void theBookingCopiesThePatientsNamesAndARenameRewritesThem() {
        family = "Pn" + UUID.randomUUID().toString().substring(0, 8);
        DoctorSummary doctor = fixture.doctor(family + "Doc");
        PatientSummary patient = fixture.patient(family + "Alt");
        SignIn.as(patient.userId(), Roles.PATIENT);
        booking.book(fixture.slot(doctor.doctorId(), 1, LocalTime.of(10, 0)), "Visit");
        booking.book(fixture.slot(doctor.doctorId(), 2, LocalTime.of(11, 0)), "Visit");
        fixture.pastAppointment(doctor.doctorId(), patient.patientId(), 3);
        assertThat(mismatchedCopies(patient)).isZero();
        assertThat(countAndPagesByName(family + "Alt")).isEqualTo(3);

        rename(patient, family + "Neu");

        assertThat(mismatchedCopies(patient))
                .as("rewritten in the rename's transaction")
                .isZero();
        assertThat(countAndPagesByName(family + "Alt")).as("the former name").isZero();
        assertThat(countAndPagesByName(family + "Neu")).isEqualTo(3);
    }

    @Test
    void theMigrationsBackfillCopiesTheNamesOfRowsWrittenWithout() throws IOException {
        family = "Pb" + UUID.randomUUID().toString().substring(0, 8);
        DoctorSummary doctor = fixture.doctor(family + "Doc");
        PatientSummary patient = GridJumpChecks.patient(jdbc, "backfill", "Berta", family + "Back");
        LocalDate today = fixture.today();
        for (int day = 0; day < 3; day++) {
            fixture.appointmentInSql(
                    doctor, patient, today.plusDays(day), LocalTime.of(9, 0), AppointmentStatus.SCHEDULED, null);
        }
        jdbc.sql("UPDATE appointments SET patient_first_name = '', patient_last_name = '' WHERE patient_id = ?")
                .param(patient.patientId())
                .update();
        assertThat(mismatchedCopies(patient)).isEqualTo(3);

        jdbc.sql(backfill()).update();

        assertThat(mismatchedCopies(patient)).isZero();
        assertThat(countAndPagesByName("bert " + family + "back")).isEqualTo(3);
    }

    @Test
    void aWordThatStartsBothNamesCountsEachRowOnce() {
        family = "Pw" + UUID.randomUUID().toString().substring(0, 8);
        DoctorSummary doctor = fixture.doctor(family + "Doc");
        var patients = List.of(
                GridJumpChecks.patient(jdbc, "both", family + "Ann", family + "Annaberg"),
                GridJumpChecks.patient(jdbc, "both", family + "Ann", family + "Berg"),
                GridJumpChecks.patient(jdbc, "both", "Ann", family + "Annaberg"));
        LocalDate today = fixture.today();
        for (int p = 0; p < patients.size(); p++) {
            for (int k = 0; k <= p; k++) {
                fixture.appointmentInSql(
                        doctor,
                        patients.get(p),
                        today.plusDays(k - 1),
                        LocalTime.of(8 + p, 10 * k),
                        AppointmentStatus.values()[k],
                        null);
            }
        }
        assertThat(countAndPagesByName(family + "ann"))
                .as("first, last or both")
                .isEqualTo(6);
        assertThat(countAndPagesByName(family + "ann " + family + "berg")).isEqualTo(2);
    }

    @Test
    void aNameThatSelectsManyPatientsReadsTheRangesAndFindsWhatTheSingleQueryFinds() {
        // no patient counts as few: every name is read from the copied names' ranges, a page within days name by name,
        // the first pages by date and today first from each name's first rows (NEAR_START)
        assertThat(rangesFindWhatTheSingleQueryFinds(new NamedPatientPages(jdbc, NameFilterPages.MAX_PEOPLE, 0)))
                .isGreaterThan(150);
    }

    @Test
    void aRangeWithMoreNamesThanTheCapIsReadWholeAndFindsTheSame() {
        // cap 0: every range read whole (as in round 13); cap 1: the family's first-name range has several names
        for (int cap : new int[] {0, 1}) {
            assertThat(rangesFindWhatTheSingleQueryFinds(
                            new NamedPatientPages(jdbc, NameFilterPages.MAX_PEOPLE, 0, cap)))
                    .as("cap %d", cap)
                    .isGreaterThan(150);
        }
    }

    @Test
    void everyPageFromTheDaysCountsNameByNameFindsTheSame() {
        // no page counts as near the start: by date and today first read every day's rows counted, then name by name
        assertThat(rangesFindWhatTheSingleQueryFinds(
                        new NamedPatientPages(jdbc, NameFilterPages.MAX_PEOPLE, 0, PatientNamePairs.MAX_NAMES, 0)))
                .isGreaterThan(150);
    }

    /**
     * Patients whose names a family's words start (accents, case, names equal in the collation: "Klara"/"KLÁRA" with
     * the same last name), their rows over five days; the pages compared with the single query's for filters by first
     * name, last name, both, status, dates, a doctor's name and a doctor. Returns how many pages were compared.
     */
    private int rangesFindWhatTheSingleQueryFinds(NamedPatientPages ranges) {
        family = "Pm" + UUID.randomUUID().toString().substring(0, 8);
        var doctors = List.of(fixture.doctor(family + "Koch"), fixture.doctor(family + "Berg"));
        String[][] names = {
            {"Klara", family + "Zeh"},
            {"klára", family + "Koch"},
            {family + "Kla", family + "Klarsen"},
            {"Ida", family + "Klar"},
            {"Anna", family + "Müller"},
            {"Änna", family + "Muller"},
            {"KLÁRA", family + "zeh"},
            {family + "kla", family + "Klarsen"},
            {family + "Kla", family + "Zeh"},
            {family + "klá", family + "zeh"}
        };
        var patients = new ArrayList<PatientSummary>();
        for (String[] name : names) {
            patients.add(GridJumpChecks.patient(jdbc, "many", name[0], name[1]));
        }
        LocalDate today = fixture.today();
        AppointmentStatus[] statuses = AppointmentStatus.values();
        int written = 0;
        for (int p = 0; p < patients.size(); p++) {
            for (int k = 0; k < 2 + p % 3; k++) {
                fixture.appointmentInSql(
                        doctors.get((p + k) % 2),
                        patients.get(p),
                        today.plusDays(k - 2),
                        LocalTime.of(8, 0).plusMinutes(20L * p),
                        statuses[written++ % statuses.length],
                        k % 2 == 0 ? "Reason " + (p % 2) : null);
            }
        }
        var filters = List.of(
                new AppointmentFilter(null, null, null, family, null, null, null),
                new AppointmentFilter(null, null, null, family + "kla", null, null, null),
                new AppointmentFilter(null, null, null, "kla " + family, AppointmentStatus.SCHEDULED, null, null),
                new AppointmentFilter(null, null, null, "anna " + family + "m", null, today.minusDays(1), today),
                new AppointmentFilter(null, null, null, family + "z", null, today.minusDays(2), today.plusDays(1)),
                new AppointmentFilter(null, null, family + "Koch", family, null, null, null),
                // round 16: a doctor's name with a patient's, read along the doctors' index: the first names'
                // range by its last names ("Zeh"/"zeh" equal in the collation), the last names' by its prefix
                new AppointmentFilter(null, null, family, family + "kla", null, null, null),
                new AppointmentFilter(null, null, family + "Berg", "klara " + family, null, today.minusDays(1), null),
                new AppointmentFilter(null, null, family, family + "k", AppointmentStatus.SCHEDULED, null, null),
                new AppointmentFilter(doctors.get(1).doctorId(), null, null, family, null, today, null));
        for (AppointmentFilter filter : filters) {
            assertThat(ranges.count(filter)).as("count of %s", filter).isEqualTo(rows.countRows(filter));
        }
        return GridJumpChecks.assertPages(
                rows,
                ranges::ids,
                today,
                "the names' ranges",
                filters,
                GridJumpChecks.everyOrder(),
                GridJumpChecks.everyOffset());
    }

    @Test
    void aRenameHeldOpenMakesTheBookingWaitAndTheBookingCopiesTheNewName() throws Exception {
        family = "Pr" + UUID.randomUUID().toString().substring(0, 8);
        DoctorSummary doctor = fixture.doctor(family + "Doc");
        PatientSummary patient = fixture.patient(family + "Alt");
        long slot = fixture.slot(doctor.doctorId(), 1, LocalTime.of(10, 0));
        heldOpenWhile(() -> rename(patient, family + "Neu"), () -> {
            SignIn.as(patient.userId(), Roles.PATIENT);
            booking.book(slot, "Visit");
        });
        assertThat(mismatchedCopies(patient)).isZero();
        assertThat(countAndPagesByName(family + "Neu")).isEqualTo(1);
        assertSpellingsRowsPerPatientExact(family + "Neu");
    }

    @Test
    void aBookingHeldOpenMakesTheRenameWaitAndTheRenameRewritesTheBookedRow() throws Exception {
        family = "Ps" + UUID.randomUUID().toString().substring(0, 8);
        DoctorSummary doctor = fixture.doctor(family + "Doc");
        PatientSummary patient = fixture.patient(family + "Alt");
        long slot = fixture.slot(doctor.doctorId(), 1, LocalTime.of(10, 0));
        heldOpenWhile(
                () -> {
                    SignIn.as(patient.userId(), Roles.PATIENT);
                    booking.book(slot, "Visit");
                },
                () -> rename(patient, family + "Neu"));
        assertThat(mismatchedCopies(patient)).isZero();
        assertThat(countAndPagesByName(family + "Neu")).isEqualTo(1);
        assertSpellingsRowsPerPatientExact(family + "Neu");
    }

    @Test
    void aRenameHeldOpenMakesTheRepairOfADoctorsSpellingWaitAndTheRepairWritesTheNewName() throws Exception {
        family = "Pt" + UUID.randomUUID().toString().substring(0, 8);
        DoctorSummary doctor = fixture.doctor(family + "Doc");
        PatientSummary patient = fixture.patient(family + "Alt");
        SignIn.as(patient.userId(), Roles.PATIENT);
        booking.book(fixture.slot(doctor.doctorId(), 1, LocalTime.of(10, 0)), "Visit");
        SignIn.out();
        // as after the doctor's rename to a spelling the patient has no row of yet (V0065): the spelling's rows wait
        // for the repair, which reads the patients' names without locks
        long spelling = jdbc.sql("SELECT spelling_id FROM doctor_name_spellings WHERE spelling = CAST(? AS BINARY)")
                .param(family + "Doc")
                .query(Long.class)
                .single();
        jdbc.sql("DELETE FROM doctor_name_patients WHERE spelling_id = ?")
                .param(spelling)
                .update();
        jdbc.sql("INSERT INTO doctor_name_stale_spellings (spelling_id) VALUES (?)")
                .param(spelling)
                .update();
        heldOpenWhile(() -> rename(patient, family + "Neu"), nameBucketRows::repairStale);
        assertThat(SpellingBucketChecks.anyStale(jdbc))
                .as("marks after the repair")
                .isFalse();
        assertThat(jdbc.sql("SELECT CAST(last_name AS BINARY) = CAST(? AS BINARY) FROM doctor_name_patients"
                                + " WHERE spelling_id = ? AND patient_id = ?")
                        .params(family + "Neu", spelling, patient.patientId())
                        .query(Boolean.class)
                        .single())
                .as("the repaired row has the patient's new name")
                .isTrue();
        assertSpellingsRowsPerPatientExact(family + "Neu");
    }

    /**
     * Runs {@code held} in a transaction held open until another transaction waits for its locks, which {@code other}
     * (run on a second thread once {@code held} is written) must start; both must finish.
     */
    private void heldOpenWhile(Runnable held, Runnable other) throws Exception {
        var written = new CountDownLatch(1);
        var threads = Executors.newFixedThreadPool(2);
        try {
            Future<?> holding =
                    threads.submit(() -> new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
                        held.run();
                        written.countDown();
                        LockWaits.awaitAnotherTransactionWaiting(jdbc); // the other waits for this one
                    }));
            assertThat(written.await(60, TimeUnit.SECONDS)).isTrue();
            Future<?> waited = threads.submit(other);
            holding.get(60, TimeUnit.SECONDS);
            waited.get(60, TimeUnit.SECONDS);
        } finally {
            threads.shutdownNow();
        }
    }

    /**
     * The rows per spelling and patient (V0065) of the doctors named {@code family + "Doc"} equal a recount, names
     * included, and the pages of that name in the patient order are the single query's.
     */
    private void assertSpellingsRowsPerPatientExact(String patientName) {
        assertThat(SpellingBucketChecks.keptPerPatient(jdbc, family))
                .as("the spellings' rows per patient")
                .isNotEmpty()
                .isEqualTo(SpellingBucketChecks.recountedPerPatient(jdbc, family));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM doctor_name_patients c JOIN doctor_name_spellings s"
                                + " ON s.spelling_id = c.spelling_id WHERE s.name LIKE ?"
                                + " AND CAST(c.last_name AS BINARY) = CAST(? AS BINARY)")
                        .params(family + "%", patientName)
                        .query(Long.class)
                        .single())
                .as("rows per spelling with the patient's new name")
                .isPositive();
    }

    /** This patient's rows whose copies differ from their user's names (byte for byte). */
    private long mismatchedCopies(PatientSummary patient) {
        return fixture.count(
                "SELECT COUNT(*) FROM appointments a JOIN patients p ON p.patient_id = a.patient_id"
                        + " JOIN users u ON u.user_id = p.user_id WHERE a.patient_id = ?"
                        + " AND (CAST(a.patient_first_name AS BINARY) <> CAST(u.first_name AS BINARY)"
                        + " OR CAST(a.patient_last_name AS BINARY) <> CAST(u.last_name AS BINARY))",
                patient.patientId());
    }

    /** The rows a patient's name selects; the count and every page of every order equal the plain query's. */
    private long countAndPagesByName(String name) {
        LocalDate today = fixture.today();
        var filter = new AppointmentFilter(null, null, null, name, null, null, null);
        long counted = rows.count(filter);
        assertThat(rows.countRows(filter)).as("the plain count of %s", name).isEqualTo(counted);
        var orders = GridJumpChecks.everyOrder();
        for (String order : orders) {
            assertThat(rows.findInOneQuery(filter, order, 0, 1_000, today))
                    .as("%s: %s", name, order)
                    .hasSize((int) counted);
        }
        GridJumpChecks.assertPages(rows, today, name, List.of(filter), orders, GridJumpChecks.everyOffset());
        return counted;
    }

    /** The backfill statement of V0033, as the migration runs it. */
    private static String backfill() throws IOException {
        String migration = new ClassPathResource("db/migration/V0033__appointments_patient_names.sql")
                .getContentAsString(StandardCharsets.UTF_8);
        int start = migration.indexOf("UPDATE appointments");
        return migration.substring(start, migration.indexOf(';', start));
    }

    private void rename(PatientSummary patient, String lastName) {
        GridJumpChecks.renamePatient(profiles, patient, lastName);
    }
}
