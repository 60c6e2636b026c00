package app.praxis.appointment;

import app.praxis.base.AccountLanguages;
import app.praxis.base.ClinicProperties;
import app.praxis.base.Formats;
import app.praxis.base.Language;
import app.praxis.base.OutgoingMail;
import app.praxis.base.Texts;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDateTime;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells the patient about their appointment, in the patient's language (their account's): the e-mail is written
 * to the outbox in the transaction of the change (it exists exactly when the change does) and sent by
 * {@code base.MailOutbox}, which retries while the mail server is down; a mail server never fails a booking.
 */
@Component
class AppointmentMails {

    private final OutgoingMail mail;
    private final ClinicProperties clinic;
    private final AccountLanguages languages;
    private final Texts texts;
    private final Clock clock;

    AppointmentMails(OutgoingMail mail, ClinicProperties clinic, AccountLanguages languages, Texts texts, Clock clock) {
        this.clock = clock;
        this.mail = mail;
        this.clinic = clinic;
        this.languages = languages;
        this.texts = texts;
    }

    @EventListener
    void onBooked(AppointmentBooked booked) {
        var notice = booked.notice();
        Language language = booked.patientLanguage(); // read with the booking's checks
        String when = when(notice, language);
        send(
                notice,
                language,
                texts.get(language, "appointment.mail.booked.subject", when),
                texts.get(language, "appointment.mail.booked.body", notice.patientName(), notice.doctorName(), when),
                false);
    }

    @EventListener
    void onRescheduled(AppointmentRescheduled rescheduled) {
        var notice = rescheduled.notice();
        Language language = languages.ofUser(notice.patientUserId());
        String when = when(notice, language);
        String before = when(rescheduled.oldDate().atTime(rescheduled.oldStartTime()), language, texts);
        send(
                notice,
                language,
                texts.get(language, "appointment.mail.moved.subject", when),
                texts.get(
                        language,
                        "appointment.mail.moved.body",
                        notice.patientName(),
                        notice.doctorName(),
                        before,
                        when,
                        rescheduled.reason()),
                false);
    }

    @EventListener
    void onCancelled(AppointmentCancelled cancelled) {
        var notice = cancelled.notice();
        Language language = languages.ofUser(notice.patientUserId());
        String when = when(notice, language);
        String reason = texts.get(
                language,
                cancelled.byPractice() ? "appointment.mail.cancelled.byPractice" : "appointment.mail.cancelled.byYou",
                cancelled.reason());
        send(
                notice,
                language,
                texts.get(language, "appointment.mail.cancelled.subject", when),
                texts.get(
                        language,
                        "appointment.mail.cancelled.body",
                        notice.patientName(),
                        notice.doctorName(),
                        when,
                        reason),
                true);
    }

    private void send(AppointmentNotice notice, Language language, String subject, String text, boolean cancelled) {
        byte[] ics = AppointmentCalendarFile.of(notice, clinic.timeZone(), cancelled, language, texts, clock.instant())
                .getBytes(StandardCharsets.UTF_8);
        mail.send(
                notice.patientEmail(),
                subject,
                text,
                new OutgoingMail.Attachment(
                        AppointmentCalendarFile.fileName(notice), ics, AppointmentCalendarFile.MEDIA_TYPE),
                "appointment " + notice.appointmentId() + " to its patient");
    }

    private String when(AppointmentNotice notice, Language language) {
        return when(notice.date().atTime(notice.startTime()), language, texts);
    }

    /** "Wednesday, 2 December 2026 at 14:30" / "Mittwoch, 2. Dezember 2026 um 14:30", for e-mails. */
    static String when(LocalDateTime start, Language language, Texts texts) {
        Formats formats = Formats.of(language);
        String weekday = start.getDayOfWeek().getDisplayName(java.time.format.TextStyle.FULL, language.locale());
        return texts.get(
                language,
                "appointment.mail.when",
                weekday,
                formats.longDate(start.toLocalDate()),
                formats.time(start.toLocalTime()));
    }
}
