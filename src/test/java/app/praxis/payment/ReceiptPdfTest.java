package app.praxis.payment;

import static org.assertj.core.api.Assertions.assertThat;

import app.praxis.payment.PaymentDocument.Kind;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** Receipts and credit notes read back from the PDF: one page, every required line, the numbers as written. */
class ReceiptPdfTest {

    private static final ReceiptPdf.Issuer CLINIC = new ReceiptPdf.Issuer(
            "Praxis Clinic", "Hauptstraße 1, 10115 Berlin", "Medical treatment is exempt from VAT (§ 4 Nr. 14 UStG).");

    static PaymentDocument receipt() {
        return new PaymentDocument(
                Kind.RECEIPT,
                "2026-000123",
                LocalDate.of(2026, 12, 2),
                42,
                "Jürgen Łukasz Yılmaz",
                "j@example.org",
                "Dr. Anna Weber",
                LocalDate.of(2026, 12, 2),
                LocalTime.of(9, 30),
                LocalTime.of(10, 0),
                "Persistent cough for two weeks",
                new BigDecimal("80.00"),
                PaymentMethod.INSURANCE,
                "AOK 123456789",
                null,
                null,
                "EUR");
    }

    @Test
    void aReceiptIsOnePageWithTheClinicNumberDatePatientDoctorVisitAmountMethodAndVatNote() throws Exception {
        byte[] pdf = ReceiptPdf.render(receipt(), CLINIC);
        Path file = Files.createDirectories(Path.of("target", "receipts")).resolve("receipt-2026-000123.pdf");
        Files.write(file, pdf);

        try (var document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isOne();
            String text = new PDFTextStripper().getText(document);
            assertThat(text)
                    .contains("Praxis Clinic")
                    .contains("Hauptstraße 1, 10115 Berlin")
                    .contains("Receipt 2026-000123")
                    .contains("Date: 2 December 2026")
                    .contains("Jürgen Lukasz Yilmaz")
                    .contains("Dr. Anna Weber")
                    .contains("Wednesday, 2 December 2026, 09:30–10:00")
                    .contains("Medical consultation (Persistent cough for two weeks)")
                    .contains("Insurance, policy AOK 123456789")
                    .contains("Amount paid")
                    .contains("€80.00")
                    .contains("Medical treatment is exempt from VAT (§ 4 Nr. 14 UStG).");
        }
    }

    @Test
    void aCreditNoteNamesTheReceiptItCorrectsTheReasonAndTheRefundedAmount() throws Exception {
        var receipt = receipt();
        var note = new PaymentDocument(
                Kind.CREDIT_NOTE,
                "CN-2026-000007",
                LocalDate.of(2026, 12, 3),
                receipt.appointmentId(),
                receipt.patientName(),
                receipt.patientEmail(),
                receipt.doctorName(),
                receipt.visitDate(),
                receipt.visitStart(),
                receipt.visitEnd(),
                receipt.visitReason(),
                new BigDecimal("30.50"),
                PaymentMethod.CARD,
                null,
                "2026-000123",
                "Cancelled by the practice",
                "EUR");

        try (var document = Loader.loadPDF(ReceiptPdf.render(note, CLINIC))) {
            assertThat(document.getNumberOfPages()).isOne();
            assertThat(new PDFTextStripper().getText(document))
                    .contains("Credit note CN-2026-000007")
                    .contains("Corrects receipt 2026-000123")
                    .contains("Reason Cancelled by the practice")
                    .contains("Amount refunded €30.50")
                    .contains("Method Card");
        }
        assertThat(note.fileName()).isEqualTo("credit-note-CN-2026-000007.pdf");
    }

    @Test
    void lettersHelveticaCannotShowLoseOnlyTheirAccent() {
        assertThat(ReceiptPdf.printable("Łukasz Yılmaz Dvořák Müller 李")).isEqualTo("Lukasz Yilmaz Dvorák Müller ?");
    }
}
