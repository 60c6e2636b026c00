package app.praxis.payment.ui;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How the payment screens write days and times (the same formats as the booking screens). */
final class PaymentFormats {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm", Locale.ENGLISH);

    private PaymentFormats() {}

    static String day(LocalDate day) {
        return DAY.format(day);
    }

    static String when(LocalDateTime when) {
        return WHEN.format(when);
    }
}
