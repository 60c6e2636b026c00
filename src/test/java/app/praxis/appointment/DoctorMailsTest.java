package app.praxis.appointment;

import static org.assertj.core.api.Assertions.assertThat;

import app.praxis.base.MailOutbox;
import app.praxis.doctor.DoctorService;
import app.praxis.doctor.DoctorSummary;
import app.praxis.patient.PatientSummary;
import app.praxis.security.Roles;
import app.praxis.support.IntegrationTest;
import app.praxis.support.SignIn;
import app.praxis.support.TestSmtp;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/** The doctor hears of what their patients book, move and cancel, unless they switched it off. */
@IntegrationTest
class DoctorMailsTest {

    private TestSmtp smtp;

    @Autowired
    MailOutbox outbox;

    @Autowired
    JavaMailSenderImpl mailSender;

    @Autowired
    BookingService booking;

    @Autowired
    DoctorService doctors;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    BookingFixture fixture;

    DoctorSummary doctor;
    PatientSummary patient;

    @BeforeEach
    void pointMailAtGreenMail() {
        smtp = new TestSmtp(mailSender);
        smtp.start();
        doctor = fixture.doctor("Told");
        patient = fixture.patient("Telling");
    }

    @AfterEach
    void restoreMail() {
        smtp.stop();
        SignIn.out();
    }

    @Test
    void theDoctorIsEmailedWhenAPatientBooksMovesAndCancels() {
        long slot = fixture.slot(doctor.doctorId(), 1, LocalTime.of(10, 0));
        long later = fixture.slot(doctor.doctorId(), 2, LocalTime.of(11, 0));
        SignIn.as(patient.userId(), Roles.PATIENT);

        long appointment = booking.book(slot, "Check-up");
        booking.reschedule(appointment, later, "Holiday");
        booking.cancel(appointment, "Better");
        outbox.deliverDue(); // three to each

        assertThat(subjectsTo(email(doctor.userId())))
                .satisfiesExactly(
                        s -> assertThat(s).startsWith("New appointment: Pat Telling on "),
                        s -> assertThat(s).startsWith("Moved: Pat Telling to "),
                        s -> assertThat(s).startsWith("Cancelled: Pat Telling on "));
    }

    @Test
    void aDoctorWhoSwitchedItOffGetsNoneAndNeitherForTheirOwnChanges() {
        SignIn.as(doctor.userId(), Roles.DOCTOR);
        assertThat(doctors.emailsOnPatientChanges()).isTrue();
        long slot = fixture.slot(doctor.doctorId(), 1, LocalTime.of(10, 0));
        long later = fixture.slot(doctor.doctorId(), 2, LocalTime.of(11, 0));
        SignIn.as(patient.userId(), Roles.PATIENT);
        long appointment = booking.book(slot, "Check-up");
        outbox.deliverDue();

        SignIn.as(doctor.userId(), Roles.DOCTOR);
        booking.reschedule(appointment, later, "Surgery that day"); // the practice's own change
        outbox.deliverDue();
        doctors.setEmailsOnPatientChanges(false);
        assertThat(doctors.emailsOnPatientChanges()).isFalse();
        SignIn.as(patient.userId(), Roles.PATIENT);
        booking.cancel(appointment, "Better");
        outbox.deliverDue();

        // Every e-mail of these changes is out of the outbox by now.
        assertThat(subjectsTo(email(doctor.userId())))
                .singleElement()
                .asString()
                .startsWith("New appointment");
        assertThat(subjectsTo(email(patient.userId()))).hasSize(3);
    }

    private List<String> subjectsTo(String address) {
        return Arrays.stream(smtp.getReceivedMessages())
                .filter(m -> recipient(m).equalsIgnoreCase(address))
                .map(DoctorMailsTest::subject)
                .toList();
    }

    private String email(long userId) {
        return jdbc.sql("SELECT email FROM users WHERE user_id = ?")
                .param(userId)
                .query(String.class)
                .single();
    }

    private static String recipient(MimeMessage message) {
        try {
            return message.getAllRecipients()[0].toString();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
