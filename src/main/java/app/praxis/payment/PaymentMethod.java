package app.praxis.payment;

/**
 * How the money was taken at the practice. A provider's hosted online checkout would be one more constant here,
 * recorded through the same {@link PaymentService} transition (a conditional update from an unpaid state).
 */
public enum PaymentMethod {
    CARD,
    CASH,
    INSURANCE;

    public String label() {
        return switch (this) {
            case CARD -> "Card";
            case CASH -> "Cash";
            case INSURANCE -> "Insurance";
        };
    }
}
