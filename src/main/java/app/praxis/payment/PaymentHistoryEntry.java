package app.praxis.payment;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import org.jspecify.annotations.Nullable;

/** One change of a payment: when (clinic time), by whom (null: the application's own rule), what and why. */
public record PaymentHistoryEntry(
        LocalDateTime changedAt,
        @Nullable String changedBy,
        @Nullable PaymentStatus oldStatus,
        PaymentStatus newStatus,
        @Nullable BigDecimal amount,
        @Nullable PaymentMethod method,
        @Nullable String note) {}
