package app.praxis.payment;

import static org.assertj.core.api.Assertions.assertThat;

import app.praxis.appointment.BookingFixture;
import app.praxis.appointment.BookingService;
import app.praxis.base.Formats;
import app.praxis.base.Language;
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
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
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

    @Autowired
    JdbcClient jdbc;

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
        assertThat(pdfText(receiptMail)).contains("Receipt " + receipt, "€80.00", "Card", "Pat " + family);

        booking.cancel(appointment, "The practice is closed that day.");
        String creditNote = payments.payment(appointment).creditNoteNumber();
        MimeMessage creditMail = awaitMail("Your refund, credit note " + creditNote);
        assertThat(creditMail.getAllRecipients()[0].toString()).startsWith("pat.");
        assertThat(pdfText(creditMail))
                .contains("Credit note " + creditNote, "Corrects receipt " + receipt, "Cancelled by the practice");
    }

    @Test
    void aPatientWhoChoseGermanGetsTheReceiptMailAndPdfInGermanWithGermanDatesAndAmounts() throws Exception {
        String family = "Mail" + UUID.randomUUID().toString().substring(0, 8);
        DoctorSummary doctor = fixture.doctor(family);
        PatientSummary patient = fixture.patient(family);
        jdbc.sql("UPDATE users SET language = 'de' WHERE user_id = ?")
                .param(patient.userId())
                .update();
        LocalDate visit = fixture.today().plusDays(2);
        long appointment = paid.bookedAt(doctor, patient, visit.atTime(10, 0));
        SignIn.as(doctor.userId(), Roles.DOCTOR);

        String receipt = payments.recordPayment(
                        appointment, new NewPayment(PaymentMethod.CARD, BookingFixture.FEE, null))
                .receiptNumber();

        MimeMessage mail = awaitMail("Ihre Quittung " + receipt);
        assertThat(bodyText(mail))
                .startsWith("Guten Tag Pat " + family)
                .contains("vielen Dank für Ihre Zahlung von 80,00\u00a0€")
                .contains("am "
                        + DateTimeFormatter.ofPattern("EEEE, d. MMMM yyyy", Locale.GERMANY)
                                .format(visit) + " um 10:00 Uhr")
                .contains("Ihre Quittung finden Sie im Anhang.");
        assertThat(pdfText(mail))
                .contains(
                        "Quittung " + receipt, "Bezahlter Betrag", "80,00 €", "Zahlungsart Karte", "Ärztliche Beratung")
                .contains("Datum: " + Formats.of(Language.GERMAN).longDate(fixture.today()));

        // The practice cancels (an English page): the policy's reason on the German credit note is German.
        booking.cancel(appointment, "The practice is closed that day.");
        String creditNote = payments.payment(appointment).creditNoteNumber();
        assertThat(pdfText(awaitMail("Ihre Erstattung, Gutschrift " + creditNote)))
                .contains("Von der Praxis abgesagt");
    }

    private static String bodyText(MimeMessage message) throws Exception {
        var multipart = (Multipart) message.getContent();
        for (int i = 0; i < multipart.getCount(); i++) {
            String text = textOf(multipart.getBodyPart(i));
            if (text != null) {
                return text;
            }
        }
        throw new AssertionError("No text part");
    }

    private static String textOf(Part part) throws Exception {
        if (part.getFileName() == null && part.isMimeType("text/plain")) {
            return (String) part.getContent();
        }
        if (part.getContent() instanceof Multipart nested) {
            for (int i = 0; i < nested.getCount(); i++) {
                String text = textOf(nested.getBodyPart(i));
                if (text != null) {
                    return text;
                }
            }
        }
        return null;
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
