package app.praxis.payment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * Keys built at run time ({@code "payment.status." + status.name()}) escape TranslationsTest's scan of the code:
 * every status and method has its name, and every method its "paid by" line, in English and German.
 */
class PaymentTextsTest {

    @Test
    void everyStatusAndMethodHasItsTextsInBothLanguages() throws IOException {
        for (String suffix : List.of("", "_de")) {
            Properties texts = bundle(suffix);
            for (PaymentStatus status : PaymentStatus.values()) {
                assertThat(texts.getProperty("payment.status." + status.name()))
                        .as("payment.status.%s in payment%s.properties", status, suffix)
                        .isNotBlank();
            }
            for (PaymentMethod method : PaymentMethod.values()) {
                assertThat(texts.getProperty("payment.method." + method.name()))
                        .as("payment.method.%s in payment%s.properties", method, suffix)
                        .isNotBlank();
                assertThat(texts.getProperty("payment.paidBy." + method.name()))
                        .as("payment.paidBy.%s in payment%s.properties", method, suffix)
                        .contains("{0}");
            }
            for (String column : PaymentCsv.COLUMNS) {
                assertThat(texts.getProperty("payment.csv." + column))
                        .as("payment.csv.%s in payment%s.properties", column, suffix)
                        .isNotBlank();
            }
        }
    }

    static Properties bundle(String suffix) throws IOException {
        var properties = new Properties();
        try (var in = PaymentTextsTest.class.getResourceAsStream("/i18n/payment" + suffix + ".properties")) {
            assertThat(in).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
