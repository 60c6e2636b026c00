package app.praxis.payment;

/** Published inside the transaction that took the money; the receipt goes out by e-mail after the commit. */
public record PaymentRecorded(PaymentDocument receipt, long patientUserId) {}
