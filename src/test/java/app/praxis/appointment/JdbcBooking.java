package app.praxis.appointment;

import app.praxis.availability.BookableSlot;
import app.praxis.availability.SlotSql;
import app.praxis.availability.SlotSummaries;
import app.praxis.base.DaySpan;
import app.praxis.base.InvalidInputException;
import app.praxis.base.Language;
import app.praxis.base.Texts;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;

/**
 * The booking benchmark's reference: {@link BookingService#book} written by hand in plain {@code java.sql} on one
 * pooled connection, without Spring (no transaction manager, no method security, no {@code JdbcClient}, no events,
 * no proxies). It performs the same rules and takes the same locks, so the benchmark's ratio shows what the
 * framework costs, not what the rules cost:
 *
 * <ol>
 *   <li>the reason checked, then the slot read outside any transaction and refused if it is not offered, during
 *       time off, passed, too soon, too far ahead or taken (the same messages);
 *   <li>in one transaction: the patient's row locked ({@code FOR UPDATE}), one statement reading the doctor
 *       (accepting bookings), the patient and their overlapping appointments, with what the e-mails need (the
 *       patient's language, the doctor's address and language), the conditional update (free, not held for
 *       another patient, outside time off), the appointment inserted (the live-slot unique key as last word), the
 *       audit row, the PENDING payment that {@code AppointmentBooked} opens, the patient's confirmation e-mail with
 *       its calendar file in the outbox, the doctor's e-mail if they want it, then what the service writes at its
 *       commit, in its order: the slot's booked minutes, the day's revenue, the dashboard's and the admin grid's kept
 *       rows (its own {@code SummaryDeltas}, here over plain JDBC: the same statements); commit.
 * </ol>
 *
 * Its SQL is the service's (the same conditions, the same columns written); {@code JdbcBookingTest} checks that a
 * booking through here leaves the same rows as one through the service, and refuses what the service refuses.
 * Test code only: nothing here ships.
 */
final class JdbcBooking {

    /** The signed-in patient as the service reads it from the security context. */
    record Booker(
            long userId,
            String role,
            String displayName,
            @Nullable String clientAddress) {}

    private static final String FIND_SLOT =
            "SELECT " + SlotSql.BOOKABLE_COLUMNS + " FROM doctor_availability a WHERE a.availability_id = ?";

    private static final String LOCK_PATIENT = "SELECT patient_id FROM patients WHERE user_id = ? FOR UPDATE";

    private static final String CANDIDATE = """
            SELECT (d.is_available AND du.is_active) AS doctor_accepting,
                   CONCAT(du.first_name, ' ', du.last_name) AS doctor_name, d.clinic_name, d.clinic_address,
                   d.consultation_fee, pu.email AS patient_email,
                   CONCAT(pu.first_name, ' ', pu.last_name) AS patient_name,
                   EXISTS (SELECT 1 FROM appointments x WHERE x.patient_id = ? AND x.status = 'SCHEDULED'
                           AND x.appointment_date = ? AND TIMESTAMP(x.appointment_date, x.start_time) < ?
                           AND %s > ? AND x.appointment_id <> 0) AS patient_overlap,
                   pu.language AS patient_language, d.email_on_patient_changes AS doctor_wants_mail,
                   du.email AS doctor_email, du.language AS doctor_language
            FROM doctors d
            JOIN users du ON du.user_id = d.user_id
            JOIN patients p ON p.patient_id = ?
            JOIN users pu ON pu.user_id = p.user_id
            WHERE d.doctor_id = ?
            """.formatted(DaySpan.endSql("x.appointment_date", "x.end_time"));

    private static final String TAKE_SLOT =
            "UPDATE doctor_availability a SET a.is_booked = TRUE, a.held_for = NULL, a.held_until = NULL"
                    + " WHERE a.availability_id = ? AND a.doctor_id = ? AND a.is_booked = FALSE"
                    + " AND (a.held_until IS NULL OR a.held_until <= ? OR a.held_for = ?) AND NOT "
                    + SlotSql.DURING_TIME_OFF;

