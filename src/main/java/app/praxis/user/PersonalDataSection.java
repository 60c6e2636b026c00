package app.praxis.user;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One feature's part of a person's own data, for their download ("my data") and for closing their account. Defined
 * here, low, and implemented by each feature that keeps such data (patient, appointment, payment, chat), each reading
 * only its own tables and those below it: so the user module collects everything without importing upward.
 */
public interface PersonalDataSection {

    /** The section's name in the download, e.g. "appointments". */
    String name();

    /** The person's rows of this feature, as plain values (text, numbers, booleans). */
    List<Map<String, Object>> export(long userId);

    /** Closing the account: blank this feature's personal fields of the person (records the law keeps stay). */
    default void anonymise(long userId) {}

    /** Rows from a {@code JdbcClient} query made plain: dates, times and timestamps as ISO text, amounts exact. */
    static List<Map<String, Object>> plain(List<Map<String, Object>> rows) {
        return rows.stream().map(PersonalDataSection::plainRow).toList();
    }

    private static Map<String, Object> plainRow(Map<String, Object> row) {
        var plain = new LinkedHashMap<String, Object>();
        row.forEach((column, value) -> plain.put(column.toLowerCase(java.util.Locale.ROOT), plainValue(value)));
        return plain;
    }

    private static Object plainValue(Object value) {
        return switch (value) {
            case null -> "";
            case String text -> text;
            case Boolean flag -> flag;
            case BigDecimal amount -> amount.toPlainString();
            case Number number -> number;
            case java.sql.Timestamp timestamp -> timestamp.toInstant().toString();
            case java.sql.Date date -> date.toLocalDate().toString();
            case java.sql.Time time -> time.toLocalTime().toString();
            default -> value.toString();
        };
    }
}
