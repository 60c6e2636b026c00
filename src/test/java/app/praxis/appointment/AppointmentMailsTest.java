package app.praxis.appointment;

import static org.assertj.core.api.Assertions.assertThat;

import app.praxis.base.MailOutbox;
import app.praxis.doctor.DoctorSummary;
import app.praxis.patient.PatientSummary;
import app.praxis.security.Roles;
import app.praxis.support.IntegrationTest;
import app.praxis.support.SignIn;
import app.praxis.support.TestSmtp;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.LocalTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * Booking, rescheduling and cancelling each e-mail the patient. GreenMail runs on a free port; the shared
 * context's mail sender is pointed at it for this class only (a property override would start a second
 * context, and a second embedded database, for one test class).
 */
@IntegrationTest
class AppointmentMailsTest {

    private TestSmtp smtp;

    @Autowired
    JavaMailSenderImpl mailSender;

    @Autowired
    BookingService booking;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    BookingFixture fixture;

    @Autowired
    MailOutbox outbox;

    @BeforeEach
    void pointMailAtGreenMail() {
        smtp = new TestSmtp(mailSender);
        smtp.start();
    }

    @AfterEach
    void restoreMail() {
        smtp.stop();
        SignIn.out();
    }

    @Test
    void thePatientGetsAConfirmationWithACalendarFileThenNoticesOfTheMoveAndTheCancellation() throws Exception {
        DoctorSummary doctor = fixture.doctor("Mail");
        PatientSummary patient = fixture.patient("Mail");
        long slot = fixture.slot(doctor.doctorId(), 1, LocalTime.of(10, 0));
        long later = fixture.slot(doctor.doctorId(), 2, LocalTime.of(10, 0));
        // Only the patient's mails here; the doctor's own are DoctorMailsTest's.
        jdbc.sql("UPDATE doctors SET email_on_patient_changes = FALSE WHERE doctor_id = ?")
                .param(doctor.doctorId())
                .update();
        SignIn.as(patient.userId(), Roles.PATIENT);

        long appointment = booking.book(slot, "Check-up");
        booking.reschedule(appointment, later, "Holiday");
        booking.cancel(appointment, "Better");
        outbox.deliverDue(); // the sender also runs by itself every few moments; this waits for it

        String address = jdbc.sql("SELECT email FROM users WHERE user_id = ?")
                .param(patient.userId())
                .query(String.class)
                .single();
        // Only this patient's: the outbox may also deliver other tests' e-mails that were waiting for a retry.
        MimeMessage[] mails = java.util.Arrays.stream(smtp.getReceivedMessages())
                .filter(mail -> recipient(mail).equalsIgnoreCase(address))
                .toArray(MimeMessage[]::new);
        assertThat(mails).hasSize(3);
        assertThat(mails)
                .extracting(MimeMessage::getSubject)
                .satisfiesExactlyInAnyOrder(
                        s -> assertThat(s).startsWith("Your appointment on"),
                        s -> assertThat(s).startsWith("Your appointment moved to"),
                        s -> assertThat(s).startsWith("Cancelled:"));
        MimeMessage confirmation = java.util.Arrays.stream(mails)
                .filter(m -> subject(m).startsWith("Your appointment on"))
                .findFirst()
                .orElseThrow();
        assertThat(calendarAttachment(confirmation))
                .contains("BEGIN:VEVENT", "UID:appointment-" + appointment + "@praxis", "STATUS:CONFIRMED");
    }

    private static String recipient(MimeMessage message) {
        try {
            return message.getAllRecipients()[0].toString();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String calendarAttachment(MimeMessage message) throws Exception {
        var multipart = (Multipart) message.getContent();
        for (int i = 0; i < multipart.getCount(); i++) {
            Part part = multipart.getBodyPart(i);
            if (part.getFileName() != null && part.getFileName().endsWith(".ics")) {
                return new String(part.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            }
        }
        throw new AssertionError("No .ics attachment");
    }
}
