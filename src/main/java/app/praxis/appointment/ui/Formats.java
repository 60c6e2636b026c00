package app.praxis.appointment.ui;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How the booking screens write days, times and money. */
final class Formats {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);

    private Formats() {}

    static String day(LocalDate day) {
        return DAY.format(day);
    }

    static String time(LocalTime time) {
        return TIME.format(time);
    }

    static String when(LocalDateTime start) {
        return day(start.toLocalDate()) + ", " + time(start.toLocalTime());
    }

    static String span(LocalDate day, LocalTime start, LocalTime end) {
        return day(day) + ", " + time(start) + "–" + time(end);
    }

    /** "1 appointment", "1,234 appointments". */
    static String count(long count, String one, String many) {
        return NumberFormat.getIntegerInstance(Locale.ENGLISH).format(count) + " " + (count == 1 ? one : many);
    }

    static String money(BigDecimal amount) {
        return NumberFormat.getCurrencyInstance(Locale.GERMANY).format(amount);
    }

    /** "★ 4.6 · 38 reviews", or "New" for a doctor nobody has rated yet (never 0). */
    static String rating(@org.jspecify.annotations.Nullable BigDecimal rating, int reviews) {
        if (rating == null || reviews == 0) {
            return "New";
        }
        String average = rating.setScale(1, java.math.RoundingMode.HALF_UP).toPlainString();
        return "★ " + average + " · " + reviews + (reviews == 1 ? " review" : " reviews");
    }

    static String label(String enumName) {
        String lower = enumName.replace('_', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }
}
