package app.praxis.admin;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A clinic network of any size, written with MariaDB's sequence engine ({@code seq_0_to_N}) in multi-row
 * {@code INSERT … SELECT}s, chunked so that no statement holds more than about half a million rows. Every row obeys
 * what the application assumes:
 *
 * <ul>
 *   <li>Each doctor has weekly hours (Monday to Friday, 08:00–12:00 and 13:00–17:00, 30-minute slots, valid from
 *       the first generated Monday) and {@link #SLOTS_PER_DOCTOR} slots generated from them ({@code WEEKLY}), from
 *       23 weeks before the current week until the booking horizon (8 weeks ahead): slot k of a doctor is the
 *       (k mod 16)-th slot of working day k / 16. All doctors share one timetable, so no two slots of a doctor
 *       overlap.
 *   <li>Every fifth slot carries an appointment (appointment j of a doctor is slot 5j): before today COMPLETED (80
 *       %), NO_SHOW (10 %) or CANCELLED (10 %), from today SCHEDULED (90 %) or CANCELLED. A slot is booked exactly
 *       when a live (not cancelled) appointment holds it; cancelled ones name their patient as who cancelled.
 *   <li>Appointment j of doctor d goes to patient 1 + (j·D + d) mod (P − 1): two appointments at the same time
 *       (same j) go to different patients, so no patient has overlapping appointments; patient 0 takes instead
 *       appointment j of doctor j mod D: one per time, 500 in all (the "patient with many").
 *   <li>One payment per appointment: completed ones PAID (fee, method, taken at the end of the visit), cancelled
 *       and no-show ones NOT_DUE, scheduled ones PENDING. Every tenth appointment was rescheduled once (a history
 *       row: moved from one week earlier, by its patient).
 *   <li>A chat for each doctor–patient pair of appointment j ≡ 1 (mod 5) (about D × 100 chats), five messages each,
 *       alternating patient and doctor, all read but the patient's last one; {@code last_message(_id)} set.
 *   <li>Every tenth doctor has a day of time off three weeks ahead (no appointment falls in it: its slots there are
 *       free, as the calendar leaves them).
 * </ul>
 *
 * <p>Doctors' licenses start with {@code LARGE-}, e-mails end in {@code @large.praxis}; {@link #exists} finds a set
 * written earlier (the benchmark can keep its database between runs).
 */
final class LargeClinicGenerator {

    static final int SLOTS_PER_DOCTOR = 2_500;
    static final int SLOTS_PER_DAY = 16;
    static final int PAST_WEEKS = 23;
    static final int APPOINTMENT_EVERY = 5;
    static final int MESSAGES_PER_CHAT = 5;

    private static final String[] FIRST = {
        "Anna", "Ben", "Clara", "David", "Eva", "Felix", "Greta", "Hannes", "Ida", "Jonas", "Klara", "Lukas", "Marie",
        "Noah", "Olga", "Paul", "Rosa", "Simon", "Tara", "Uwe"
    };
    private static final String[] LAST = {
        "Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker", "Schulz", "Hoffmann",
        "Koch", "Richter", "Klein", "Wolf", "Schröder", "Neumann", "Schwarz", "Braun", "Zimmermann", "Krüger",
        "Hofmann", "Hartmann", "Lange", "Schmitt", "Werner", "Krause", "Meier", "Lehmann", "Huber", "Kaiser"
    };

    final int doctors;
    final int patients;
    private final JdbcClient jdbc;
    private final LocalDate today;
    private final LocalDate firstMonday;
    private final Consumer<String> log;

    LargeClinicGenerator(JdbcClient jdbc, int doctors, int patients, LocalDate today, Consumer<String> log) {
        if (patients <= doctors + 1 || gcd(patients - 1, doctors) != 1) {
            throw new IllegalArgumentException("patients - 1 must exceed and be coprime with the number of doctors");
        }
        this.jdbc = jdbc;
        this.doctors = doctors;
        this.patients = patients;
        this.today = today;
        this.firstMonday = today.with(DayOfWeek.MONDAY).minusWeeks(PAST_WEEKS);
        this.log = log;
    }

    /** The ids a benchmark needs, of a set generated now or earlier. */
    record Ids(long firstDoctor, long firstDoctorUser, long firstPatient, long firstPatientUser) {

        long doctor(int index) {
            return firstDoctor + index;
        }

        long doctorUser(int index) {
            return firstDoctorUser + index;
        }

        long patientUser(int index) {
            return firstPatientUser + index;
        }
    }

    boolean exists() {
        return jdbc.sql("SELECT COUNT(*) FROM doctors WHERE license_number LIKE 'LARGE-%'")
                        .query(Long.class)
                        .single()
                > 0;
    }

    Ids ids() {
        long firstDoctor = single("SELECT MIN(doctor_id) FROM doctors WHERE license_number LIKE 'LARGE-%'");
        long firstDoctorUser = single("SELECT MIN(user_id) FROM users WHERE email LIKE 'large-doc-%'");
        long firstPatientUser = single("SELECT MIN(user_id) FROM users WHERE email LIKE 'large-pat-%'");
        long firstPatient = single("SELECT patient_id FROM patients WHERE user_id = " + firstPatientUser);
        return new Ids(firstDoctor, firstDoctorUser, firstPatient, firstPatientUser);
    }

    /**
     * Writes the whole set; returns the seconds each part took. {@code jdbc} must be one connection (a bulk load's
     * session settings hold for it alone): each step is one transaction, with {@code unique_checks} and
     * {@code foreign_key_checks} off, so that InnoDB writes a table that was empty in bulk (sorted index pages, one
     * undo record) instead of row by row; {@link #verify} then checks the keys the load did not. {@code summaries}
     * fills the dashboard's daily summary tables from the rows written.
     */
    List<String> generate(Runnable summaries) {
        var took = new ArrayList<String>();
        jdbc.sql("SET SESSION unique_checks = 0, foreign_key_checks = 0").update();
        try {
            if (!exists()) {
                timed(took, "specializations, doctors, weekly hours", () -> inOneTransaction(this::doctors));
                timed(took, "patients", () -> inOneTransaction(this::patients));
            }
            Ids ids = ids();
            consecutive("doctors", "doctor_id", "doctors WHERE license_number LIKE 'LARGE-%'", doctors);
            consecutive("doctor users", "user_id", "users WHERE email LIKE 'large-doc-%'", doctors);
            consecutive("patients", "patient_id", "patients WHERE patient_id >= " + ids.firstPatient(), patients);
            consecutive("patient users", "user_id", "users WHERE email LIKE 'large-pat-%'", patients);
            // Each later step is one transaction, skipped when its rows are there: a stopped run resumes.
            if (none("doctor_availability WHERE doctor_id = " + ids.doctor(doctors - 1))) {
                timed(took, "slots", () -> inOneTransaction(() -> slots(ids)));
                long written =
                        single("SELECT COUNT(*) FROM doctor_availability WHERE doctor_id >= " + ids.firstDoctor());
                if (written != (long) doctors * SLOTS_PER_DOCTOR) {
                    throw new IllegalStateException("slots: " + written);
                }
            }
            if (none("doctor_time_off WHERE doctor_id = " + ids.doctor(0))) {
                timed(took, "time off", () -> inOneTransaction(() -> timeOff(ids)));
            }
            if (none("appointments WHERE doctor_id = " + ids.doctor(doctors - 1))) {
                timed(took, "appointments", () -> inOneTransaction(() -> appointments(ids)));
            }
            if (none("payments p JOIN appointments a ON a.appointment_id = p.appointment_id WHERE a.doctor_id = "
                    + ids.doctor(doctors - 1))) {
                timed(took, "payments", () -> inOneTransaction(() -> payments(ids)));
            }
            if (none("appointment_reschedules")) {
                timed(took, "reschedules", () -> inOneTransaction(() -> reschedules(ids)));
            }
            if (none("chats WHERE doctor_id >= " + ids.firstDoctor())) {
                timed(took, "chats", () -> inOneTransaction(() -> chats(ids)));
            }
            if (none("chat_messages m JOIN chats c ON c.chat_id = m.chat_id WHERE c.doctor_id >= "
                    + ids.firstDoctor())) {
                timed(took, "chat messages", () -> inOneTransaction(() -> messages(ids)));
                timed(took, "chats' last messages", () -> inOneTransaction(() -> lastMessages(ids)));
            }
        } finally {
            jdbc.sql("SET SESSION unique_checks = 1, foreign_key_checks = 1").update();
        }
        timed(took, "verify keys and references", this::verify);
        timed(took, "dashboard summaries (rebuild)", summaries);
        timed(took, "ANALYZE TABLE", () -> jdbc.sql("ANALYZE TABLE users, doctors, patients, doctor_availability,"
                        + " appointments, payments, appointment_reschedules, chats, chat_messages")
                .query()
                .listOfRows());
        return took;
    }

    /**
     * What the load's session did not check (unique keys and foreign keys were off): no duplicate in any unique key
     * of the tables written, no row naming a missing one. Throws on the first failure.
     */
    void verify() {
        var checks = new java.util.LinkedHashMap<String, String>();
        checks.put(
                "duplicate slots",
                "SELECT COUNT(*) FROM (SELECT 1 FROM doctor_availability"
                        + " GROUP BY doctor_id, available_date, start_time HAVING COUNT(*) > 1) x");
        checks.put(
                "two live appointments on a slot",
                "SELECT COUNT(*) FROM (SELECT 1 FROM appointments"
                        + " WHERE slot_hold IS NOT NULL GROUP BY slot_hold HAVING COUNT(*) > 1) x");
        checks.put(
                "two payments of an appointment",
                "SELECT COUNT(*) FROM (SELECT 1 FROM payments" + " GROUP BY appointment_id HAVING COUNT(*) > 1) x");
        checks.put(
                "two chats of a pair",
                "SELECT COUNT(*) FROM (SELECT 1 FROM chats" + " GROUP BY doctor_id, patient_id HAVING COUNT(*) > 1) x");
        checks.put(
                "users: duplicate e-mail or phone",
                "SELECT (SELECT COUNT(*) FROM (SELECT 1 FROM users GROUP BY"
                        + " email HAVING COUNT(*) > 1) x) + (SELECT COUNT(*) FROM (SELECT 1 FROM users WHERE phone IS NOT NULL"
                        + " GROUP BY phone HAVING COUNT(*) > 1) y)");
        checks.put(
                "slots of no doctor",
                "SELECT COUNT(*) FROM doctor_availability s"
                        + " WHERE NOT EXISTS (SELECT 1 FROM doctors d WHERE d.doctor_id = s.doctor_id)");
        checks.put(
                "appointments of no doctor, patient or slot",
                "SELECT COUNT(*) FROM appointments a"
                        + " WHERE NOT EXISTS (SELECT 1 FROM doctors d WHERE d.doctor_id = a.doctor_id)"
                        + " OR NOT EXISTS (SELECT 1 FROM patients p WHERE p.patient_id = a.patient_id)"
                        + " OR NOT EXISTS (SELECT 1 FROM doctor_availability s WHERE s.availability_id = a.availability_id)"
                        + " OR (a.cancelled_by IS NOT NULL AND NOT EXISTS (SELECT 1 FROM users u"
                        + " WHERE u.user_id = a.cancelled_by))");
        checks.put(
                "payments of no appointment",
                "SELECT COUNT(*) FROM payments p"
                        + " WHERE NOT EXISTS (SELECT 1 FROM appointments a WHERE a.appointment_id = p.appointment_id)");
        checks.put(
                "reschedules of no appointment or user",
                "SELECT COUNT(*) FROM appointment_reschedules r"
                        + " WHERE NOT EXISTS (SELECT 1 FROM appointments a WHERE a.appointment_id = r.appointment_id)"
                        + " OR NOT EXISTS (SELECT 1 FROM users u WHERE u.user_id = r.rescheduled_by)");
        checks.put(
                "chats of no doctor or patient",
                "SELECT COUNT(*) FROM chats c"
                        + " WHERE NOT EXISTS (SELECT 1 FROM doctors d WHERE d.doctor_id = c.doctor_id)"
                        + " OR NOT EXISTS (SELECT 1 FROM patients p WHERE p.patient_id = c.patient_id)");
        checks.put(
                "messages of no chat or sender",
                "SELECT COUNT(*) FROM chat_messages m"
                        + " WHERE NOT EXISTS (SELECT 1 FROM chats c WHERE c.chat_id = m.chat_id)"
                        + " OR NOT EXISTS (SELECT 1 FROM users u WHERE u.user_id = m.sender_id)");
        checks.put(
                "a slot booked without a live appointment, or the reverse",
                "SELECT COUNT(*) FROM"
                        + " doctor_availability s WHERE s.is_booked <> EXISTS (SELECT 1 FROM appointments a"
                        + " WHERE a.slot_hold = s.availability_id)");
        checks.forEach((what, sql) -> {
            long found = single(sql);
            if (found != 0) {
                throw new IllegalStateException("after the load: " + what + ": " + found);
            }
        });
    }

    private void inOneTransaction(Runnable step) {
        jdbc.sql("START TRANSACTION").update();
        boolean done = false;
        try {
            step.run();
            done = true;
        } finally {
            jdbc.sql(done ? "COMMIT" : "ROLLBACK").update();
        }
    }

    /** Messages of "the patient with many" (patient 0) in one chat with doctor 0: a long conversation to scroll. */
    static final int LONG_CHAT_MESSAGES = 10_000;

    /**
     * Patient 0's chat with doctor 0, with {@link #LONG_CHAT_MESSAGES} messages (alternating, all read but the
     * last), written unless there; returns its id. Through ordinary statements (keys and references checked).
     */
    long longChat(Ids ids) {
        long doctorId = ids.doctor(0);
        long patientId = ids.firstPatient();
        jdbc.sql("INSERT INTO chats (doctor_id, patient_id, created_at) SELECT :doctor, :patient,"
                        + " TIMESTAMP(:today - INTERVAL 400 DAY, '08:00') FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM"
                        + " chats WHERE doctor_id = :doctor AND patient_id = :patient)")
                .param("doctor", doctorId)
                .param("patient", patientId)
                .param("today", today)
                .update();
        long chatId =
                single("SELECT chat_id FROM chats WHERE doctor_id = " + doctorId + " AND patient_id = " + patientId);
        if (single("SELECT COUNT(*) FROM chat_messages WHERE chat_id = " + chatId) < LONG_CHAT_MESSAGES) {
            jdbc.sql("INSERT INTO chat_messages (chat_id, sender_id, message_text, sent_at, read_at)"
                            + " SELECT :chat, IF(seq MOD 2 = 0, :patientUser, :doctorUser), CONCAT('Long chat ', seq),"
                            + " TIMESTAMP(:today - INTERVAL 300 DAY, '08:00') + INTERVAL seq * 30 MINUTE,"
                            + " IF(seq = " + (LONG_CHAT_MESSAGES - 1) + ", NULL,"
                            + " TIMESTAMP(:today - INTERVAL 300 DAY, '08:00') + INTERVAL seq * 30 + 5 MINUTE)"
                            + " FROM seq_0_to_" + (LONG_CHAT_MESSAGES - 1) + " ORDER BY seq")
                    .param("chat", chatId)
                    .param("patientUser", ids.patientUser(0))
                    .param("doctorUser", ids.doctorUser(0))
                    .param("today", today)
                    .update();
            jdbc.sql("UPDATE chats c JOIN chat_messages m ON m.message_id = (SELECT MAX(message_id) FROM chat_messages"
                            + " WHERE chat_id = :chat) SET c.last_message_id = m.message_id,"
                            + " c.last_message = m.message_text WHERE c.chat_id = :chat")
                    .param("chat", chatId)
                    .update();
        }
        return chatId;
    }

    /** Whether a whole set is there (its last steps, the chats' messages and the summaries, written). */
    boolean complete() {
        return exists()
                && !none("chat_messages m JOIN chats c ON c.chat_id = m.chat_id WHERE c.doctor_id >= "
                        + ids().firstDoctor())
                && !none("appointment_daily_counts WHERE doctor_id = " + ids().doctor(doctors - 1));
    }

    /** Whether the rows named ({@code table [WHERE …]}) are missing. */
    private boolean none(String fromWhere) {
        return single("SELECT COUNT(*) FROM (SELECT 1 FROM " + fromWhere + " LIMIT 1) x") == 0;
    }

    private void doctors() {
        jdbc.sql("INSERT IGNORE INTO specializations (name, description) SELECT CONCAT('Large specialty ', seq),"
                        + " 'Generated' FROM seq_1_to_20")
                .update();
        jdbc.sql("INSERT INTO users (email, phone, password_hash, role, first_name, last_name, gender, bio)"
                        + " SELECT CONCAT('large-doc-', seq, '@large.praxis'), CONCAT('+4915', LPAD(seq, 9, '0')),"
                        + " '{noop}-', 'DOCTOR', " + name(FIRST, "seq") + ", " + name(LAST, "seq DIV 20") + ","
                        + " IF(seq MOD 2 = 0, 'Female', 'Male'), 'Generated doctor'"
                        + " FROM seq_0_to_" + (doctors - 1) + " ORDER BY seq")
                .update();
        jdbc.sql("INSERT INTO doctors (user_id, specialization_id, license_number, years_experience, clinic_name,"
                        + " clinic_address, consultation_fee, rating, is_available)"
                        + " SELECT u.user_id, sp.specialization_id, CONCAT('LARGE-', LPAD(n.seq, 6, '0')),"
                        + " n.seq MOD 40, CONCAT('Clinic ', n.seq DIV 10), 'Hauptstraße 1, Berlin',"
                        + " 50 + (n.seq MOD 11) * 10, IF(n.seq MOD 7 = 0, NULL, 3 + (n.seq MOD 200) / 100), TRUE"
                        + " FROM seq_0_to_" + (doctors - 1) + " n"
                        + " JOIN users u ON u.email = CONCAT('large-doc-', n.seq, '@large.praxis')"
                        + " JOIN specializations sp ON sp.name = CONCAT('Large specialty ', 1 + n.seq MOD 20)"
                        + " ORDER BY n.seq")
                .update();
        jdbc.sql("INSERT INTO weekly_schedules (doctor_id, day_of_week, start_time, end_time, slot_minutes,"
                        + " valid_from) SELECT d.doctor_id, w.seq, h.start_time, h.end_time, 30, :from"
                        + " FROM doctors d CROSS JOIN seq_1_to_5 w CROSS JOIN (SELECT TIME '08:00' AS start_time,"
                        + " TIME '12:00' AS end_time UNION ALL SELECT TIME '13:00', TIME '17:00') h"
                        + " WHERE d.license_number LIKE 'LARGE-%' ORDER BY d.doctor_id, w.seq, h.start_time")
                .param("from", firstMonday)
                .update();
    }

    /** In one statement each: ids of one multi-row INSERT are consecutive, between statements they may jump. */
    private void patients() {
        jdbc.sql("INSERT INTO users (email, phone, password_hash, role, first_name, last_name, gender,"
                        + " date_of_birth) SELECT CONCAT('large-pat-', seq, '@large.praxis'),"
                        + " CONCAT('+4917', LPAD(seq, 9, '0')), '{noop}-', 'PATIENT', "
                        + name(FIRST, "seq DIV 3") + ", " + name(LAST, "seq DIV 7") + ","
                        + " IF(seq MOD 2 = 0, 'Male', 'Female'), DATE '1940-01-01' + INTERVAL seq MOD 25000 DAY"
                        + " FROM seq_0_to_" + (patients - 1) + " ORDER BY seq")
                .update();
        jdbc.sql("INSERT INTO patients (user_id, insurance_details) SELECT user_id, 'Generated insurance'"
                        + " FROM users WHERE email LIKE 'large-pat-%' ORDER BY user_id")
                .update();
    }

    /** Slot k of doctor d: its number k is found again from its date and time ({@link #slotNumber}). */
    private void slots(Ids ids) {
        int perChunk = 400;
        for (int lo = 0; lo < doctors; lo += perChunk) {
            int hi = Math.min(doctors, lo + perChunk) - 1;
            jdbc.sql("INSERT INTO doctor_availability (doctor_id, available_date, start_time, end_time, is_booked,"
                            + " source) SELECT :firstDoctor + d.seq, " + slotDate("k.seq") + ", "
                            + slotStart("k.seq") + ", ADDTIME(" + slotStart("k.seq") + ", '00:30:00'),"
                            + " k.seq MOD " + APPOINTMENT_EVERY + " = 0 AND NOT (" + cancelled("d.seq", "k.seq DIV 5")
                            + "), 'WEEKLY'"
                            + " FROM seq_" + lo + "_to_" + hi + " d CROSS JOIN seq_0_to_" + (SLOTS_PER_DOCTOR - 1)
                            + " k ORDER BY d.seq, k.seq")
                    .param("firstDoctor", ids.firstDoctor())
                    .param("monday", firstMonday)
                    .update();
            log.accept("  slots of doctors " + lo + "–" + hi);
        }
    }

    private void timeOff(Ids ids) {
        LocalDate day = today.with(DayOfWeek.MONDAY).plusWeeks(3).plusDays(2);
        jdbc.sql("INSERT INTO doctor_time_off (doctor_id, starts_at, ends_at, reason)"
                        + " SELECT :firstDoctor + seq, TIMESTAMP(:day, '00:00'), TIMESTAMP(:day + INTERVAL 1 DAY,"
                        + " '00:00'), 'Congress' FROM seq_0_to_" + (doctors - 1) + "_step_10")
                .param("firstDoctor", ids.firstDoctor())
                .param("day", day)
                .update();
        // no appointment in time off: that day's appointments of these doctors are cancelled by the doctor
        jdbc.sql("UPDATE doctor_availability s JOIN doctor_time_off t ON t.doctor_id = s.doctor_id"
                        + " AND s.available_date = DATE(t.starts_at) SET s.is_booked = FALSE"
                        + " WHERE t.reason = 'Congress' AND s.doctor_id >= :firstDoctor")
                .param("firstDoctor", ids.firstDoctor())
                .update();
    }

    private void appointments(Ids ids) {
        String d = "(s.doctor_id - :firstDoctor)";
        String k = slotNumber("s");
        String j = "(" + k + " DIV " + APPOINTMENT_EVERY + ")";
        String patient = "CASE WHEN " + d + " = " + j + " MOD " + doctors + " THEN 0 ELSE 1 + (" + j + " * " + doctors
                + " + " + d + ") MOD " + (patients - 1) + " END";
        String status = "CASE WHEN x.away OR " + cancelled("x.d", "x.j") + " THEN 'CANCELLED'"
                + " WHEN x.available_date >= :today THEN 'SCHEDULED'"
                + " WHEN (x.d + x.j) MOD 10 = 1 THEN 'NO_SHOW' ELSE 'COMPLETED' END";
        int perChunk = 500;
        for (int lo = 0; lo < doctors; lo += perChunk) {
            jdbc.sql("INSERT INTO appointments (doctor_id, patient_id, availability_id, appointment_date, start_time,"
                            + " end_time, status, reason_for_visit, cancellation_reason, cancelled_by, created_at,"
                            + " patient_first_name, patient_last_name, patient_user_id)"
                            + " SELECT x.doctor_id, :firstPatient + x.idx, x.availability_id, x.available_date,"
                            + " x.start_time, x.end_time, " + status + ","
                            + " ELT(1 + x.idx MOD 5, 'Check-up', 'Back pain', 'Headache', 'Vaccination', NULL),"
                            + " CASE WHEN x.away THEN 'The doctor is away' WHEN " + cancelled("x.d", "x.j")
                            + " THEN 'Something came up' END,"
                            + " CASE WHEN x.away THEN :firstDoctorUser + x.d WHEN " + cancelled("x.d", "x.j")
                            + " THEN :firstPatientUser + x.idx END,"
                            + " TIMESTAMP(LEAST(x.available_date - INTERVAL 14 DAY, :today - INTERVAL 1 DAY), '12:00'),"
                            + " pu.first_name, pu.last_name, pu.user_id"
                            + " FROM (SELECT s.availability_id, s.doctor_id, s.available_date, s.start_time, s.end_time,"
                            + " " + d + " AS d, " + j + " AS j, " + patient + " AS idx,"
                            + " EXISTS (SELECT 1 FROM doctor_time_off t WHERE t.doctor_id = s.doctor_id"
                            + " AND t.reason = 'Congress' AND DATE(t.starts_at) = s.available_date) AS away"
                            + " FROM doctor_availability s WHERE s.doctor_id BETWEEN :lo AND :hi"
                            + " AND " + k + " MOD " + APPOINTMENT_EVERY + " = 0) x"
                            + " JOIN patients pp ON pp.patient_id = :firstPatient + x.idx"
                            + " JOIN users pu ON pu.user_id = pp.user_id ORDER BY x.availability_id")
                    .param("firstDoctor", ids.firstDoctor())
                    .param("monday", firstMonday)
                    .param("firstPatient", ids.firstPatient())
                    .param("firstPatientUser", ids.firstPatientUser())
                    .param("firstDoctorUser", ids.doctorUser(0))
                    .param("today", today)
                    .param("lo", ids.doctor(lo))
                    .param("hi", ids.doctor(Math.min(doctors, lo + perChunk) - 1))
                    .update();
            log.accept("  appointments of doctors " + lo + "…");
        }
    }

    private void payments(Ids ids) {
        long first = single("SELECT MIN(appointment_id) FROM appointments WHERE doctor_id >= " + ids.firstDoctor());
        long last = single("SELECT MAX(appointment_id) FROM appointments WHERE doctor_id >= " + ids.firstDoctor());
        for (long lo = first; lo <= last; lo += 500_000) {
            jdbc.sql("INSERT INTO payments (appointment_id, amount, paid_amount, payment_method, payment_status,"
                            + " transaction_date, created_at)"
                            + " SELECT a.appointment_id, d.consultation_fee,"
                            + " IF(a.status = 'COMPLETED', d.consultation_fee, NULL),"
                            + " IF(a.status = 'COMPLETED', ELT(1 + a.appointment_id MOD 3, 'CARD', 'CASH', 'INSURANCE'),"
                            + " NULL), CASE a.status WHEN 'COMPLETED' THEN 'PAID' WHEN 'SCHEDULED' THEN 'PENDING'"
                            + " ELSE 'NOT_DUE' END,"
                            + " IF(a.status = 'COMPLETED', TIMESTAMP(a.appointment_date, a.end_time), NULL), a.created_at"
                            + " FROM appointments a JOIN doctors d ON d.doctor_id = a.doctor_id"
                            + " WHERE a.appointment_id BETWEEN :lo AND :hi ORDER BY a.appointment_id")
                    .param("lo", lo)
                    .param("hi", Math.min(last, lo + 500_000 - 1))
                    .update();
        }
    }

    /** Every tenth appointment (j ≡ 3 mod 10) was moved once by its patient from the same time a week earlier. */
    private void reschedules(Ids ids) {
        jdbc.sql("INSERT INTO appointment_reschedules (appointment_id, old_date, old_time, new_date, new_time, reason,"
                        + " rescheduled_by, rescheduled_at)"
                        + " SELECT a.appointment_id, a.appointment_date - INTERVAL 7 DAY, a.start_time,"
                        + " a.appointment_date, a.start_time, 'Generated', :firstPatientUser"
                        + " + (a.patient_id - :firstPatient), TIMESTAMP(LEAST(a.appointment_date - INTERVAL 10 DAY,"
                        + " :today - INTERVAL 2 DAY), '09:00')"
                        + " FROM appointments a WHERE a.doctor_id >= :firstDoctor"
                        + " AND (a.appointment_id - :firstAppointment) MOD 10 = 3 ORDER BY a.appointment_id")
                .param("firstPatientUser", ids.firstPatientUser())
                .param("firstPatient", ids.firstPatient())
                .param("firstDoctor", ids.firstDoctor())
                .param("today", today)
                .param(
                        "firstAppointment",
                        single("SELECT MIN(appointment_id) FROM appointments WHERE doctor_id >= " + ids.firstDoctor()))
                .update();
    }

    /** One chat per doctor–patient pair of the appointments j ≡ 1 (mod 5), from the pair's first such one. */
    private void chats(Ids ids) {
        long firstAppointment =
                single("SELECT MIN(appointment_id) FROM appointments WHERE doctor_id >= " + ids.firstDoctor());
        // GROUP BY, not INSERT IGNORE: the session does not check unique keys (verify() does afterwards)
        jdbc.sql("INSERT INTO chats (doctor_id, patient_id, created_at) SELECT a.doctor_id, a.patient_id,"
                        + " MIN(a.created_at) FROM appointments a WHERE a.doctor_id >= :firstDoctor"
                        + " AND (a.appointment_id - :firstAppointment) MOD 5 = 1 GROUP BY a.doctor_id, a.patient_id"
                        + " ORDER BY MIN(a.appointment_id)")
                .param("firstDoctor", ids.firstDoctor())
                .param("firstAppointment", firstAppointment)
                .update();
    }

    private void messages(Ids ids) {
        long first = single("SELECT MIN(chat_id) FROM chats WHERE doctor_id >= " + ids.firstDoctor());
        long last = single("SELECT MAX(chat_id) FROM chats WHERE doctor_id >= " + ids.firstDoctor());
        for (long lo = first; lo <= last; lo += 100_000) {
            long hi = Math.min(last, lo + 100_000 - 1);
            jdbc.sql("INSERT INTO chat_messages (chat_id, sender_id, message_text, sent_at, read_at)"
                            + " SELECT c.chat_id, IF(m.seq MOD 2 = 0, :firstPatientUser + (c.patient_id - :firstPatient),"
                            + " :firstDoctorUser + (c.doctor_id - :firstDoctor)),"
                            + " CONCAT('Message ', m.seq + 1, ' about the appointment'),"
                            + " TIMESTAMP(:today - INTERVAL (c.chat_id MOD 300) DAY, '08:00') + INTERVAL m.seq * 7 MINUTE,"
                            + " IF(m.seq = " + (MESSAGES_PER_CHAT - 1) + ", NULL,"
                            + " TIMESTAMP(:today - INTERVAL (c.chat_id MOD 300) DAY, '08:00') + INTERVAL m.seq * 7 + 5"
                            + " MINUTE) FROM chats c CROSS JOIN seq_0_to_" + (MESSAGES_PER_CHAT - 1) + " m"
                            + " WHERE c.chat_id BETWEEN :lo AND :hi ORDER BY c.chat_id, m.seq")
                    .param("firstPatientUser", ids.firstPatientUser())
                    .param("firstPatient", ids.firstPatient())
                    .param("firstDoctorUser", ids.doctorUser(0))
                    .param("firstDoctor", ids.firstDoctor())
                    .param("today", today)
                    .param("lo", lo)
                    .param("hi", hi)
                    .update();
        }
    }

    /** Each chat's last message, once all are written (not between inserts: the table written is not read). */
    private void lastMessages(Ids ids) {
        jdbc.sql("UPDATE chats c JOIN (SELECT chat_id, MAX(message_id) AS last_id FROM chat_messages"
                        + " GROUP BY chat_id) m ON m.chat_id = c.chat_id"
                        + " JOIN chat_messages x ON x.message_id = m.last_id"
                        + " SET c.last_message_id = m.last_id, c.last_message = x.message_text"
                        + " WHERE c.doctor_id >= :firstDoctor")
                .param("firstDoctor", ids.firstDoctor())
                .update();
    }

    /** The appointment j of doctor d is cancelled (10 %), whatever its date. */
    private static String cancelled(String d, String j) {
        return "(" + d + " + " + j + ") MOD 10 = 0";
    }

    private static String slotDate(String k) {
        return ":monday + INTERVAL ((" + k + " DIV " + SLOTS_PER_DAY + ") DIV 5) * 7 + (" + k + " DIV " + SLOTS_PER_DAY
                + ") MOD 5 DAY";
    }

    private static String slotStart(String k) {
        return "SEC_TO_TIME(IF(" + k + " MOD 16 < 8, 28800 + (" + k + " MOD 16) * 1800, 46800 + (" + k
                + " MOD 16 - 8) * 1800))";
    }

    private static String name(String[] names, String index) {
        var sql = new StringBuilder("ELT(1 + (").append(index).append(") MOD ").append(names.length);
        for (String name : names) {
            sql.append(", '").append(name).append("'");
        }
        return sql.append(")").toString();
    }

    /** The number k of slot {@code alias} among its doctor's slots, from its date and start (see {@link #slotDate}). */
    private static String slotNumber(String alias) {
        String days = "DATEDIFF(" + alias + ".available_date, :monday)";
        String start = "TIME_TO_SEC(" + alias + ".start_time)";
        return "(((" + days + " DIV 7) * 5 + " + days + " MOD 7) * " + SLOTS_PER_DAY + " + IF(" + start + " < 46800, ("
                + start + " - 28800) DIV 1800, 8 + (" + start + " - 46800) DIV 1800))";
    }

    private void consecutive(String what, String id, String fromWhere, long expected) {
        var row = jdbc.sql("SELECT COUNT(*) AS n, MAX(" + id + ") - MIN(" + id + ") + 1 AS span FROM " + fromWhere)
                .query()
                .singleRow();
        long n = ((Number) row.get("n")).longValue();
        long span = ((Number) row.get("span")).longValue();
        if (n != expected || span != expected) {
            throw new IllegalStateException(String.format(
                    Locale.ROOT, "%s: %,d rows over %,d ids, expected %,d consecutive", what, n, span, expected));
        }
    }

    private long single(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    private void timed(List<String> took, String what, Runnable step) {
        long start = System.nanoTime();
        step.run();
        String line = String.format(
                Locale.ROOT, "  %-40s %6.1f s (load %s)", what, (System.nanoTime() - start) / 1e9, loadAverage());
        took.add(line);
        log.accept(line);
    }

    static String loadAverage() {
        try {
            return java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg"))
                    .strip();
        } catch (java.io.IOException e) {
            return "unknown";
        }
    }

    private static int gcd(int a, int b) {
        return b == 0 ? a : gcd(b, a % b);
    }
}
