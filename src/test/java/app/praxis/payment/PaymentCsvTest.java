package app.praxis.payment;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The CSV export: a header, one line per payment, quoted where needed, formulas neutralised. */
class PaymentCsvTest {

    private static final List<String> ENGLISH_HEADER = List.of(
            "Payment",
            "Appointment",
            "Visit date",
            "Visit time",
            "Doctor",
            "Patient",
            "Status",
            "Method",
            "Fee",
            "Paid",
            "Refunded",
            "Paid at",
            "Receipt",
            "Credit note",
            "Currency");

    @Test
    void cellsASpreadsheetWouldRunAsFormulasStayTextAndCommasAreQuoted() {
        var row = new PaymentRow(
                7,
                11,
                LocalDate.of(2026, 12, 2),
                LocalTime.of(9, 30),
                "Anna Weber, MD",
                "=HYPERLINK(\"http://evil\",\"x\")",
                PaymentStatus.PAID,
                PaymentMethod.CARD,
                new BigDecimal("80.00"),
                new BigDecimal("80.00"),
                null,
                LocalDateTime.of(2026, 12, 2, 10, 0, 5),
                "2026-000001",
                null);

        String csv = new String(PaymentCsv.write(List.of(row), "EUR", ENGLISH_HEADER), StandardCharsets.UTF_8);

        assertThat(csv).startsWith("\uFEFFPayment,Appointment,Visit date");
        assertThat(csv.lines().toList().get(1))
                .isEqualTo("7,11,2026-12-02,09:30,\"Anna Weber, MD\",\"'=HYPERLINK(\"\"http://evil\"\",\"\"x\"\")\","
                        + "PAID,CARD,80.00,80.00,,2026-12-02T10:00:05,2026-000001,,EUR");
        assertThat(PaymentCsv.safe("+49 151")).isEqualTo("'+49 151");
        assertThat(PaymentCsv.safe("-1")).isEqualTo("'-1");
        assertThat(PaymentCsv.safe("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(PaymentCsv.safe("Müller")).isEqualTo("Müller");
    }
}
