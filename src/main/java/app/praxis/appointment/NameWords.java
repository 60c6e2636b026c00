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

    /**
     * " AND (lead LIKE :w1 OR … OR (lead IN (:leads) AND second LIKE :wk))" for a range where {@code lead} starts with
     * the longest word and {@code leads} are the range's distinct values of it ({@link NameLeads}): a row there that
     * matches every word either has another word at the start of {@code lead} too, or has all of them at the start of
     * {@code second}, the longest of them in particular, and its {@code lead} equals one of {@code leads} in the
     * collation. So the condition keeps every row of the range that matches and, unlike the words' own condition,
     * bounds an index of (lead, second) to one short range per lead value. It adds no row: the caller keeps the
     * words' condition. Empty for one word.
     */
    String besidesLongestNarrowedOn(
            String lead, String second, List<String> leads, String prefix, Map<String, Object> params) {
        if (oneWord()) {
            return "";
        }
        NameWords others = besidesLongest();
        var sql = new StringBuilder(" AND (");
        for (int i = 0; i < others.words.size(); i++) {
            String param = prefix + i;
            sql.append(lead).append(" LIKE :").append(param).append(" OR ");
            params.put(param, startsWith(others.words.get(i)));
        }
        if (leads.isEmpty()) {
            sql.append("1 = 0"); // the range held no row when its leads were read
        } else {
            sql.append("(")
                    .append(lead)
                    .append(" IN (:")
                    .append(prefix)
                    .append("Leads) AND ")
                    .append(second)
                    .append(" LIKE :")
                    .append(prefix)
                    .append("Second)");
            params.put(prefix + "Leads", leads);
            params.put(prefix + "Second", others.longestPattern());
        }
        return sql.append(")").toString();
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
