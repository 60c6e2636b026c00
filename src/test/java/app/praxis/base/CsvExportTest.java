package app.praxis.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CsvExportTest {

    @Test
    void spreadsheetsGetABomAndNoFormulaFromTextButNumbersStayNumbers() throws Exception {
        var out = new ByteArrayOutputStream();
        try (var csv = CsvExport.open(out, "a", "b", "c", "d", "e", "f")) {
            csv.row("=SUM(A1)", "+49 151", "-x", "@cmd", "plain, with comma", new BigDecimal("-5.50"));
            csv.row("\tTab", "Ünïcödé", null, 42, "", "\"quoted\"");
        }

        byte[] bytes = out.toByteArray();
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        String text = new String(bytes, StandardCharsets.UTF_8).substring(1);
        assertThat(text)
                .isEqualTo("a,b,c,d,e,f\r\n"
                        + "'=SUM(A1),'+49 151,'-x,'@cmd,\"plain, with comma\",-5.50\r\n"
                        + "'\tTab,Ünïcödé,,42,,\"\"\"quoted\"\"\"\r\n");
    }
}