    private static final String INSERT_APPOINTMENT =
            "INSERT INTO appointments (doctor_id, patient_id, availability_id, appointment_date, start_time,"
                    + " end_time, reason_for_visit, patient_first_name, patient_last_name, patient_user_id)"
                    + " SELECT ?, ?, ?, ?, ?, ?, ?, u.first_name, u.last_name, u.user_id FROM patients p"
                    + " JOIN users u ON u.user_id = p.user_id WHERE p.patient_id = ?";

    private static final String INSERT_AUDIT = """
            INSERT INTO audit_events (at, actor_user_id, actor_role, actor_name, action, patient_user_id,
                                      object_type, object_id, client_address)
            VALUES (?, ?, ?, ?, 'BOOKED_APPOINTMENT', ?, 'appointment', ?, ?)""";

    private static final String INSERT_PAYMENT = "INSERT INTO payments (appointment_id, amount) VALUES (?, ?)";

    /**
     * PaymentRepository.addOpenedRevenue for a new payment (the visit not cancelled), by hand: the doctor's row and
     * the whole clinic's (doctor 0, V0020) in one statement, as the service's one upsert at commit.
     */
    private static final String ADD_REVENUE = """
            INSERT INTO payment_daily_revenue (revenue_date, doctor_id, paid, pending, refunded)
            SELECT ?, IF(k.n = 0, 0, ?),
                   1 * CASE WHEN payment_status IN ('PAID', 'REFUNDED') THEN COALESCE(paid_amount, amount) ELSE 0 END,
                   1 * CASE WHEN payment_status IN ('PENDING', 'FAILED') AND NOT FALSE THEN amount ELSE 0 END,
                   1 * COALESCE(refunded_amount, 0)
            FROM payments JOIN (SELECT 0 AS n UNION ALL SELECT 1) k WHERE appointment_id = ? ORDER BY k.n
            ON DUPLICATE KEY UPDATE paid = paid + VALUES(paid), pending = pending + VALUES(pending),
                                    refunded = refunded + VALUES(refunded)""";

    private static final String INSERT_MAIL = """
            INSERT INTO mail_outbox (recipient, subject, body, about, attachment_name, attachment_type,
                                     attachment, status, attempts, next_attempt_at, created_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, 'PENDING', 0, ?, ?)""";

    private final DataSource dataSource;
    private final Clock clock;
    private final BookingRules rules;
    private final ZoneId clinicZone;
    private final Texts texts;

    JdbcBooking(DataSource dataSource, Clock clock, BookingRules rules, ZoneId clinicZone, Texts texts) {
        this.texts = texts;
        this.dataSource = dataSource;
        this.clock = clock;
        this.rules = rules;
        this.clinicZone = clinicZone;
    }

