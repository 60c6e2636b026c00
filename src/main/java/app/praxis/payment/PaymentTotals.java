package app.praxis.payment;

import java.math.BigDecimal;
import java.util.Map;

/**
 * Totals of a selection of payments: per status, how many and their fees; per method, how many, what was taken
 * and what was refunded of it (net = paid − refunded).
 */
public record PaymentTotals(Map<PaymentStatus, StatusTotal> byStatus, Map<PaymentMethod, MethodTotal> byMethod) {

    public record StatusTotal(long count, BigDecimal fees) {}

    public record MethodTotal(long count, BigDecimal paid, BigDecimal refunded) {

        public BigDecimal net() {
            return paid.subtract(refunded);
        }
    }
}
