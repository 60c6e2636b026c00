package app.praxis.appointment;

import app.praxis.base.AccountLanguages;
import app.praxis.base.ClinicProperties;
import app.praxis.base.Language;
import app.praxis.base.OutgoingMail;
import app.praxis.base.Texts;
import app.praxis.security.CurrentUser;
import app.praxis.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * E-mail reminders before each appointment ({@code praxis.reminders.before}, 24 h and 2 h by default) with the
 * calendar file and links to reschedule or cancel, unless the patient switched them off. Every node runs the job:
 * each reminder is one transaction that locks the appointment (still scheduled, still at that time?), inserts its
 * row under the unique key (appointment, kind, start) and writes the e-mail to the outbox, so it goes out exactly
 * once, never for a cancelled appointment, and a rescheduled one gets new reminders for its new time. When several
 * kinds are due at once (booked late) only the nearest one is sent.
 */
@Service
public class ReminderService {

    private static final Logger log = LoggerFactory.getLogger(ReminderService.class);
    private static final int BATCH = 200;

    private record Due(AppointmentNotice notice, LocalDateTime start) {}

    private final JdbcClient jdbc;
    private final OutgoingMail mail;
    private final ReminderProperties properties;
    private final ClinicProperties clinic;
    private final java.time.Clock clock;
    private final TransactionTemplate transaction;
    private final CurrentUser currentUser;
    private final AccountLanguages languages;
    private final Texts texts;

    ReminderService(
            JdbcClient jdbc,
            OutgoingMail mail,
            ReminderProperties properties,
            ClinicProperties clinic,
            java.time.Clock clock,
            TransactionTemplate transaction,
            CurrentUser currentUser,
            AccountLanguages languages,
            Texts texts) {
        this.languages = languages;
        this.texts = texts;
        this.jdbc = jdbc;
        this.mail = mail;
        this.properties = properties;
        this.clinic = clinic;
        this.clock = clock;
        this.transaction = transaction;
        this.currentUser = currentUser;
    }

    /**
     * Whether the signed-in patient gets reminders: one read on its own, with no transaction around it (issue 18: a
     * read-only transaction would add three statements). My appointments gets the setting with its list instead
     * ({@code AppointmentService.myAppointments()}, the same row read once).
     */
    @RolesAllowed(Roles.PATIENT)
    public boolean remindersOn() {
        return jdbc.sql("SELECT reminders_enabled FROM patients WHERE user_id = ?")
                .param(currentUser.require().userId())
                .query(Boolean.class)
                .optional()
                .orElse(true);
    }

    /** Switches the signed-in patient's reminders on or off. */
    @Transactional
    @RolesAllowed(Roles.PATIENT)
    public void setRemindersOn(boolean on) {
        jdbc.sql("UPDATE patients SET reminders_enabled = ? WHERE user_id = ?")
                .params(on, currentUser.require().userId())
                .update();
    }

    @Scheduled(
            fixedDelayString = "${praxis.reminders.check-interval:PT1M}",
            initialDelayString = "${praxis.reminders.check-interval:PT1M}")
    void onSchedule() {
        if (properties.enabled()) {
            try {
                sendDue();
            } catch (RuntimeException e) {
                log.warn("The reminder job failed; it runs again in {}", properties.checkInterval(), e);
            }
        }
    }

    /** Queues every reminder due now; returns how many this node queued. */
    public int sendDue() {
        Instant now = clock.instant();
        List<Duration> leads = properties.before();
        int queued = 0;
        for (int i = 0; i < leads.size(); i++) {
            Duration lead = leads.get(i);
            @Nullable Duration nearer = i + 1 < leads.size() ? leads.get(i + 1) : null;
            for (Due due : due(now, lead, nearer)) {
                if (Boolean.TRUE.equals(transaction.execute(status -> {
                    try {
                        return remind(due, lead, now);
                    } catch (DuplicateKeyException | PessimisticLockingFailureException sentByAnotherNode) {
                        status.setRollbackOnly(); // a deadlock loser finds it sent, or due, next run
                        return false;
                    }
                }))) {
                    queued++;
                }
            }
        }
        return queued;
    }

