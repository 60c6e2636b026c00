package app.praxis.admin.ui;

import app.praxis.admin.Figure;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** The admin screens' formats: the same locale and shapes as the rest of the app (English text, euro amounts). */
final class AdminFormats {

    static final DateTimeFormatter SHORT_DAY = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);
    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);

    private AdminFormats() {}

    static String money(BigDecimal amount) {
        return NumberFormat.getCurrencyInstance(Locale.GERMANY).format(amount);
    }

    static String shortDay(LocalDate day) {
        return SHORT_DAY.format(day);
    }

    static String day(LocalDate day) {
        return DAY.format(day);
    }

    static String value(Figure.Kind kind, @Nullable Number value) {
        if (value == null) {
            return "—";
        }
        return switch (kind) {
            case COUNT -> NumberFormat.getIntegerInstance(Locale.ENGLISH).format(value.longValue());
            case PERCENT -> Math.round(value.doubleValue() * 1000) / 10.0 + " %";
            case MONEY -> money(new BigDecimal(value.toString()));
            case RATING -> String.format(Locale.ENGLISH, "%.2f ★", value.doubleValue());
        };
    }
}
