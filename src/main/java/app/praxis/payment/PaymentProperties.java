package app.praxis.payment;

import java.time.Duration;
import java.util.Currency;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the practice takes and refunds money.
 *
 * @param currency the one currency of every amount
 * @param fullRefundNotice a patient who cancels at least this long before the start gets a full refund
 * @param refundPracticeCancellations whether an appointment the practice cancels is refunded in full
 * @param clinicAddress the address printed on receipts, under the clinic's name
 * @param vatNote the note on every receipt and credit note that the treatment is VAT-exempt
 */
@ConfigurationProperties("praxis.payment")
public record PaymentProperties(
        @DefaultValue("EUR") Currency currency,
        @DefaultValue("PT24H") Duration fullRefundNotice,
        @DefaultValue("true") boolean refundPracticeCancellations,
        @DefaultValue("Hauptstraße 1, 10115 Berlin") String clinicAddress,

        @DefaultValue("Medical treatment is exempt from VAT (§ 4 Nr. 14 UStG).")
        String vatNote) {}