    /**
     * Scheduled appointments starting within {@code lead} (and not within {@code nearer}) not yet reminded of: the
     * scheduled ones of the window's days along {@code ix_appointment_grid_status} (status, day, …), named since round
     * 45 (issue 18). Left to choose, MariaDB walked every doctor's appointments and sorted them, or the whole table in
     * id order: 1.0–1.5 s at 1,000,000 appointments, run per lead every minute on every node; 29–40 ms named, when
     * every one of the window's appointments was already reminded of (docs/PERFORMANCE.md, round 45).
     */
    private List<Due> due(Instant now, Duration lead, @Nullable Duration nearer) {
        LocalDateTime from = local(nearer == null ? now : now.plus(nearer));
        LocalDateTime until = local(now.plus(lead));
        return jdbc.sql("""
                        SELECT a.appointment_id, pu.email, CONCAT(pu.first_name, ' ', pu.last_name),
                               CONCAT(du.first_name, ' ', du.last_name), d.clinic_name, d.clinic_address,
                               a.appointment_date, a.start_time, a.end_time,
                               (SELECT COUNT(*) FROM appointment_reschedules s WHERE s.appointment_id = a.appointment_id),
                               pu.user_id
                        FROM appointments a FORCE INDEX (ix_appointment_grid_status)
                        JOIN patients p ON p.patient_id = a.patient_id JOIN users pu ON pu.user_id = p.user_id
                        JOIN doctors d ON d.doctor_id = a.doctor_id JOIN users du ON du.user_id = d.user_id
                        WHERE a.status = 'SCHEDULED' AND p.reminders_enabled AND pu.is_active
                          AND a.appointment_date BETWEEN :fromDay AND :untilDay
                          AND TIMESTAMP(a.appointment_date, a.start_time) > :from
                          AND TIMESTAMP(a.appointment_date, a.start_time) <= :until
                          AND NOT EXISTS (SELECT 1 FROM appointment_reminders r
                                          WHERE r.appointment_id = a.appointment_id AND r.kind = :kind
                                            AND r.starts_at = TIMESTAMP(a.appointment_date, a.start_time))
                        ORDER BY a.appointment_id
                        LIMIT :batch""")
                .param("fromDay", from.toLocalDate())
                .param("untilDay", until.toLocalDate())
                .param("from", from)
                .param("until", until)
                .param("kind", lead.toString())
                .param("batch", BATCH)
                .query((rs, row) -> {
                    LocalDate date = rs.getObject(7, LocalDate.class);
                    LocalTime start = rs.getObject(8, LocalTime.class);
                    var notice = new AppointmentNotice(
                            rs.getLong(1),
                            rs.getString(2),
                            rs.getString(3),
                            "Dr. " + rs.getString(4),
                            rs.getString(5),
                            rs.getString(6),
                            date,
                            start,
                            rs.getObject(9, LocalTime.class),
                            rs.getInt(10),
                            rs.getLong(11));
                    return new Due(notice, date.atTime(start));
                })
                .list();
    }

    private boolean remind(Due due, Duration lead, Instant now) {
        var notice = due.notice();
        // The appointment's row lock orders this against a cancellation or reschedule of the same appointment.
        boolean unchanged = jdbc.sql("""
                        SELECT COUNT(*) FROM appointments
                        WHERE appointment_id = ? AND status = 'SCHEDULED' AND appointment_date = ? AND start_time = ?
                        FOR UPDATE""")
                        .params(notice.appointmentId(), notice.date(), notice.startTime())
                        .query(Integer.class)
                        .single()
                == 1;
        if (!unchanged) {
            return false;
        }
        jdbc.sql("INSERT INTO appointment_reminders (appointment_id, kind, starts_at, created_at) VALUES (?, ?, ?, ?)")
                .params(notice.appointmentId(), lead.toString(), due.start(), Timestamp.from(now))
                .update();
        Language language = languages.ofUser(notice.patientUserId());
        byte[] ics = AppointmentCalendarFile.of(notice, clinic.timeZone(), false, language, texts, clock.instant())
                .getBytes(StandardCharsets.UTF_8);
        String link = properties.linkBase() + "/appointments";
        String when = AppointmentMails.when(due.start(), language, texts);
        mail.send(
                notice.patientEmail(),
                texts.get(language, "appointment.mail.reminder.subject", when),
                texts.get(
                        language,
                        "appointment.mail.reminder.body",
                        notice.patientName(),
                        notice.doctorName(),
                        when,
                        link),
                new OutgoingMail.Attachment(
                        AppointmentCalendarFile.fileName(notice), ics, AppointmentCalendarFile.MEDIA_TYPE),
                "reminder " + lead + " of appointment " + notice.appointmentId() + " to its patient");
        return true;
    }

    private LocalDateTime local(Instant instant) {
        return LocalDateTime.ofInstant(instant, clinic.timeZone());
    }
}
