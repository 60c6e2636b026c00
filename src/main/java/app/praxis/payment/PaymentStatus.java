package app.praxis.payment;

/**
 * payments.payment_status. PENDING until the practice takes the money; PAID (with a receipt); FAILED when a card
 * was declined (payable again later); REFUNDED (in full or in part, with a credit note); NOT_DUE when an unpaid
 * appointment was cancelled or ended as a no-show, so nothing is owed. Names: {@code payment.status.<NAME>}.
 */
public enum PaymentStatus {
    PENDING,
    PAID,
    FAILED,
    REFUNDED,
    NOT_DUE;

    /** Still owed: the practice may record a payment (if the appointment itself is not cancelled). */
    public boolean isUnpaid() {
        return this == PENDING || this == FAILED;
    }
}
