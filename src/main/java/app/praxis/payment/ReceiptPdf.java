package app.praxis.payment;

import app.praxis.payment.PaymentDocument.Kind;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.font.encoding.GlyphList;
import org.apache.pdfbox.pdmodel.font.encoding.WinAnsiEncoding;

/**
 * A receipt or credit note as a one-page A4 PDF (Apache PDFBox): the clinic's name and address, the document's
 * number and date, patient, doctor, the visit, what for, the amount and method, and the VAT note. Uses the
 * standard Helvetica, so nothing is embedded; a character that font cannot show is written without its accent
 * (or as "?"), never left to fail the document.
 */
final class ReceiptPdf {

    static final String MEDIA_TYPE = "application/pdf";

    /** Who issues the document: the clinic, and the note every document carries. */
    record Issuer(String name, String address, String vatNote) {}

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter VISIT = DateTimeFormatter.ofPattern("EEEE, d MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);
    /** Letters that do not decompose into a base letter and an accent. */
    private static final Map<Integer, String> LOOK_ALIKES =
            Map.of((int) 'Ł', "L", (int) 'ł', "l", (int) 'ı', "i", (int) 'Đ', "D", (int) 'đ', "d", (int) 'ħ', "h");

    private static final float MARGIN = 60;
    private static final float LABEL_WIDTH = 150;

    private ReceiptPdf() {}

    static byte[] render(PaymentDocument document, Issuer issuer) {
        var regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        var bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
        boolean credit = document.kind() == Kind.CREDIT_NOTE;
        try (var pdf = new PDDocument();
                var out = new ByteArrayOutputStream()) {
            var page = new PDPage(PDRectangle.A4);
            pdf.addPage(page);
            PDDocumentInformation info = pdf.getDocumentInformation();
            info.setTitle((credit ? "Credit note " : "Receipt ") + document.number());
            info.setAuthor(issuer.name());
            float top = page.getMediaBox().getHeight() - MARGIN;
            try (var text = new PDPageContentStream(pdf, page)) {
                var writer = new Writer(text, top);
                writer.line(bold, 18, issuer.name());
                writer.line(regular, 10, issuer.address());
                writer.gap(28);
                writer.line(bold, 16, (credit ? "Credit note " : "Receipt ") + document.number());
                writer.line(regular, 10, "Date: " + DAY.format(document.issuedOn()));
                writer.gap(18);
                writer.row(bold, regular, "Patient", document.patientName());
                writer.row(bold, regular, "Doctor", document.doctorName());
                writer.row(
                        bold,
                        regular,
                        "Visit",
                        VISIT.format(document.visitDate()) + ", " + TIME.format(document.visitStart()) + "–"
                                + TIME.format(document.visitEnd()));
                writer.row(
                        bold,
                        regular,
                        "For",
                        "Medical consultation"
                                + (document.visitReason() == null ? "" : " (" + document.visitReason() + ")"));
                writer.row(bold, regular, "Method", method(document));
                if (credit) {
                    writer.row(bold, regular, "Corrects receipt", String.valueOf(document.receiptNumber()));
                    writer.row(bold, regular, "Reason", String.valueOf(document.refundReason()));
                }
                writer.gap(10);
                writer.row(
                        bold,
                        bold,
                        credit ? "Amount refunded" : "Amount paid",
                        money(document.amount(), document.currency()));
                writer.gap(28);
                writer.line(regular, 9, issuer.vatNote());
                writer.line(
                        regular,
                        9,
                        credit
                                ? "This credit note refunds the amount above to the patient."
                                : "Thank you. This receipt confirms the payment above.");
            }
            pdf.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write document " + document.number(), e);
        }
    }

    private static String method(PaymentDocument document) {
        String method = document.method().label();
        return document.insurancePolicy() == null ? method : method + ", policy " + document.insurancePolicy();
    }

    static String money(BigDecimal amount, String currency) {
        var format = NumberFormat.getCurrencyInstance(Locale.GERMANY);
        format.setCurrency(Currency.getInstance(currency));
        return format.format(amount);
    }

    /** Text Helvetica (WinAnsi) can show: accents dropped where needed, anything else as "?". */
    static String printable(String text) {
        var out = new StringBuilder();
        text.codePoints().forEach(cp -> {
            if (Character.isSpaceChar(cp) || Character.isWhitespace(cp)) {
                out.append(' ');
            } else if (showable(cp)) {
                out.appendCodePoint(cp);
            } else if (LOOK_ALIKES.containsKey(cp)) {
                out.append(LOOK_ALIKES.get(cp));
            } else {
                String base = Normalizer.normalize(Character.toString(cp), Normalizer.Form.NFD)
                        .replaceAll("\\p{M}", "");
                out.append(!base.isEmpty() && base.codePoints().allMatch(ReceiptPdf::showable) ? base : "?");
            }
        });
        return out.toString();
    }

    private static boolean showable(int codePoint) {
        return WinAnsiEncoding.INSTANCE.contains(GlyphList.getAdobeGlyphList().codePointToName(codePoint));
    }

    /** Writes lines downwards from the top, wrapping long values within the page. */
    private static final class Writer {

        private final PDPageContentStream stream;
        private float y;

        Writer(PDPageContentStream stream, float top) {
            this.stream = stream;
            this.y = top;
        }

        void gap(float points) {
            y -= points;
        }

        void line(PDType1Font font, float size, String text) throws IOException {
            for (String part : wrap(font, size, printable(text), PDRectangle.A4.getWidth() - 2 * MARGIN)) {
                show(font, size, MARGIN, part);
                y -= size * 1.5f;
            }
        }

        void row(PDType1Font labelFont, PDType1Font valueFont, String label, String value) throws IOException {
            show(labelFont, 11, MARGIN, printable(label));
            List<String> lines =
                    wrap(valueFont, 11, printable(value), PDRectangle.A4.getWidth() - 2 * MARGIN - LABEL_WIDTH);
            for (String part : lines) {
                show(valueFont, 11, MARGIN + LABEL_WIDTH, part);
                y -= 16;
            }
            y -= 2;
        }

        private void show(PDType1Font font, float size, float x, String text) throws IOException {
            stream.beginText();
            stream.setFont(font, size);
            stream.newLineAtOffset(x, y);
            stream.showText(text);
            stream.endText();
        }

        private static List<String> wrap(PDType1Font font, float size, String text, float width) throws IOException {
            var lines = new ArrayList<String>();
            var current = new StringBuilder();
            for (String word : text.split(" ")) {
                String candidate = current.isEmpty() ? word : current + " " + word;
                if (!current.isEmpty() && font.getStringWidth(candidate) / 1000 * size > width) {
                    lines.add(current.toString());
                    current = new StringBuilder(word);
                } else {
                    current = new StringBuilder(candidate);
                }
            }
            lines.add(current.toString());
            return lines;
        }
    }
}
