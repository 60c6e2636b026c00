package app.praxis.appointment;

import app.praxis.base.ClinicProperties;
import app.praxis.base.OutgoingMail;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells the patient about their appointment: the e-mail is written to the outbox in the transaction of the
 * change (it exists exactly when the change does) and sent by {@code base.MailOutbox}, which retries while the
 * mail server is down; a mail server never fails a booking.
 */
@Component
class AppointmentMails {

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("EEEE, d MMMM yyyy 'at' HH:mm", Locale.ENGLISH);

    private final OutgoingMail mail;
    private final ClinicProperties clinic;

    AppointmentMails(OutgoingMail mail, ClinicProperties clinic) {
        this.mail = mail;
        this.clinic = clinic;
    }

    @EventListener
    void onBooked(AppointmentBooked booked) {
        var notice = booked.notice();
        send(
                notice,
                "Your appointment on " + when(notice),
                "Hello " + notice.patientName() + ",\n\nyour appointment with " + notice.doctorName()
                        + " is booked for " + when(notice)
                        + ".\nThe attached calendar file adds it to your calendar.\n",
                false);
    }

    @EventListener
    void onRescheduled(AppointmentRescheduled rescheduled) {
        var notice = rescheduled.notice();
        send(
                notice,
                "Your appointment moved to " + when(notice),
                "Hello " + notice.patientName() + ",\n\nyour appointment with " + notice.doctorName()
                        + " has moved from " + WHEN.format(rescheduled.oldDate().atTime(rescheduled.oldStartTime()))
                        + " to " + when(notice) + ".\nReason: " + rescheduled.reason() + "\n",
                false);
    }

    @EventListener
    void onCancelled(AppointmentCancelled cancelled) {
        var notice = cancelled.notice();
        String reason = cancelled.byPractice()
                ? "Message from the practice: " + cancelled.reason()
                : "Your reason: " + cancelled.reason();
        send(
                notice,
                "Cancelled: your appointment on " + when(notice),
                "Hello " + notice.patientName() + ",\n\nyour appointment with " + notice.doctorName() + " on "
                        + when(notice) + " is cancelled.\n" + reason + "\n",
                true);
    }

    private void send(AppointmentNotice notice, String subject, String text, boolean cancelled) {
        byte[] ics =
                AppointmentCalendarFile.of(notice, clinic.timeZone(), cancelled).getBytes(StandardCharsets.UTF_8);
        mail.send(
                notice.patientEmail(),
                subject,
                text,
                new OutgoingMail.Attachment(
                        AppointmentCalendarFile.fileName(notice), ics, AppointmentCalendarFile.MEDIA_TYPE),
                "appointment " + notice.appointmentId() + " to its patient");
    }

    private static String when(AppointmentNotice notice) {
        return WHEN.format(notice.date().atTime(notice.startTime()));
    }
}
