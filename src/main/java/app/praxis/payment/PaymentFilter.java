package app.praxis.payment;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** The admin grid's filters (all optional): status, method, doctor, and visit days from/to (inclusive). */
public record PaymentFilter(
        @Nullable PaymentStatus status,
        @Nullable PaymentMethod method,
        @Nullable Long doctorId,
        @Nullable LocalDate from,
        @Nullable LocalDate to) {

    public static PaymentFilter none() {
        return new PaymentFilter(null, null, null, null, null);
    }
}
