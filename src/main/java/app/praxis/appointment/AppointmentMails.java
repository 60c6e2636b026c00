package app.praxis.appointment;

import app.praxis.base.ClinicProperties;
import jakarta.mail.MessagingException;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Tells the patient about their appointment once the change is committed, off the request thread. A mail server
 * that is down is logged, never turned into a failed booking.
 */
@Component
class AppointmentMails {

    private static final Logger log = LoggerFactory.getLogger(AppointmentMails.class);
    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("EEEE, d MMMM yyyy 'at' HH:mm", Locale.ENGLISH);

    static {
        // Jakarta Mail 2.1 finds its StreamProvider through ServiceLoader, a scan of the whole class path, for
        // every body part it builds (jakartaee/mail-api#699 and #861, cached only from 2.2 on); that was half the
        // CPU of a confirmation e-mail. Named here, the lookup is one Class.forName.
        System.getProperties()
                .putIfAbsent("jakarta.mail.util.StreamProvider", "org.eclipse.angus.mail.util.MailStreamProvider");
    }

    private final JavaMailSender mailSender;
    private final ClinicProperties clinic;
    private final String from;

    AppointmentMails(
            JavaMailSender mailSender,
            ClinicProperties clinic,
            @Value("${praxis.mail.from:Praxis <no-reply@praxis.local>}") String from) {
        this.mailSender = mailSender;
        this.clinic = clinic;
        this.from = from;
    }

    @Async
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
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

    @Async
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
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

    @Async
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
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
        try {
            var message = mailSender.createMimeMessage();
            var helper = new MimeMessageHelper(message, true, StandardCharsets.UTF_8.name());
            helper.setFrom(from);
            helper.setTo(notice.patientEmail());
            helper.setSubject(subject);
            helper.setText(text);
            byte[] ics = AppointmentCalendarFile.of(notice, clinic.timeZone(), cancelled)
                    .getBytes(StandardCharsets.UTF_8);
            helper.addAttachment(
                    AppointmentCalendarFile.fileName(notice),
                    new ByteArrayResource(ics),
                    AppointmentCalendarFile.MEDIA_TYPE);
            mailSender.send(message);
        } catch (MailException | MessagingException e) {
            log.warn("Could not e-mail appointment {} to its patient: {}", notice.appointmentId(), firstLine(e));
        }
    }

    private static String firstLine(Exception e) {
        String message = String.valueOf(e.getMessage());
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }

    private static String when(AppointmentNotice notice) {
        return WHEN.format(notice.date().atTime(notice.startTime()));
    }
}
