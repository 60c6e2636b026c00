package app.praxis.appointment;

import app.praxis.base.AccountLanguages;
import app.praxis.base.Language;
import app.praxis.base.OutgoingMail;
import app.praxis.base.Texts;
import app.praxis.security.CurrentUser;
import app.praxis.security.Roles;
import java.util.Optional;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Tells the doctor when a patient books, moves or cancels an appointment with them, unless the doctor switched
 * it off ({@code doctors.email_on_patient_changes}). Runs inside the transaction that makes the change and sends
 * through {@link OutgoingMail} (the team's one way out; a failure there is logged, never a failed booking).
 * Changes the practice itself makes (the doctor or an admin) are not e-mailed back to the doctor.
 */
@Component
class DoctorMails {

    private final OutgoingMail mail;
    private final JdbcClient jdbc;
    private final CurrentUser currentUser;
    private final AccountLanguages languages;
    private final Texts texts;

    /** The doctor who wants these e-mails: where they go and in which language. */
    private record Recipient(String email, long userId) {}

    DoctorMails(OutgoingMail mail, JdbcClient jdbc, CurrentUser currentUser, AccountLanguages languages, Texts texts) {
        this.languages = languages;
        this.texts = texts;
        this.mail = mail;
        this.jdbc = jdbc;
        this.currentUser = currentUser;
    }

    @EventListener
    void onBooked(AppointmentBooked booked) {
        var notice = booked.notice();
        // The doctor's address and language were read with the booking's checks (null: they want no e-mails).
        var recipient = booked.doctorRecipient();
        if (recipient != null) {
            send(recipient.email(), recipient.language(), notice, (language, when) -> new String[] {
                texts.get(language, "appointment.mail.doctor.booked.subject", notice.patientName(), when),
                texts.get(language, "appointment.mail.doctor.booked.body", notice.patientName(), when)
            });
        }
    }

    @EventListener
    void onRescheduled(AppointmentRescheduled rescheduled) {
        if (!byPatient()) {
            return;
        }
        var notice = rescheduled.notice();
        send(notice, (language, when) -> new String[] {
            texts.get(language, "appointment.mail.doctor.moved.subject", notice.patientName(), when),
            texts.get(
                    language,
                    "appointment.mail.doctor.moved.body",
                    notice.patientName(),
                    AppointmentMails.when(rescheduled.oldDate().atTime(rescheduled.oldStartTime()), language, texts),
                    when,
                    rescheduled.reason())
        });
    }

    @EventListener
    void onCancelled(AppointmentCancelled cancelled) {
        if (cancelled.byPractice()) {
            return;
        }
        var notice = cancelled.notice();
        send(notice, (language, when) -> new String[] {
            texts.get(language, "appointment.mail.doctor.cancelled.subject", notice.patientName(), when),
            texts.get(
                    language, "appointment.mail.doctor.cancelled.body", notice.patientName(), when, cancelled.reason())
        });
    }

    private boolean byPatient() {
        return currentUser.find().map(user -> user.hasRole(Roles.PATIENT)).orElse(false);
    }

    /** Subject and body of one e-mail in the doctor's language, given the appointment's time in it. */
    private interface Message {
        String[] write(Language language, String when);
    }

    private void send(AppointmentNotice notice, Message message) {
        recipient(notice.appointmentId())
                .ifPresent(recipient -> send(recipient.email(), languages.ofUser(recipient.userId()), notice, message));
    }

    private void send(String email, Language language, AppointmentNotice notice, Message message) {
        String[] text = message.write(
                language, AppointmentMails.when(notice.date().atTime(notice.startTime()), language, texts));
        mail.send(
                email,
                text[0],
                texts.get(language, "appointment.mail.doctor.body", notice.doctorName(), text[1]),
                "appointment " + notice.appointmentId() + " to its doctor");
    }

    /** The doctor's address, if they want these e-mails. */
    private Optional<Recipient> recipient(long appointmentId) {
        return jdbc.sql("SELECT u.email, u.user_id FROM appointments a JOIN doctors d ON d.doctor_id = a.doctor_id"
                        + " JOIN users u ON u.user_id = d.user_id"
                        + " WHERE a.appointment_id = ? AND d.email_on_patient_changes = TRUE")
                .param(appointmentId)
                .query((rs, row) -> new Recipient(rs.getString(1), rs.getLong(2)))
                .optional();
    }
}
