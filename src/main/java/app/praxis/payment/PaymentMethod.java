package app.praxis.payment;

public enum PaymentMethod {
    CARD,
    CASH,
    INSURANCE
}
