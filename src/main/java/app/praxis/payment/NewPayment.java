package app.praxis.payment;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/** What the practice typed when taking the money; {@code policyNumber} only for INSURANCE. */
public record NewPayment(
        @Nullable PaymentMethod method,
        @Nullable BigDecimal amount,
        @Nullable String policyNumber) {}
