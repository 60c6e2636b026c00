package app.praxis.payment;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/** A refund as staff type it: how much (at most what was paid) and why. */
public record RefundRequest(
        @Nullable BigDecimal amount, @Nullable String reason) {}
