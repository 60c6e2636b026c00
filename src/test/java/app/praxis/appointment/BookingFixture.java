package app.praxis.appointment;

import app.praxis.base.DaySpan;
import app.praxis.doctor.DoctorService;
import app.praxis.doctor.DoctorSummary;
import app.praxis.doctor.NewDoctor;
import app.praxis.patient.PatientService;
import app.praxis.patient.PatientSummary;
import app.praxis.security.Roles;
import app.praxis.support.SignIn;
import app.praxis.support.TestAccounts;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/**
 * Doctors, patients and slots of their own for each test (the database is shared by all tests). A stateless test
 * bean: component scanning finds it in every test context, so tests simply inject it.
 */
@Component
public final class BookingFixture {

    public static final BigDecimal FEE = new BigDecimal("80.00");

    private final DoctorService doctors;
    private final PatientService patients;
    private final JdbcClient jdbc;
    private final Clock clock;

    public BookingFixture(DoctorService doctors, PatientService patients, JdbcClient jdbc, Clock clock) {
        this.doctors = doctors;
        this.patients = patients;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public DoctorSummary doctor(String lastName) {
        return doctor("Doc", lastName);
    }

    public DoctorSummary doctor(String firstName, String lastName) {
        SignIn.as(1, Roles.ADMIN);
        try {
            return doctors.createDoctor(new NewDoctor(
                    TestAccounts.newAccount(firstName, lastName),
                    null,
                    "LIC-" + UUID.randomUUID(),
                    10,
                    "Clinic " + lastName,
                    "Hauptstr. 1, Berlin",
                    FEE));
        } finally {
            SignIn.out();
        }
    }

    public PatientSummary patient(String lastName) {
        return patients.register(TestAccounts.newAccount("Pat", lastName));
    }

    /**
     * A patient written straight to the database: quicker than registering (no password hashing) when a test
     * needs dozens of them. The account cannot sign in, which such tests never need.
     */
    public PatientSummary quickPatient(String lastName) {
        var userKey = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO users (email, phone, password_hash, role, first_name, last_name, date_of_birth)"
                        + " VALUES (?, ?, '{noop}-', 'PATIENT', 'Pat', ?, '1980-06-15')")
                .params(TestAccounts.uniqueEmail("quick"), TestAccounts.uniquePhone(), lastName)
                .update(userKey);
        long userId = userKey.getKey().longValue();
        var patientKey = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO patients (user_id) VALUES (?)").param(userId).update(patientKey);
        return new PatientSummary(patientKey.getKey().longValue(), userId, "Pat " + lastName);
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public LocalDateTime now() {
        return LocalDateTime.now(clock);
    }

    /**
     * The wall-clock time {@code minutes} real minutes from now (negative: ago). Not {@code now().plusMinutes}: on the
     * nights the clocks change, the wall clock and the rules' real hours part.
     */
    public LocalDateTime inMinutes(long minutes) {
        return ZonedDateTime.now(clock).plusMinutes(minutes).toLocalDateTime();
    }

    /** A 30-minute slot on {@code daysAhead} at {@code time}. */
    public long slot(long doctorId, int daysAhead, LocalTime time) {
        return slot(doctorId, LocalDate.now(clock).plusDays(daysAhead).atTime(time));
    }

    public long slot(long doctorId, LocalDateTime start) {
        return slot(doctorId, start, 30);
    }

    public long slot(long doctorId, LocalDateTime start, int minutes) {
        // A slot keeps its day: one that would run past midnight ends at midnight (stored as 00:00).
        LocalTime end = DaySpan.endTime(Math.min(start.toLocalTime().toSecondOfDay() / 60 + minutes, 24 * 60));
        var key = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO doctor_availability (doctor_id, available_date, start_time, end_time) VALUES (?,?,?,?)")
                .params(doctorId, start.toLocalDate(), start.toLocalTime().withNano(0), end)
                .update(key);
        return key.getKey().longValue();
    }

    /** An appointment whose start has passed, written directly (booking would refuse it, rightly). */
    public long pastAppointment(long doctorId, long patientId, int daysAgo) {
        LocalDateTime start = LocalDate.now(clock).minusDays(daysAgo).atTime(9, 0);
        long slotId = slot(doctorId, start);
        jdbc.sql("UPDATE doctor_availability SET is_booked = TRUE WHERE availability_id = ?")
                .param(slotId)
                .update();
        var key = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO appointments (doctor_id, patient_id, availability_id, appointment_date, start_time,"
                        + " end_time, reason_for_visit, patient_first_name, patient_last_name, patient_user_id)"
                        + " SELECT ?,?,?,?,?,?,?, u.first_name, u.last_name, u.user_id FROM patients p"
                        + " JOIN users u ON u.user_id = p.user_id WHERE p.patient_id = ?")
                .params(
                        doctorId,
                        patientId,
                        slotId,
                        start.toLocalDate(),
                        start.toLocalTime(),
                        LocalTime.of(9, 30),
                        "Check-up",
                        patientId)
                .update(key);
        keepPatientRows(key.getKey().longValue());
        return key.getKey().longValue();
    }

    public boolean isBooked(long slotId) {
        return jdbc.sql("SELECT is_booked FROM doctor_availability WHERE availability_id = ?")
                .param(slotId)
                .query(Boolean.class)
                .single();
    }

    public long appointmentsOnSlot(long slotId) {
        return count("SELECT COUNT(*) FROM appointments WHERE availability_id = ?", slotId);
    }

    public long appointmentsOf(long patientId) {
        return count("SELECT COUNT(*) FROM appointments WHERE patient_id = ?", patientId);
    }

    public long count(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Long.class).single();
    }

