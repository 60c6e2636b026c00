package app.praxis.payment;

import static org.assertj.core.api.Assertions.assertThat;

import app.praxis.appointment.BookingFixture;
import app.praxis.appointment.BookingService;
import app.praxis.doctor.DoctorSummary;
import app.praxis.patient.PatientSummary;
import app.praxis.security.Roles;
import app.praxis.support.IntegrationTest;
import app.praxis.support.SignIn;
import app.praxis.support.TestSmtp;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * The patient gets the receipt by e-mail when the practice takes the money, and the credit note when the practice
 * cancels and the policy refunds (GreenMail on a free port, as in AppointmentMailsTest).
 */
@IntegrationTest
class PaymentMailsTest {

    private TestSmtp smtp;

    @Autowired
    JavaMailSenderImpl mailSender;

    @Autowired
    PaymentService payments;

    @Autowired
    BookingService booking;

    @Autowired
    BookingFixture fixture;

    @Autowired
    PaymentFixture paid;

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
    void theReceiptIsMailedOnPaymentAndTheCreditNoteWhenThePracticeCancels() throws Exception {
        String family = "Mail" + UUID.randomUUID().toString().substring(0, 8);
        DoctorSummary doctor = fixture.doctor(family);
        PatientSummary patient = fixture.patient(family);
        long appointment = paid.booked(doctor, patient, 2);
        SignIn.as(doctor.userId(), Roles.DOCTOR);

        String receipt = payments.recordPayment(
                        appointment, new NewPayment(PaymentMethod.CARD, BookingFixture.FEE, null))
                .receiptNumber();
        MimeMessage receiptMail = awaitMail("Your receipt " + receipt);
        assertThat(pdfText(receiptMail)).contains("Receipt " + receipt, "80,00 €", "Card", "Pat " + family);

        booking.cancel(appointment, "The practice is closed that day.");
        String creditNote = payments.payment(appointment).creditNoteNumber();
        MimeMessage creditMail = awaitMail("Your refund, credit note " + creditNote);
        assertThat(creditMail.getAllRecipients()[0].toString()).startsWith("pat.");
        assertThat(pdfText(creditMail))
                .contains("Credit note " + creditNote, "Corrects receipt " + receipt, "Cancelled by the practice");
    }

    private MimeMessage awaitMail(String subject) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos(); // elapsed time, not the clinic's "now"
        while (System.nanoTime() < deadline) {
            Optional<MimeMessage> found = Arrays.stream(smtp.getReceivedMessages())
                    .filter(message -> subject.equals(subject(message)))
                    .findFirst();
            if (found.isPresent()) {
                return found.get();
            }
            Thread.sleep(50);
        }
        throw new AssertionError("No e-mail \"" + subject + "\"");
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String pdfText(MimeMessage message) throws Exception {
        var multipart = (Multipart) message.getContent();
        for (int i = 0; i < multipart.getCount(); i++) {
            Part part = multipart.getBodyPart(i);
            if (part.getFileName() != null && part.getFileName().endsWith(".pdf")) {
                try (var pdf = Loader.loadPDF(part.getInputStream().readAllBytes())) {
                    return new PDFTextStripper().getText(pdf);
                }
            }
        }
        throw new AssertionError("No PDF attachment");
    }
}
