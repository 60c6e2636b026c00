package app.praxis.appointment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.praxis.base.ClinicProperties;
import app.praxis.base.InvalidInputException;
import app.praxis.doctor.DoctorSummary;
import app.praxis.patient.PatientSummary;
import app.praxis.security.ClientAddress;
import app.praxis.security.Roles;
import app.praxis.support.IntegrationTest;
import app.praxis.support.LockWaits;
import app.praxis.support.SignIn;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronizationUtils;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The booking benchmark's hand-written JDBC reference ({@link JdbcBooking}) does what {@link BookingService#book}
 * does: the same slot booked by the same patient at the same instant leaves the same rows in every table (the
 * service's booking is rolled back before the JDBC one runs), and every refusal of the service is the JDBC
 * booking's too, with nothing written. Otherwise the benchmark's ratio would compare unequal work.
 */
@IntegrationTest
class JdbcBookingTest {

    /** Columns the database fills (keys, CURRENT_TIMESTAMP defaults). */
    private static final Set<String> NOT_COMPARED =
            Set.of("payment_id", "audit_id", "mail_id", "created_at", "updated_at");

    /** Columns of mail_outbox that its sender (running every 0.2 s in tests) changes once the row is committed. */
    private static final Set<String> CHANGED_BY_SENDER =
            Set.of("status", "attempts", "next_attempt_at", "last_error", "sent_at");

    /** Columns that hold the appointment's id, which differs between the two bookings. */
    private static final Set<String> APPOINTMENT_ID = Set.of("appointment_id", "object_id");

    @Autowired
    app.praxis.base.Texts texts;

    @Autowired
    BookingService booking;

    @Autowired
    BookingFixture fixture;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    @Autowired
    PlatformTransactionManager transactionManager;

    @Autowired
    Clock clock;

    @Autowired
    BookingRules rules;

    @Autowired
    ClinicProperties clinic;

    JdbcBooking byHand;
    DoctorSummary doctor;
    PatientSummary patient;
    String displayName;

    @BeforeEach
    void setUp() {
        byHand = new JdbcBooking(dataSource, clock, rules, clinic.timeZone(), texts);
        doctor = fixture.doctor("Hand");
        patient = fixture.quickPatient("Hand");
        displayName = SignIn.as(patient.userId(), Roles.PATIENT).displayName();
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void aJdbcBookingLeavesTheSameRowsAsAServiceBooking() throws Exception {
        long slot = fixture.slot(doctor.doctorId(), 1, LocalTime.of(9, 0));
        Map<String, Long> before = rowCounts();
        Map<String, Integer> keptBefore = keptContents();

        var viaService = new TransactionTemplate(transactionManager).execute(status -> {
            long appointmentId = booking.book(slot, "  Back pain  ");
            writeWhatCommitWrites();
            var rows = rowsOf(slot, appointmentId);
            rows.put("row counts added", added(before, rowCounts()));
            rows.put("kept rows", keptContents());
            status.setRollbackOnly();
            return rows;
        });
        assertThat(rowCounts()).as("the service's booking rolled back").isEqualTo(before);
        assertThat(fixture.isBooked(slot)).isFalse();

        long appointmentId = byHand.book(booker(), slot, "  Back pain  ");
        var viaJdbc = rowsOf(slot, appointmentId);
        viaJdbc.put("row counts added", added(before, rowCounts()));
        viaJdbc.put("kept rows", keptContents());

        assertThat(viaJdbc).isEqualTo(viaService);
        var keptAfter = keptContents();
        assertThat(KEPT_TABLES.stream().filter(table -> !keptAfter.get(table).equals(keptBefore.get(table))))
                .as("the kept tables the booking changed (the rolled windows: only for a slot within them)")
                .containsExactlyElementsOf(CHANGED_BY_EVERY_BOOKING);
        // What the comparison covers, so that an empty snapshot cannot pass it.
        assertThat(viaJdbc.get("row counts added").toString())
                .contains("appointments=1", "payments=1", "audit_events=1", "mail_outbox=2");
        assertThat(viaJdbc.get("mail_outbox").toString())
                .contains("Your appointment on", "New appointment: Pat Hand", "BEGIN:VCALENDAR");
        assertThat(fixture.isBooked(slot)).isTrue();
    }

    /**
     * What the booking's commit would write before it commits (the summaries' deltas, {@code SummaryDeltas}), so
     * that the rolled-back service booking can be compared row for row.
     */
    private static void writeWhatCommitWrites() {
        TransactionSynchronizationUtils.triggerBeforeCommit(false);
    }

    @Test
    void theDoctorWhoSwitchedTheirEmailsOffGetsNoneFromEitherPath() throws Exception {
        jdbc.sql("UPDATE doctors SET email_on_patient_changes = FALSE WHERE doctor_id = ?")
                .param(doctor.doctorId())
                .update();
        long slot = fixture.slot(doctor.doctorId(), 1, LocalTime.of(10, 0));
        Map<String, Long> before = rowCounts();
        var viaService = new TransactionTemplate(transactionManager).execute(status -> {
            booking.book(slot, "Check-up");
            writeWhatCommitWrites();
            var added = added(before, rowCounts());
            status.setRollbackOnly();
            return added;
        });
        byHand.book(booker(), slot, "Check-up");
        assertThat(added(before, rowCounts())).isEqualTo(viaService).containsEntry("mail_outbox", 1L);
    }

    @Test
    void everyRefusalOfTheServiceIsTheJdbcBookingsToo() throws Exception {
        var cases = new LinkedHashMap<String, Long>();
        long taken = fixture.slot(doctor.doctorId(), 1, LocalTime.of(8, 0));
        byHand.book(booker(), taken, "First");
        cases.put("taken", taken);
        cases.put("no such slot", -1L);
        cases.put("too soon", fixture.slot(doctor.doctorId(), fixture.inMinutes(60)));
        cases.put("passed", fixture.slot(doctor.doctorId(), fixture.inMinutes(-60)));
        cases.put("too far", fixture.slot(doctor.doctorId(), 7 * 9, LocalTime.of(9, 0)));

        long duringTimeOff = fixture.slot(doctor.doctorId(), 2, LocalTime.of(9, 0));
        LocalDateTime offFrom = fixture.today().plusDays(2).atTime(8, 0);
        jdbc.sql("INSERT INTO doctor_time_off (doctor_id, starts_at, ends_at, reason) VALUES (?, ?, ?, 'Away')")
                .params(doctor.doctorId(), offFrom, offFrom.plusHours(4))
                .update();
        cases.put("time off", duringTimeOff);

        DoctorSummary other = fixture.doctor("HandOther");
        long overlapping = fixture.slot(other.doctorId(), 1, LocalTime.of(8, 0));
        cases.put("the patient's overlap", overlapping);

        long held = fixture.slot(other.doctorId(), 3, LocalTime.of(9, 0));
        PatientSummary waiting = fixture.quickPatient("HandWaiting");
        jdbc.sql("UPDATE doctor_availability SET held_for = ?, held_until = ? WHERE availability_id = ?")
                .params(waiting.patientId(), Timestamp.from(clock.instant().plusSeconds(1800)), held)
                .update();
        cases.put("held for another patient", held);

        DoctorSummary notAccepting = fixture.doctor("HandClosed");
        jdbc.sql("UPDATE doctors SET is_available = FALSE WHERE doctor_id = ?")
                .param(notAccepting.doctorId())
                .update();
        cases.put("doctor not accepting", fixture.slot(notAccepting.doctorId(), 1, LocalTime.of(11, 0)));

        SignIn.as(patient.userId(), Roles.PATIENT); // the fixture signed out after making the doctors
        for (var entry : cases.entrySet()) {
            Map<String, Long> before = rowCounts();
            Map<String, String> service = refusal(() -> booking.book(entry.getValue(), "Check-up"));
            Map<String, String> plain = refusal(() -> byHand.book(booker(), entry.getValue(), "Check-up"));
            assertThat(plain).as(entry.getKey()).isNotEmpty().isEqualTo(service);
            assertThat(rowCounts()).as("nothing written: " + entry.getKey()).isEqualTo(before);
        }
        long free = fixture.slot(doctor.doctorId(), 4, LocalTime.of(9, 0));
        assertThat(refusal(() -> byHand.book(booker(), free, "   ")))
                .isEqualTo(refusal(() -> booking.book(free, "   ")))
                .containsKey(BookingService.REASON);
    }

    @Test
    void theJdbcBookingWaitsForThePatientsRowLockAsTheServiceDoes() throws Exception {
        long slot = fixture.slot(doctor.doctorId(), 1, LocalTime.of(12, 0));
        JdbcBooking.Booker booker = booker();
        try (Connection holder = dataSource.getConnection();
                ExecutorService other = Executors.newSingleThreadExecutor()) {
            holder.setAutoCommit(false);
            try (var lock =
                    holder.prepareStatement("SELECT patient_id FROM patients WHERE patient_id = ? FOR UPDATE")) {
                lock.setLong(1, patient.patientId());
                lock.executeQuery().close();
            }
            Future<Long> booked = other.submit(() -> byHand.book(booker, slot, "Check-up"));
            LockWaits.awaitAnotherTransactionWaiting(jdbc);
            assertThat(booked).isNotDone();
            assertThat(fixture.isBooked(slot)).isFalse();
            holder.rollback();
            assertThat(booked.get(30, TimeUnit.SECONDS)).isPositive();
            holder.setAutoCommit(true);
        }
        assertThat(fixture.isBooked(slot)).isTrue();
    }

    /** Who the service sees: the signed-in patient and the current request's address (the test's mock request). */
    private JdbcBooking.Booker booker() {
        return new JdbcBooking.Booker(
                patient.userId(),
                Roles.PATIENT,
                displayName,
                ClientAddress.current().orElse(null));
    }

    interface Attempt {
        long run() throws Exception;
    }

    private static Map<String, String> refusal(Attempt attempt) {
        var errors = new TreeMap<String, String>();
        assertThatThrownBy(attempt::run)
                .isInstanceOfSatisfying(InvalidInputException.class, e -> errors.putAll(e.fieldErrors()));
        return errors;
    }

    /** The booking's rows in every table it writes, without generated keys and database-filled times. */
    private Map<String, Object> rowsOf(long slot, long appointmentId) {
        var rows = new LinkedHashMap<String, Object>();
        rows.put(
                "doctor_availability",
                rows("SELECT * FROM doctor_availability WHERE availability_id = ?", appointmentId, slot));
        rows.put(
                "appointments",
                rows("SELECT * FROM appointments WHERE appointment_id = ?", appointmentId, appointmentId));
        rows.put("payments", rows("SELECT * FROM payments WHERE appointment_id = ?", appointmentId, appointmentId));
        rows.put(
                "audit_events",
                rows(
                        "SELECT * FROM audit_events WHERE object_type = 'appointment' AND object_id = ?",
                        appointmentId,
                        appointmentId));
        rows.put(
                "mail_outbox",
                rows(
                        "SELECT * FROM mail_outbox WHERE about IN (?, ?) ORDER BY recipient",
                        appointmentId,
                        "appointment " + appointmentId + " to its patient",
                        "appointment " + appointmentId + " to its doctor"));
        return rows;
    }

    private List<Map<String, Object>> rows(String sql, long appointmentId, Object... params) {
        var result = new ArrayList<Map<String, Object>>();
        for (Map<String, Object> row : jdbc.sql(sql).params(params).query().listOfRows()) {
            var normalised = new TreeMap<String, Object>();
            row.forEach((column, value) -> {
                String name = column.toLowerCase();
                boolean mail = row.containsKey("recipient") || row.containsKey("RECIPIENT");
                if (NOT_COMPARED.contains(name) || (mail && CHANGED_BY_SENDER.contains(name))) {
                    return;
                }
                normalised.put(name, normalised(name, value, appointmentId));
            });
            result.add(normalised);
        }
        return result;
    }

    /** The appointment's id (it differs between the two bookings) as a placeholder; the calendar file's stamp dropped. */
    private static Object normalised(String column, Object value, long appointmentId) {
        if (APPOINTMENT_ID.contains(column) && value instanceof Number number) {
            return number.longValue() == appointmentId ? "<appointment id>" : number;
        }
        String text = value instanceof byte[] bytes ? new String(bytes, StandardCharsets.UTF_8) : null;
        if (value instanceof String string) {
            text = string;
        }
        if (text == null) {
            return value;
        }
        return text.replace("appointment-" + appointmentId + "@", "appointment-<id>@")
                .replace("appointment " + appointmentId + " ", "appointment <id> ")
                .replaceAll("DTSTAMP:[0-9TZ]+\\r?\\n", "");
    }

    /** The kept rows every booking changes (the dashboard's, the admin grid's, the slots' and the revenue's). */
    private static final List<String> CHANGED_BY_EVERY_BOOKING = List.of(
            "appointment_daily_counts",
            "appointment_day_totals",
            "appointment_doctor_first_visits",
            "appointment_first_visits",
            "appointment_patient_name_days",
            "appointment_patient_name_doctors",
            "appointment_patient_name_reasons",
            "appointment_patient_name_times",
            "appointment_patient_pair_totals",
            "appointment_patient_totals",
            "availability_daily_minutes",
            "payment_daily_revenue");

    /** Those and the slots' rolled 30-day windows, which a booking changes only for a slot within them. */
    private static final List<String> KEPT_TABLES = Stream.concat(
                    CHANGED_BY_EVERY_BOOKING.stream(), Stream.of("availability_rolled_windows"))
            .toList();

    /**
     * Every kept table's whole content as a hash of its rows in a sorted order: equal after the two bookings only if
     * each wrote the same deltas to the same rows.
     */
    private Map<String, Integer> keptContents() {
        var contents = new TreeMap<String, Integer>();
        for (String table : KEPT_TABLES) {
            contents.put(
                    table,
                    jdbc.sql("SELECT * FROM " + table).query().listOfRows().stream()
                            .map(row -> row.values().stream()
                                    .map(value -> value instanceof byte[] bytes
                                            ? HexFormat.of().formatHex(bytes)
                                            : value)
                                    .toList()
                                    .toString())
                            .sorted()
                            .toList()
                            .hashCode());
        }
        return contents;
    }

    /** Rows in every table of the schema, to show that nothing else was written (or left behind). */
    private Map<String, Long> rowCounts() {
        var counts = new TreeMap<String, Long>();
        for (String table : jdbc.sql("SELECT table_name FROM information_schema.tables"
                        + " WHERE table_schema = DATABASE() AND table_type = 'BASE TABLE'")
                .query(String.class)
                .list()) {
            counts.put(
                    table.toLowerCase(),
                    jdbc.sql("SELECT COUNT(*) FROM `" + table + "`")
                            .query(Long.class)
                            .single());
        }
        return counts;
    }

    private static Map<String, Long> added(Map<String, Long> before, Map<String, Long> after) {
        var added = new TreeMap<String, Long>();
        after.forEach((table, count) -> {
            long more = count - before.getOrDefault(table, 0L);
            if (more != 0) {
                added.put(table, more);
            }
        });
        return added;
    }
}
