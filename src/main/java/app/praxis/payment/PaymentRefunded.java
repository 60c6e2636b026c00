package app.praxis.payment;

/** Published inside the transaction that refunded; the credit note goes out by e-mail after the commit. */
public record PaymentRefunded(PaymentDocument creditNote, long patientUserId) {}
