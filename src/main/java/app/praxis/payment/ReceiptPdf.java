package app.praxis.payment;

import app.praxis.base.Formats;
import app.praxis.base.Language;
import app.praxis.payment.PaymentDocument.Kind;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.text.MessageFormat;
import java.text.Normalizer;
import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;
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

    /** Letters that do not decompose into a base letter and an accent. */
    private static final Map<Integer, String> LOOK_ALIKES =
            Map.of((int) 'Ł', "L", (int) 'ł', "l", (int) 'ı', "i", (int) 'Đ', "D", (int) 'đ', "d", (int) 'ħ', "h");

    private static final float MARGIN = 60;
    private static final float LABEL_WIDTH = 150;

    private ReceiptPdf() {}

    /** In the default language. */
    static byte[] render(PaymentDocument document, Issuer issuer) {
        return render(document, issuer, Language.DEFAULT);
    }

    /** In the reader's language: its words, dates and amounts (the patient's for a mailed one). */
    static byte[] render(PaymentDocument document, Issuer issuer, Language language) {
        Formats formats = Formats.of(language);
        var regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        var bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
        boolean credit = document.kind() == Kind.CREDIT_NOTE;
        try (var pdf = new PDDocument();
                var out = new ByteArrayOutputStream()) {
            var page = new PDPage(PDRectangle.A4);
            pdf.addPage(page);
            PDDocumentInformation info = pdf.getDocumentInformation();
            String title = text(language, credit ? "payment.pdf.creditNote" : "payment.pdf.receipt", document.number());
            info.setTitle(title);
            info.setAuthor(issuer.name());
            float top = page.getMediaBox().getHeight() - MARGIN;
            try (var text = new PDPageContentStream(pdf, page)) {
                var writer = new Writer(text, top);
                writer.line(bold, 18, issuer.name());
                writer.line(regular, 10, issuer.address());
                writer.gap(28);
                writer.line(bold, 16, title);
                writer.line(regular, 10, text(language, "payment.pdf.date", formats.longDate(document.issuedOn())));
                writer.gap(18);
                writer.row(bold, regular, text(language, "payment.pdf.patient"), document.patientName());
                writer.row(bold, regular, text(language, "payment.pdf.doctor"), document.doctorName());
                writer.row(
                        bold,
                        regular,
                        text(language, "payment.pdf.visit"),
                        text(
                                language,
                                "payment.pdf.visitTime",
                                document.visitDate()
                                        .format(DateTimeFormatter.ofPattern(
                                                text(language, "payment.pdf.visitDayPattern"), language.locale())),
                                formats.time(document.visitStart()),
                                formats.time(document.visitEnd())));
                writer.row(
                        bold,
                        regular,
                        text(language, "payment.pdf.for"),
                        document.visitReason() == null
                                ? text(language, "payment.pdf.consultation")
                                : text(language, "payment.pdf.consultationFor", document.visitReason()));
                writer.row(bold, regular, text(language, "payment.pdf.method"), method(document, language));
                if (credit) {
                    writer.row(
                            bold,
                            regular,
                            text(language, "payment.pdf.corrects"),
                            String.valueOf(document.receiptNumber()));
                    writer.row(
                            bold,
                            regular,
                            text(language, "payment.pdf.reason"),
                            String.valueOf(document.refundReason()));
                }
                writer.gap(10);
                writer.row(
                        bold,
                        bold,
                        text(language, credit ? "payment.pdf.amountRefunded" : "payment.pdf.amountPaid"),
                        money(document.amount(), document.currency(), language));
                writer.gap(28);
                writer.line(regular, 9, issuer.vatNote());
                writer.line(
                        regular,
                        9,
                        text(language, credit ? "payment.pdf.creditNoteThanks" : "payment.pdf.receiptThanks"));
            }
            pdf.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write document " + document.number(), e);
        }
    }

    private static String method(PaymentDocument document, Language language) {
        String method = text(language, "payment.method." + document.method().name());
        return document.insurancePolicy() == null
                ? method
                : text(language, "payment.pdf.methodWithPolicy", method, document.insurancePolicy());
    }

    /** An amount in a language's format and the practice's currency: {@code €80.00}, {@code 80,00 €}. */
    static String money(BigDecimal amount, String currency, Language language) {
        // A copy of the format made once per language and currency: making one parses the locale's patterns
        // (regular expressions, symbols), which My appointments paid for every card's fee (issue 18: round trips).
        // Formats are not thread-safe, so each call formats with its own copy.
        NumberFormat prototype = MONEY_FORMATS.computeIfAbsent(language.locale() + "|" + currency, key -> {
            var format = NumberFormat.getCurrencyInstance(language.locale());
            format.setCurrency(Currency.getInstance(currency));
            return format;
        });
        return ((NumberFormat) prototype.clone()).format(amount);
    }

    /** One currency format per language and currency, never used directly (see {@link #money}). */
    private static final Map<String, NumberFormat> MONEY_FORMATS = new ConcurrentHashMap<>();

    /**
     * A text of the payment bundle in {@code language}. Read here rather than through {@code base.Texts}: a
     * document is rendered after the commit and in tests without Spring, from the same bundles.
     */
    static String text(Language language, String key, Object... args) {
        var bundle = ResourceBundle.getBundle(
                "i18n.payment",
                language.locale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return new MessageFormat(bundle.getString(key), language.locale()).format(args);
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