    /** Books the slot for the booker, as {@link BookingService#book}; refusals as its {@link InvalidInputException}. */
    long book(Booker booker, long slotId, @Nullable String reason) throws SQLException {
        if (!booker.role().equals("PATIENT")) {
            throw new IllegalStateException("only patients book");
        }
        var errors = new LinkedHashMap<String, String>();
        String visitReason = rules.checkText(
                reason, BookingService.REASON, texts.get("appointment.error.reasonMissing"), errors, texts);
        try (Connection connection = dataSource.getConnection()) {
            BookableSlot slot = checkSlot(find(connection, slotId), errors);
            if (!errors.isEmpty()) {
                throw new InvalidInputException(errors);
            }
            connection.setAutoCommit(false);
            try {
                long appointmentId = bookLocked(connection, booker, slot, visitReason);
                connection.commit();
                return appointmentId;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        }
    }

    private long bookLocked(Connection connection, Booker booker, BookableSlot slot, String visitReason)
            throws SQLException {
        long patientId;
        try (PreparedStatement lock = connection.prepareStatement(LOCK_PATIENT)) {
            lock.setLong(1, booker.userId());
            try (ResultSet rs = lock.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalStateException("This account has no patient record");
                }
                patientId = rs.getLong(1);
            }
        }
        Candidate candidate = candidate(connection, slot, patientId);
        if (!candidate.doctorAccepting()) {
            throw new InvalidInputException(
                    BookingService.SLOT, texts.get("appointment.error.notAccepting", candidate.doctorName()));
        }
        if (candidate.patientOverlap()) {
            throw new InvalidInputException(BookingService.SLOT, texts.get("appointment.error.overlap"));
        }
        Timestamp now = Timestamp.from(clock.instant());
        try (PreparedStatement take = connection.prepareStatement(TAKE_SLOT)) {
            take.setLong(1, slot.id());
            take.setLong(2, slot.doctorId());
            take.setTimestamp(3, now);
            take.setLong(4, patientId);
            if (take.executeUpdate() != 1) {
                throw new InvalidInputException(BookingService.SLOT, BookingService.SLOT_TAKEN);
            }
        }
        long appointmentId;
        try (PreparedStatement insert =
                connection.prepareStatement(INSERT_APPOINTMENT, Statement.RETURN_GENERATED_KEYS)) {
            insert.setLong(1, slot.doctorId());
            insert.setLong(2, patientId);
            insert.setLong(3, slot.id());
            insert.setObject(4, slot.date());
            insert.setObject(5, slot.startTime());
            insert.setObject(6, slot.endTime());
            insert.setString(7, visitReason);
            insert.setLong(8, patientId);
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                appointmentId = keys.getLong(1);
            }
        } catch (SQLIntegrityConstraintViolationException e) {
            if (String.valueOf(e.getMessage()).contains("uk_appointment_live_slot")) {
                throw new InvalidInputException(BookingService.SLOT, BookingService.SLOT_TAKEN);
            }
            throw e;
        }
        try (PreparedStatement first = connection.prepareStatement(AppointmentSummaries.FIRST_VISIT)) {
            first.setLong(1, patientId);
            first.setObject(2, slot.date());
            first.executeUpdate();
        }
        try (PreparedStatement first = connection.prepareStatement(AppointmentSummaries.DOCTOR_FIRST_VISIT)) {
            first.setLong(1, patientId);
            first.setLong(2, slot.doctorId());
            first.setObject(3, slot.date());
            first.executeUpdate();
        }
        try (PreparedStatement audit = connection.prepareStatement(INSERT_AUDIT)) {
            audit.setTimestamp(1, now);
            audit.setLong(2, booker.userId());
            audit.setString(3, booker.role());
            audit.setString(4, clip(booker.displayName(), 201));
            audit.setLong(5, booker.userId());
            audit.setLong(6, appointmentId);
            audit.setString(7, booker.clientAddress());
            audit.executeUpdate();
        }
        try (PreparedStatement pay = connection.prepareStatement(INSERT_PAYMENT)) {
            pay.setLong(1, appointmentId);
            pay.setBigDecimal(2, candidate.fee().setScale(2, RoundingMode.HALF_EVEN));
            pay.executeUpdate();
        }
        AppointmentNotice notice = candidate.notice(slot, appointmentId, booker.userId());
        Language patientLanguage = candidate.patientLanguage();
        String when = AppointmentMails.when(notice.date().atTime(notice.startTime()), patientLanguage, texts);
        byte[] ics = AppointmentCalendarFile.of(notice, clinicZone, false, patientLanguage, texts, clock.instant())
                .getBytes(StandardCharsets.UTF_8);
        queueMail(
                connection,
                now,
                notice.patientEmail(),
                texts.get(patientLanguage, "appointment.mail.booked.subject", when),
                texts.get(
                        patientLanguage,
                        "appointment.mail.booked.body",
                        notice.patientName(),
                        notice.doctorName(),
                        when),
                AppointmentCalendarFile.fileName(notice),
                ics,
                "appointment " + appointmentId + " to its patient");
        String doctorEmail = candidate.doctorEmail();
        if (doctorEmail != null) {
            Language doctorLanguage = candidate.doctorLanguage();
            String doctorWhen = AppointmentMails.when(notice.date().atTime(notice.startTime()), doctorLanguage, texts);
            queueMail(
                    connection,
                    now,
                    doctorEmail,
                    texts.get(
                            doctorLanguage, "appointment.mail.doctor.booked.subject", notice.patientName(), doctorWhen),
                    texts.get(
                            doctorLanguage,
                            "appointment.mail.doctor.body",
                            notice.doctorName(),
                            texts.get(
                                    doctorLanguage,
                                    "appointment.mail.doctor.booked.body",
                                    notice.patientName(),
                                    doctorWhen)),
                    null,
                    null,
                    "appointment " + appointmentId + " to its doctor");
        }
        // Last, what the service writes at its commit, in its order (DailyDeltas.SLOT_MINUTES, REVENUE, then the
        // appointments' summaries): the clinic's rows of the day are held only from here to the commit.
        // the slot's booked minutes in the slots' daily summary (the service's SQL)
        try (PreparedStatement minutes = connection.prepareStatement(SlotSummaries.bookedStatement(1))) {
            minutes.setLong(1, slot.id());
            minutes.executeUpdate();
        }
        if (SlotSummaries.mayMeetRolledWindows(slot.date(), LocalDate.now(clock))) {
            try (PreparedStatement windows = connection.prepareStatement(SlotSummaries.bookedWindowsStatement(1))) {
                windows.setLong(1, slot.id());
                windows.executeUpdate();
            }
        }
        // the payment's day's revenue
        try (PreparedStatement revenue = connection.prepareStatement(ADD_REVENUE)) {
            revenue.setObject(1, slot.date());
            revenue.setLong(2, slot.doctorId());
            revenue.setLong(3, appointmentId);
            revenue.executeUpdate();
        }
        // the kept rows of the dashboard and the admin's grid, by the service's own code (SummaryDeltas) in plain JDBC
        SummaryDeltas.writeNow(
                new PlainSql(connection),
                AppointmentSummaries.booked(
                        slot.date(), slot.doctorId(), patientId, slot.startTime(), appointmentId, visitReason),
                1);
        return appointmentId;
    }

    /** {@link SummarySql} in plain {@code java.sql} on the booking's connection. */
    private record PlainSql(Connection connection) implements SummarySql {

        @Override
        public void update(String sql, List<? extends @Nullable Object> params) {
            try (PreparedStatement statement = prepared(sql, params)) {
                statement.executeUpdate();
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public void query(String sql, List<? extends @Nullable Object> params, Row row) {
            try (PreparedStatement statement = prepared(sql, params);
                    ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    row.read(rs);
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }

        private PreparedStatement prepared(String sql, List<? extends @Nullable Object> params) throws SQLException {
            PreparedStatement statement = connection.prepareStatement(sql);
            try {
                for (int i = 0; i < params.size(); i++) {
                    statement.setObject(i + 1, params.get(i));
                }
                return statement;
            } catch (SQLException e) {
                statement.close();
                throw e;
            }
        }
    }

    private static @Nullable BookableSlot find(Connection connection, long slotId) throws SQLException {
        try (PreparedStatement find = connection.prepareStatement(FIND_SLOT)) {
            find.setLong(1, slotId);
            try (ResultSet rs = find.executeQuery()) {
                return rs.next() ? SlotSql.bookable(rs) : null;
            }
        }
    }

    /** The service's checks of the slot read, in its order and words. */
    private @Nullable BookableSlot checkSlot(@Nullable BookableSlot slot, LinkedHashMap<String, String> errors) {
        if (slot == null || slot.duringTimeOff()) {
            errors.put(BookingService.SLOT, texts.get("appointment.error.notOffered"));
            return null;
        }
        ZonedDateTime now = ZonedDateTime.now(clock);
        if (!slot.startsAt().isAfter(now.toLocalDateTime())) {
            errors.put(BookingService.SLOT, texts.get("appointment.error.passed"));
        } else if (slot.startsAt().isBefore(rules.earliestStart(now))) {
            errors.put(
                    BookingService.SLOT,
                    texts.get("appointment.error.tooSoon", BookingRules.describe(rules.minimumNotice(), texts)));
        } else if (slot.date().isAfter(rules.lastDay(now))) {
            errors.put(
                    BookingService.SLOT,
                    texts.get("appointment.error.tooFar", BookingRules.describe(rules.horizon(), texts)));
        } else if (slot.booked()) {
            errors.put(BookingService.SLOT, BookingService.SLOT_TAKEN);
        }
        return errors.containsKey(BookingService.SLOT) ? null : slot;
    }

    private record Candidate(
            boolean doctorAccepting,
            String doctorName,
            @Nullable String clinicName,
            @Nullable String clinicAddress,
            BigDecimal fee,
            String patientEmail,
            String patientName,
            boolean patientOverlap,
            Language patientLanguage,
            @Nullable String doctorEmail,
            Language doctorLanguage) {

        AppointmentNotice notice(BookableSlot slot, long appointmentId, long patientUserId) {
            return new AppointmentNotice(
                    appointmentId,
                    patientEmail,
                    patientName,
                    "Dr. " + doctorName,
                    clinicName,
                    clinicAddress,
                    slot.date(),
                    slot.startTime(),
                    slot.endTime(),
                    0,
                    patientUserId);
        }
    }

    private static Candidate candidate(Connection connection, BookableSlot slot, long patientId) throws SQLException {
        try (PreparedStatement read = connection.prepareStatement(CANDIDATE)) {
            read.setLong(1, patientId);
            read.setObject(2, slot.date());
            read.setObject(3, slot.endsAt());
            read.setObject(4, slot.startsAt());
            read.setLong(5, patientId);
            read.setLong(6, slot.doctorId());
            try (ResultSet rs = read.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalStateException("no such doctor or patient");
                }
                return new Candidate(
                        rs.getBoolean("doctor_accepting"),
                        rs.getString("doctor_name"),
                        rs.getString("clinic_name"),
                        rs.getString("clinic_address"),
                        rs.getBigDecimal("consultation_fee"),
                        rs.getString("patient_email"),
                        rs.getString("patient_name"),
                        rs.getBoolean("patient_overlap"),
                        language(rs.getString("patient_language")),
                        rs.getBoolean("doctor_wants_mail") ? rs.getString("doctor_email") : null,
                        language(rs.getString("doctor_language")));
            }
        }
    }

    /** An account's language, as {@code AccountLanguages.ofUser} reads it from the users row. */
    private static Language language(@Nullable String tag) {
        return tag == null ? Language.DEFAULT : Language.ofTag(tag).orElse(Language.DEFAULT);
    }

    private static void queueMail(
            Connection connection,
            Timestamp now,
            String to,
            String subject,
            String body,
            @Nullable String attachmentName,
            byte @Nullable [] attachment,
            String about)
            throws SQLException {
        try (PreparedStatement mail = connection.prepareStatement(INSERT_MAIL)) {
            mail.setString(1, to);
            mail.setString(2, abbreviated(subject, 500));
            mail.setString(3, body);
            mail.setString(4, abbreviated(about, 255));
            mail.setString(5, attachmentName);
            mail.setString(6, attachment == null ? null : AppointmentCalendarFile.MEDIA_TYPE);
            mail.setBytes(7, attachment);
            mail.setTimestamp(8, now);
            mail.setTimestamp(9, now);
            mail.executeUpdate();
        }
    }

    private static String abbreviated(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    private static String clip(String value, int max) {
        return value.length() > max ? value.substring(0, max) : value;
    }
}
