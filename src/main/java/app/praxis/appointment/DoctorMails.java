package app.praxis.appointment;

import app.praxis.base.OutgoingMail;
import app.praxis.security.CurrentUser;
import app.praxis.security.Roles;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
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

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("EEEE, d MMMM yyyy 'at' HH:mm", Locale.ENGLISH);

    private final OutgoingMail mail;
    private final JdbcClient jdbc;
    private final CurrentUser currentUser;

    DoctorMails(OutgoingMail mail, JdbcClient jdbc, CurrentUser currentUser) {
        this.mail = mail;
        this.jdbc = jdbc;
        this.currentUser = currentUser;
    }

    @EventListener
    void onBooked(AppointmentBooked booked) {
        var notice = booked.notice();
        send(
                notice,
                "New appointment: " + notice.patientName() + " on " + when(notice),
                notice.patientName() + " booked an appointment with you for " + when(notice) + ".");
    }

    @EventListener
    void onRescheduled(AppointmentRescheduled rescheduled) {
        if (!byPatient()) {
            return;
        }
        var notice = rescheduled.notice();
        send(
                notice,
                "Moved: " + notice.patientName() + " to " + when(notice),
                notice.patientName() + " moved their appointment with you from "
                        + WHEN.format(rescheduled.oldDate().atTime(rescheduled.oldStartTime())) + " to "
                        + when(notice) + ".\nReason: " + rescheduled.reason());
    }

    @EventListener
    void onCancelled(AppointmentCancelled cancelled) {
        if (cancelled.byPractice()) {
            return;
        }
        var notice = cancelled.notice();
        send(
                notice,
                "Cancelled: " + notice.patientName() + " on " + when(notice),
                notice.patientName() + " cancelled their appointment with you on " + when(notice) + ".\nReason: "
                        + cancelled.reason());
    }

    private boolean byPatient() {
        return currentUser.find().map(user -> user.hasRole(Roles.PATIENT)).orElse(false);
    }

    private void send(AppointmentNotice notice, String subject, String body) {
        recipient(notice.appointmentId())
                .ifPresent(email -> mail.send(
                        email,
                        subject,
                        "Hello " + notice.doctorName() + ",\n\n" + body
                                + "\n\nYou can switch these e-mails off on your \"My day\" page.\n",
                        "appointment " + notice.appointmentId() + " to its doctor"));
    }

    /** The doctor's address, if they want these e-mails. */
    private Optional<String> recipient(long appointmentId) {
        return jdbc.sql("SELECT u.email FROM appointments a JOIN doctors d ON d.doctor_id = a.doctor_id"
                        + " JOIN users u ON u.user_id = d.user_id"
                        + " WHERE a.appointment_id = ? AND d.email_on_patient_changes = TRUE")
                .param(appointmentId)
                .query(String.class)
                .optional();
    }

    private static String when(AppointmentNotice notice) {
        return WHEN.format(notice.date().atTime(notice.startTime()));
    }
}
