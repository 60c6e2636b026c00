package app.praxis.payment;

public enum PaymentStatus {
    PENDING,
    PAID,
    FAILED,
    REFUNDED
}
