package app.praxis.appointment;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A name typed into a filter, matched as people search a name box: each word typed is the start of the person's first
 * or last name ("kla ko" finds "Klara Koch"), case- and accent-insensitive by the users' collation. Every condition is
 * a prefix {@code LIKE} on {@code first_name} or {@code last_name}, so the users' name indexes ({@code ix_users_name},
 * V0028's {@code ix_users_first_name}) serve it; a substring ({@code '%…%'}) could only be found by reading everyone.
 */
final class NameWords {

    /** More words than this are not a name; the statement stays bounded. */
    private static final int MAX_WORDS = 6;

    private final List<String> words;

    private NameWords(List<String> words) {
        this.words = words;
    }

    static NameWords of(String typed) {
        return new NameWords(Arrays.stream(typed.strip().split("\\s+"))
                .filter(word -> !word.isEmpty())
                .limit(MAX_WORDS)
                .toList());
    }

    /** The words of a name field's text, or null when it holds none (null, blank, or only separators). */
    static @Nullable NameWords typed(@Nullable String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        NameWords words = of(typed);
        return words.isEmpty() ? null : words;
    }

    boolean isEmpty() {
        return words.isEmpty();
    }

    /** Whether one word was typed (its pattern is then {@link #longestPattern}, and nothing else is tested). */
    boolean oneWord() {
        return words.size() == 1;
    }

    /**
     * " AND (u.first_name LIKE :p0 OR u.last_name LIKE :p0) AND …" for the users' alias {@code users}, the patterns
     * put into {@code params} under names that start with {@code prefix}.
     */
    String condition(String users, String prefix, Map<String, Object> params) {
        return conditionOn(users + ".first_name", users + ".last_name", prefix, params);
    }

    /** {@link #condition} on any two columns holding a first and a last name (e.g. an appointment's copies). */
    String conditionOn(String firstName, String lastName, String prefix, Map<String, Object> params) {
        var sql = new StringBuilder();
        for (int i = 0; i < words.size(); i++) {
            String param = prefix + i;
            sql.append(" AND (")
                    .append(firstName)
                    .append(" LIKE :")
                    .append(param)
                    .append(" OR ")
                    .append(lastName)
                    .append(" LIKE :")
                    .append(param)
                    .append(")");
            params.put(param, startsWith(words.get(i)));
        }
        return sql.toString();
    }

    /** The LIKE pattern of the longest word: it selects the fewest names, so the name indexes' ranges start there. */
    String longestPattern() {
        return startsWith(longest());
    }

    /** {@link #conditionOn} of every word but {@link #longestPattern}'s. */
    String conditionBesidesLongestOn(String firstName, String lastName, String prefix, Map<String, Object> params) {
        return besidesLongest().conditionOn(firstName, lastName, prefix, params);
    }

    private NameWords besidesLongest() {
        var others = new java.util.ArrayList<>(words);
        others.remove(longest());
        return new NameWords(others);
    }

    private String longest() {
        return words.stream()
                .max(java.util.Comparator.comparingInt(String::length))
                .orElseThrow();
    }

    /** A LIKE pattern for names that start with the word, the user's own % and _ taken literally. */
    private static String startsWith(String word) {
        return word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
