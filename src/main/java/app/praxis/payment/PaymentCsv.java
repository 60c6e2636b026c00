package app.praxis.payment;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;

/**
 * Payments as CSV (Apache Commons CSV, RFC 4180, UTF-8 with a byte-order mark so spreadsheets read the umlauts).
 * A cell that a spreadsheet would run as a formula (starting with =, +, -, @, tab or carriage return) gets a
 * leading apostrophe, so a patient named "=HYPERLINK(…)" stays text.
 */
final class PaymentCsv {

    static final String MEDIA_TYPE = "text/csv";

    /** The columns, in order; their names are the texts {@code payment.csv.<column>} in the reader's language. */
    static final List<String> COLUMNS = List.of(
            "payment",
            "appointment",
            "visitDate",
            "visitTime",
            "doctor",
            "patient",
            "status",
            "method",
            "fee",
            "paid",
            "refunded",
            "paidAt",
            "receipt",
            "creditNote",
            "currency");

    private PaymentCsv() {}

    /** {@code header}: the names of {@link #COLUMNS}. */
    static byte[] write(List<PaymentRow> rows, String currency, List<String> header) {
        var out = new StringWriter();
        out.write('\uFEFF');
        try (var printer = new CSVPrinter(
                out,
                CSVFormat.RFC4180
                        .builder()
                        .setHeader(header.toArray(String[]::new))
                        .get())) {
            for (PaymentRow row : rows) {
                printer.printRecord(
                        row.paymentId(),
                        row.appointmentId(),
                        row.visitDate(),
                        row.visitTime(),
                        safe(row.doctorName()),
                        safe(row.patientName()),
                        row.status().name(),
                        row.method() == null ? "" : row.method().name(),
                        amount(row.fee()),
                        amount(row.paidAmount()),
                        amount(row.refundedAmount()),
                        row.paidAt() == null ? "" : row.paidAt().withNano(0),
                        safe(row.receiptNumber()),
                        safe(row.creditNoteNumber()),
                        currency);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Neutralises text a spreadsheet would evaluate. */
    static String safe(@Nullable String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + text
                : text;
    }

    private static String amount(@Nullable BigDecimal amount) {
        return amount == null ? "" : amount.toPlainString();
    }
}