    public String status(long appointmentId) {
        return jdbc.sql("SELECT status FROM appointments WHERE appointment_id = ?")
                .param(appointmentId)
                .query(String.class)
                .single();
    }

    /**
     * An appointment of 20 minutes written in plain SQL on a new slot of its own (booked unless cancelled), for tests
     * that need many rows with ties; the caller rebuilds the summaries if it reads them.
     */
    public void appointmentInSql(
            DoctorSummary doctor,
            PatientSummary patient,
            LocalDate date,
            LocalTime time,
            AppointmentStatus status,
            @Nullable String reason) {
        keepPatientRows(appointmentRowInSql(doctor, patient, date, time, status, reason));
    }

    /** As {@link #appointmentInSql}, but no kept row counts it yet: the caller adds it. Returns its id. */
    public long appointmentRowInSql(
            DoctorSummary doctor,
            PatientSummary patient,
            LocalDate date,
            LocalTime time,
            AppointmentStatus status,
            @Nullable String reason) {
        long slot = slot(doctor.doctorId(), date.atTime(time), 20);
        var key = new GeneratedKeyHolder();
        jdbc.sql("UPDATE doctor_availability SET is_booked = ? WHERE availability_id = ?")
                .params(status != AppointmentStatus.CANCELLED, slot)
                .update();
        jdbc.sql("INSERT INTO appointments (doctor_id, patient_id, availability_id, appointment_date, start_time,"
                        + " end_time, status, reason_for_visit, patient_first_name, patient_last_name, patient_user_id)"
                        + " SELECT ?,?,?,?,?,?,?,?, u.first_name, u.last_name, u.user_id FROM patients p"
                        + " JOIN users u ON u.user_id = p.user_id WHERE p.patient_id = ?")
                .params(
                        doctor.doctorId(),
                        patient.patientId(),
                        slot,
                        date,
                        time,
                        time.plusMinutes(20),
                        status.name(),
                        reason,
                        patient.patientId())
                .update(key);
        return key.getKey().longValue();
    }

    /**
     * The patient's kept row (V0042), their pair of names' (V0054) and their names' rows of the day (V0044) count the
     * appointment just written in SQL, as a booking's would: the grid's patient name alone is counted and jumped from
     * these rows. (The other summaries wait for a test's {@code rebuild()}.)
     */
    private void keepPatientRows(long appointmentId) {
        for (String statement : PatientTotals.changeStatements(1)) {
            jdbc.sql(statement).param(appointmentId).update();
        }
        for (String statement : PatientNameCounts.changeStatements(1)) {
            jdbc.sql(statement).param(appointmentId).update();
        }
    }
}
